package org.crosscheck.claim;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A half-open range of {@code char} offsets {@code [start..end)} into a document's original text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start offset of the first char
 * @param end offset after the last char
 */
public record Span(int start, int end) {
  /**
   * The chars from {@code start} up to, not including, {@code end}.
   *
   * @throws IllegalArgumentException unless {@code 0 <= start <= end}
   */
  public Span {
    checkArgument(start >= 0 && start <= end, "a span needs 0 <= start <= end, got %s..%s", start, end);
  }

  /** The number of chars in the span. */
  public int length() {
    return end - start;
  }

  /** Whether the two spans share at least one char. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** Whether {@code other} lies inside this span. */
  public boolean encloses(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** The text of this span in {@code text}. */
  public String of(String text) {
    checkArgument(end <= text.length(), "span %s..%s lies beyond the text's %s chars", start, end, text.length());
    return text.substring(start, end);
  }

  @Override
  public String toString() {
    return start + ".." + end;
  }
}
