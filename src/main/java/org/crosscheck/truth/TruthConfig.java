package org.crosscheck.truth;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The parameters of {@link TruthDiscovery}. Every default is set from what the parameter means,
 * not fitted to a gold standard; each is documented with its reason.
 *
 * <p>Immutable and thread-safe. Change one parameter with the {@code withXxx} methods.
 *
 * @param maxIterations at most this many rounds of (resolve every item, update reliabilities)
 * @param priorAccuracy the accuracy a source is assumed to have before any evidence (0.8: most
 *     sources are mostly right — the premise of truth discovery)
 * @param priorStrength how many claims of evidence the prior is worth (10: a source with a handful
 *     of claims stays near the prior, one with thousands is judged on them)
 * @param copyDetection whether to detect dependent sources and discount their shared votes
 * @param copyAgreementFloor agreement on contested items (items where the sources disagree) at
 *     which a pair starts to count as dependent
 * @param copyAgreementCeiling agreement at which a pair counts as fully dependent (a copy); between
 *     floor and ceiling dependence rises linearly
 * @param copyMinEvidence contested draws (see {@code copySample}) a pair needs before its agreement is
 *     trusted
 * @param copySample pairs drawn per observation for copy detection on a large problem (one with
 *     more than 2<sup>20</sup> pairs of observations on its contested items; a smaller one counts
 *     every pair): on a contested item with at most {@code 2 · copySample + 1} observations every
 *     pair is counted, on a larger one each of {@code copySample} draws pairs every observation
 *     with the one a random offset further round the item (by a hash of the item's key, the same
 *     on every run). Counting every pair is quadratic in an item's observations; the budget keeps
 *     it linear, and agreement (identical draws over contested draws) stays an unbiased estimate.
 *     Evidence per pair of sources grows with the data: about {@code 2 · copySample ·
 *     observations / sources²} draws for a pair of sources that meet everywhere
 * @param copyRounds rounds of Bayesian copy detection after the first run (0: none). A round
 *     weighs the evidence of each pair's draws on contested items against the consensus of the
 *     run before it (the dependence test of Dong, Berti-Équille and Srivastava 2009): sharing a
 *     false value is strong evidence of copying, sharing the true value weak evidence, giving
 *     different values evidence of independence; then it runs again with the dependence found.
 *     The rounds stop early when no chosen value changed
 * @param copyPrior the prior probability that two sources depend on each other (α), among few
 *     sources ...
 * @param copyPartners ... and among many, at most this many partners per source: the prior of a
 *     pair is {@code min(copyPrior, copyPartners / (sources − 1))}. A source copies from a few
 *     others, not from a fixed share of all: among 20,000 sources a prior of 0.2 per pair would
 *     expect 4,000 partners each, and one coincidence between two small sources would pass for a
 *     copy
 * @param copyRate the share of its values a copier copies (c); a copier's other values are its own
 * @param scopeDetection whether to detect sources that are systematically off on an attribute
 * @param scopeWindow deviations from the consensus up to this distance (in the attribute's unit)
 *     are "near" and enter the systematic-difference test; farther ones are gross errors
 * @param scopeDisagreement a source is systematic on an attribute when more than this share of its
 *     near values disagree with the consensus ...
 * @param scopeOneSided ... and at least this share of those disagreements lie on one side
 * @param offsetSpread a systematic source whose deviations have an interquartile range up to this
 *     is a constant offset (corrected); wider is a different meaning (excluded from the consensus)
 * @param scopeMinEvidence near values a (source, attribute) needs before it can be judged
 * @param threads worker threads for the per-item passes; results do not depend on it
 */
public record TruthConfig(
    int maxIterations,
    double priorAccuracy,
    double priorStrength,
    boolean copyDetection,
    double copyAgreementFloor,
    double copyAgreementCeiling,
    int copyMinEvidence,
    int copySample,
    int copyRounds,
    double copyPrior,
    double copyPartners,
    double copyRate,
    boolean scopeDetection,
    double scopeWindow,
    double scopeDisagreement,
    double scopeOneSided,
    double offsetSpread,
    int scopeMinEvidence,
    int threads) {

  /**
   * @throws IllegalArgumentException naming the parameter that is out of range
   */
  public TruthConfig {
    checkArgument(maxIterations >= 1, "maxIterations must be >= 1, got %s", maxIterations);
    checkArgument(priorAccuracy > 0 && priorAccuracy < 1, "priorAccuracy must lie in (0..1), got %s", priorAccuracy);
    checkArgument(priorStrength >= 0, "priorStrength must be >= 0, got %s", priorStrength);
    checkArgument(copyAgreementFloor >= 0 && copyAgreementFloor < copyAgreementCeiling && copyAgreementCeiling <= 1,
        "need 0 <= copyAgreementFloor < copyAgreementCeiling <= 1, got %s and %s", copyAgreementFloor,
        copyAgreementCeiling);
    checkArgument(copyMinEvidence >= 1, "copyMinEvidence must be >= 1, got %s", copyMinEvidence);
    checkArgument(copySample >= 1, "copySample must be >= 1, got %s", copySample);
    checkArgument(copyRounds >= 0, "copyRounds must be >= 0 (0 turns Bayesian copy detection off), got %s",
        copyRounds);
    checkArgument(copyPrior > 0 && copyPrior < 1, "copyPrior must lie in (0..1), got %s", copyPrior);
    checkArgument(copyPartners > 0 && Double.isFinite(copyPartners), "copyPartners must be a number > 0, got %s",
        copyPartners);
    checkArgument(copyRate > 0 && copyRate < 1, "copyRate must lie in (0..1), got %s", copyRate);
    checkArgument(scopeWindow > 0, "scopeWindow must be > 0, got %s", scopeWindow);
    checkArgument(scopeDisagreement > 0 && scopeDisagreement < 1, "scopeDisagreement must lie in (0..1), got %s",
        scopeDisagreement);
    checkArgument(scopeOneSided > 0.5 && scopeOneSided <= 1, "scopeOneSided must lie in (0.5..1], got %s",
        scopeOneSided);
    checkArgument(offsetSpread >= 0, "offsetSpread must be >= 0, got %s", offsetSpread);
    checkArgument(scopeMinEvidence >= 1, "scopeMinEvidence must be >= 1, got %s", scopeMinEvidence);
    checkArgument(threads >= 1, "threads must be >= 1, got %s", threads);
  }

  /**
   * The defaults: 20 iterations; prior accuracy 0.8 worth 10 claims; pairs agreeing on 90% of at
   * least 50 contested draws start to count as dependent, at 99% they are copies (independent
   * observers of a contested value do not agree 99 times in 100); 2 pairs drawn per observation
   * for copy detection (every pair on items of up to 5 observations); then up to ten rounds of
   * Bayesian copy detection (until no chosen value changes) with Dong et al.'s prior α = 0.2 and
   * copy rate c = 0.8 (a copier copies four values in five), the prior capped at ten partners per
   * source; systematic differences judged within 60 units (an hour for times) on at
   * least 50 near values, when over half disagree and 80% of those lie on one side; an
   * interquartile range up to 2 units is a constant offset; one thread.
   */
  public static TruthConfig defaults() {
    return new TruthConfig(20, 0.8, 10, true, 0.90, 0.99, 50, 2, 10, 0.2, 10, 0.8, true, 60, 0.5, 0.8, 2, 50, 1);
  }

  public TruthConfig withMaxIterations(int n) {
    return new TruthConfig(n, priorAccuracy, priorStrength, copyDetection, copyAgreementFloor, copyAgreementCeiling,
        copyMinEvidence, copySample, copyRounds, copyPrior, copyPartners, copyRate, scopeDetection, scopeWindow,
        scopeDisagreement, scopeOneSided, offsetSpread, scopeMinEvidence, threads);
  }

  public TruthConfig withCopyDetection(boolean on) {
    return new TruthConfig(maxIterations, priorAccuracy, priorStrength, on, copyAgreementFloor, copyAgreementCeiling,
        copyMinEvidence, copySample, copyRounds, copyPrior, copyPartners, copyRate, scopeDetection, scopeWindow,
        scopeDisagreement, scopeOneSided, offsetSpread, scopeMinEvidence, threads);
  }

  public TruthConfig withCopyAgreement(double floor, double ceiling) {
    return new TruthConfig(maxIterations, priorAccuracy, priorStrength, copyDetection, floor, ceiling, copyMinEvidence,
        copySample, copyRounds, copyPrior, copyPartners, copyRate, scopeDetection, scopeWindow, scopeDisagreement,
        scopeOneSided, offsetSpread, scopeMinEvidence, threads);
  }

  public TruthConfig withMinEvidence(int copy, int scope) {
    return new TruthConfig(maxIterations, priorAccuracy, priorStrength, copyDetection, copyAgreementFloor,
        copyAgreementCeiling, copy, copySample, copyRounds, copyPrior, copyPartners, copyRate, scopeDetection,
        scopeWindow, scopeDisagreement, scopeOneSided, offsetSpread, scope, threads);
  }

  public TruthConfig withScopeDetection(boolean on) {
    return new TruthConfig(maxIterations, priorAccuracy, priorStrength, copyDetection, copyAgreementFloor,
        copyAgreementCeiling, copyMinEvidence, copySample, copyRounds, copyPrior, copyPartners, copyRate, on,
        scopeWindow, scopeDisagreement, scopeOneSided, offsetSpread, scopeMinEvidence, threads);
  }

  /**
   * Bayesian copy detection: at most {@code rounds} rounds (0: none) with prior {@code prior} (α)
   * and copy rate {@code rate} (c); the cap on partners stays.
   */
  public TruthConfig withBayesianCopies(int rounds, double prior, double rate) {
    return new TruthConfig(maxIterations, priorAccuracy, priorStrength, copyDetection, copyAgreementFloor,
        copyAgreementCeiling, copyMinEvidence, copySample, rounds, prior, copyPartners, rate, scopeDetection,
        scopeWindow, scopeDisagreement, scopeOneSided, offsetSpread, scopeMinEvidence, threads);
  }

  public TruthConfig withThreads(int n) {
    return new TruthConfig(maxIterations, priorAccuracy, priorStrength, copyDetection, copyAgreementFloor,
        copyAgreementCeiling, copyMinEvidence, copySample, copyRounds, copyPrior, copyPartners, copyRate,
        scopeDetection, scopeWindow, scopeDisagreement, scopeOneSided, offsetSpread, scopeMinEvidence, n);
  }
}
