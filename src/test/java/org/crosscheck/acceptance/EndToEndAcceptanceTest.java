package org.crosscheck.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.claim.Claim;
import org.crosscheck.io.Documents;
import org.crosscheck.io.Pipeline;
import org.crosscheck.io.Run;
import org.crosscheck.reconcile.Assessment;
import org.crosscheck.reconcile.Group;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.rules.Verdict;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's acceptance: the main job on the seed articles with their manifest — extraction, echo
 * detection, reliability, reconciliation — scored against the 32 gold relations. A gold claim is
 * matched to the extracted claim of its document whose value span overlaps it (the first, by
 * position). A relation is right when both claims were matched and the engine's verdict is the
 * gold one (an apparent contradiction must come out explained); NO_RELATION is right when the two
 * claims land in different groups (or one was never extracted, so nothing grouped them).
 */
@Tag("acceptance")
class EndToEndAcceptanceTest {

  @Test
  void seeds_endToEnd() throws Exception {
    Path shared = Shared.dir();
    Path seeds = shared.resolve("seeds");
    Documents.Loaded loaded = new Documents().read(List.of(seeds), seeds.resolve("manifest.json"));
    Run run = Pipeline.withInstalledExtractors(RuleSet.defaults()).run(loaded, i -> { });
    ObjectMapper json = new ObjectMapper();
    Map<String, Claim> matched = GoldMatches.match(run.report().claims(), shared, List.of("gold/seeds-claims.jsonl"));
    int right = 0;
    int total = 0;
    List<String> groupedNegatives = new ArrayList<>();
    for (String line : Files.readAllLines(shared.resolve("gold/seeds-relations.jsonl"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      JsonNode r = json.readTree(line);
      total++;
      String type = r.get("type").asText();
      Claim a = matched.get(r.get("a").asText());
      Claim b = matched.get(r.get("b").asText());
      boolean ok;
      String got;
      if (type.equals("NO_RELATION")) {
        Group ga = a == null ? null : run.report().groupOf(a).orElse(null);
        Group gb = b == null ? null : run.report().groupOf(b).orElse(null);
        ok = ga == null || gb == null || !ga.key().equals(gb.key());
        got = ok ? "different groups" : "SAME GROUP " + ga.key();
        if (!ok) groupedNegatives.add(r.get("id").asText());
      } else if (a == null || b == null) {
        ok = false;
        got = "not extracted: " + (a == null ? r.get("a").asText() + " " : "") + (b == null ? r.get("b").asText() : "");
      } else {
        Assessment x = run.report().assessment(a.id(), b.id());
        ok = x.verdict().name().equals(type);
        if (ok && x.verdict() == Verdict.CONTRADICT) ok = r.path("apparent").asBoolean(false) == x.isExplained();
        got = x + "  [" + a.topic() + " | " + b.topic() + "]";
      }
      if (ok) right++;
      System.out.println(String.format(Locale.ROOT, "  %s %-5s %-11s %s", ok ? "ok  " : "MISS", r.get("id").asText(), type, got));
    }
    System.out.println("echoes: " + run.echoes());
    System.out.println("seed relations (end to end): " + right + "/" + total);
    assertThat(groupedNegatives).as("hard negatives grouped").isEmpty();
    assertThat(run.echoes()).as("Al-Marsad reported as an echo of Reuters")
        .anyMatch(e -> e.rewrite().startsWith("004_") && e.original().startsWith("000_"));
    assertThat(right).as("seed relations right end to end").isGreaterThanOrEqualTo(26);
  }
}
