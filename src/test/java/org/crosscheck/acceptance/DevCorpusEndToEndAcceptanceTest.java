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
 * Issues 11 and 12's end-to-end measure: the seeds and the whole dev corpus (Arabic and English) run
 * as one batch through the main job, scored against every dev-corpus relation (Arabic, English and
 * cross-lingual to the seeds). Gold claims are matched to extracted claims as in {@link
 * EndToEndAcceptanceTest}. Three figures:
 *
 * <ul>
 *   <li>{@code dev corpus relations (end to end)}: right over all relations; a relation whose claims
 *       were not both extracted counts as wrong unless it is NO_RELATION;
 *   <li>{@code dev corpus grouping (both extracted)}: over relations whose two claims were extracted,
 *       AGREE/COMPATIBLE/CONTRADICT in one group, NO_RELATION in different groups;
 *   <li>{@code dev corpus verdicts (both extracted)}: over the related pairs whose two claims were
 *       extracted, the engine's verdict is the gold's (an apparent contradiction explained, a genuine
 *       one not).
 * </ul>
 */
@Tag("acceptance")
class DevCorpusEndToEndAcceptanceTest {

  @Test
  void devCorpus_endToEnd_withTheSeeds() throws Exception {
    Path shared = Shared.dir();
    Documents.Loaded loaded = Shared.seedsAndDevCorpus();
    Run run = Pipeline.withInstalledExtractors(RuleSet.defaults()).run(loaded, i -> { });
    ObjectMapper json = new ObjectMapper();
    Map<String, Claim> matched = GoldMatches.match(run.report().claims(), shared, List.of("gold/seeds-claims.jsonl",
        "dev-corpus/gold/dev-ar-claims.jsonl", "dev-corpus/gold/dev-en-claims.jsonl"));
    int right = 0;
    int total = 0;
    int otherRight = 0;
    int otherTotal = 0;
    int bothExtracted = 0;
    int groupedRight = 0;
    int groupedOrLinkedRight = 0;
    int related = 0;
    int verdictRight = 0;
    List<String> groupedNegatives = new ArrayList<>();
    for (String file : List.of("dev-corpus/gold/dev-ar-relations.jsonl", "dev-corpus/gold/dev-en-relations.jsonl")) {
      for (String line : Files.readAllLines(shared.resolve(file), StandardCharsets.UTF_8)) {
        if (line.isBlank()) continue;
        JsonNode r = json.readTree(line);
        total++;
        String type = r.get("type").asText();
        Claim a = matched.get(r.get("a").asText());
        Claim b = matched.get(r.get("b").asText());
        Group ga = a == null ? null : run.report().groupOf(a).orElse(null);
        Group gb = b == null ? null : run.report().groupOf(b).orElse(null);
        boolean same = ga != null && gb != null && ga.key().equals(gb.key());
        boolean ok;
        String got;
        if (a != null && b != null) {
          bothExtracted++;
          if (same != type.equals("NO_RELATION")) groupedRight++;
          boolean linked = same || (ga != null && gb != null && linked(run.report(), ga, gb));
          if (linked != type.equals("NO_RELATION")) groupedOrLinkedRight++;
        }
        if (type.equals("NO_RELATION")) {
          ok = !same;
          got = ok ? "different groups" : "SAME GROUP " + ga.key();
          if (!ok) groupedNegatives.add(r.get("id").asText());
        } else if (a == null || b == null) {
          ok = false;
          got = "not extracted: " + (a == null ? r.get("a").asText() + " " : "") + (b == null ? r.get("b").asText() : "");
        } else {
          related++;
          Assessment x = run.report().assessment(a.id(), b.id());
          ok = x.verdict().name().equals(type);
          if (ok && x.verdict() == Verdict.CONTRADICT) ok = r.path("apparent").asBoolean(false) == x.isExplained();
          if (ok) verdictRight++;
          ok &= same;
          got = (same ? "" : "APART ") + x + "  [" + a.topic() + " | " + b.topic() + "]";
        }
        if (ok) right++;
        if (r.get("doc_a").asText().matches("(ar1[1-4]|en1[1-4])_.*")) {
          otherTotal++;
          if (ok) otherRight++;
        }
        System.out.println(String.format(Locale.ROOT, "  %s %-6s %-11s %s", ok ? "ok  " : "MISS", r.get("id").asText(), type,
            got));
      }
    }
    System.out.println("dev corpus relations (end to end): " + right + "/" + total);
    System.out.println("dev corpus grouping (both extracted): " + groupedRight + "/" + bothExtracted);
    System.out.println("dev corpus grouping (both extracted, same or linked groups): " + groupedOrLinkedRight + "/"
        + bothExtracted);
    System.out.println("dev corpus verdicts (both extracted): " + verdictRight + "/" + related);
    System.out.println("dev corpus relations (other conflicts, end to end): " + otherRight + "/" + otherTotal);
    System.out.println("dev corpus hard negatives grouped: " + groupedNegatives);
    assertThat(groupedNegatives).as("hard negatives grouped").isEmpty();
    // floors at the figures reached (they may only rise); issue 11's target is 80%, issue 12's 90% and 85%
    assertThat(right).as("dev corpus relations right end to end").isGreaterThanOrEqualTo(79);
    assertThat(right * 100).as("issue 11: relations right end to end >= 80%%").isGreaterThanOrEqualTo(80 * total);
    assertThat(groupedRight).as("dev corpus grouping, both claims extracted").isGreaterThanOrEqualTo(81);
    assertThat(groupedRight * 100).as("issue 12: grouping right, both claims extracted >= 90%%")
        .isGreaterThanOrEqualTo(90 * bothExtracted);
    assertThat(verdictRight).as("dev corpus verdicts, both claims extracted").isGreaterThanOrEqualTo(59);
    assertThat(verdictRight * 100).as("issue 12: verdicts right, both claims extracted >= 85%%")
        .isGreaterThanOrEqualTo(85 * related);
    assertThat(otherRight).as("dev corpus relations right end to end, other conflicts").isGreaterThanOrEqualTo(33);
    assertThat(otherRight * 100).as("issue 16: other conflicts right end to end >= 80%%")
        .isGreaterThanOrEqualTo(80 * otherTotal);
  }

  /** Whether the report links the two groups (related event classes, nested places, linked counts). */
  private static boolean linked(org.crosscheck.reconcile.Report report, Group ga, Group gb) {
    for (Assessment l : report.links()) {
      if ((ga.contains(l.left()) && gb.contains(l.right())) || (gb.contains(l.left()) && ga.contains(l.right()))) {
        return true;
      }
    }
    return false;
  }
}
