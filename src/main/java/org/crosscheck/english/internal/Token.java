package org.crosscheck.english.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One token of an English text: its text as written, its lower-case key, its character span in the
 * original text and its kind. Hyphens, dashes, full stops and other marks are tokens of their own;
 * {@code U.S.} is one word.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the text as written
 * @param key the text in lower case ({@link java.util.Locale#ROOT})
 * @param start the first character, an offset into the original text
 * @param end one past the last character
 * @param kind what the token is
 * @param spaceBefore whether white space separates it from the token before
 */
public record Token(String text, String key, int start, int end, Kind kind, boolean spaceBefore) {

  /** What a token is. */
  public enum Kind {
    /** Letters, with inner apostrophes or full stops of initials ({@code U.S}). */
    WORD,
    /** Digits, with thousands separators and a decimal point ({@code 1,500}, {@code 1.5}), or an ordinal ({@code 29th}). */
    NUMBER,
    /** Any other character: punctuation, dashes, {@code %}. */
    MARK
  }

  /**
   * Checks the components.
   *
   * @throws NullPointerException if {@code text}, {@code key} or {@code kind} is {@code null}
   * @throws IllegalArgumentException unless {@code 0 <= start < end}
   */
  public Token {
    checkNotNull(text, "text");
    checkNotNull(key, "key");
    checkNotNull(kind, "kind");
    checkArgument(start >= 0 && end > start, "a token needs 0 <= start < end, got %s..%s", start, end);
  }

  /** Whether the token is a {@link Kind#WORD}. */
  public boolean isWord() {
    return kind == Kind.WORD;
  }

  /** Whether the token is a {@link Kind#NUMBER}: digits, possibly with separators, a point or an ordinal suffix. */
  public boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  /** Whether the token is digits only (no separator, point or suffix), {@code min} to {@code max} of them. */
  public boolean isDigits(int min, int max) {
    if (kind != Kind.NUMBER || text.length() < min || text.length() > max) return false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') return false;
    }
    return true;
  }

  /** Whether the token starts with a capital letter. */
  public boolean capitalized() {
    return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
  }

  /** Whether the token is a dash or hyphen of any kind. */
  public boolean isDash() {
    if (kind != Kind.MARK || text.length() != 1) return false;
    char c = text.charAt(0);
    return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2012';
  }

  @Override
  public String toString() {
    return text + "@" + start;
  }
}
