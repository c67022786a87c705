package org.crosscheck.truth;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Locale;

/**
 * How reliable one source turned out to be: its estimated accuracy (the expected share of its
 * claims that are true), the claims it made, how many agree with the consensus, and the sources
 * it depends on.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the source's name
 * @param accuracy estimated accuracy over all its claims, in [0..1]
 * @param claims number of observations it made
 * @param agreements number of them equal to the consensus (within the attribute's tolerance)
 * @param evidence the claims the estimate rests on: the source's own plus what the prior is worth
 *     ({@link TruthConfig#priorStrength()}); a source with two claims has an accuracy near the
 *     prior and a wide {@link #interval()}
 * @param accuracyByAttribute estimated accuracy per attribute it spoke about, by attribute name
 * @param dependents the sources it was found to depend on (or that depend on it), by name
 */
public record SourceReliability(String source, double accuracy, long claims, long agreements, double evidence,
    ImmutableSortedMap<String, Double> accuracyByAttribute, ImmutableList<String> dependents) {

  /**
   * @throws IllegalArgumentException if the accuracy is outside [0..1] or the evidence is less
   *     than the claims
   */
  public SourceReliability {
    checkNotNull(source, "source");
    checkArgument(accuracy >= 0 && accuracy <= 1, "accuracy is a probability in [0..1], got %s for '%s'", accuracy,
        source);
    checkArgument(evidence >= claims, "evidence counts the claims and the prior, got %s for %s claims of '%s'",
        evidence, claims, source);
    checkNotNull(accuracyByAttribute, "accuracyByAttribute");
    checkNotNull(dependents, "dependents");
  }

  /**
   * A 90% interval around the accuracy, {@code [low, high]}: the accuracy plus or minus 1.645
   * standard deviations of a share estimated from {@link #evidence()} claims (the normal
   * approximation to the Beta posterior), within [0..1]. Wide for a source with a handful of
   * claims, narrow for one with thousands.
   */
  public double[] interval() {
    double half = 1.645 * Math.sqrt(accuracy * (1 - accuracy) / (evidence + 1));
    return new double[] {Math.max(0, accuracy - half), Math.min(1, accuracy + half)};
  }

  /**
   * The accuracy with its 90% {@link #interval()} for a report, to two decimals: {@code 0.75
   * (90% interval 0.53\u20130.97)}.
   */
  public String accuracyWithInterval() {
    double[] i = interval();
    return String.format(Locale.ROOT, "%.2f (90%% interval %.2f\u2013%.2f)", accuracy, i[0], i[1]);
  }

  /** {@code orbitz: accuracy 0.912 (0.910..0.914), 84000 claims, 80100 agree, dependent on [mytripandmore]}. */
  @Override
  public String toString() {
    double[] i = interval();
    return String.format(Locale.ROOT, "%s: accuracy %.3f (%.3f..%.3f), %d claims, %d agree%s", source, accuracy, i[0],
        i[1], claims, agreements, dependents.isEmpty() ? "" : ", dependent on " + dependents);
  }
}
