package org.crosscheck.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.crosscheck.reconcile.Assessment;
import org.crosscheck.rules.Verdict;

/** Failure: an assessment has another verdict than expected. */
@SuppressWarnings("exports") // AssertJ is optional: whoever uses the assertions has it
public final class ShouldHaveVerdict extends BasicErrorMessageFactory {
  private ShouldHaveVerdict(Assessment actual, Verdict expected) {
    super("%nExpecting assessment to have verdict:%n  %s%nbut had:%n  %s%nfacts:%n  %s", expected, actual.verdict(),
        Text.indented(actual.explain().toString()));
  }

  /** The failure of an assessment whose verdict is not {@code expected}, with its facts. */
  public static ErrorMessageFactory shouldHaveVerdict(Assessment actual, Verdict expected) {
    return new ShouldHaveVerdict(actual, expected);
  }
}
