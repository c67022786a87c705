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
import org.crosscheck.reconcile.Assessment;
import org.crosscheck.reconcile.Group;
import org.crosscheck.reconcile.Reconciler;
import org.crosscheck.reconcile.Report;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.rules.Verdict;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 2's acceptance: the engine, given claims built from the gold standard's normalized fields,
 * against the 32 gold relations between them. NO_RELATION is right only when the two claims land
 * in different groups; a CONTRADICT with {@code apparent: true} must come out explained.
 */
@Tag("acceptance")
class GoldRelationsAcceptanceTest {

  @Test
  void goldRelations_fromGoldClaims() throws Exception {
    Path shared = Shared.dir();
    Map<String, Claim> claims = GoldClaims.read(shared);
    Report report = Reconciler.with(RuleSet.defaults()).reconcile(claims.values());
    ObjectMapper json = new ObjectMapper();
    int right = 0;
    int total = 0;
    List<String> lines = new ArrayList<>();
    List<String> hardNegativesGrouped = new ArrayList<>();
    List<String> apparentNotExplained = new ArrayList<>();
    for (String line : Files.readAllLines(shared.resolve("gold/seeds-relations.jsonl"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      JsonNode r = json.readTree(line);
      total++;
      String id = r.get("id").asText();
      String type = r.get("type").asText();
      String a = r.get("a").asText();
      String b = r.get("b").asText();
      boolean ok;
      String got;
      if (type.equals("NO_RELATION")) {
        Group ga = report.groupOf(a).orElseThrow();
        Group gb = report.groupOf(b).orElseThrow();
        ok = !ga.key().equals(gb.key());
        got = ok ? "different groups" : "SAME GROUP " + ga.key();
        if (!ok) hardNegativesGrouped.add(id);
      } else {
        Assessment x = report.assessment(a, b);
        boolean apparent = r.path("apparent").asBoolean(false);
        ok = x.verdict().name().equals(type);
        if (ok && x.verdict() == Verdict.CONTRADICT) ok = apparent == x.isExplained();
        if (type.equals("CONTRADICT") && apparent && !x.isExplained()) apparentNotExplained.add(id);
        got = x.toString();
      }
      if (ok) right++;
      lines.add(String.format(Locale.ROOT, "  %s %-5s %-11s %s-%s  %s", ok ? "ok  " : "MISS", id, type, a, b, got));
    }
    lines.forEach(System.out::println);
    System.out.println("seed relations (gold claims): " + right + "/" + total);
    assertThat(hardNegativesGrouped).as("hard negatives grouped together").isEmpty();
    assertThat(apparentNotExplained).as("apparent contradictions not explained").isEmpty();
    assertThat(right).as("seed relations right (gold claims)").isGreaterThanOrEqualTo(28);
  }
}
