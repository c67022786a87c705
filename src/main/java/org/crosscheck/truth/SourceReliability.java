package org.crosscheck.truth;

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
 * @param accuracyByAttribute estimated accuracy per attribute it spoke about, by attribute name
 * @param dependents the sources it was found to depend on (or that depend on it), by name
 */
public record SourceReliability(String source, double accuracy, long claims, long agreements,
    ImmutableSortedMap<String, Double> accuracyByAttribute, ImmutableList<String> dependents) {

  public SourceReliability {
    checkNotNull(source, "source");
    checkNotNull(accuracyByAttribute, "accuracyByAttribute");
    checkNotNull(dependents, "dependents");
  }

  /** {@code orbitz: accuracy 0.912, 84000 claims, 80100 agree, dependent on [mytripandmore]}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s: accuracy %.3f, %d claims, %d agree%s", source, accuracy, claims, agreements,
        dependents.isEmpty() ? "" : ", dependent on " + dependents);
  }
}
