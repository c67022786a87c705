package org.crosscheck.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.crosscheck.reconcile.Assessment;

/** Failure: an assessment lacks a fact, or the fact has another value. */
@SuppressWarnings("exports") // AssertJ is optional: whoever uses the assertions has it
public final class ShouldHaveFact extends BasicErrorMessageFactory {
  private ShouldHaveFact(Assessment actual, String key, String value) {
    super("%nExpecting fact%n  %s: %s%nbut the facts were:%n  %s", new Text(key), new Text(value),
        Text.indented(actual.explain().toString()));
  }

  /** The failure of an assessment without the fact {@code key: value}, listing the facts it has. */
  public static ErrorMessageFactory shouldHaveFact(Assessment actual, String key, String value) {
    return new ShouldHaveFact(actual, key, value);
  }
}
