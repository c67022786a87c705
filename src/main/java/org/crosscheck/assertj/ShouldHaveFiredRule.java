package org.crosscheck.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.crosscheck.reconcile.Assessment;

/** Failure: a rule did not fire, or another rule decided. */
@SuppressWarnings("exports") // AssertJ is optional: whoever uses the assertions has it
public final class ShouldHaveFiredRule extends BasicErrorMessageFactory {
  private ShouldHaveFiredRule(String message, Assessment actual, String rule) {
    super(message, new Text(rule), new Text(String.join(", ", actual.fired())), new Text(actual.rule().id()),
        Text.indented(actual.explain().toString()));
  }

  /** The failure of an assessment in which {@code rule} did not fire: lists the rules that fired and the facts. */
  public static ErrorMessageFactory shouldHaveFiredRule(Assessment actual, String rule) {
    return new ShouldHaveFiredRule(
        "%nExpecting rule%n  %s%nto fire, but the rules that fired were:%n  %s%n(decided by %s)%nfacts:%n  %s", actual,
        rule);
  }

  /** The failure of an assessment whose verdict {@code rule} did not decide: names the rule that did, and the facts. */
  public static ErrorMessageFactory shouldHaveBeenDecidedBy(Assessment actual, String rule) {
    return new ShouldHaveFiredRule(
        "%nExpecting the verdict to be decided by rule%n  %s%nbut the rules that fired were:%n  %s%n(decided by %s)%nfacts:%n  %s",
        actual, rule);
  }
}
