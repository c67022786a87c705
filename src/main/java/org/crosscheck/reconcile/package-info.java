/**
 * Reconciliation: grouping claims that speak of the same thing, assessing pairs (AGREE,
 * COMPATIBLE, CONTRADICT — genuine or explained), telling independent corroboration from echoes,
 * and a consensus per group, all gathered in a {@link org.crosscheck.reconcile.Report}.
 *
 * <p>The work inside one group is a pure function of the group's key, its claims, the rule set,
 * the independence relation and the source weights ({@link
 * org.crosscheck.reconcile.Reconciler#reconcileGroup}), so an engine adapter (Spark's {@code
 * groupByKey}/{@code mapGroups}) can run it unchanged. Memory per group is linear in its claims:
 * large groups are assessed against their consensus, not pair by pair.
 *
 * <p>Null policy: {@code @NullMarked}; the few absent values are {@code @Nullable}.
 */
@NullMarked
package org.crosscheck.reconcile;

import org.jspecify.annotations.NullMarked;
