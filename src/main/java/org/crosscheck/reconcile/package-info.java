/**
 * Reconciliation: grouping claims that speak of the same thing, assessing pairs (AGREE,
 * COMPATIBLE, CONTRADICT — genuine or explained), telling independent corroboration from echoes,
 * and a consensus per group, all gathered in a {@link org.crosscheck.reconcile.Report}.
 *
 * <p>The work inside one group is a pure function of the group's key, its claims, the rule set,
 * the independence relation and the source weights ({@link
 * org.crosscheck.reconcile.Reconciler#reconcileGroup}), so an engine adapter (Spark's {@code
 * groupByKey}/{@code mapGroups}) can run it unchanged. Memory per group is linear in its claims:
 * large groups are assessed against their consensus, not pair by pair. One step comes before the
 * keyed grouping and works per document: under {@code grouping.focus-place} a claim with no place
 * takes its document's focus place.
 *
 * <p>Grouping is keyed by typed components ({@link org.crosscheck.reconcile.GroupKey}) and every
 * policy beyond the key is a named rule of the rule set ({@link org.crosscheck.rules.GroupingRule},
 * {@link org.crosscheck.rules.Supersession}) that appears in the facts of the groups it shaped.
 *
 * <p>Null policy: {@code @NullMarked}; the few absent values of records built before this round
 * are {@code @Nullable}; the components of keys and canonical forms ({@link
 * org.crosscheck.reconcile.GroupKey}, {@link org.crosscheck.reconcile.Assessment.Form}) and an
 * assessment's relation are {@code Optional}.
 */
@NullMarked
package org.crosscheck.reconcile;

import org.jspecify.annotations.NullMarked;
