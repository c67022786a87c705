package org.crosscheck.arabic.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A half-open range {@code [start..end)} of {@code char} offsets into an original text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start the first offset
 * @param end the offset after the last char, {@code >= start}
 */
public record Span(int start, int end) implements Comparable<Span> {

  /**
   * @throws IllegalArgumentException if {@code start < 0} or {@code end < start}
   */
  public Span {
    checkArgument(start >= 0 && end >= start, "a span needs 0 <= start <= end, got [%s..%s)", start, end);
  }

  /** The number of chars covered. */
  public int length() {
    return end - start;
  }

  /** Whether the two spans share at least one char. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** Whether {@code other} lies inside this span. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  /**
   * The covered text.
   *
   * @throws IllegalArgumentException if the span reaches past the end of {@code text}
   */
  public String of(CharSequence text) {
    checkNotNull(text, "text");
    checkArgument(end <= text.length(), "span %s reaches past the end of a text of length %s", this, text.length());
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(o.end, end);
  }

  /** {@code [12..17)}. */
  @Override
  public String toString() {
    return "[" + start + ".." + end + ")";
  }
}
