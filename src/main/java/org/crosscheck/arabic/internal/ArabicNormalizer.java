package org.crosscheck.arabic.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import org.crosscheck.claim.internal.Folding;

/**
 * Normalizes Arabic text for matching while keeping, for every normalized char, the original chars
 * it came from ({@link NormalizedText}). The rules, applied char by char in one pass, are the
 * library's one {@link Folding}, which the names of places, subjects and sources are keyed by too:
 *
 * <ol>
 *   <li><b>Alef forms</b> {@link #ALEF_MADDA} آ, {@link #ALEF_HAMZA_ABOVE} أ, {@link #ALEF_HAMZA_BELOW} إ,
 *       {@link #ALEF_WASLA} ٱ and the rare wavy-hamza alefs {@code \u0672 \u0673} become {@link #ALEF} ا.
 *   <li><b>Alef maqsura</b> {@link #ALEF_MAQSURA} ى becomes {@link #YEH} ي (news spells final ي and ى
 *       interchangeably: علي/على).
 *   <li><b>Taa marbuta</b> {@link #TEH_MARBUTA} ة becomes {@link #HEH} ه, for matching only (ثلاثة and
 *       ثلاثه are one word); the original text keeps it.
 *   <li><b>Persian letters</b> keheh {@code \u06A9} becomes kaf {@code \u0643} and Farsi yeh
 *       {@code \u06CC} becomes yeh, because Persian keyboards type them in Arabic text.
 *   <li><b>Harakat and Quranic marks</b> ({@code \u064B..\u065F}, superscript alef {@code \u0670},
 *       {@code \u0610..\u061A}, {@code \u06D6..\u06ED}, {@code \u08D3..\u08FF}) and <b>tatweel</b>
 *       {@link #TATWEEL} are removed. They join the source group of the preceding char, so the span of a
 *       word includes its marks.
 *   <li><b>Digits</b>: Arabic-Indic {@code \u0660..\u0669}, Persian {@code \u06F0..\u06F9} and
 *       full-width {@code \uFF10..\uFF19} digits become ASCII {@code 0..9}.
 *   <li><b>Separators</b>: {@link #ARABIC_DECIMAL_SEPARATOR} ٫ becomes {@code '.'};
 *       {@link #ARABIC_THOUSANDS_SEPARATOR} ٬ becomes {@code ','} (the number scanner still knows it
 *       came from ٬ and never reads it as a decimal comma); {@link #ARABIC_PERCENT} ٪ becomes {@code '%'}.
 *       The Arabic comma {@link #ARABIC_COMMA} ، stays: between digits the number scanner reads it as a
 *       thousands separator only before exactly three digits.
 *   <li><b>Spaces</b>: no-break space {@link #NO_BREAK_SPACE}, narrow no-break space {@code \u202F},
 *       the fixed-width spaces {@code \u2000..\u200A}, {@code \u1680}, {@code \u205F}, {@code \u3000}
 *       become an ASCII space. Tabs and line breaks stay.
 *   <li><b>Invisible controls</b> are removed and belong to no group: soft hyphen {@code \u00AD}, Arabic
 *       letter mark {@link #ARABIC_LETTER_MARK}, Mongolian vowel separator {@code \u180E}, zero-width
 *       space/non-joiner/joiner {@code \u200B..\u200D}, LRM/RLM {@code \u200E \u200F}, bidi embeddings
 *       and overrides {@code \u202A..\u202E}, word joiner and invisible operators {@code \u2060..\u2064},
 *       bidi isolates and deprecated format chars {@code \u2066..\u206F}, and the byte-order mark
 *       {@link #BYTE_ORDER_MARK}.
 *   <li><b>Presentation forms</b> {@code \uFB50..\uFDFF} and {@code \uFE70..\uFEFE} are folded by NFKC
 *       (ﻻ becomes لا, ﷲ becomes الله) and the rules above are applied to the result; an isolated-mark
 *       form ({@code \uFE70} ً) whose NFKC is a space plus marks counts as marks only.
 *   <li><b>Dashes and quotes</b>: the hyphens and dashes {@code \u2010..\u2015} and the minus sign
 *       {@code \u2212} become {@code '-'}, so "1500–2500" reads as a range; the apostrophe-like marks
 *       {@code \u2018 \u2019 \u02BC \u02BE \u02BF} and {@code `} become {@code '\''}.
 *   <li><b>Latin letters</b> are lower-cased, and Latin-1 / Latin Extended-A letters lose their
 *       accents ("Ālbū Kamāl" becomes "albu kamal"), so transliterated names match.
 * </ol>
 *
 * <p>Every rule maps a char to chars that no rule changes, so normalization is idempotent. Unpaired
 * surrogates and all other chars pass through unchanged.
 *
 * <p>Stateless and thread-safe; linear in the length of the text.
 */
public final class ArabicNormalizer {
  /** ا ARABIC LETTER ALEF. */
  public static final char ALEF = '\u0627';
  /** آ ARABIC LETTER ALEF WITH MADDA ABOVE. */
  public static final char ALEF_MADDA = '\u0622';
  /** أ ARABIC LETTER ALEF WITH HAMZA ABOVE. */
  public static final char ALEF_HAMZA_ABOVE = '\u0623';
  /** إ ARABIC LETTER ALEF WITH HAMZA BELOW. */
  public static final char ALEF_HAMZA_BELOW = '\u0625';
  /** ٱ ARABIC LETTER ALEF WASLA. */
  public static final char ALEF_WASLA = '\u0671';
  /** ى ARABIC LETTER ALEF MAKSURA. */
  public static final char ALEF_MAQSURA = '\u0649';
  /** ي ARABIC LETTER YEH. */
  public static final char YEH = '\u064A';
  /** ة ARABIC LETTER TEH MARBUTA. */
  public static final char TEH_MARBUTA = '\u0629';
  /** ه ARABIC LETTER HEH. */
  public static final char HEH = '\u0647';
  /** ـ ARABIC TATWEEL. */
  public static final char TATWEEL = '\u0640';
  /** ٫ ARABIC DECIMAL SEPARATOR. */
  public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  /** ٬ ARABIC THOUSANDS SEPARATOR. */
  public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
  /** ٪ ARABIC PERCENT SIGN. */
  public static final char ARABIC_PERCENT = '\u066A';
  /** ، ARABIC COMMA. */
  public static final char ARABIC_COMMA = '\u060C';
  /** NO-BREAK SPACE. */
  public static final char NO_BREAK_SPACE = '\u00A0';
  /** ARABIC LETTER MARK (a bidi control). */
  public static final char ARABIC_LETTER_MARK = '\u061C';
  /** ZERO WIDTH NO-BREAK SPACE, the byte-order mark. */
  public static final char BYTE_ORDER_MARK = '\uFEFF';

  private ArabicNormalizer() {}

  /**
   * Normalizes {@code text} by the rules above.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static NormalizedText normalize(String text) {
    checkNotNull(text, "text");
    int n = text.length();
    char[] out = new char[n + 16];
    int[] starts = new int[n + 16];
    int[] ends = new int[n + 16];
    int size = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      switch (Folding.action(c)) {
        case Folding.KEEP, Folding.MAP -> {
          if (size == out.length) {
            int cap = out.length + (out.length >> 1) + 16;
            out = Arrays.copyOf(out, cap);
            starts = Arrays.copyOf(starts, cap);
            ends = Arrays.copyOf(ends, cap);
          }
          out[size] = Folding.target(c);
          starts[size] = i;
          ends[size] = i + 1;
          size++;
        }
        case Folding.DROP -> {
          // belongs to no group
        }
        case Folding.DROP_ATTACHED -> {
          if (size > 0) ends[size - 1] = i + 1;
        }
        default -> {
          String e = Folding.expansion(c);
          if (size + e.length() > out.length) {
            int cap = out.length + (out.length >> 1) + e.length() + 16;
            out = Arrays.copyOf(out, cap);
            starts = Arrays.copyOf(starts, cap);
            ends = Arrays.copyOf(ends, cap);
          }
          for (int k = 0; k < e.length(); k++) {
            out[size] = e.charAt(k);
            starts[size] = i;
            ends[size] = i + 1;
            size++;
          }
        }
      }
    }
    // the offset arrays and the chars are kept as they are (NormalizedText reads the first size
    // entries only): trimming them would copy arrays as long as the text
    return new NormalizedText(text, new String(out, 0, size), starts, ends, out);
  }

  /** The normalized string alone, for normalizing lexicon entries and keys. */
  public static String normalizeToString(String text) {
    return normalize(text).text();
  }

  /** Whether {@code c} is an Arabic letter after normalization ({@code \u0621..\u064A}, {@code \u066E..\u06D3}). */
  static boolean isArabicLetter(char c) {
    return (c >= '\u0621' && c <= '\u064A') || (c >= '\u066E' && c <= '\u06D3') || (c >= '\u06FA' && c <= '\u06FF');
  }
}
