package org.crosscheck.assertj;

import org.crosscheck.reconcile.Assessment;
import org.crosscheck.reconcile.Consensus;
import org.crosscheck.reconcile.Group;
import org.crosscheck.reconcile.Report;
import org.crosscheck.rules.RuleSet;

/**
 * The one entry point of Crosscheck's AssertJ assertions:
 * {@code import static org.crosscheck.assertj.CrosscheckAssertions.assertThat;}.
 */
public final class CrosscheckAssertions {
  private CrosscheckAssertions() {}

  public static RuleSetAssert assertThat(RuleSet actual) {
    return new RuleSetAssert(actual);
  }

  public static AssessmentAssert assertThat(Assessment actual) {
    return new AssessmentAssert(actual);
  }

  public static ReportAssert assertThat(Report actual) {
    return new ReportAssert(actual);
  }

  public static GroupAssert assertThat(Group actual) {
    return new GroupAssert(actual);
  }

  public static ConsensusAssert assertThat(Consensus actual) {
    return new ConsensusAssert(actual);
  }
}
