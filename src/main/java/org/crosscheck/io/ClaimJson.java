package org.crosscheck.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.crosscheck.claim.Attribution;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.EventType;
import org.crosscheck.claim.Evidence;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Modality;
import org.crosscheck.claim.Place;
import org.crosscheck.claim.Scope;
import org.crosscheck.claim.Source;
import org.crosscheck.claim.Span;
import org.crosscheck.claim.Subject;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.Hedge;
import org.crosscheck.value.Label;
import org.crosscheck.value.internal.Numbers;
import org.crosscheck.value.PlainText;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.TimeValue;
import org.crosscheck.value.Unit;
import org.crosscheck.value.VagueQuantifier;
import org.crosscheck.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Claims as JSON, one object per claim, one claim per line in JSON Lines files. The format is
 * versioned ({@value #VERSION}), documented in {@code docs/json-format.md}, and round-trips
 * exactly: {@code read(write(claim)).equals(claim)}.
 *
 * <p>Besides the fields needed to rebuild the claim, each object carries derived fields for
 * readers ({@code normalized}, {@code canonical}, {@code validity}, {@code value_text}); they are
 * ignored on reading.
 *
 * <p>Thread-safe.
 */
public final class ClaimJson {
  /** The format version written in every claim's {@code format} member. */
  public static final String VERSION = "crosscheck.claim/1";

  static final JsonFactory FACTORY = new JsonFactory();
  static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  private ClaimJson() {}

  // ---- writing --------------------------------------------------------------------------------

  /** One claim as a one-line JSON object. */
  public static String write(Claim claim) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      write(g, claim);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** Claims as JSON Lines: one object per line, each line ending in a newline. */
  public static void writeLines(Iterable<Claim> claims, Writer out) throws IOException {
    for (Claim c : claims) {
      out.write(write(c));
      out.write('\n');
    }
    out.flush();
  }

  static void write(JsonGenerator g, Claim c) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", VERSION);
    g.writeStringField("id", c.id());
    Evidence e = c.evidence();
    if (e != null) {
      g.writeStringField("document", e.document());
      span(g, "value_span", e.value());
      span(g, "evidence_span", e.sentence());
      g.writeStringField("quote", e.quote());
      String valueText = valueText(e);
      if (valueText != null) g.writeStringField("value_text", valueText);
      if (!e.rules().isEmpty()) {
        g.writeArrayFieldStart("rules");
        for (String r : e.rules()) g.writeString(r);
        g.writeEndArray();
      }
    }
    g.writeFieldName("value");
    value(g, c.value());
    g.writeStringField("normalized", PlainText.stripIsolates(c.value().toString())); // data: no display isolates
    String canonical = canonical(c.value());
    if (canonical != null) g.writeStringField("canonical", canonical);
    g.writeObjectFieldStart("measure");
    g.writeStringField("id", c.measure().id());
    g.writeStringField("label", c.measure().label());
    g.writeStringField("kind", c.measure().kind().name());
    g.writeStringField("trend", c.measure().trend().name());
    g.writeEndObject();
    if (!c.event().isNone()) {
      g.writeObjectFieldStart("event");
      g.writeStringField("id", c.event().id());
      g.writeStringField("label", c.event().label());
      g.writeEndObject();
    }
    if (!c.subject().isNone()) {
      g.writeObjectFieldStart("subject");
      g.writeStringField("id", c.subject().id());
      g.writeStringField("label", c.subject().label());
      g.writeEndObject();
    }
    if (!c.place().isNowhere()) place(g, "place", c.place());
    if (!c.scope().equals(Scope.WHOLE)) {
      g.writeObjectFieldStart("scope");
      g.writeStringField("extent", c.scope().extent().name());
      g.writeStringField("proximity", c.scope().proximity().name());
      g.writeStringField("note", c.scope().note());
      g.writeEndObject();
    }
    Attribution a = c.attribution();
    g.writeObjectFieldStart("attribution");
    source(g, "outlet", a.outlet());
    source(g, "agency", a.agency());
    source(g, "speaker", a.speaker());
    if (a.published() != null) g.writeStringField("published", a.published().toString());
    g.writeStringField("chain", PlainText.stripIsolates(a.toString()));
    g.writeEndObject();
    if (c.validAt() != null) {
      g.writeFieldName("valid_at");
      value(g, c.validAt());
    }
    if (c.validity() != null) g.writeStringField("validity", c.validity().toString());
    g.writeStringField("modality", c.modality().name());
    g.writeEndObject();
  }

  private static @Nullable String valueText(Evidence e) {
    int from = e.value().start() - e.sentence().start();
    int to = e.value().end() - e.sentence().start();
    if (from < 0 || to > e.quote().length() || from > to) return null;
    return e.quote().substring(from, to);
  }

  private static @Nullable String canonical(Value v) {
    if (v instanceof Quantity q) return q.unit().label(q.interval().toString(), false);
    if (v instanceof DateValue d) return d.range().toString();
    return null;
  }

  private static void span(JsonGenerator g, String name, Span s) throws IOException {
    g.writeArrayFieldStart(name);
    g.writeNumber(s.start());
    g.writeNumber(s.end());
    g.writeEndArray();
  }

  private static void source(JsonGenerator g, String name, @Nullable Source s) throws IOException {
    if (s == null) return;
    g.writeFieldName(name);
    source(g, s);
  }

  private static void source(JsonGenerator g, Source s) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    g.writeStringField("name", s.name());
    g.writeStringField("kind", s.kind().name());
    if (s.affiliation() != null) {
      g.writeFieldName("affiliation");
      source(g, s.affiliation());
    }
    g.writeEndObject();
  }

  private static void place(JsonGenerator g, String name, Place p) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("id", p.id());
    g.writeStringField("name", p.name());
    g.writeStringField("type", p.type().name());
    strings(g, "aliases", p.aliases());
    strings(g, "within", p.within());
    strings(g, "parts", p.parts());
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, List<String> list) throws IOException {
    if (list.isEmpty()) return;
    g.writeArrayFieldStart(name);
    for (String s : list) g.writeString(s);
    g.writeEndArray();
  }

  private static void strings(JsonGenerator g, String name, java.util.Set<String> set) throws IOException {
    strings(g, name, new ArrayList<>(set));
  }

  /** A value as a JSON object with a {@code type} member. */
  static void value(JsonGenerator g, Value v) throws IOException {
    g.writeStartObject();
    if (v instanceof Quantity.Exact e) {
      g.writeStringField("type", "exact");
      g.writeNumberField("value", e.value());
      unit(g, e.unit());
    } else if (v instanceof Quantity.Approximate a) {
      g.writeStringField("type", "approximate");
      g.writeNumberField("center", a.center());
      g.writeStringField("hedge", a.hedge().id());
      if (a.width() != null) g.writeNumberField("width", a.width());
      unit(g, a.unit());
    } else if (v instanceof Quantity.Between b) {
      g.writeStringField("type", "between");
      g.writeNumberField("low", b.low());
      g.writeNumberField("high", b.high());
      unit(g, b.unit());
    } else if (v instanceof Quantity.Bound b) {
      g.writeStringField("type", "bound");
      g.writeStringField("kind", b.kind().name().toLowerCase(Locale.ROOT));
      g.writeNumberField("value", b.value());
      unit(g, b.unit());
    } else if (v instanceof Quantity.Vague q) {
      g.writeStringField("type", "vague");
      g.writeStringField("quantifier", q.quantifier().id());
      unit(g, q.unit());
    } else if (v instanceof Quantity.Fraction f) {
      g.writeStringField("type", "fraction");
      g.writeNumberField("numerator", f.numerator());
      g.writeNumberField("denominator", f.denominator());
    } else if (v instanceof DateValue.OnDay d) {
      g.writeStringField("type", "day");
      g.writeStringField("date", d.day().toString());
    } else if (v instanceof DateValue.InMonth m) {
      g.writeStringField("type", "month");
      g.writeStringField("month", m.month().toString());
    } else if (v instanceof DateValue.InYear y) {
      g.writeStringField("type", "year");
      g.writeNumberField("year", y.year().getValue());
    } else if (v instanceof DateValue.Span s) {
      g.writeStringField("type", "span");
      g.writeStringField("first", s.first().toString());
      g.writeStringField("last", s.last().toString());
    } else if (v instanceof DateValue.Before b) {
      g.writeStringField("type", "before");
      g.writeStringField("date", b.day().toString());
      g.writeBooleanField("inclusive", b.inclusive());
    } else if (v instanceof DateValue.After a) {
      g.writeStringField("type", "after");
      g.writeStringField("date", a.day().toString());
      g.writeBooleanField("inclusive", a.inclusive());
    } else if (v instanceof TimeValue t) {
      g.writeStringField("type", "time");
      g.writeStringField("instant", t.instant().toString());
    } else if (v instanceof Label l) {
      g.writeStringField("type", "label");
      g.writeStringField("text", l.text());
    }
    g.writeEndObject();
  }

  private static void unit(JsonGenerator g, Unit u) throws IOException {
    if (Unit.byId(u.id()).filter(u::equals).isPresent()) {
      g.writeStringField("unit", u.id());
      return;
    }
    g.writeObjectFieldStart("unit");
    g.writeStringField("id", u.id());
    g.writeStringField("singular", u.singular());
    g.writeStringField("plural", u.plural());
    g.writeStringField("dimension", u.dimension().name());
    g.writeNumberField("low_factor", u.lowFactor());
    g.writeNumberField("high_factor", u.highFactor());
    g.writeEndObject();
  }

  // ---- reading --------------------------------------------------------------------------------

  /**
   * Reads one claim from one line of JSON.
   *
   * @throws FormatException naming {@code source}, the line and column, if the text is not a claim
   */
  public static Claim read(String json, String source, long line) {
    JsonNode n;
    try {
      n = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      long col = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
      throw new FormatException(source, line, col, "not valid JSON: " + e.getOriginalMessage(), e);
    } catch (RuntimeException e) {
      // Jackson reports some bad numbers (an exponent of a hundred digits) with unchecked exceptions
      throw new FormatException(source, line, 1, "not valid JSON: " + e.getMessage(), e);
    }
    try {
      return claim(n);
    } catch (JsonPathException e) {
      long[] at = StrictJson.locate(json, e.pointer());
      throw new FormatException(source, line + at[0] - 1, at[1], e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new FormatException(source, line, 1, e.getMessage(), e);
    }
  }

  /** Reads one claim from a JSON string (line 1 of {@code "<string>"}). */
  public static Claim read(String json) {
    return read(json, "<string>", 1);
  }

  /**
   * Reads JSON Lines: one claim per non-blank line; the other lines of a claims file written by
   * {@code crosscheck extract} ({@link ClaimsFile}: documents, echoes, failures, notes) are checked
   * and left out.
   *
   * @throws FormatException naming the line and column of the first bad line
   */
  public static ImmutableList<Claim> readLines(Reader in, String source) throws IOException {
    // a claims file written by extract also has document, echo, failure and note lines (ClaimsFile)
    return new ClaimsFile.Lines().read(in, source).claims();
  }

  /** The members of a claim; {@code normalized}, {@code canonical}, {@code validity}, {@code value_text} and {@code chain} are derived, written for readers and ignored. */
  static final List<String> CLAIM_MEMBERS = List.of("format", "id", "document", "value_span", "evidence_span", "quote",
      "value_text", "rules", "value", "normalized", "canonical", "measure", "event", "subject", "place", "scope", "attribution",
      "valid_at", "validity", "modality");
  private static final List<String> MEASURE_MEMBERS = List.of("id", "label", "kind", "trend");
  private static final List<String> LABELLED_MEMBERS = List.of("id", "label");
  private static final List<String> PLACE_MEMBERS = List.of("id", "name", "type", "aliases", "within", "parts");
  private static final List<String> SCOPE_MEMBERS = List.of("extent", "proximity", "note");
  private static final List<String> ATTRIBUTION_MEMBERS = List.of("outlet", "agency", "speaker", "published", "chain");
  private static final List<String> SOURCE_MEMBERS = List.of("id", "name", "kind", "affiliation");
  private static final List<String> UNIT_MEMBERS = List.of("id", "singular", "plural", "dimension", "low_factor",
      "high_factor");

  static Claim claim(JsonNode n) {
    require(n.isObject(), "a claim is a JSON object, got " + n.getNodeType());
    StrictJson.members(n, "a claim", CLAIM_MEMBERS);
    String format = text(n, "format", VERSION);
    require(format.equals(VERSION), "unknown format '" + format + "'; this reader reads " + VERSION);
    Measure measure = measure(need(n, "measure"));
    EventType event = n.has("event") ? StrictJson.at("event", () -> {
      JsonNode e = n.get("event");
      StrictJson.members(e, "an event", LABELLED_MEMBERS);
      return new EventType(text(e, "id"), text(e, "label"));
    }) : EventType.NONE;
    Subject subject = n.has("subject") ? StrictJson.at("subject", () -> {
      JsonNode e = n.get("subject");
      StrictJson.members(e, "a subject", LABELLED_MEMBERS);
      return new Subject(text(e, "id"), text(e, "label"));
    }) : Subject.NONE;
    Place place = n.has("place") ? StrictJson.at("place", () -> place(n.get("place"))) : Place.NOWHERE;
    Scope scope = Scope.WHOLE;
    if (n.has("scope")) {
      scope = StrictJson.at("scope", () -> {
        JsonNode s = n.get("scope");
        require(s.isObject(), "'scope' must be an object like {\"extent\": \"PROVINCE\"}, got " + s);
        StrictJson.members(s, "a scope", SCOPE_MEMBERS);
        return new Scope(enumAt(Scope.Extent.class, "scope.extent", s, "extent", "WHOLE"),
            enumAt(Scope.Proximity.class, "scope.proximity", s, "proximity", "IN"),
            text(s, "note", ""));
      });
    }
    Value value = StrictJson.at("value", () -> value(need(n, "value")));
    JsonNode a = need(n, "attribution");
    Attribution attribution = StrictJson.at("attribution", () -> {
      StrictJson.members(a, "an attribution", ATTRIBUTION_MEMBERS);
      return new Attribution(StrictJson.at("outlet", () -> source(a.get("outlet"))),
          StrictJson.at("agency", () -> source(a.get("agency"))), StrictJson.at("speaker", () -> source(a.get("speaker"))),
          a.hasNonNull("published") ? date(a, "published") : null);
    });
    DateValue validAt = null;
    if (n.hasNonNull("valid_at")) {
      validAt = StrictJson.at("valid_at", () -> {
        Value v = value(n.get("valid_at"));
        require(v instanceof DateValue, "valid_at must be a date, got " + v);
        return (DateValue) v;
      });
    }
    Evidence evidence = null;
    if (n.hasNonNull("document")) {
      evidence = new Evidence(text(n, "document"), StrictJson.at("value_span", () -> span(need(n, "value_span"))),
          StrictJson.at("evidence_span", () -> span(need(n, "evidence_span"))), text(n, "quote", ""));
      if (n.has("rules")) evidence = evidence.withRules(StrictJson.at("rules", () -> rules(n.get("rules"))));
    }
    Modality modality = enumAt(Modality.class, "modality", n, "modality", "ASSERTED");
    return new Claim(text(n, "id"), subject, measure, event, place, scope, validAt, value, attribution, evidence,
        modality);
  }

  /** The optional {@code rules} member: an array of rule ids ({@code ["event.cue", "event.date-nearest"]}). */
  private static List<String> rules(JsonNode r) {
    require(r.isArray(), "'rules' must be an array of rule ids like [\"event.date-nearest\"], got " + r);
    List<String> out = new java.util.ArrayList<>();
    for (JsonNode x : r) {
      require(x.isTextual(), "'rules' holds rule ids as strings like \"event.date-nearest\", got " + x);
      out.add(x.asText());
    }
    return out;
  }

  private static Measure measure(JsonNode m) {
    return StrictJson.at("measure", () -> {
      StrictJson.members(m, "a measure", MEASURE_MEMBERS);
      return new Measure(text(m, "id"), text(m, "label", text(m, "id")),
        enumAt(Measure.Kind.class, "measure.kind", m, "kind", null),
          enumAt(Measure.Trend.class, "measure.trend", m, "trend", "VARIES"));
    });
  }

  private static Place place(JsonNode p) {
    StrictJson.members(p, "a place", PLACE_MEMBERS);
    return new Place(text(p, "id"), text(p, "name"), ImmutableSortedSet.copyOf(strings(p, "aliases")),
        enumAt(Place.Type.class, "place.type", p, "type", "UNKNOWN"), ImmutableList.copyOf(strings(p, "within")),
        ImmutableList.copyOf(strings(p, "parts")));
  }

  private static @Nullable Source source(@Nullable JsonNode s) {
    if (s == null || s.isNull()) return null;
    StrictJson.members(s, "a source", SOURCE_MEMBERS);
    return new Source(text(s, "id"), text(s, "name"), enumAt(Source.Kind.class, "kind", s, "kind", null),
        StrictJson.at("affiliation", () -> source(s.get("affiliation"))));
  }

  private static Span span(JsonNode s) {
    require(s.isArray() && s.size() == 2, "a span is [start, end], got " + s);
    return new Span(s.get(0).asInt(), s.get(1).asInt());
  }

  /** Reads a value object written by {@link #value(JsonGenerator, Value)}. */
  static Value value(JsonNode v) {
    String type = text(v, "type");
    List<String> members = VALUE_MEMBERS.get(type);
    if (members != null) StrictJson.members(v, "a value of type " + type, members);
    return switch (type) {
      case "exact" -> new Quantity.Exact(number(v, "value"), unit(v));
      case "approximate" -> new Quantity.Approximate(number(v, "center"), StrictJson.at("hedge", () -> hedge(text(v, "hedge"))),
          v.hasNonNull("width") ? number(v, "width") : null, unit(v));
      case "between" -> new Quantity.Between(number(v, "low"), number(v, "high"), unit(v));
      case "bound" -> new Quantity.Bound(StrictJson.at("kind", () -> boundKind(text(v, "kind"))),
          number(v, "value"), unit(v));
      case "vague" -> new Quantity.Vague(StrictJson.at("quantifier", () -> quantifier(text(v, "quantifier"))), unit(v));
      case "fraction" -> new Quantity.Fraction(need(v, "numerator").asInt(), need(v, "denominator").asInt());
      case "day" -> new DateValue.OnDay(date(v, "date"));
      case "month" -> new DateValue.InMonth(parsed(v, "month", "2017-11", YearMonth::parse));
      case "year" -> new DateValue.InYear(Year.of(need(v, "year").asInt()));
      case "span" -> new DateValue.Span(date(v, "first"), date(v, "last"));
      case "before" -> new DateValue.Before(date(v, "date"), need(v, "inclusive").asBoolean());
      case "after" -> new DateValue.After(date(v, "date"), need(v, "inclusive").asBoolean());
      case "time" -> new TimeValue(parsed(v, "instant", "2011-12-01T13:55:00Z", Instant::parse));
      case "label" -> new Label(text(v, "text"));
      default -> throw new IllegalArgumentException("unknown value type '" + type + "'; expected one of exact,"
          + " approximate, between, bound, vague, fraction, day, month, year, span, before, after, time, label");
    };
  }

  /** The members of a value object, by its type. */
  private static final java.util.Map<String, List<String>> VALUE_MEMBERS = java.util.Map.ofEntries(
      java.util.Map.entry("exact", List.of("type", "value", "unit")),
      java.util.Map.entry("approximate", List.of("type", "center", "hedge", "width", "unit")),
      java.util.Map.entry("between", List.of("type", "low", "high", "unit")),
      java.util.Map.entry("bound", List.of("type", "kind", "value", "unit")),
      java.util.Map.entry("vague", List.of("type", "quantifier", "unit")),
      java.util.Map.entry("fraction", List.of("type", "numerator", "denominator")),
      java.util.Map.entry("day", List.of("type", "date")),
      java.util.Map.entry("month", List.of("type", "month")),
      java.util.Map.entry("year", List.of("type", "year")),
      java.util.Map.entry("span", List.of("type", "first", "last")),
      java.util.Map.entry("before", List.of("type", "date", "inclusive")),
      java.util.Map.entry("after", List.of("type", "date", "inclusive")),
      java.util.Map.entry("time", List.of("type", "instant")),
      java.util.Map.entry("label", List.of("type", "text")));

  /**
   * The constant of {@code type} named {@code name}; otherwise an error naming the member and the
   * accepted names ({@code Enum.valueOf} says only "No enum constant").
   */
  static <E extends Enum<E>> E enumValue(Class<E> type, String member, String name) {
    for (E e : type.getEnumConstants()) if (e.name().equals(name)) return e;
    throw new IllegalArgumentException("'" + member + "' must be one of "
        + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ", got '" + name + "'");
  }

  /** {@link #enumValue} of member {@code field} of {@code n} ({@code otherwise} if absent, required if null), located at it. */
  private static <E extends Enum<E>> E enumAt(Class<E> type, String label, JsonNode n, String field,
      @Nullable String otherwise) {
    String name = otherwise == null ? text(n, field) : text(n, field, otherwise);
    return StrictJson.at(field, () -> enumValue(type, label, name));
  }

  private static Quantity.Bound.Kind boundKind(String name) {
    for (Quantity.Bound.Kind k : Quantity.Bound.Kind.values()) {
      if (k.name().equalsIgnoreCase(name)) return k;
    }
    throw new IllegalArgumentException("'kind' of a bound must be one of " + String.join(", ",
        Arrays.stream(Quantity.Bound.Kind.values()).map(k -> k.name().toLowerCase(Locale.ROOT)).toList())
        + ", got '" + name + "'");
  }

  private static LocalDate date(JsonNode n, String field) {
    return parsed(n, field, "2017-11-03", LocalDate::parse);
  }

  private static <T> T parsed(JsonNode n, String field, String example, java.util.function.Function<String, T> parse) {
    String text = text(n, field);
    try {
      return parse.apply(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new JsonPathException(List.of(field), "'" + field + "' must look like " + example + ", got '" + text + "'",
          e);
    }
  }

  private static Unit unit(JsonNode v) {
    JsonNode u = v.get("unit");
    if (u == null || u.isNull()) return Unit.ONE;
    if (u.isTextual()) {
      return Unit.byId(u.asText()).orElseThrow(() -> new IllegalArgumentException("unknown unit '" + u.asText()
          + "'; built-in units are " + Unit.known() + ", or give the unit as an object"));
    }
    return StrictJson.at("unit", () -> {
      StrictJson.members(u, "a unit", UNIT_MEMBERS);
      return new Unit(text(u, "id"), text(u, "singular"), text(u, "plural"),
          enumAt(Unit.Dimension.class, "unit.dimension", u, "dimension", null), number(u, "low_factor"),
          number(u, "high_factor"));
    });
  }

  private static Hedge hedge(String id) {
    for (Hedge h : Hedge.values()) if (h.id().equals(id)) return h;
    throw new IllegalArgumentException("unknown hedge '" + id + "'; use one of "
        + String.join(", ", Arrays.stream(Hedge.values()).filter(h -> h != Hedge.NONE).map(Hedge::id).toList()));
  }

  private static VagueQuantifier quantifier(String id) {
    for (VagueQuantifier q : VagueQuantifier.values()) if (q.id().equals(id)) return q;
    throw new IllegalArgumentException("unknown vague quantifier '" + id + "'; use one of "
        + String.join(", ", Arrays.stream(VagueQuantifier.values()).map(VagueQuantifier::id).toList()));
  }

  private static BigDecimal number(JsonNode n, String field) {
    JsonNode v = need(n, field);
    return StrictJson.at(field, () -> {
      if (v.isNumber()) return Numbers.canon(v.decimalValue());
      if (v.isTextual()) return Numbers.parse(v.asText());
      throw new IllegalArgumentException("'" + field + "' must be a number, got " + v.getNodeType());
    });
  }

  private static List<String> strings(JsonNode n, String field) {
    List<String> out = new ArrayList<>();
    JsonNode a = n.get(field);
    if (a == null || a.isNull()) return out;
    require(a.isArray(), "'" + field + "' must be an array of strings");
    a.forEach(x -> out.add(x.asText()));
    return out;
  }

  static JsonNode need(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) throw new JsonPathException("missing '" + field + "'");
    return v;
  }

  static String text(JsonNode n, String field) {
    JsonNode v = need(n, field);
    if (v.getNodeType() != JsonNodeType.STRING) {
      throw new JsonPathException("'" + field + "' must be a string, got " + v.getNodeType()).under(field);
    }
    return v.asText();
  }

  static String text(JsonNode n, String field, String otherwise) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? otherwise : v.asText();
  }

  static void require(boolean ok, String message) {
    if (!ok) throw new IllegalArgumentException(message);
  }
}
