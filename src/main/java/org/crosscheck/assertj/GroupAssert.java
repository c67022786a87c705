package org.crosscheck.assertj;

import java.util.Arrays;
import org.assertj.core.api.AbstractAssert;
import org.crosscheck.claim.Claim;
import org.crosscheck.reconcile.Group;
import org.crosscheck.value.Value;

/** Assertions on a {@link Group}. */
@SuppressWarnings("exports") // AssertJ is optional: whoever uses the assertions has it
public class GroupAssert extends AbstractAssert<GroupAssert, Group> {

  /** Assertions on {@code actual}. */
  public GroupAssert(Group actual) {
    super(actual, GroupAssert.class);
  }

  /** The group holds exactly {@code expected} claims. */
  public GroupAssert hasSize(int expected) {
    isNotNull();
    if (actual.size() != expected) {
      failWithMessage("%nExpecting group%n  %s%nto hold %s claims but it holds %s", actual, expected, actual.size());
    }
    return this;
  }

  /** The group holds these claims (and maybe others). */
  public GroupAssert containsClaims(Claim... claims) {
    isNotNull();
    for (Claim c : Arrays.asList(claims)) {
      if (!actual.contains(c)) failWithMessage("%nExpecting group%n  %s%nto hold claim%n  %s", actual, c);
    }
    return this;
  }

  /** The consensus value is {@code expected}. */
  public GroupAssert hasConsensus(Value expected) {
    isNotNull();
    consensus().hasValue(expected);
    return this;
  }

  /** Exactly {@code expected} independent origins back the group's consensus. */
  public GroupAssert hasIndependentSources(int expected) {
    isNotNull();
    consensus().hasIndependentSources(expected);
    return this;
  }

  /** Assertions on the group's consensus. */
  public ConsensusAssert consensus() {
    isNotNull();
    return new ConsensusAssert(actual.consensus());
  }
}
