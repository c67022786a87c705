package org.crosscheck.claim.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Name keys for matching names written in different scripts and spellings: {@code "al-Qaim"},
 * {@code "Al Qa'im"} and {@code "AL QAIM"} share the key {@code "alqaim"}; Arabic {@code
 * "البوكمال"} and {@code "البو كمال"} share one too.
 *
 * <p>The key keeps letters and digits only, lower-cased under {@link Locale#ROOT}, after NFKD with
 * combining marks removed; Arabic letters are folded: alef with hamza or madda (\u0622 \u0623
 * \u0625) and alef wasla (\u0671) to bare alef (\u0627), alef maqsura (\u0649) to yeh (\u064A),
 * teh marbuta (\u0629) to heh (\u0647), tatweel (\u0640) dropped.
 */
public final class Names {
  private Names() {}

  /** The matching key of {@code name}; empty when the name has no letter or digit. */
  public static String key(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      switch (c) {
        case '\u0622', '\u0623', '\u0625', '\u0671' -> c = '\u0627';
        case '\u0649' -> c = '\u064A';
        case '\u0629' -> c = '\u0647';
        default -> { }
      }
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || c == '\u0640') continue;
      if (Character.isLetterOrDigit(c)) sb.append(c);
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * A readable identifier: lower-case, words joined by hyphens, other scripts kept: {@code "al-Qaim"}
   * gives {@code "al-qaim"}, {@code "Deir ez-Zor"} gives {@code "deir-ez-zor"}.
   */
  public static String slug(String name) {
    String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    boolean dash = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || c == '\u0640' || c == '\'' || c == '\u2019') continue;
      if (Character.isLetterOrDigit(c)) {
        if (dash && sb.length() > 0) sb.append('-');
        sb.append(Character.toLowerCase(c));
        dash = false;
      } else {
        dash = true;
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
