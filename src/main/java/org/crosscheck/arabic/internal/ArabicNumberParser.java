package org.crosscheck.arabic.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.arabic.internal.NumberWords.Cls;
import org.jspecify.annotations.Nullable;

/**
 * Finds numbers in Arabic text: digits in both digit systems with their separators, number words
 * from units to trillions, fractions, ordinals, percentages and dual nouns that carry a count.
 *
 * <h2>Digits and separators</h2>
 *
 * Digits are read after {@link ArabicNormalizer} has folded ٠-٩ and ۰-۹ to ASCII. Separators:
 *
 * <ul>
 *   <li>A comma {@code ,} (or the Arabic thousands separator ٬, or the Arabic comma ، ) between digits
 *       groups thousands when the number starts with one to three digits (not a lone 0) and every group
 *       after it has exactly three digits: {@code 1,500}, {@code ١٬٠٠٠٬٠٠٠}, {@code ١،٢٣٤}. Any other
 *       comma between digits is a decimal comma: {@code ٤,٨} is 4.8, {@code 0,125} is 0.125,
 *       {@code 12،220,13} is 12220.13. A ٬ is never a decimal comma.
 *   <li>A dot {@code .} (and ٫, which the normalizer turns into a dot) is a decimal point:
 *       {@code 1.500} is 1.5, as in most Arabic news. Two or more dot-separated groups of exactly three
 *       digits group thousands ({@code 1.234.567}), and so does a dot before a decimal comma
 *       ({@code 1.234,5}). Other dotted chains ({@code 192.168.1.2}) are separate integers.
 *   <li>A single space (or no-break / narrow no-break space) groups thousands under the same
 *       three-digit rule: {@code 1 234 567}, {@code 40 000}.
 *   <li>{@code a/b} with at most three digits each side is a fraction ({@code 3/4}, {@code ١١/١٠});
 *       longer or chained slashes ({@code 2017/11/03}) are separate integers for the date parser.
 *       {@code 2 1/4} is a mixed number.
 *   <li>A minus sign directly before the digits, with no digit or letter glued before it, makes the
 *       number negative: {@code -1.2}; so do the words سالب and ناقص.
 * </ul>
 *
 * Digits glued to Arabic words count ({@code بـ1200}, {@code في17}, {@code و2500}, {@code ٤آلاف});
 * digits glued to Latin letters are codes, not numbers ({@code F16}, {@code 4G}, {@code 1M}). Digits
 * inside URLs are skipped. A run of more than {@value #MAX_DIGITS} digits is reported as a
 * diagnostic and not read.
 *
 * <h2>Words</h2>
 *
 * Units, teens, tens, hundreds, and the scales ألف، مليون، مليار، تريليون in singular, plural, dual
 * and accusative forms, combined the Arabic way: units before tens (خمسة وعشرون), و between parts
 * (ثلاثة آلاف وخمسمائة), a multiplier before مئة (ثلاث مئة) or a scale (ستين ألفًا، 10 آلاف،
 * 1.5 مليون). Parts must get smaller from left to right, so {@code 1500 و2500} and
 * {@code ثلاثمائة ومائتين} stay two numbers. Fractions: نصف، ثلث، ربع… alone, in duals (ثلثان), plurals
 * after a count (ثلاثة أرباع), added with و (واحد ونصف، مليون ونصف، مليون ونصف المليون) or multiplying a scale (نصف
 * مليون). Colloquial forms common in quoted speech (حداشر، تلتمية، خمسمية) are in the lexicon.
 *
 * <p>The match's span excludes an attached conjunction or preposition (و، ف، ب، ل، ك) but keeps the
 * article: in {@code بألفين} the number is {@code ألفين}.
 *
 * <p>Thread-safe; linear in the length of the text (each attempt looks at most {@value #MAX_ATOMS}
 * parts ahead).
 */
public final class ArabicNumberParser {
  /** Longest digit run read as a number; longer runs are IDs or garbage and get a diagnostic. */
  public static final int MAX_DIGITS = 30;
  /** Most parts (numbers, number words) one number expression may have. */
  static final int MAX_ATOMS = 24;

  static final String WAW = "\u0648";
  static final BigInteger TEN = BigInteger.TEN;

  private final NumberWords lex = NumberWords.INSTANCE;
  private final CardinalGrammar grammar = new CardinalGrammar(lex);
  private final OrdinalNumbers ordinals = new OrdinalNumbers(lex);
  /**
   * Whether a number may start at an Arabic word: it is a number word, a negative or percent word
   * before a number, or one of its clitic readings is a number word or a dual noun.
   */
  private final TermMemo numberWord = new TermMemo(this::numberWord);

  private ArabicNumberParser() {}

  /** The parser; it holds only the immutable lexicon. */
  public static ArabicNumberParser instance() {
    return Holder.INSTANCE;
  }

  /**
   * Every number in {@code text}, in text order, with spans into {@code text}.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public ParseResult<NumberMatch> find(String text) {
    return find(ArabicNormalizer.normalize(checkNotNull(text, "text")));
  }

  /** Every number in an already normalized text. */
  public ParseResult<NumberMatch> find(NormalizedText text) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<NumberParse> parses = scan(Tokens.of(text), diagnostics);
    List<NumberMatch> out = new ArrayList<>(parses.size());
    for (NumberParse p : parses) out.add(p.match());
    return new ParseResult<>(out, diagnostics);
  }

  /**
   * Reads {@code text} as exactly one number (surrounding white space allowed).
   *
   * @throws ArabicParseException naming the text and the index where reading stopped, if the text
   *     is empty, holds no number, or holds more than one number
   */
  public NumberMatch parse(String text) {
    checkNotNull(text, "text");
    ParseResult<NumberMatch> r = find(text);
    int first = 0;
    while (first < text.length() && Character.isWhitespace(text.charAt(first))) first++;
    if (r.matches().isEmpty()) {
      throw new ArabicParseException("no number in the text", text, first);
    }
    NumberMatch m = r.matches().get(0);
    if (r.matches().size() > 1) {
      throw new ArabicParseException("more than one number (" + r.matches().size() + "); parse one at a time or use find()",
          text, r.matches().get(1).span().start());
    }
    if (!text.substring(0, m.span().start()).isBlank()) {
      throw new ArabicParseException("text before the number", text, first);
    }
    if (!text.substring(m.span().end()).isBlank()) {
      throw new ArabicParseException("text after the number", text, m.span().end());
    }
    return m;
  }

  // ---- scanning ------------------------------------------------------------------------------

  /** All numbers, with the token positions the quantity and date parsers need. */
  List<NumberParse> scan(Tokens t, List<Diagnostic> diagnostics) {
    List<NumberParse> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      NumberParse p = parseAt(t, i, diagnostics);
      if (p != null) {
        out.add(p);
        i = p.lastToken() + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  /** The number that starts at token {@code i}, or {@code null}. */
  @Nullable NumberParse parseAt(Tokens t, int i, List<Diagnostic> diagnostics) {
    byte type = t.type(i);
    if (type == Tokens.URL || type == Tokens.LATIN) return null;
    if (type == Tokens.ARABIC) {
      Term term = t.term(i);
      if (term != null && !numberWord.test(term)) return null;
    }
    // a minus sign glued to digits, with nothing glued before it
    if (t.isPunct(i, '-') && t.glued(i) && t.isDigits(i + 1) && !(t.glued(i - 1) && (t.isDigits(i - 1) || t.isWord(i - 1)))) {
      NumberParse core = grammar.cardinal(t, i + 1, diagnostics);
      if (core != null) return withPercent(t, core.negated(t, i), false);
    }
    // % before the number, as Arabic typists often put it: %95
    if (t.isPunct(i, '%') && t.glued(i) && t.isDigits(i + 1) && !(t.glued(i - 1) && t.isDigits(i - 1))) {
      NumberParse core = grammar.cardinal(t, i + 1, diagnostics);
      if (core != null) return core.asPercent(t, i, core.lastToken());
    }
    if (type == Tokens.ARABIC) {
      String w = t.text(i);
      var readings = lex.get(w);
      if (readings != null && NumberWords.find(readings, Cls.NEGATIVE) != null && i + 1 < t.size() && !t.breakBefore(i + 1)) {
        NumberParse core = grammar.cardinal(t, i + 1, diagnostics);
        if (core != null) return withPercent(t, core.negated(t, i), false);
      }
      if (lex.isPercentPrefix(w) && i + 1 < t.size() && !t.breakBefore(i + 1)) {
        NumberParse core = grammar.cardinal(t, i + 1, diagnostics);
        if (core != null) {
          NumberParse suffixed = withPercent(t, core, true);
          if (suffixed != null) return suffixed;
          return core.asPercent(t, i, core.lastToken());
        }
      }
    }
    NumberParse core = grammar.cardinal(t, i, diagnostics);
    if (core != null) {
      NumberParse p = withPercent(t, core, false);
      return p != null ? p : core;
    }
    if (type != Tokens.ARABIC) return null;
    NumberParse ordinal = ordinals.ordinal(t, i);
    if (ordinal != null) return ordinal;
    return ordinals.dual(t, i);
  }

  /** The test of {@link #numberWord}: what {@link #parseAt} asks of an Arabic word it starts at. */
  private boolean numberWord(Term term) {
    String w = term.text;
    if (lex.get(w) != null || lex.isPercentPrefix(w)) return true;
    List<Clitics.Reading> readings = term.readings();
    for (int ri = 0; ri < readings.size(); ri++) {
      String stem = readings.get(ri).stem();
      if (lex.get(stem) != null || ordinals.dualNoun(stem) != null) return true;
    }
    return false;
  }

  /** The core with a following percent sign or phrase; {@code null} if {@code required} and there is none. */
  private @Nullable NumberParse withPercent(Tokens t, NumberParse core, boolean required) {
    int j = core.lastToken() + 1;
    if (j < t.size() && !t.breakBefore(j)) {
      if (t.isPunct(j, '%')) return core.asPercent(t, core.firstToken(), j);
      if (t.isArabic(j)) {
        if (lex.isPercentSuffix(t.text(j))) return core.asPercent(t, core.firstToken(), j);
        if (j + 1 < t.size() && t.isArabic(j + 1) && !t.breakBefore(j + 1)
            && lex.isPercentSuffix(t.text(j) + " " + t.text(j + 1))) {
          return core.asPercent(t, core.firstToken(), j + 1);
        }
      }
    }
    return required ? null : core;
  }

  /** The length of the clitics kept in a number word's span: the article stays with its word. */
  static int keptPrefix(String word, Clitics.Reading r) {
    if (!r.definite()) return r.prefixLength();
    int p = (r.conjunction() != 0 ? 1 : 0) + (r.preposition() != 0 ? 1 : 0);
    return word.startsWith("ال", p) ? p : r.prefixLength();
  }

  /** Created on first use, after every static field of the class is set. */
  private static final class Holder {
    static final ArabicNumberParser INSTANCE = new ArabicNumberParser();
  }
}
