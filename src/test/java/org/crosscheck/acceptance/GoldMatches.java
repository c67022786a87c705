package org.crosscheck.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Span;

/**
 * Gold claims matched to extracted ones, as the end-to-end checks score them: a gold claim is the
 * extracted claim of its document whose value span overlaps the gold's (the first, by position).
 */
final class GoldMatches {
  private GoldMatches() {}

  /** Gold claim id to its extracted claim, over the gold files (paths under {@code shared}). */
  static Map<String, Claim> match(List<Claim> extracted, Path shared, List<String> goldFiles) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, Claim> matched = new HashMap<>();
    for (String file : goldFiles) {
      for (String line : Files.readAllLines(shared.resolve(file), StandardCharsets.UTF_8)) {
        if (line.isBlank()) continue;
        JsonNode g = json.readTree(line);
        Span span = new Span(g.get("value_start").asInt(), g.get("value_end").asInt());
        String doc = g.get("doc").asText();
        extracted.stream()
            .filter(c -> doc.equals(c.document()) && c.evidence().value().overlaps(span))
            .min(Comparator.comparingInt(c -> c.evidence().value().start()))
            .ifPresent(c -> matched.put(g.get("id").asText(), c));
      }
    }
    return matched;
  }
}
