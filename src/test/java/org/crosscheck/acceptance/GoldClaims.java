package org.crosscheck.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claim.Attribution;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.EventType;
import org.crosscheck.claim.Evidence;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Measures;
import org.crosscheck.claim.Modality;
import org.crosscheck.claim.Place;
import org.crosscheck.claim.Scope;
import org.crosscheck.claim.Source;
import org.crosscheck.claim.Span;
import org.crosscheck.claim.Subject;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.Hedge;
import org.crosscheck.value.internal.Numbers;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.Unit;
import org.crosscheck.value.VagueQuantifier;
import org.crosscheck.value.Value;
import org.crosscheck.value.Values;

/**
 * Builds {@link Claim}s from the gold standard's normalized fields. The gold's subject and scope
 * are free English text; this class maps them to our model by keywords (places by the earliest
 * place name mentioned, scope extents and proximity by words such as "province", "countryside",
 * "adjacent"), the way an analyst would read them. No per-claim exceptions.
 */
public final class GoldClaims {
  private GoldClaims() {}

  static final Place IRAQ = Place.named("Iraq");
  static final Place SYRIA = Place.named("Syria");
  static final Place IRAQ_AND_SYRIA = Place.union(IRAQ, SYRIA);

  /** Place names the gold's scope and subject texts use, with the place each means. */
  private static final Map<String, Place> PLACES = new LinkedHashMap<>();

  static {
    PLACES.put("overall", IRAQ_AND_SYRIA);
    PLACES.put("iraq and syria", IRAQ_AND_SYRIA);
    PLACES.put("syria and iraq", IRAQ_AND_SYRIA);
    PLACES.put("iraq\u2013syria", IRAQ_AND_SYRIA);
    PLACES.put("both countries", IRAQ_AND_SYRIA);
    PLACES.put("coalition", IRAQ_AND_SYRIA); // the coalition against ISIS acts in Iraq and Syria
    // Iraq's governorates, so that a town lies in its governorate and its country (town ⊂ governorate ⊂ country)
    Place anbar = Place.named("Anbar").within(IRAQ).ofType(Place.Type.PROVINCE);
    Place nineveh = Place.named("Nineveh").within(IRAQ).ofType(Place.Type.PROVINCE);
    Place kirkuk = Place.named("Kirkuk").within(IRAQ).ofType(Place.Type.PROVINCE);
    PLACES.put("al-qaim", Place.named("al-Qaim").within(anbar));
    PLACES.put("abu kamal", Place.named("Abu Kamal").within(SYRIA));
    PLACES.put("deir ez-zor", Place.named("Deir ez-Zor").within(SYRIA));
    PLACES.put("rawa", Place.named("Rawa").within(anbar));
    PLACES.put("mosul", Place.named("Mosul").within(nineveh));
    PLACES.put("raqqa", Place.named("Raqqa").within(SYRIA));
    PLACES.put("tal afar", Place.named("Tal Afar").within(nineveh));
    PLACES.put("baghuz", Place.named("Baghuz").within(SYRIA));
    PLACES.put("al-hol", Place.named("al-Hol").within(SYRIA));
    PLACES.put("kurdistan", Place.named("Kurdistan Region").within(IRAQ));
    PLACES.put("washington", Place.named("Washington"));
    // the dev corpus's places (other spellings of the seeds' places first)
    PLACES.put("baghouz", PLACES.get("baghuz"));
    PLACES.put("deir ezzor", PLACES.get("deir ez-zor"));
    PLACES.put("albu kamal", PLACES.get("abu kamal"));
    PLACES.put("al-bukamal", PLACES.get("abu kamal"));
    PLACES.put("raqqah", PLACES.get("raqqa"));
    PLACES.put("anbar", anbar);
    PLACES.put("nineveh", nineveh);
    PLACES.put("jazira", Place.named("Jazira").within(IRAQ));
    PLACES.put("hawija", Place.named("Hawija").within(kirkuk));
    PLACES.put("kirkuk", kirkuk);
    PLACES.put("baghdad", Place.named("Baghdad").within(IRAQ));
    PLACES.put("hajin", Place.named("Hajin").within(SYRIA));
    Place sudan = Place.named("Sudan").ofType(Place.Type.COUNTRY);
    Place gezira = Place.named("Gezira").within(sudan).ofType(Place.Type.PROVINCE);
    PLACES.put("sudan", sudan);
    PLACES.put("gezira", gezira);
    PLACES.put("wad madani", Place.named("Wad Madani").within(gezira));
    PLACES.put("rufaa", Place.named("Rufaa").within(gezira));
    PLACES.put("abu quta", Place.named("Abu Quta").within(gezira));
    PLACES.put("khartoum", Place.named("Khartoum").within(sudan));
    Place yemen = Place.named("Yemen").ofType(Place.Type.COUNTRY);
    Place hodeidah = Place.named("Hodeidah").within(yemen);
    PLACES.put("yemen", yemen);
    PLACES.put("hodeidah", hodeidah);
    PLACES.put("hodeidah airport", Place.named("Hodeidah airport").within(hodeidah).ofType(Place.Type.SITE));
    PLACES.put("hodeidah civil airport", Place.named("Hodeidah airport").within(hodeidah).ofType(Place.Type.SITE));
    PLACES.put("hodeidah port", Place.named("Hodeidah port").within(hodeidah).ofType(Place.Type.SITE));
    PLACES.put("sanaa", Place.named("Sanaa").within(yemen));
    Place libya = Place.named("Libya").ofType(Place.Type.COUNTRY);
    PLACES.put("libya", libya);
    PLACES.put("tripoli", Place.named("Tripoli").within(libya));
    PLACES.put("aziziah", Place.named("Aziziah").within(libya));
    Place gaza = Place.named("Gaza Strip");
    PLACES.put("gaza strip", gaza);
    PLACES.put("southern gaza", gaza);
    PLACES.put("gaza city", Place.named("Gaza City").within(gaza));
    PLACES.put("israel", Place.named("Israel").ofType(Place.Type.COUNTRY));
    PLACES.put("iraq", IRAQ);
    PLACES.put("syria", SYRIA);
  }

  private static final Map<String, Measure> MEASURES = Map.ofEntries(
      Map.entry("towns_remaining_count", Measures.TOWNS_HELD),
      Map.entry("fighters_count", Measures.FIGHTERS),
      Map.entry("territory_lost_share", Measures.TERRITORY_LOST),
      Map.entry("territory_lost_pct", Measures.TERRITORY_LOST),
      Map.entry("territory_held_fraction", Measures.TERRITORY_HELD),
      Map.entry("territory_held_pct", Measures.TERRITORY_HELD),
      Map.entry("population_count", Measures.POPULATION),
      Map.entry("duration", Measures.DURATION),
      Map.entry("distance", Measures.DISTANCE_TO),
      Map.entry("length", Measures.LENGTH),
      Map.entry("control_status", Measures.CONTROL),
      Map.entry("civilians_held_count", Measures.PEOPLE_HELD),
      Map.entry("attacks_count", Measures.ATTACKS),
      Map.entry("killed_count", Measures.KILLED),
      Map.entry("surrendered_count", Measures.SURRENDERED),
      Map.entry("people_count", Measures.PEOPLE),
      Map.entry("people_exited_count", Measures.PEOPLE_LEFT),
      Map.entry("camp_population", Measures.PEOPLE),
      Map.entry("troops_count", Measures.TROOPS),
      Map.entry("event_date", Measures.EVENT_DATE));

  private static final Map<String, EventType> EVENTS = Map.ofEntries(
      Map.entry("caliphate_declared", EventType.DECLARED),
      Map.entry("declared_victory", EventType.DECLARED_VICTORY),
      Map.entry("captured", EventType.CAPTURED),
      Map.entry("entered", EventType.ENTERED),
      Map.entry("lost", EventType.LOST),
      Map.entry("siege_broken", EventType.SIEGE_BROKEN),
      Map.entry("liberated", EventType.LIBERATED),
      Map.entry("referendum", EventType.HELD),
      Map.entry("campaign_started", EventType.OPERATION_BEGAN),
      Map.entry("coalition_formed", EventType.OPERATION_BEGAN),
      Map.entry("storming_began", EventType.OPERATION_BEGAN),
      Map.entry("offensive_began", EventType.OPERATION_BEGAN),
      Map.entry("launched_operation", EventType.OPERATION_BEGAN),
      Map.entry("recaptured", EventType.RECAPTURED),
      Map.entry("recaptured_by_ISIS", EventType.of("retaken by ISIS")),
      Map.entry("attacked", EventType.ATTACKED),
      Map.entry("announced", EventType.ANNOUNCED),
      Map.entry("statement", EventType.ANNOUNCED),
      Map.entry("visit_scheduled", EventType.of("visit")));

  /** Reads every gold claim, with publication dates from the seeds' manifest. */
  public static Map<String, Claim> read(Path shared) {
    ObjectMapper json = new ObjectMapper();
    try {
      Map<String, LocalDate> published = new HashMap<>();
      for (JsonNode m : json.readTree(shared.resolve("seeds/manifest.json").toFile())) {
        published.put(m.get("file").asText(), LocalDate.parse(m.get("published").asText()));
      }
      Map<String, Claim> claims = new LinkedHashMap<>();
      for (String line : Files.readAllLines(shared.resolve("gold/seeds-claims.jsonl"), StandardCharsets.UTF_8)) {
        if (line.isBlank()) continue;
        JsonNode n = json.readTree(line);
        claims.put(n.get("id").asText(), claim(n, published.get(n.get("doc").asText())));
      }
      return claims;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Claim claim(JsonNode n, LocalDate published) {
    String measureName = n.get("measure").asText();
    Measure measure = MEASURES.get(measureName);
    if (measure == null) measure = DevGold.measure(measureName, text(n, "subject"), n.get("normalized"));
    String subjectText = text(n, "subject");
    String scopeText = text(n, "scope");
    Place place = place(scopeText.equals("\u2014") || scopeText.isBlank() ? subjectText : scopeText + " " + subjectText);
    Value value = value(n.get("normalized"), text(n, "hedge"));
    Claim c;
    if (measure == Measures.EVENT_DATE) {
      String eventName = n.get("event_type").asText();
      EventType type = EVENTS.containsKey(eventName) ? EVENTS.get(eventName) : EventType.of(eventName.replace('_', ' '));
      c = Claim.event(type, place, (DateValue) value);
    } else {
      c = Claim.of(measure, place, value).about(subject(subjectText));
    }
    c = c.scoped(scope(scopeText)).by(attribution(n, published));
    DateValue validAt = validity(text(n, "as_of"));
    if (validAt != null) c = c.validOn(validAt);
    String modality = text(n, "modality");
    if (modality.contains("\u0642\u062f\u0631") || modality.contains("estimated")) c = c.withModality(Modality.ESTIMATED);
    else if (modality.contains("\u0645\u0639\u062a\u0642\u062f") || modality.contains("believed")) c = c.withModality(Modality.BELIEVED);
    Span value0 = new Span(n.get("value_start").asInt(), n.get("value_end").asInt());
    Span sentence = new Span(n.get("evidence_start").asInt(), n.get("evidence_end").asInt());
    if (!sentence.encloses(value0)) sentence = new Span(Math.min(sentence.start(), value0.start()), Math.max(sentence.end(), value0.end()));
    c = c.withEvidence(new Evidence(n.get("doc").asText(), value0, sentence, text(n, "evidence")));
    return c.withId(n.get("id").asText());
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }

  /** The place mentioned earliest in the text. */
  static Place place(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    Place best = Place.NOWHERE;
    int at = Integer.MAX_VALUE;
    int longest = 0;
    for (Map.Entry<String, Place> e : PLACES.entrySet()) {
      int i = wordAt(t, e.getKey());
      if (i >= 0 && (i < at || i == at && e.getKey().length() > longest)) {
        longest = e.getKey().length();
        at = i;
        best = e.getValue();
      }
    }
    return best;
  }

  /** The first index where {@code word} occurs as a whole word ("syria" not inside "syrian"). */
  private static int wordAt(String text, String word) {
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      boolean startOk = i == 0 || !Character.isLetter(text.charAt(i - 1));
      int end = i + word.length();
      boolean endOk = end == text.length() || !Character.isLetter(text.charAt(end));
      if (startOk && endOk) return i;
    }
    return -1;
  }

  static Scope scope(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    Scope s = Scope.WHOLE;
    if (t.contains("countryside")) s = s.withExtent(Scope.Extent.COUNTRYSIDE);
    else if (t.contains("province")) s = s.withExtent(Scope.Extent.PROVINCE);
    else if (t.contains("centre") || t.contains("center")) s = s.withExtent(Scope.Extent.CITY_CENTRE);
    else if (t.contains("district") && !t.contains("city")) s = s.withExtent(Scope.Extent.DISTRICT);
    if (t.contains("adjacent") || t.contains("near ")) s = s.withProximity(Scope.Proximity.ADJACENT);
    return s;
  }

  static Subject subject(String text) {
    if (text.contains("ISIS") || text.matches(".*\\bIS\\b.*")) return Subject.of("ISIS");
    if (text.contains("SDF")) return Subject.of("SDF");
    if (text.contains("French")) return Subject.of("France");
    if (text.contains("Syrian army")) return Subject.of("Syrian army");
    // the other parties the gold's subject texts name (the harness carries every named party, so that
    // a figure of one party is never read as unnamed)
    for (String party : List.of("Hezbollah", "RSF", "Houthi", "LNA", "GNA", "Hamas", "Peshmerga")) {
      if (text.contains(party)) return Subject.of(party);
    }
    return Subject.NONE;
  }

  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  static DateValue validity(String asOf) {
    Matcher m = ISO_DATE.matcher(asOf);
    if (m.find()) return Values.onDay(LocalDate.parse(m.group()));
    if (asOf.matches("\\d{4}.*")) return Values.inYear(Integer.parseInt(asOf.substring(0, 4)));
    return null;
  }

  static Attribution attribution(JsonNode n, LocalDate published) {
    List<String> chain = new ArrayList<>();
    n.get("attribution_chain").forEach(x -> chain.add(x.asText()));
    String outlet = chain.get(0);
    String agency = null;
    int paren = outlet.indexOf(" (");
    if (paren > 0) {
      String inner = outlet.substring(paren + 2, outlet.length() - 1);
      if (inner.equals("AFP")) agency = "AFP";
      outlet = outlet.substring(0, paren);
    }
    Attribution a = Attribution.by(outlet).publishedOn(published);
    if (chain.size() == 3) agency = chain.get(1);
    if (agency != null) a = a.via(Source.agency(agency));
    if (chain.size() >= 2) a = a.quoting(speaker(chain.get(chain.size() - 1)));
    return a;
  }

  static Source speaker(String text) {
    String name = text.replaceAll("\\s*\\(.*?\\)", "");
    int comma = name.indexOf(',');
    String head = (comma > 0 ? name.substring(0, comma) : name).replaceFirst("^(Col\\.|Maj\\. Gen\\.)\\s+", "").strip();
    boolean coalition = text.contains("coalition");
    if (comma > 0) {
      Source person = Source.person(head);
      return coalition ? person.of(Source.organization("US-led coalition")) : person;
    }
    return Source.organization(head);
  }

  static Value value(JsonNode v, String hedge) {
    String kind = v.get("kind").asText();
    Unit unit = unit(v.has("unit") ? v.get("unit").asText() : "");
    switch (kind) {
      case "exact": {
        if (v.has("as_written_fraction")) return fraction(v.get("as_written_fraction").asText());
        return Values.exactly(dec(v, "value"), unit);
      }
      case "approx": {
        BigDecimal center = v.has("as_written_fraction")
            ? ((Quantity.Fraction) fraction(v.get("as_written_fraction").asText())).point() : dec(v, "value");
        return Values.approximately(center, hedge(hedge), unit);
      }
      case "range":
        return new Quantity.Between(dec(v, "lo"), dec(v, "hi"), unit);
      case "lower_bound":
        return new Quantity.Bound(v.path("inclusive").asBoolean(false) ? Quantity.Bound.Kind.AT_LEAST
            : Quantity.Bound.Kind.MORE_THAN, dec(v, "value"), unit);
      case "upper_bound":
        return new Quantity.Bound(v.path("inclusive").asBoolean(false) ? Quantity.Bound.Kind.AT_MOST
            : Quantity.Bound.Kind.LESS_THAN, dec(v, "value"), unit);
      case "vague":
        return vague(v.get("gloss").asText(), unit);
      case "qualitative": {
        String gloss = v.get("gloss").asText();
        if (gloss.equals("almost all")) return Values.vague(VagueQuantifier.ALMOST_ALL);
        if (gloss.startsWith("most")) return Values.vague(VagueQuantifier.MOST);
        if (v.has("derived_pct")) return Values.approximately(dec(v, "derived_pct"), Hedge.ABOUT, Unit.PERCENT);
        if (gloss.startsWith("in its second month")) {
          return new Quantity.Bound(Quantity.Bound.Kind.MORE_THAN, BigDecimal.ONE, Unit.MONTH);
        }
        return Values.label(gloss.replace("ISIS ", ""));
      }
      case "date":
        return date(v.get("value").asText());
      case "date_range": {
        JsonNode lo = v.get("lo");
        LocalDate hi = date(v.get("hi").asText()).range().end().minusDays(1);
        if (lo == null || lo.isNull()) return Values.onOrBefore(hi);
        return Values.span(date(lo.asText()).range().start(), hi);
      }
      default:
        throw new IllegalArgumentException("no mapping for gold value kind " + kind);
    }
  }

  private static BigDecimal dec(JsonNode v, String field) {
    return Numbers.parse(v.get(field).asText());
  }

  private static Value fraction(String text) {
    String[] p = text.split("/");
    return Values.fraction(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
  }

  private static DateValue date(String s) {
    if (s.length() == 4) return Values.inYear(Integer.parseInt(s));
    if (s.length() == 7) return Values.inMonth(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5)));
    return Values.onDay(LocalDate.parse(s));
  }

  private static Value vague(String gloss, Unit unit) {
    String g = gloss.toLowerCase(Locale.ROOT);
    VagueQuantifier q;
    if (g.startsWith("a few thousand")) q = VagueQuantifier.A_FEW_THOUSAND;
    else if (g.startsWith("hundreds of thousands")) q = VagueQuantifier.HUNDREDS_OF_THOUSANDS;
    else if (g.startsWith("several hundred")) q = VagueQuantifier.HUNDREDS;
    else if (g.startsWith("weeks")) q = VagueQuantifier.SEVERAL;
    else if (g.startsWith("tens of thousands")) q = VagueQuantifier.TENS_OF_THOUSANDS;
    else if (g.startsWith("thousands")) q = VagueQuantifier.THOUSANDS;
    else if (g.startsWith("millions")) q = VagueQuantifier.MILLIONS;
    else if (g.startsWith("hundreds")) q = VagueQuantifier.HUNDREDS;
    else if (g.startsWith("dozens")) q = VagueQuantifier.DOZENS;
    else if (g.startsWith("for years")) q = VagueQuantifier.SEVERAL;
    else throw new IllegalArgumentException("no mapping for vague gloss " + gloss);
    return Values.vague(q, unit);
  }

  private static Hedge hedge(String text) {
    if (text.contains("\u0645\u0627 \u064a\u0642\u0627\u0631\u0628") || text.contains("\u0642\u0631\u0627\u0628\u0629")) return Hedge.NEARLY;
    if (text.contains("\u062a\u0642\u0631\u064a\u0628\u0627")) return Hedge.APPROXIMATELY;
    return Hedge.ABOUT;
  }

  private static Unit unit(String u) {
    return switch (u) {
      case "percent" -> Unit.PERCENT;
      case "km" -> Unit.KILOMETRE;
      case "m" -> Unit.METRE;
      case "day" -> Unit.DAY;
      case "hour" -> Unit.HOUR;
      case "week" -> Unit.WEEK;
      case "km2" -> Unit.SQUARE_KILOMETRE;
      case "" -> Unit.ONE;
      case "month" -> Unit.MONTH;
      case "year" -> Unit.YEAR;
      // a count's noun is its unit: what it counts (people, families, fighters, civilians, towns)
      default -> Unit.of(u.toLowerCase(Locale.ROOT), u, u, Unit.Dimension.COUNT, BigDecimal.ONE);
    };
  }
}
