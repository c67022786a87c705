package org.crosscheck.arabic.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A text after {@link ArabicNormalizer}, with the map from every normalized char back to the chars
 * of the original text it came from.
 *
 * <p>Normalization only deletes chars, replaces one char with one char, or expands one presentation
 * form into several chars; so each normalized char has one <em>source group</em> in the original: the
 * char it came from plus any deleted combining marks (harakat, tatweel) that followed it. A normalized
 * range {@code [s..e)} maps back to {@code [start of group s .. end of group e-1)}: the original range
 * that produced it, marks included. Deleted format controls (bidi marks, zero-width chars) belong to no
 * group, so a span never starts or ends on one.
 *
 * <p>Immutable and thread-safe.
 */
public final class NormalizedText {
  private final String original;
  private final String text;
  private final int[] starts;
  private final int[] ends;
  /** The normalized chars (at least {@link #length()} of them; not to be changed). */
  private final char[] chars;

  /**
   * The normalized {@code text} of {@code original}, with the source group of each normalized char;
   * {@code starts} and {@code ends} may be longer than the text (the entries past its length are not
   * read).
   */
  NormalizedText(String original, String text, int[] starts, int[] ends) {
    this(original, text, starts, ends, text.toCharArray());
  }

  /** The same, with the normalized chars already in an array (its first {@code text.length()} chars). */
  NormalizedText(String original, String text, int[] starts, int[] ends, char[] chars) {
    this.original = original;
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.chars = chars;
  }

  /** The normalized chars, at least {@link #length()} of them, for reading in place; not to be changed. */
  char[] chars() {
    return chars;
  }

  /** The text as given. */
  public String original() {
    return original;
  }

  /** The normalized text, for matching. */
  public String text() {
    return text;
  }

  /** The length of the normalized text. */
  public int length() {
    return text.length();
  }

  /**
   * The original offset where the source group of normalized char {@code index} starts; for
   * {@code index == length()}, the original length.
   *
   * @throws IndexOutOfBoundsException if {@code index} is not in {@code [0..length()]}
   */
  public int originalStart(int index) {
    if (index < 0 || index > text.length()) {
      throw new IndexOutOfBoundsException("normalized index " + index + " outside [0.." + text.length() + "]");
    }
    return index == text.length() ? original.length() : starts[index];
  }

  /**
   * The original offset just after the source group of normalized char {@code index}.
   *
   * @throws IndexOutOfBoundsException if {@code index} is not in {@code [0..length())}
   */
  public int originalEnd(int index) {
    if (index < 0 || index >= text.length()) {
      throw new IndexOutOfBoundsException("normalized index " + index + " outside [0.." + text.length() + ")");
    }
    return ends[index];
  }

  /** The original char at which the source group of normalized char {@code index} starts. */
  public char originalCharAt(int index) {
    return original.charAt(originalStart(index));
  }

  /**
   * The original span that produced the normalized range {@code [start..end)}.
   *
   * @throws IllegalArgumentException if the range is not inside {@code [0..length()]}
   */
  public Span toOriginal(int start, int end) {
    checkArgument(0 <= start && start <= end && end <= text.length(),
        "normalized range [%s..%s) outside [0..%s]", start, end, text.length());
    if (start == end) {
      int at = originalStart(start);
      return new Span(at, at);
    }
    return new Span(starts[start], ends[end - 1]);
  }

  /** The original text of the normalized range {@code [start..end)}. */
  public String originalText(int start, int end) {
    return toOriginal(start, end).of(original);
  }

  /**
   * The normalized index of the first normalized char whose source group ends after original offset
   * {@code originalOffset}: where a span starting there begins in the normalized text.
   *
   * @throws IllegalArgumentException if the offset is outside the original text
   */
  public int toNormalized(int originalOffset) {
    checkArgument(originalOffset >= 0 && originalOffset <= original.length(),
        "original offset %s outside [0..%s]", originalOffset, original.length());
    int lo = 0;
    int hi = text.length();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= originalOffset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The first normalized index whose char comes from original offset {@code originalOffset} or
   * later ({@link #length()} if none): the normalized text of an original range {@code [a..b)} is
   * {@code text().substring(firstFrom(a), firstFrom(b))}, since each original char is normalized
   * on its own.
   */
  int firstFrom(int originalOffset) {
    int lo = 0;
    int hi = text.length();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < originalOffset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  static NormalizedText identity(String s) {
    checkNotNull(s, "s");
    int[] st = new int[s.length()];
    int[] en = new int[s.length()];
    for (int i = 0; i < s.length(); i++) {
      st[i] = i;
      en[i] = i + 1;
    }
    return new NormalizedText(s, s, st, en);
  }

  /** The normalized text, abbreviated after 60 chars. */
  @Override
  public String toString() {
    return text.length() <= 60 ? text : text.substring(0, 60) + "\u2026 (" + text.length() + " chars)";
  }
}
