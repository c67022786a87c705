package org.crosscheck.extract;

import static com.google.common.base.Preconditions.checkNotNull;

import org.crosscheck.claim.Span;
import org.jspecify.annotations.Nullable;

/**
 * Something an extractor wants the user to know about an article: it is empty, not in the
 * expected language, a relative date could not be resolved, a number was read but not used.
 *
 * <p>Immutable and thread-safe.
 *
 * @param severity how much it matters
 * @param code a stable dotted code ({@code date.unresolved})
 * @param message what happened and what to do about it
 * @param span where in the original text, or {@code null} for the whole article
 */
public record Diagnostic(Severity severity, String code, String message, @Nullable Span span) {

  /** How much a diagnostic matters. */
  public enum Severity {
    /** For the curious: a number skipped because it is part of a name. */
    INFO,
    /** Something was lost or guessed: an unresolved relative date, a publication date taken from the text. */
    WARNING,
    /** The article could not be processed at all: empty, binary, wrong language. */
    ERROR
  }

  /**
   * A diagnostic of {@code severity}, at {@code span} or about the whole article.
   *
   * @throws NullPointerException if the severity, code or message is null
   */
  public Diagnostic {
    checkNotNull(severity, "severity");
    checkNotNull(code, "code");
    checkNotNull(message, "message");
  }

  /** A note for the curious, at {@code span} or about the whole article ({@code null}). */
  public static Diagnostic info(String code, String message, @Nullable Span span) {
    return new Diagnostic(Severity.INFO, code, message, span);
  }

  /** A warning that something was lost or guessed, at {@code span} or about the whole article ({@code null}). */
  public static Diagnostic warning(String code, String message, @Nullable Span span) {
    return new Diagnostic(Severity.WARNING, code, message, span);
  }

  /** An error about the whole article: it could not be processed at all. */
  public static Diagnostic error(String code, String message) {
    return new Diagnostic(Severity.ERROR, code, message, null);
  }

  @Override
  public String toString() {
    return severity + " " + code + (span == null ? "" : " @" + span) + ": " + message;
  }
}
