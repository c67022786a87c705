package org.crosscheck.truth.book;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * ISBNs as the Book benchmark writes them: 10 digits (the last may be {@code X}) in the listings,
 * 13 in the gold. Books are keyed by their ISBN-13.
 *
 * <p>Stateless and thread-safe.
 */
public final class Isbn {
  private Isbn() {}

  /**
   * The ISBN-13 of an ISBN-10 or ISBN-13 (hyphens and spaces ignored): {@code 978}, the first nine
   * digits, and the EAN check digit.
   *
   * @throws IllegalArgumentException if the text is not 10 or 13 characters of digits (an ISBN-10
   *     may end in {@code X})
   */
  public static String toIsbn13(String isbn) {
    String s = checkNotNull(isbn, "isbn").replace("-", "").replace(" ", "").strip();
    if (s.length() == 13) {
      checkArgument(digits(s, 13), "an ISBN-13 has 13 digits, got '%s'", isbn);
      return s;
    }
    checkArgument(s.length() == 10 && digits(s, 9)
        && (Character.isDigit(s.charAt(9)) || s.charAt(9) == 'X' || s.charAt(9) == 'x'),
        "an ISBN has 10 characters (nine digits and a digit or X) or 13 digits, got '%s'", isbn);
    String body = "978" + s.substring(0, 9);
    int sum = 0;
    for (int i = 0; i < 12; i++) sum += (body.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
    return body + (10 - sum % 10) % 10;
  }

  /** Whether the first {@code n} characters are ASCII digits. */
  private static boolean digits(String s, int n) {
    for (int i = 0; i < n; i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
    return true;
  }
}
