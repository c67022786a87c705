package org.crosscheck.assertj;

import org.assertj.core.api.AbstractAssert;
import org.crosscheck.claim.Claim;
import org.crosscheck.reconcile.Assessor;
import org.crosscheck.rules.RuleSet;

/** Assertions on a {@link RuleSet}: its rules, and how it assesses pairs of claims. */
@SuppressWarnings("exports") // AssertJ is optional: whoever uses the assertions has it
public class RuleSetAssert extends AbstractAssert<RuleSetAssert, RuleSet> {

  /** Assertions on {@code actual}. */
  public RuleSetAssert(RuleSet actual) {
    super(actual, RuleSetAssert.class);
  }

  /** The set has a rule with this id. */
  public RuleSetAssert hasRule(String id) {
    isNotNull();
    if (!actual.contains(id)) failWithMessage("%nExpecting rule set%n  %s%nto have a rule '%s', but its rules are:%n  %s",
        actual, id, String.join(", ", actual.rules().stream().map(r -> r.id()).toList()));
    return this;
  }

  /** The set has no rule with this id. */
  public RuleSetAssert doesNotHaveRule(String id) {
    isNotNull();
    if (actual.contains(id)) failWithMessage("%nExpecting rule set%n  %s%nnot to have a rule '%s', but it has:%n  %s", actual,
        id, actual.rule(id).orElseThrow());
    return this;
  }

  /** Assesses {@code a} against {@code b} under the set, for assertions on the verdict. */
  public AssessmentAssert assessing(Claim a, Claim b) {
    isNotNull();
    return new AssessmentAssert(Assessor.of(actual).assess(a, b));
  }
}
