package org.crosscheck.assertj;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.crosscheck.reconcile.Assessment;
import org.crosscheck.rules.Explanation;

/** Failure: a contradiction is not explained as expected, or is explained when it should be genuine. */
@SuppressWarnings("exports") // AssertJ is optional: whoever uses the assertions has it
public final class ShouldBeExplained extends BasicErrorMessageFactory {
  private ShouldBeExplained(String format, Object... args) {
    super(format, args);
  }

  /**
   * The failure of an assessment not explained by {@code expected}: says whether it was no
   * contradiction, a genuine one, or explained otherwise.
   */
  public static ErrorMessageFactory shouldBeExplainedBy(Assessment actual, List<Explanation> expected) {
    return new ShouldBeExplained("%nExpecting a contradiction explained by:%n  %s%nbut it was %s%nfacts:%n  %s",
        new Text(phrases(expected)), new Text(actual.verdict() != org.crosscheck.rules.Verdict.CONTRADICT
            ? "no contradiction (" + actual.verdict() + ")"
            : actual.explanations().isEmpty() ? "genuine (nothing explains it)"
            : "explained by: " + phrases(actual.explainedBy())),
        Text.indented(actual.explain().toString()));
  }

  /** The failure of an assessment that is not a genuine contradiction: no contradiction, or an explained one. */
  public static ErrorMessageFactory shouldBeGenuine(Assessment actual) {
    return new ShouldBeExplained("%nExpecting a genuine contradiction%nbut it was %s%nfacts:%n  %s",
        new Text(actual.verdict() != org.crosscheck.rules.Verdict.CONTRADICT
            ? "no contradiction (" + actual.verdict() + ")" : "explained by: " + phrases(actual.explainedBy())),
        Text.indented(actual.explain().toString()));
  }

  private static String phrases(List<Explanation> list) {
    return String.join(", ", list.stream().map(Explanation::phrase).toList());
  }
}
