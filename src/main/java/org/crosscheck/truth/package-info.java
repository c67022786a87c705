/**
 * Source reliability and truth discovery: how far each source can be trusted, which sources copy
 * each other, which mean something else by an attribute, and — weighted by all that — the value of
 * every item.
 *
 * <h2>Input</h2>
 *
 * A {@link org.crosscheck.truth.TruthProblem} holds <em>items</em>, <em>sources</em> and
 * <em>observations</em>. An item is one thing a group of claims speaks of — a subject and an
 * {@link org.crosscheck.truth.Attribute} (a measure) — keyed by a string; a source is whoever the
 * claim is attributed to; an observation says "source s gives item i the value v". Values are
 * canonical intervals {@code [lo..hi]} (epoch minutes for a {@code TimeValue}, the canonical
 * interval of a {@code Quantity}, epoch days for a {@code DateValue}) or categories (a
 * {@code Label}, compared by its key, and supporting other labels of its item by the attribute's
 * {@link org.crosscheck.truth.ValueSimilarity}: set-valued answers such as author lists or the
 * towns a side holds support their subsets, supersets and overlaps in part). Feeding it from claims is one loop over the reconciliation
 * engine's groups (a sketch: the engine's names are still being settled):
 *
 * <pre>{@code
 * TruthProblem.Builder b = TruthProblem.builder();
 * int count = b.attribute(Attribute.continuous("fighters", 0));
 * for (Group g : report.groups()) {                   // one item per group key
 *   int item = b.item(g.key().toString(), count);
 *   for (Claim c : g.claims()) b.observe(item, b.source(c.attribution().outlet()), c.value());
 * }
 * TruthResult result = TruthDiscovery.run(b.build(), TruthConfig.defaults());
 * }</pre>
 *
 * <p>A continuous attribute judges deviations in its own {@linkplain
 * org.crosscheck.truth.Attribute#unit() unit} (a minute for times, ten people for a count of
 * fighters); a categorical one may be {@linkplain org.crosscheck.truth.Attribute#multiTruth
 * multi-truth}, its consensus the set of members judged true one by one. Evidence of copying from
 * outside the data — an outlet's article found to rewrite another's — is a {@linkplain
 * org.crosscheck.truth.TruthProblem.Builder#link link} between the two sources: the prior of their
 * pair in Bayesian copy detection ({@code Reliability.estimate(report, config, echoes)} links the
 * outlets of echoed articles).
 *
 * <h2>Output</h2>
 *
 * A {@link org.crosscheck.truth.TruthResult}: the {@link org.crosscheck.truth.Consensus} value of
 * every item, each source's {@link org.crosscheck.truth.SourceReliability} (estimated accuracy
 * with its 90% interval, claims, agreements, dependents), the {@link org.crosscheck.truth.DependentPair}s and the
 * {@link org.crosscheck.truth.SystematicDifference}s (constant offsets, corrected; different
 * meanings, left out of that attribute's consensus). {@link
 * org.crosscheck.truth.TruthDiscovery#majorityVote} is the baseline.
 *
 * <h2>Running it on Apache Spark</h2>
 *
 * The work is shaped for a distributed engine, so an adapter is a wrapper, not a rewrite:
 *
 * <ul>
 *   <li><b>Items</b> are {@code groupByKey(itemKey)} over the observations; the compiled item (its
 *       value classes and their sources) is what {@code mapGroups} receives.
 *   <li><b>The per-item step</b> (choose the value; emit per-source evidence) is a pure function
 *       of (the item's observations, the broadcast per-source weights, offsets and copy
 *       discounts): {@code ItemResolver.resolve}. Copy discounts are per observation and fixed
 *       for a run, so they travel with the observations.
 *   <li><b>The reliability update</b> is a fold: per-(source, attribute) integer sums (claims,
 *       fixed-point probability mass, agreements, a deviation histogram) — an associative,
 *       commutative {@code reduce}/{@code treeAggregate} — followed by a tiny driver-side update
 *       of the weights, broadcast for the next iteration.
 *   <li><b>Dependence</b> is one more fold before the loop: per-pair counts of contested and
 *       identical values, each item contributing a bounded sample of pairs (at most
 *       {@link org.crosscheck.truth.TruthConfig#copySample()} per observation).
 *   <li><b>The warm start</b> is the same loop on {@code sample()} of the items, chosen by a hash
 *       of the item key; its weights, offsets and differences seed the loop over all items.
 * </ul>
 *
 * <h2>Determinism</h2>
 *
 * Source ids follow source names, observations within an item follow (value, source), ties are
 * broken by the number of sources and then by value, and every sum that crosses items is an
 * integer sum: the same input gives the same output in any input order, with any number of
 * threads, under any default locale.
 *
 * <p>Null policy: the package is {@code @NullMarked}; no component is nullable.
 */
@NullMarked
package org.crosscheck.truth;

import org.jspecify.annotations.NullMarked;
