package org.crosscheck.truth;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The parameters of {@link TruthDiscovery}. Every default is set from what the parameter means,
 * not fitted to a gold standard; each is documented with its reason.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()} (every parameter starts at its
 * default and is set by name), derive one from another with {@link #toBuilder()}, or change one
 * parameter with the {@code withXxx} methods:
 *
 * <pre>{@code
 * TruthConfig config = TruthConfig.builder().maxIterations(50).copyRounds(0).threads(4).build();
 * TruthConfig same = TruthConfig.defaults().toBuilder().maxIterations(50).copyRounds(0).threads(4).build();
 * }</pre>
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
 * @param linkPrior the prior probability of dependence for a pair of sources linked from outside
 *     the data ({@link TruthProblem.Builder#link}: one outlet's article rewrites another's), in
 *     place of {@code copyPrior} in the rounds of Bayesian copy detection (the first run does not
 *     use links); for a linked pair that never meets on a contested item it is the pair's
 *     dependence
 * @param scopeDetection whether to detect sources that are systematically off on an attribute
 * @param scopeWindow deviations from the consensus up to this many of the attribute's {@linkplain
 *     Attribute#unit() units} are "near" and enter the systematic-difference test; farther ones are
 *     gross errors (at most 1,000 units: the histograms count deviations in bins one unit wide)
 * @param scopeDisagreement a source is systematic on an attribute when more than this share of its
 *     near values disagree with the consensus ...
 * @param scopeOneSided ... and at least this share of those disagreements lie on one side
 * @param offsetSpread a systematic source whose deviations have an interquartile range up to this
 *     many of the attribute's units is a constant offset (corrected); wider is a different meaning
 *     (excluded from the consensus)
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
    double linkPrior,
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
    checkArgument(linkPrior > 0 && linkPrior < 1, "linkPrior must lie in (0..1), got %s", linkPrior);
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
   * source, 0.8 for a pair linked from outside the data (an echo: an article found to rewrite
   * another is strong evidence, not proof, that its outlet repeats the other's figures);
   * systematic differences judged within 60 of the attribute's units (an hour for times in
   * minutes) on at least 50 near values, when over half disagree and 80% of those lie on one
   * side; an interquartile range up to 2 units is a constant offset; one thread.
   */
  public static TruthConfig defaults() {
    return builder().build();
  }

  /** A builder that starts from {@link #defaults()}; set only the parameters that differ. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this configuration. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxIterations = maxIterations;
    b.priorAccuracy = priorAccuracy;
    b.priorStrength = priorStrength;
    b.copyDetection = copyDetection;
    b.copyAgreementFloor = copyAgreementFloor;
    b.copyAgreementCeiling = copyAgreementCeiling;
    b.copyMinEvidence = copyMinEvidence;
    b.copySample = copySample;
    b.copyRounds = copyRounds;
    b.copyPrior = copyPrior;
    b.copyPartners = copyPartners;
    b.copyRate = copyRate;
    b.linkPrior = linkPrior;
    b.scopeDetection = scopeDetection;
    b.scopeWindow = scopeWindow;
    b.scopeDisagreement = scopeDisagreement;
    b.scopeOneSided = scopeOneSided;
    b.offsetSpread = offsetSpread;
    b.scopeMinEvidence = scopeMinEvidence;
    b.threads = threads;
    return b;
  }

  /** This configuration with at most {@code n} rounds. */
  public TruthConfig withMaxIterations(int n) {
    return toBuilder().maxIterations(n).build();
  }

  /** This configuration with copy detection on or off. */
  public TruthConfig withCopyDetection(boolean on) {
    return toBuilder().copyDetection(on).build();
  }

  /** This configuration with the agreement at which a pair starts to be, and is fully, dependent. */
  public TruthConfig withCopyAgreement(double floor, double ceiling) {
    return toBuilder().copyAgreementFloor(floor).copyAgreementCeiling(ceiling).build();
  }

  /** This configuration with the evidence copy detection and scope detection need. */
  public TruthConfig withMinEvidence(int copy, int scope) {
    return toBuilder().copyMinEvidence(copy).scopeMinEvidence(scope).build();
  }

  /** This configuration with scope detection on or off. */
  public TruthConfig withScopeDetection(boolean on) {
    return toBuilder().scopeDetection(on).build();
  }

  /**
   * Bayesian copy detection: at most {@code rounds} rounds (0: none) with prior {@code prior} (α)
   * and copy rate {@code rate} (c); the cap on partners stays.
   */
  public TruthConfig withBayesianCopies(int rounds, double prior, double rate) {
    return toBuilder().copyRounds(rounds).copyPrior(prior).copyRate(rate).build();
  }

  /** This configuration with {@code n} worker threads. */
  public TruthConfig withThreads(int n) {
    return toBuilder().threads(n).build();
  }

  /**
   * Sets the parameters of a {@link TruthConfig} by name, starting from the defaults; {@link
   * #build()} checks them all together. Not thread-safe; reusable (each {@code build()} returns a
   * new configuration). Each setter's meaning is the component of the same name.
   */
  public static final class Builder {
    private int maxIterations = 20;
    private double priorAccuracy = 0.8;
    private double priorStrength = 10;
    private boolean copyDetection = true;
    private double copyAgreementFloor = 0.90;
    private double copyAgreementCeiling = 0.99;
    private int copyMinEvidence = 50;
    private int copySample = 2;
    private int copyRounds = 10;
    private double copyPrior = 0.2;
    private double copyPartners = 10;
    private double copyRate = 0.8;
    private double linkPrior = 0.8;
    private boolean scopeDetection = true;
    private double scopeWindow = 60;
    private double scopeDisagreement = 0.5;
    private double scopeOneSided = 0.8;
    private double offsetSpread = 2;
    private int scopeMinEvidence = 50;
    private int threads = 1;

    private Builder() {}

    /** Sets {@link TruthConfig#maxIterations()} (default 20). */
    public Builder maxIterations(int value) {
      this.maxIterations = value;
      return this;
    }

    /** Sets {@link TruthConfig#priorAccuracy()} (default 0.8). */
    public Builder priorAccuracy(double value) {
      this.priorAccuracy = value;
      return this;
    }

    /** Sets {@link TruthConfig#priorStrength()} (default 10). */
    public Builder priorStrength(double value) {
      this.priorStrength = value;
      return this;
    }

    /** Sets {@link TruthConfig#copyDetection()} (default true). */
    public Builder copyDetection(boolean value) {
      this.copyDetection = value;
      return this;
    }

    /** Sets {@link TruthConfig#copyAgreementFloor()} (default 0.90). */
    public Builder copyAgreementFloor(double value) {
      this.copyAgreementFloor = value;
      return this;
    }

    /** Sets {@link TruthConfig#copyAgreementCeiling()} (default 0.99). */
    public Builder copyAgreementCeiling(double value) {
      this.copyAgreementCeiling = value;
      return this;
    }

    /** Sets {@link TruthConfig#copyMinEvidence()} (default 50). */
    public Builder copyMinEvidence(int value) {
      this.copyMinEvidence = value;
      return this;
    }

    /** Sets {@link TruthConfig#copySample()} (default 2). */
    public Builder copySample(int value) {
      this.copySample = value;
      return this;
    }

    /** Sets {@link TruthConfig#copyRounds()} (default 10). */
    public Builder copyRounds(int value) {
      this.copyRounds = value;
      return this;
    }

    /** Sets {@link TruthConfig#copyPrior()} (default 0.2). */
    public Builder copyPrior(double value) {
      this.copyPrior = value;
      return this;
    }

    /** Sets {@link TruthConfig#copyPartners()} (default 10). */
    public Builder copyPartners(double value) {
      this.copyPartners = value;
      return this;
    }

    /** Sets {@link TruthConfig#copyRate()} (default 0.8). */
    public Builder copyRate(double value) {
      this.copyRate = value;
      return this;
    }

    /** Sets {@link TruthConfig#linkPrior()} (default 0.8). */
    public Builder linkPrior(double value) {
      this.linkPrior = value;
      return this;
    }

    /** Sets {@link TruthConfig#scopeDetection()} (default true). */
    public Builder scopeDetection(boolean value) {
      this.scopeDetection = value;
      return this;
    }

    /** Sets {@link TruthConfig#scopeWindow()} (default 60). */
    public Builder scopeWindow(double value) {
      this.scopeWindow = value;
      return this;
    }

    /** Sets {@link TruthConfig#scopeDisagreement()} (default 0.5). */
    public Builder scopeDisagreement(double value) {
      this.scopeDisagreement = value;
      return this;
    }

    /** Sets {@link TruthConfig#scopeOneSided()} (default 0.8). */
    public Builder scopeOneSided(double value) {
      this.scopeOneSided = value;
      return this;
    }

    /** Sets {@link TruthConfig#offsetSpread()} (default 2). */
    public Builder offsetSpread(double value) {
      this.offsetSpread = value;
      return this;
    }

    /** Sets {@link TruthConfig#scopeMinEvidence()} (default 50). */
    public Builder scopeMinEvidence(int value) {
      this.scopeMinEvidence = value;
      return this;
    }

    /** Sets {@link TruthConfig#threads()} (default 1). */
    public Builder threads(int value) {
      this.threads = value;
      return this;
    }

    /**
     * The configuration.
     *
     * @throws IllegalArgumentException naming the parameter that is out of range
     */
    public TruthConfig build() {
      return new TruthConfig(maxIterations, priorAccuracy, priorStrength, copyDetection, copyAgreementFloor,
          copyAgreementCeiling, copyMinEvidence, copySample, copyRounds, copyPrior, copyPartners, copyRate,
          linkPrior, scopeDetection, scopeWindow, scopeDisagreement, scopeOneSided, offsetSpread, scopeMinEvidence, threads);
    }
  }
}
