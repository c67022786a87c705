package org.crosscheck.assertj;

import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.crosscheck.reconcile.Consensus;
import org.crosscheck.value.Value;

/** Assertions on a {@link Consensus}. */
@SuppressWarnings("exports") // AssertJ is optional: whoever uses the assertions has it
public class ConsensusAssert extends AbstractAssert<ConsensusAssert, Consensus> {

  /** Assertions on {@code actual}. */
  public ConsensusAssert(Consensus actual) {
    super(actual, ConsensusAssert.class);
  }

  /**
   * The consensus value equals {@code expected}, as {@code equals} compares values: {@code
   * about(1500)} is not {@code exactly(1500)}.
   */
  public ConsensusAssert hasValue(Value expected) {
    isNotNull();
    if (!expected.equals(actual.value())) {
      throwAssertionError(ShouldHaveConsensus.shouldHaveConsensus("value", expected, actual.value(), actual));
    }
    return this;
  }

  /** Exactly {@code expected} independent origins back the consensus. */
  public ConsensusAssert hasIndependentSources(int expected) {
    isNotNull();
    if (actual.independentSources() != expected) {
      throwAssertionError(ShouldHaveConsensus.shouldHaveConsensus("independent sources", expected,
          actual.independentSources(), actual));
    }
    return this;
  }

  /** Exactly these claim ids dissent, in any order. */
  public ConsensusAssert hasDissenters(String... ids) {
    isNotNull();
    List<String> want = Arrays.stream(ids).sorted().toList();
    List<String> got = actual.dissenterIds().stream().sorted().toList();
    if (!want.equals(got)) throwAssertionError(ShouldHaveConsensus.shouldHaveConsensus("dissenters", want, got, actual));
    return this;
  }

  /** No claim dissents from the consensus. */
  public ConsensusAssert hasNoDissent() {
    return hasDissenters();
  }

  /** Another value had the same support as the consensus. */
  public ConsensusAssert isTied() {
    isNotNull();
    if (!actual.tied()) throwAssertionError(ShouldHaveConsensus.shouldHaveConsensus("tied", true, false, actual));
    return this;
  }

  /** No other value had the same support as the consensus. */
  public ConsensusAssert isNotTied() {
    isNotNull();
    if (actual.tied()) throwAssertionError(ShouldHaveConsensus.shouldHaveConsensus("tied", false, true, actual));
    return this;
  }
}
