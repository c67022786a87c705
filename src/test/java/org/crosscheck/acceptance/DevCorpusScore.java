package org.crosscheck.acceptance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Span;
import org.crosscheck.extract.Extraction;

/**
 * Scores extracted claims against the dev corpus gold, as issue 10 defines it:
 *
 * <ul>
 *   <li>a gold claim is <b>found</b> when an extracted claim of its document has a value span
 *       overlapping the gold {@code value_start..value_end};
 *   <li><b>recall</b>: found gold claims over all of them (and over the high-salience ones);
 *   <li><b>precision</b>: extracted claims whose value span overlaps some gold claim of their
 *       document over all extracted claims;
 *   <li><b>measure and value correct</b>: over found gold claims, one overlapping extracted claim
 *       has the gold's normalized value ({@link ExtractionScore#equal}) and a measure the gold's
 *       measure name maps to ({@link #MEASURES}).
 * </ul>
 */
final class DevCorpusScore {
  /**
   * Dev-corpus gold measure names to the measure ids that count as the same. The gold names are
   * finer than ours in places (villages captured, neighbourhoods captured); those map to one id.
   */
  static final Map<String, Set<String>> MEASURES = Map.ofEntries(
      Map.entry("area", Set.of("area")),
      Map.entry("casualties_count", Set.of("casualties")),
      Map.entry("control_status", Set.of("control")),
      Map.entry("displaced_count", Set.of("displaced")),
      Map.entry("distance", Set.of("distance-to")),
      Map.entry("duration", Set.of("duration")),
      Map.entry("period", Set.of("event-date", "period")),
      Map.entry("event_date", Set.of("event-date")),
      Map.entry("fighters_count", Set.of("fighters")),
      Map.entry("foreign_fighters_count", Set.of("fighters")),
      Map.entry("hostages_count", Set.of("hostages", "people-held")),
      Map.entry("killed_count", Set.of("killed")),
      Map.entry("deaths_count", Set.of("killed")),
      Map.entry("wounded_count", Set.of("wounded")),
      Map.entry("length", Set.of("length")),
      Map.entry("neighbourhoods_captured_count", Set.of("places-taken")),
      Map.entry("neighbourhoods_recaptured_count", Set.of("places-taken")),
      Map.entry("towns_captured_count", Set.of("places-taken")),
      Map.entry("villages_captured_count", Set.of("places-taken")),
      Map.entry("villages_cleared_count", Set.of("places-taken")),
      Map.entry("towns_remaining_count", Set.of("towns-held")),
      Map.entry("strongholds_remaining_count", Set.of("towns-held")),
      Map.entry("localities_held_count", Set.of("towns-held")),
      Map.entry("villages_remaining_count", Set.of("towns-held")),
      Map.entry("neighbourhoods_remaining_count", Set.of("towns-held")),
      Map.entry("people_count", Set.of("people")),
      Map.entry("camp_population", Set.of("people")),
      Map.entry("people_exited_count", Set.of("people-left")),
      Map.entry("escaped_count", Set.of("people-left")),
      Map.entry("camp_arrivals_count", Set.of("people-arrived", "people-left")),
      Map.entry("refugees_count", Set.of("refugees")),
      Map.entry("share_pct", Set.of("share")),
      Map.entry("states_with_fighting_count", Set.of("places-affected")),
      Map.entry("territory_held_fraction", Set.of("territory-held")),
      Map.entry("territory_held_pct", Set.of("territory-held")),
      Map.entry("territory_lost_fraction", Set.of("territory-lost")),
      Map.entry("territory_lost_pct", Set.of("territory-lost")),
      Map.entry("territory_lost_share", Set.of("territory-lost")),
      Map.entry("losses_pct", Set.of("territory-lost", "losses")),
      Map.entry("troops_trained_count", Set.of("troops")),
      Map.entry("troops_count", Set.of("troops")),
      Map.entry("vehicles_count", Set.of("vehicles")),
      Map.entry("population_count", Set.of("population")),
      Map.entry("population_share_pct", Set.of("population-share")),
      Map.entry("facilities_count", Set.of("facilities")),
      Map.entry("camps_count", Set.of("camps")),
      Map.entry("missing_count", Set.of("missing")),
      Map.entry("estimate_ratio", Set.of("ratio")),
      Map.entry("surrendered_count", Set.of("surrendered")));

  int total;
  int found;
  int highTotal;
  int highFound;
  int emitted;
  int emittedOverlapping;
  int right;
  final List<String> lines = new ArrayList<>();

  static DevCorpusScore score(List<ExtractionScore.Gold> gold, List<Extraction> extractions) {
    DevCorpusScore s = new DevCorpusScore();
    for (Extraction x : extractions) {
      String doc = x.article().id();
      List<ExtractionScore.Gold> docGold = gold.stream().filter(g -> g.doc().equals(doc)).toList();
      for (Claim c : x.claims()) {
        s.emitted++;
        if (docGold.stream().anyMatch(g -> g.span().overlaps(span(c)))) s.emittedOverlapping++;
        else s.lines.add("  extra   " + doc + " " + quote(x, c) + " -> " + c.topic() + " = " + c.value());
      }
      for (ExtractionScore.Gold g : docGold) {
        boolean high = g.salience().equals("high");
        s.total++;
        if (high) s.highTotal++;
        List<Claim> overlapping = x.claims().stream().filter(c -> g.span().overlaps(span(c))).toList();
        if (overlapping.isEmpty()) {
          s.lines.add("  miss    " + g.id() + " (" + g.salience() + ") " + g.measure() + " \u201c" + g.valueText()
              + "\u201d gold " + g.normalized().get("kind").asText());
          continue;
        }
        s.found++;
        if (high) s.highFound++;
        Set<String> measures = MEASURES.getOrDefault(g.measure(), Set.of());
        boolean ok = overlapping.stream()
            .anyMatch(c -> measures.contains(c.measure().id()) && ExtractionScore.equal(g.normalized(), c.value()));
        if (ok) s.right++;
        else s.lines.add("  wrong   " + g.id() + " " + g.measure() + " \u201c" + g.valueText() + "\u201d gold "
            + g.normalized() + "; got " + overlapping.stream().map(c -> c.measure().id() + "=" + c.value()).toList());
      }
    }
    return s;
  }

  private static Span span(Claim c) {
    return c.evidence() == null ? new Span(0, 0) : c.evidence().value();
  }

  private static String quote(Extraction x, Claim c) {
    Span v = span(c);
    String t = x.article().text();
    return "\u201c" + t.substring(Math.min(v.start(), t.length()), Math.min(v.end(), t.length())) + "\u201d";
  }

  List<String> summary(String lang) {
    return List.of(
        "dev corpus recall (" + lang + ", high salience): " + ExtractionScore.pct(highFound, highTotal) + " ("
            + highFound + " of " + highTotal + ")",
        "dev corpus recall (" + lang + "): " + ExtractionScore.pct(found, total) + " (" + found + " of " + total + ")",
        "dev corpus precision (" + lang + "): " + ExtractionScore.pct(emittedOverlapping, emitted) + " ("
            + emittedOverlapping + " of " + emitted + ")",
        "dev corpus measure and value correct (" + lang + "): " + ExtractionScore.pct(right, found) + " (" + right
            + " of " + found + " found)");
  }

  static String fmt(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }
}
