package org.crosscheck.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.crosscheck.reconcile.Consensus;
import org.jspecify.annotations.Nullable;

/** Failure: a consensus differs from what was expected. */
@SuppressWarnings("exports") // AssertJ is optional: whoever uses the assertions has it
public final class ShouldHaveConsensus extends BasicErrorMessageFactory {
  private ShouldHaveConsensus(String what, @Nullable Object expected, @Nullable Object actual, Consensus consensus) {
    super("%nExpecting consensus %s:%n  %s%nbut was:%n  %s%nconsensus:%n  %s", new Text(what), new Text(String.valueOf(expected)),
        new Text(String.valueOf(actual)), new Text(consensus.toString()));
  }

  /**
   * The failure of a consensus whose property {@code what} (value, dissenters…) is {@code actual},
   * not {@code expected}.
   */
  public static ErrorMessageFactory shouldHaveConsensus(String what, @Nullable Object expected, @Nullable Object actual,
      Consensus consensus) {
    return new ShouldHaveConsensus(what, expected, actual, consensus);
  }
}
