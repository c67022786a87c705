package org.crosscheck.english.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.crosscheck.claim.Place;
import org.crosscheck.claim.Scope;
import org.crosscheck.extract.Rule;
import org.jspecify.annotations.Nullable;

/**
 * A place named in tokens {@code from} to {@code to} (exclusive), with the scope words around it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the first token
 * @param to one past the last token
 * @param place the place, with the gazetteer's id when it has one ({@code wof:890449891})
 * @param scope the scope words before or after the name (eastern countryside, city centre)
 * @param rule the rule that found it
 */
public record PlaceMention(int from, int to, Place place, Scope scope, Rule rule) {
  /**
   * Checks that the place, scope and rule are given.
   *
   * @throws NullPointerException if {@code place}, {@code scope} or {@code rule} is {@code null}
   */
  public PlaceMention {
    checkNotNull(place, "place");
    checkNotNull(scope, "scope");
    checkNotNull(rule, "rule");
  }

  /** The place mention nearest to tokens {@code from..to}, preferring one after them at equal distance. */
  public static @Nullable PlaceMention nearest(List<PlaceMention> places, int from, int to) {
    PlaceMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (PlaceMention p : places) {
      int distance = p.from() >= to ? p.from() - to : p.to() <= from ? from - p.to() + 1 : 0;
      if (distance < bestDistance) {
        best = p;
        bestDistance = distance;
      }
    }
    return best;
  }
}
