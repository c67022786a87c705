package org.crosscheck.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Span;
import org.crosscheck.extract.Extraction;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.DayRange;
import org.crosscheck.value.Interval;
import org.crosscheck.value.Label;
import org.crosscheck.value.internal.Numbers;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.Value;
import org.crosscheck.value.Values;

/**
 * Scores extracted claims against the gold standard of the seeds, as issue 3 defines it:
 *
 * <ul>
 *   <li>a gold claim is <b>found</b> when an extracted claim of its document has a value span
 *       overlapping the gold {@code value_start..value_end} and an equal normalized value;
 *   <li><b>recall (high salience)</b>: found high-salience gold claims over all of them;
 *   <li><b>precision</b>: extracted claims whose value span overlaps some gold claim (any salience)
 *       over all extracted claims;
 *   <li><b>measure correct</b>: over found claims, the extracted measure is the gold one;
 *   <li><b>date resolved to the right day</b>: over the gold date claims that an extracted claim
 *       overlaps by span (found or not), the extracted date covers exactly the gold days.
 * </ul>
 */
final class ExtractionScore {
  /** Gold measure names to the measure ids that count as the same. */
  static final Map<String, Set<String>> MEASURES = Map.ofEntries(
      Map.entry("towns_remaining_count", Set.of("towns-held")),
      Map.entry("fighters_count", Set.of("fighters")),
      Map.entry("territory_lost_share", Set.of("territory-lost")),
      Map.entry("territory_lost_pct", Set.of("territory-lost")),
      Map.entry("territory_held_fraction", Set.of("territory-held")),
      Map.entry("territory_held_pct", Set.of("territory-held")),
      Map.entry("population_count", Set.of("population")),
      Map.entry("duration", Set.of("duration")),
      Map.entry("distance", Set.of("distance-to")),
      Map.entry("length", Set.of("length")),
      Map.entry("control_status", Set.of("control")),
      Map.entry("civilians_held_count", Set.of("people-held")),
      Map.entry("attacks_count", Set.of("attacks")),
      Map.entry("killed_count", Set.of("killed")),
      Map.entry("surrendered_count", Set.of("surrendered")),
      Map.entry("people_count", Set.of("people")),
      Map.entry("people_exited_count", Set.of("people-left")),
      Map.entry("camp_population", Set.of("people")),
      Map.entry("troops_count", Set.of("troops")),
      Map.entry("event_date", Set.of("event-date")));

  record Gold(String id, String doc, String salience, String measure, Span span, JsonNode normalized, String valueText) {}

  int highTotal;
  int highFound;
  int emitted;
  int emittedOverlapping;
  int found;
  int measureRight;
  int dateOverlapped;
  int dateRight;
  final List<String> lines = new ArrayList<>();

  static List<Gold> gold(Path shared) throws Exception {
    return goldFile(shared.resolve("gold/seeds-claims.jsonl"));
  }

  /** The gold claims of one JSON Lines file in the seed gold's format. */
  static List<Gold> goldFile(Path file) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<Gold> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      JsonNode n = json.readTree(line);
      out.add(new Gold(n.get("id").asText(), n.get("doc").asText(), n.get("salience").asText(), n.get("measure").asText(),
          new Span(n.get("value_start").asInt(), n.get("value_end").asInt()), n.get("normalized"),
          n.get("value_text").asText()));
    }
    return out;
  }

  static ExtractionScore score(List<Gold> gold, List<Extraction> extractions) {
    ExtractionScore s = new ExtractionScore();
    for (Extraction x : extractions) {
      String doc = x.article().id();
      List<Gold> docGold = gold.stream().filter(g -> g.doc().equals(doc)).toList();
      for (Claim c : x.claims()) {
        s.emitted++;
        boolean overlaps = docGold.stream().anyMatch(g -> g.span().overlaps(span(c)));
        if (overlaps) s.emittedOverlapping++;
        else s.lines.add("  extra  " + doc + " " + span(c) + " " + quote(x, c) + " -> " + c.topic() + " = " + c.value());
      }
      for (Gold g : docGold) {
        List<Claim> overlapping = x.claims().stream().filter(c -> g.span().overlaps(span(c))).toList();
        Claim match = overlapping.stream().filter(c -> equal(g.normalized(), c.value())).findFirst().orElse(null);
        boolean high = g.salience().equals("high");
        if (high) s.highTotal++;
        boolean isDate = g.normalized().get("kind").asText().startsWith("date");
        if (isDate && !overlapping.isEmpty()) {
          s.dateOverlapped++;
          if (match != null) s.dateRight++;
        }
        if (match != null) {
          s.found++;
          if (high) s.highFound++;
          boolean measureOk = MEASURES.getOrDefault(g.measure(), Set.of()).contains(match.measure().id());
          if (measureOk) s.measureRight++;
          else s.lines.add("  measure " + g.id() + " gold " + g.measure() + ", got " + match.measure().id());
        } else {
          s.lines.add(String.format(Locale.ROOT, "  %s %s (%s) %s gold %s; overlapping: %s", overlapping.isEmpty() ? "miss "
              : "wrong", g.id(), g.salience(), g.valueText(), g.normalized(),
              overlapping.stream().map(c -> c.measure().id() + "=" + c.value()).toList()));
        }
      }
    }
    return s;
  }

  private static Span span(Claim c) {
    return c.evidence() == null ? new Span(0, 0) : c.evidence().value();
  }

  private static String quote(Extraction x, Claim c) {
    Span v = span(c);
    return "\u201c" + x.article().text().substring(v.start(), Math.min(v.end(), x.article().text().length())) + "\u201d";
  }

  static String pct(int a, int b) {
    return b == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * a / b);
  }

  List<String> summary() {
    return List.of(
        "extraction recall (high salience): " + pct(highFound, highTotal) + " (" + highFound + " of " + highTotal + ")",
        "extraction precision: " + pct(emittedOverlapping, emitted) + " (" + emittedOverlapping + " of " + emitted + ")",
        "measure correct: " + pct(measureRight, found) + " (" + measureRight + " of " + found + " found)",
        "date resolved to the right day: " + pct(dateRight, dateOverlapped) + " (" + dateRight + " of " + dateOverlapped
            + " gold dates matched by span)");
  }

  /** Whether an extracted value equals the gold's normalized value. */
  static boolean equal(JsonNode n, Value v) {
    String kind = n.get("kind").asText();
    try {
      switch (kind) {
        case "exact": {
          if (n.has("as_written_fraction")) {
            String[] p = n.get("as_written_fraction").asText().split("/");
            return v instanceof Quantity.Fraction f && f.numerator() * Integer.parseInt(p[1]) == Integer.parseInt(p[0]) * f.denominator();
          }
          return v instanceof Quantity.Exact e && close(e.value(), dec(n, "value"));
        }
        case "approx": {
          if (!(v instanceof Quantity.Approximate a)) return false;
          return close(a.center(), dec(n, "value"));
        }
        case "range":
          return v instanceof Quantity.Between b && close(b.low(), dec(n, "lo")) && close(b.high(), dec(n, "hi"));
        case "lower_bound": {
          boolean inclusive = n.path("inclusive").asBoolean(false);
          return v instanceof Quantity.Bound b && close(b.value(), dec(n, "value"))
              && b.kind() == (inclusive ? Quantity.Bound.Kind.AT_LEAST : Quantity.Bound.Kind.MORE_THAN);
        }
        case "upper_bound": {
          boolean inclusive = n.path("inclusive").asBoolean(false);
          return v instanceof Quantity.Bound b && close(b.value(), dec(n, "value"))
              && b.kind() == (inclusive ? Quantity.Bound.Kind.AT_MOST : Quantity.Bound.Kind.LESS_THAN);
        }
        case "vague": {
          if (!(v instanceof Quantity.Vague q)) return false;
          Interval i = q.interval();
          boolean hiOk = n.get("hi").isNull() ? i.upper() == null : i.upper() != null && close(i.upper(), dec(n, "hi"));
          return close(i.lower(), dec(n, "lo")) && hiOk;
        }
        case "qualitative":
          return n.get("gloss").asText().equals("almost all")
              ? v instanceof Quantity.Vague q && q.quantifier() == org.crosscheck.value.VagueQuantifier.ALMOST_ALL
              : v instanceof Label;
        case "date": {
          String s = n.get("value").asText();
          DateValue want = s.length() == 4 ? Values.inYear(Integer.parseInt(s))
              : s.length() == 7 ? Values.inMonth(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5)))
              : Values.onDay(LocalDate.parse(s));
          return v instanceof DateValue d && d.range().equals(want.range());
        }
        case "date_range": {
          LocalDate hi = LocalDate.parse(n.get("hi").asText());
          DayRange want = n.get("lo").isNull() ? new DayRange(null, hi.plusDays(1))
              : DayRange.closed(LocalDate.parse(n.get("lo").asText()), hi);
          return v instanceof DateValue d && d.range().equals(want);
        }
        default:
          return false;
      }
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static BigDecimal dec(JsonNode n, String f) {
    return Numbers.parse(n.get(f).asText());
  }

  /** Equal, or within 0.1 for shares written with one decimal (33.3 against 33.333333). */
  private static boolean close(BigDecimal a, BigDecimal b) {
    return a != null && b != null && a.subtract(b).abs().compareTo(new BigDecimal("0.1")) <= 0;
  }
}
