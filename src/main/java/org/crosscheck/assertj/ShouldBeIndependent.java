package org.crosscheck.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.crosscheck.reconcile.Assessment;

/** Failure: two claims are (in)dependent against expectation. */
@SuppressWarnings("exports") // AssertJ is optional: whoever uses the assertions has it
public final class ShouldBeIndependent extends BasicErrorMessageFactory {
  private ShouldBeIndependent(Assessment actual, boolean expected) {
    super("%nExpecting the two claims to be %s sources%nbut they were %s:%n  %s%n  %s",
        new Text(expected ? "independent" : "dependent"), new Text(expected ? "dependent" : "independent"),
        new Text(actual.left().attribution().toString()), new Text(actual.right().attribution().toString()));
  }

  /**
   * The failure of two claims expected to be independent sources ({@code expected} true) or
   * dependent ones (false), with both attributions.
   */
  public static ErrorMessageFactory shouldBeIndependent(Assessment actual, boolean expected) {
    return new ShouldBeIndependent(actual, expected);
  }
}
