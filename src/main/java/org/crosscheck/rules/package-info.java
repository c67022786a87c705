/**
 * What "agree", "compatible" and "contradict" mean: tolerances per measure, hedge widths, vague
 * quantifiers, event types, time of validity and scope, as immutable, named, composable
 * {@link org.crosscheck.rules.RuleSet}s of {@link org.crosscheck.rules.Rule}s with stable dotted
 * ids.
 *
 * <p>An assessment of two claims runs in three stages. {@link AssessmentRule.Stage#DECIDE} rules
 * are tried in priority order and the first that answers sets the verdict. {@link
 * AssessmentRule.Stage#EXPLAIN} rules then all run: on a contradiction each may say what
 * explains it (time of validity, scope, event type, an old figure restated), and any may raise a
 * flag. {@link AssessmentRule.Stage#REFINE} rules may finally change the verdict (an agreement
 * across different scopes is only compatibility; a figure that moves against its measure's trend
 * is a genuine contradiction).
 *
 * <p>The rule set also says what the reconciler treats as one thing: {@link EventRelation}s make
 * {@link EventClass}es (one event told from either side) and their order; {@link CountedClass}es
 * say what a count counts (families are never people); {@link GroupingRule}s and {@link
 * Supersession} name the grouping policies.
 *
 * <p>Null policy: {@code @NullMarked}; the few absent values are {@code @Nullable}.
 */
@NullMarked
package org.crosscheck.rules;

import org.jspecify.annotations.NullMarked;
