package org.crosscheck.truth;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * A source that is consistently off on one attribute — not noise, but a different reading of it.
 * An {@link Kind#OFFSET} (every value shifted by about the same amount: a zone slip, a clock) is
 * corrected before voting; a {@link Kind#SCOPE} difference (the source means something else, such
 * as take-off instead of gate departure for "actual departure") removes the source from that
 * attribute's consensus. Either way the source is reported, and its other attributes are
 * unaffected.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the source
 * @param attribute the attribute's name
 * @param kind offset or scope
 * @param medianOffset the median of (source's value − consensus), in the attribute's unit
 * @param spread the interquartile range of those differences
 * @param disagreeing the share of the source's near values that differ from the consensus
 * @param evidence how many near values the judgement rests on (those of the warm start's sample when
 *     it was judged there; see {@link TruthDiscovery})
 */
public record SystematicDifference(String source, String attribute, Kind kind, double medianOffset, double spread,
    double disagreeing, long evidence) {

  /** How the difference is handled. */
  public enum Kind {
    /** A constant shift, corrected before voting. */
    OFFSET,
    /** A different meaning of the attribute; the source is left out of its consensus. */
    SCOPE
  }

  /**
   * A systematic difference of {@code source} on {@code attribute}.
   *
   * @throws NullPointerException if the source, attribute or kind is null
   */
  public SystematicDifference {
    checkNotNull(source, "source");
    checkNotNull(attribute, "attribute");
    checkNotNull(kind, "kind");
  }

  /** {@code weather, actual departure: SCOPE, median +13 (spread 6), 92% of 2100 near values differ}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s, %s: %s, median %+.0f (spread %.0f), %.0f%% of %d near values differ",
        source, attribute, kind, medianOffset, spread, 100 * disagreeing, evidence);
  }
}
