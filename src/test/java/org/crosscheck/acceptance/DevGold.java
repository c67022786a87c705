package org.crosscheck.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Measure;

/**
 * Builds {@link Claim}s from the dev corpus's gold (English and Arabic) the way {@link GoldClaims}
 * builds the seeds': from the normalized fields, with publication dates from the manifests. Gold
 * measure names the seeds do not use become measures named after them, their kind read from the
 * normalized value's unit and their trend from the name (a running total of the killed, displaced or
 * left only grows; anything held or remaining is a state).
 */
final class DevGold {
  private DevGold() {}

  /** Every dev-corpus gold claim and every seed gold claim, by id. */
  static Map<String, Claim> readWithSeeds(Path shared) {
    Map<String, Claim> claims = new LinkedHashMap<>(GoldClaims.read(shared));
    ObjectMapper json = new ObjectMapper();
    try {
      for (String lang : new String[] {"ar", "en"}) {
        Map<String, LocalDate> published = new HashMap<>();
        for (JsonNode m : json.readTree(shared.resolve("dev-corpus/" + lang + "/manifest.json").toFile())) {
          published.put(m.get("file").asText(), LocalDate.parse(m.get("published").asText()));
        }
        Path gold = shared.resolve("dev-corpus/gold/dev-" + lang + "-claims.jsonl");
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
          if (line.isBlank()) continue;
          JsonNode n = json.readTree(line);
          LocalDate pub = published.get(n.get("doc").asText());
          if (pub == null) pub = LocalDate.parse(n.get("pub_date").asText());
          claims.put(n.get("id").asText(), GoldClaims.claim(n, pub));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return claims;
  }

  /** A measure for a gold measure name the seed mapping lacks. */
  static Measure measure(String goldName, String subject, JsonNode normalized) {
    String unit = normalized.path("unit").asText("");
    String kind = normalized.path("kind").asText("");
    Measure.Kind k;
    if (kind.startsWith("date")) k = Measure.Kind.OTHER; // a period named as a span, not an event
    else if (kind.equals("qualitative") && !normalized.has("approx_pct_lo")) k = Measure.Kind.OTHER;
    else if (unit.equals("percent") || goldName.endsWith("_pct") || goldName.endsWith("_fraction")
        || goldName.endsWith("_share") || normalized.has("approx_pct_lo")) k = Measure.Kind.SHARE;
    else if (unit.equals("km") || unit.equals("m")) k = Measure.Kind.DISTANCE;
    else if (unit.equals("km2") || goldName.equals("area")) k = Measure.Kind.AREA;
    else if (unit.equals("day") || unit.equals("week") || unit.equals("month") || unit.equals("year")
        || unit.equals("hour")) k = Measure.Kind.DURATION;
    else k = Measure.Kind.COUNT;
    // displaced people who fled since a date (a running total) are not those a place hosts (a state)
    if (goldName.equals("displaced_count") && subject.contains("fled")) goldName = "fled_count";
    String name = goldName.replaceAll("_(count|pct|fraction|share)$", "").replace('_', ' ');
    Measure.Trend trend;
    if (goldName.matches(".*(killed|deaths|fled|exited|escaped|arrivals|lost|captured|cleared|trained|refugees).*")) {
      trend = Measure.Trend.INCREASES;
    } else if (k == Measure.Kind.EVENT_DATE) {
      trend = Measure.Trend.FIXED;
    } else {
      trend = Measure.Trend.VARIES;
    }
    return Measure.of(name.toLowerCase(Locale.ROOT), k, trend);
  }
}
