package org.crosscheck.arabic.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * The matches a parser found in a text, in text order, with the diagnostics it raised.
 *
 * <p>Immutable and thread-safe.
 *
 * @param matches what was found
 * @param diagnostics what was seen but not (fully) understood
 * @param <T> the kind of match
 */
public record ParseResult<T>(List<T> matches, List<Diagnostic> diagnostics) {
  /**
   * Copies both lists.
   *
   * @throws NullPointerException if a list or one of its elements is {@code null}
   */
  public ParseResult {
    matches = List.copyOf(checkNotNull(matches, "matches"));
    diagnostics = List.copyOf(checkNotNull(diagnostics, "diagnostics"));
  }

  /** {@code 3 matches, 1 diagnostic}. */
  @Override
  public String toString() {
    return matches.size() + (matches.size() == 1 ? " match, " : " matches, ") + diagnostics.size()
        + (diagnostics.size() == 1 ? " diagnostic" : " diagnostics");
  }
}
