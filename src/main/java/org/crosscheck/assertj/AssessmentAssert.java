package org.crosscheck.assertj;

import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.crosscheck.reconcile.Assessment;
import org.crosscheck.rules.Explanation;
import org.crosscheck.rules.Fact;
import org.crosscheck.rules.Verdict;

/** Assertions on an {@link Assessment}. */
@SuppressWarnings("exports") // AssertJ is optional: whoever uses the assertions has it
public class AssessmentAssert extends AbstractAssert<AssessmentAssert, Assessment> {

  /** Assertions on {@code actual}. */
  public AssessmentAssert(Assessment actual) {
    super(actual, AssessmentAssert.class);
  }

  /** The verdict is {@code expected}. */
  public AssessmentAssert hasVerdict(Verdict expected) {
    isNotNull();
    if (actual.verdict() != expected) throwAssertionError(ShouldHaveVerdict.shouldHaveVerdict(actual, expected));
    return this;
  }

  /** The rule {@code ruleId} said something about the pair (decided, explained, flagged or refined). */
  public AssessmentAssert firedRule(String ruleId) {
    isNotNull();
    if (!actual.fired(ruleId)) throwAssertionError(ShouldHaveFiredRule.shouldHaveFiredRule(actual, ruleId));
    return this;
  }

  /** The rule {@code ruleId} decided the verdict. */
  public AssessmentAssert wasDecidedBy(String ruleId) {
    isNotNull();
    if (!actual.rule().id().equals(ruleId)) throwAssertionError(ShouldHaveFiredRule.shouldHaveBeenDecidedBy(actual, ruleId));
    return this;
  }

  /** A contradiction explained by at least the given explanations. */
  public AssessmentAssert isExplainedBy(Explanation... expected) {
    isNotNull();
    List<Explanation> want = Arrays.asList(expected);
    if (actual.verdict() != Verdict.CONTRADICT || !actual.explainedBy().containsAll(want) || want.isEmpty()
        && actual.explanations().isEmpty()) {
      throwAssertionError(ShouldBeExplained.shouldBeExplainedBy(actual, want));
    }
    return this;
  }

  /** A contradiction with some explanation. */
  public AssessmentAssert isExplained() {
    return isExplainedBy();
  }

  /** A contradiction nothing explains. */
  public AssessmentAssert isGenuineContradiction() {
    isNotNull();
    if (!actual.isGenuineContradiction()) throwAssertionError(ShouldBeExplained.shouldBeGenuine(actual));
    return this;
  }

  /** The two claims come from independent origins. */
  public AssessmentAssert isIndependent() {
    isNotNull();
    if (!actual.independent()) throwAssertionError(ShouldBeIndependent.shouldBeIndependent(actual, true));
    return this;
  }

  /** The two claims share an origin. */
  public AssessmentAssert isNotIndependent() {
    isNotNull();
    if (actual.independent()) throwAssertionError(ShouldBeIndependent.shouldBeIndependent(actual, false));
    return this;
  }

  /** The facts hold {@code key} with exactly {@code value}. */
  public AssessmentAssert hasFact(String key, String value) {
    isNotNull();
    boolean found = actual.facts().stream().anyMatch(f -> f.equals(new Fact(key, value)));
    if (!found) throwAssertionError(ShouldHaveFact.shouldHaveFact(actual, key, value));
    return this;
  }

  /** A flag with this text was raised ({@code "moves the wrong way"}). */
  public AssessmentAssert hasFlag(String flag) {
    isNotNull();
    boolean found = actual.flags().stream().anyMatch(f -> f.flag().equals(flag));
    if (!found) throwAssertionError(ShouldHaveFact.shouldHaveFact(actual, "flag", flag + ": …"));
    return this;
  }
}
