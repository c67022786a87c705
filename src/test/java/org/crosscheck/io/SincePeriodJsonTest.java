package org.crosscheck.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Crosscheck;
import org.crosscheck.claim.Claim;
import org.crosscheck.reconcile.Reconciler;
import org.crosscheck.reconcile.Report;
import org.crosscheck.rules.RuleSet;
import org.junit.jupiter.api.Test;

/** Rules quantity.since-period and time.period-versus-day in claims JSON and report JSON, on articles the team wrote. */
class SincePeriodJsonTest {
  @Test
  void sincePeriodAndPeriodVersusDay_appearInTheJsonLikeOtherRules() {
    List<Claim> claims = new ArrayList<>();
    claims.addAll(Crosscheck.extract("Since the war began, 41,250 people have been wounded in Raqqa, the health"
        + " ministry said.", "en", LocalDate.of(2024, 7, 14)).claims().stream().map(c -> c.withId("total-" + c.id()))
        .toList());
    claims.addAll(Crosscheck.extract("Shelling on a market wounded 289 people in Raqqa on Monday, doctors said.", "en",
        LocalDate.of(2024, 7, 16)).claims().stream().map(c -> c.withId("day-" + c.id())).toList());
    Claim total = claims.stream().filter(c -> c.evidence() != null
        && c.evidence().rules().contains("quantity.since-period")).findFirst().orElseThrow();
    String line = ClaimJson.write(total);
    assertThat(line).contains("quantity.since-period").contains("2024-07-14");
    assertThat(ClaimJson.read(line)).isEqualTo(total);
    Report report = Reconciler.with(RuleSet.defaults()).reconcile(claims);
    String json = ReportJson.write(Run.of(report));
    assertThat(json).contains("time.period-versus-day").doesNotContain("trend.impossible-direction");
    assertThat(report.assessments()).anySatisfy(a -> assertThat(a.fired("time.period-versus-day")).isTrue());
  }
}
