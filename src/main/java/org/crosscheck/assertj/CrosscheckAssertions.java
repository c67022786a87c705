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

  /** Assertions on a rule set: its rules, and the verdicts it gives pairs of claims. */
  public static RuleSetAssert assertThat(RuleSet actual) {
    return new RuleSetAssert(actual);
  }

  /** Assertions on one assessment: its verdict, deciding rule, explanations, facts and independence. */
  public static AssessmentAssert assertThat(Assessment actual) {
    return new AssessmentAssert(actual);
  }

  /** Assertions on a report: its groups, and its genuine and explained contradictions. */
  public static ReportAssert assertThat(Report actual) {
    return new ReportAssert(actual);
  }

  /** Assertions on a group: its claims and its consensus. */
  public static GroupAssert assertThat(Group actual) {
    return new GroupAssert(actual);
  }

  /** Assertions on a consensus: its value, independent sources, dissenters and ties. */
  public static ConsensusAssert assertThat(Consensus actual) {
    return new ConsensusAssert(actual);
  }
}
