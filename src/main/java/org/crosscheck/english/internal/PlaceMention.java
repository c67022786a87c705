package org.crosscheck.english.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import org.crosscheck.claim.Place;
import org.crosscheck.claim.Scope;
import org.crosscheck.extract.Rule;

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
}
