package org.crosscheck.arabic.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/**
 * Something a parser saw and could not turn into a value, or turned into a value with a caveat: a
 * run of 40 digits, a range written high-to-low, a relative date with no anchor. Parsers never drop
 * such text silently; they report it here.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code a stable dotted id ({@code "number.too-many-digits"})
 * @param message what was seen and what to do about it
 * @param span where in the original text, or {@code null} for the text as a whole
 */
public record Diagnostic(String code, String message, @Nullable Span span) {
  /**
   * Checks the code and message; only {@code span} may be {@code null}.
   *
   * @throws NullPointerException if {@code code} or {@code message} is {@code null}
   */
  public Diagnostic {
    checkNotNull(code, "code");
    checkNotNull(message, "message");
  }

  /** {@code number.too-many-digits at [3..43): ...}. */
  @Override
  public String toString() {
    return code + (span == null ? "" : " at " + span) + ": " + message;
  }
}
