package org.crosscheck.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.claim.Claim;
import org.crosscheck.io.Pipeline;
import org.crosscheck.io.Run;
import org.crosscheck.reconcile.Group;
import org.crosscheck.rules.GroupingRule;
import org.crosscheck.rules.RuleSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's acceptance: no claim of the seeds or of the whole dev corpus (Arabic and English, run
 * as one batch through the main job) carries a subject that neither the text names nor a named rule
 * inferred. A claim's subject is accounted for when the rules that built it (its evidence's rule
 * trace) include a subject rule ({@code subject.*}: named after the counted noun, held by, the
 * article's armed group, a part of the figure before…) or a status rule ({@code status.*}, which
 * reads the holder the text names), or when its group's facts say the reconciler's {@code
 * grouping.sole-party} lent it the one party counted at its place. Any other subject is listed with
 * its rules. Events carry no actor as subject.
 */
@Tag("acceptance")
class SubjectsNamedAcceptanceTest {

  @Test
  void everySubject_isNamedOrInferredByANamedRule() throws Exception {
    Run run = Pipeline.withInstalledExtractors(RuleSet.defaults()).run(Shared.seedsAndDevCorpus(), i -> { });
    int withSubject = 0;
    int byRule = 0;
    int lent = 0;
    List<String> offenders = new ArrayList<>();
    for (Claim c : run.report().claims()) {
      if (c.subject().isNone()) continue;
      withSubject++;
      List<String> rules = c.evidence() == null ? List.of() : c.evidence().rules();
      if (rules.stream().anyMatch(r -> r.startsWith("subject.") || r.startsWith("status."))) {
        byRule++;
        continue;
      }
      Group g = run.report().groupOf(c).orElse(null);
      if (g != null && g.facts().stream().anyMatch(f -> f.key().equals(GroupingRule.SOLE_PARTY)
          && f.value().startsWith(c.id() + " "))) {
        lent++;
        continue;
      }
      offenders.add(String.format(Locale.ROOT, "%s  subject %s  in %s  rules %s", c.id(), c.subject().id(), c.topic(),
          rules));
    }
    System.out.println("claims with a subject (seeds and dev corpus): " + withSubject + " (" + byRule
        + " by a subject or status rule, " + lent + " lent by " + GroupingRule.SOLE_PARTY + ")");
    offenders.forEach(o -> System.out.println("  subject by no named rule: " + o));
    assertThat(withSubject).as("claims with a subject").isPositive();
    assertThat(offenders).as("claims whose subject no named rule read or inferred").isEmpty();
  }
}
