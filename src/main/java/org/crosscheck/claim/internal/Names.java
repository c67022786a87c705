package org.crosscheck.claim.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Name keys for matching names written in different scripts and spellings: {@code "al-Qaim"},
 * {@code "Al Qa'im"} and {@code "AL QAIM"} share the key {@code "alqaim"}; Arabic {@code
 * "البوكمال"} and {@code "البو كمال"} share one too.
 *
 * <p>The key keeps letters and digits only, lower-cased under {@link Locale#ROOT}, after NFKD and
 * the library's one char {@link Folding} (the one the Arabic normalizer applies to article text):
 * combining marks and tatweel removed, alef forms to bare alef, alef maqsura to yeh, teh marbuta to
 * heh, keheh to kaf, Arabic-Indic and Persian digits to ASCII digits.
 */
public final class Names {
  private Names() {}

  /** The matching key of {@code name}; empty when the name has no letter or digit. */
  public static String key(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      switch (Folding.action(c)) {
        case Folding.DROP, Folding.DROP_ATTACHED -> { }
        case Folding.EXPAND -> appendKept(sb, Folding.expansion(c));
        default -> appendKept(sb, Folding.target(c));
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  private static void appendKept(StringBuilder sb, CharSequence chars) {
    for (int i = 0; i < chars.length(); i++) appendKept(sb, chars.charAt(i));
  }

  private static void appendKept(StringBuilder sb, char c) {
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) return;
    if (Character.isLetterOrDigit(c)) sb.append(c);
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
