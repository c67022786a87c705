package org.crosscheck.arabic;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.arabic.NumberWords.Cls;
import org.crosscheck.arabic.NumberWords.Entry;
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

  private static final String WAW = "\u0648";
  private static final BigInteger TEN = BigInteger.TEN;

  private final NumberWords lex = NumberWords.INSTANCE;

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
    // a minus sign glued to digits, with nothing glued before it
    if (t.isPunct(i, '-') && t.glued(i) && t.isDigits(i + 1) && !(t.glued(i - 1) && (t.isDigits(i - 1) || t.isWord(i - 1)))) {
      NumberParse core = cardinal(t, i + 1, diagnostics);
      if (core != null) return withPercent(t, core.negated(t, i), false);
    }
    // % before the number, as Arabic typists often put it: %95
    if (t.isPunct(i, '%') && t.glued(i) && t.isDigits(i + 1) && !(t.glued(i - 1) && t.isDigits(i - 1))) {
      NumberParse core = cardinal(t, i + 1, diagnostics);
      if (core != null) return core.asPercent(t, i, core.lastToken());
    }
    if (type == Tokens.ARABIC) {
      String w = t.text(i);
      if (lex.get(w) != null && NumberWords.find(lex.get(w), Cls.NEGATIVE) != null && i + 1 < t.size() && !t.breakBefore(i + 1)) {
        NumberParse core = cardinal(t, i + 1, diagnostics);
        if (core != null) return withPercent(t, core.negated(t, i), false);
      }
      if (lex.isPercentPrefix(w) && i + 1 < t.size() && !t.breakBefore(i + 1)) {
        NumberParse core = cardinal(t, i + 1, diagnostics);
        if (core != null) {
          NumberParse suffixed = withPercent(t, core, true);
          if (suffixed != null) return suffixed;
          return core.asPercent(t, i, core.lastToken());
        }
      }
    }
    NumberParse core = cardinal(t, i, diagnostics);
    if (core != null) {
      NumberParse p = withPercent(t, core, false);
      return p != null ? p : core;
    }
    if (type != Tokens.ARABIC) return null;
    NumberParse ordinal = ordinal(t, i);
    if (ordinal != null) return ordinal;
    return dual(t, i);
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

  // ---- literals --------------------------------------------------------------------------------

  /** A number written in digits. */
  record Literal(Rational value, boolean decimal, boolean slash, int lastToken, boolean plain) {}

  /** The digit literal starting at token {@code k} (a digit run or a dot before one), or {@code null}. */
  @Nullable Literal literal(Tokens t, int k, List<Diagnostic> diagnostics) {
    if (t.isPunct(k, '.')) {
      // .77: a leading decimal point, not glued to digits before it
      if (!t.glued(k) || !t.isDigits(k + 1) || (t.glued(k - 1) && t.isDigits(k - 1))) return null;
      if (t.glued(k + 1) && t.type(k + 2) == Tokens.LATIN) return null;
      String frac = t.text(k + 1);
      if (frac.length() > MAX_DIGITS) return null;
      return new Literal(Rational.of(new BigDecimal("0." + frac)), true, false, k + 1, false);
    }
    if (!t.isDigits(k)) return null;
    String d = t.text(k);
    if (t.glued(k - 1) && t.type(k - 1) == Tokens.LATIN) return null; // A320, F16
    if (t.glued(k - 1) && t.isPunct(k - 1, '-') && t.glued(k - 2) && t.type(k - 2) == Tokens.LATIN) return null; // F-16
    if (t.glued(k) && t.type(k + 1) == Tokens.LATIN) return null; // 4G, 1M
    if (d.length() > MAX_DIGITS) {
      diagnostics.add(new Diagnostic("number.too-many-digits", "a run of " + d.length()
          + " digits is not read as a number (more than " + MAX_DIGITS + "; an ID, a phone list or garbage?)",
          t.span(k, k)));
      return null;
    }
    // inside a dotted chain (192.168.1.2) or after a slash chain: the group alone
    if ((t.isPunct(k - 1, '.') || t.isPunct(k - 1, '/')) && t.glued(k - 1) && t.glued(k - 2) && t.isDigits(k - 2)) {
      return plain(d, k);
    }
    int dots = chainLength(t, k, '.');
    if (dots >= 2) {
      boolean grouping = d.length() <= 3 && d.charAt(0) != '0';
      for (int g = 1; g <= dots && grouping; g++) grouping = t.text(k + 2 * g).length() == 3;
      if (!grouping) return plain(d, k);
    }
    if (chainLength(t, k, '/') >= 2 || chainLength(t, k, '-') >= 2 || chainLength(t, k, ':') >= 1) return plain(d, k);

    StringBuilder digits = new StringBuilder(d);
    int j = k;
    char sep = 0;
    if (d.length() <= 3 && d.charAt(0) != '0') {
      while (true) {
        if ((t.isPunct(j + 1, ',') || t.isPunct(j + 1, '\u060C')) && t.glued(j) && t.glued(j + 1) && t.isDigits(j + 2)
            && t.text(j + 2).length() == 3) {
          char c = t.source().text().charAt(t.start(j + 1));
          if (sep != 0 && sep != c) break;
          digits.append(t.text(j + 2));
          j += 2;
          sep = c;
          continue;
        }
        if ((sep == 0 || sep == ' ') && t.isDigits(j + 1) && !t.breakBefore(j + 1) && t.start(j + 1) - t.end(j) == 1
            && t.text(j + 1).length() == 3 && !(t.glued(j + 1) && (t.isPunct(j + 2, '/') || t.isPunct(j + 2, '-')))) {
          digits.append(t.text(j + 1));
          j += 1;
          sep = ' ';
          continue;
        }
        if ((sep == 0 || sep == '.') && t.isPunct(j + 1, '.') && t.glued(j) && t.glued(j + 1) && t.isDigits(j + 2)
            && t.text(j + 2).length() == 3
            && (sep == '.' || dotGroupConfirmed(t, j + 2))) {
          digits.append(t.text(j + 2));
          j += 2;
          sep = '.';
          continue;
        }
        break;
      }
    }
    boolean grouped = sep != 0;
    String fraction = null;
    if (sep != '.' && t.isPunct(j + 1, '.') && t.glued(j) && t.glued(j + 1) && t.isDigits(j + 2)
        && !(t.glued(j + 2) && t.type(j + 3) == Tokens.LATIN)) {
      fraction = t.text(j + 2);
      j += 2;
    } else if (sep != ',' && t.isPunct(j + 1, ',') && t.glued(j) && t.glued(j + 1) && t.isDigits(j + 2)
        && t.source().originalCharAt(t.start(j + 1)) != ArabicNormalizer.ARABIC_THOUSANDS_SEPARATOR
        && !(t.glued(j + 2) && t.isPunct(j + 3, ','))
        && (t.text(j + 2).length() != 3 || grouped || d.charAt(0) == '0')) {
      fraction = t.text(j + 2);
      j += 2;
    }
    if (fraction != null && fraction.length() > MAX_DIGITS) fraction = fraction.substring(0, MAX_DIGITS);
    if (fraction != null) {
      return new Literal(Rational.of(new BigDecimal(digits + "." + fraction)), true, false, j, false);
    }
    if (!grouped && d.length() <= 3 && t.isPunct(k + 1, '/') && t.glued(k) && t.glued(k + 1) && t.isDigits(k + 2)
        && t.text(k + 2).length() <= 3 && !(t.glued(k - 1) && t.isPunct(k - 1, '/'))) {
      long a = Long.parseLong(d);
      long b = Long.parseLong(t.text(k + 2));
      if (b > 0) return new Literal(Rational.of(a, b), false, true, k + 2, false);
    }
    Rational whole = Rational.of(new BigDecimal(digits.toString()));
    if (!grouped && d.length() <= 3 && t.isDigits(k + 1) && !t.breakBefore(k + 1) && t.start(k + 1) - t.end(k) == 1
        && t.isPunct(k + 2, '/') && t.glued(k + 1) && t.glued(k + 2) && t.isDigits(k + 3)
        && !(t.glued(k + 3) && t.isPunct(k + 4, '/'))) {
      // 2 1/4: a mixed number when the fraction is proper
      long a = Long.parseLong(t.text(k + 1).length() <= 3 ? t.text(k + 1) : "0");
      long b = t.text(k + 3).length() <= 3 ? Long.parseLong(t.text(k + 3)) : 0;
      if (b > 0 && a > 0 && a < b) return new Literal(whole.plus(Rational.of(a, b)), false, true, k + 3, false);
    }
    return new Literal(whole, false, false, j, !grouped);
  }

  private static Literal plain(String d, int k) {
    return new Literal(Rational.of(new BigDecimal(d)), false, false, k, true);
  }

  /** How many times {@code sep + digits} follows token {@code k}, all glued. */
  private static int chainLength(Tokens t, int k, char sep) {
    int n = 0;
    int j = k;
    while (n < 8 && t.isPunct(j + 1, sep) && t.glued(j) && t.glued(j + 1) && t.isDigits(j + 2)) {
      n++;
      j += 2;
    }
    return n;
  }

  /** A dot group of three digits at token {@code g} groups thousands only if another group or a decimal comma follows. */
  private static boolean dotGroupConfirmed(Tokens t, int g) {
    if (!t.glued(g)) return false;
    if (t.isPunct(g + 1, '.') && t.glued(g + 1) && t.isDigits(g + 2) && t.text(g + 2).length() == 3) return true;
    return t.isPunct(g + 1, ',') && t.glued(g + 1) && t.isDigits(g + 2) && t.text(g + 2).length() <= 2;
  }

  // ---- atoms: the parts of one number ----------------------------------------------------------

  /** One part of a number: a digit literal or a number word, with the و that joins it to the part before. */
  private static final class Atom {
    final int firstToken;
    final int lastToken;
    final int normStart;
    final boolean waw;
    final @Nullable Literal literal;
    final List<Entry> entries;
    final Clitics.@Nullable Reading reading;

    Atom(int firstToken, int lastToken, int normStart, boolean waw, @Nullable Literal literal, List<Entry> entries,
        Clitics.@Nullable Reading reading) {
      this.firstToken = firstToken;
      this.lastToken = lastToken;
      this.normStart = normStart;
      this.waw = waw;
      this.literal = literal;
      this.entries = entries;
      this.reading = reading;
    }

    @Nullable Entry get(Cls cls) {
      return NumberWords.find(entries, cls);
    }

    boolean has(Cls... classes) {
      for (Cls c : classes) if (get(c) != null) return true;
      return false;
    }
  }

  /** The atoms from token {@code i} on, up to {@link #MAX_ATOMS}, stopping at the first token that cannot be one. */
  private List<Atom> atoms(Tokens t, int i, List<Diagnostic> diagnostics) {
    List<Atom> atoms = new ArrayList<>(4);
    int k = i;
    while (atoms.size() < MAX_ATOMS && k < t.size()) {
      boolean first = atoms.isEmpty();
      int kk = k;
      boolean waw = false;
      if (!first) {
        if (t.breakBefore(kk)) break;
        if (t.isArabic(kk) && t.text(kk).equals(WAW) && kk + 1 < t.size() && !t.breakBefore(kk + 1)) {
          waw = true;
          kk++;
        }
      }
      Atom a = null;
      if (t.isDigits(kk) || (first && t.isPunct(kk, '.'))) {
        Literal lit = literal(t, kk, diagnostics);
        if (lit != null) a = new Atom(k, lit.lastToken(), t.start(kk), waw, lit, List.of(), null);
      } else if (t.isArabic(kk)) {
        a = word(t, kk, first, waw, k);
      }
      if (a == null) break;
      atoms.add(a);
      k = a.lastToken + 1;
    }
    return atoms;
  }

  private @Nullable Atom word(Tokens t, int k, boolean first, boolean wawBefore, int atomStart) {
    String w = t.text(k);
    if (lex.isNotANumber(w)) return null;
    for (Clitics.Reading r : Clitics.readings(w)) {
      if (!first && (r.preposition() != 0 || (r.conjunction() != 0 && wawBefore))) continue;
      List<Entry> es = lex.get(r.stem());
      if (es == null) continue;
      boolean waw = wawBefore || (!first && r.conjunction() == '\u0648');
      if (!first && r.conjunction() == '\u0641') continue;
      return new Atom(atomStart, k, t.start(k) + keptPrefix(w, r), waw, null, es, r);
    }
    return null;
  }

  // ---- the cardinal grammar ----------------------------------------------------------------------

  /** Where the state machine stands after some atoms. */
  private static final class State {
    Rational total = Rational.ZERO;
    Rational group = Rational.ZERO;
    boolean ones;
    boolean tens;
    boolean hundreds;
    @Nullable Rational lastScale;
    Rational coefficient = Rational.ZERO;
    Prev prev = Prev.NONE;
    boolean fraction;
    boolean decimal;
    boolean finished;
    boolean literalOnly = true;
    /** The value before the last atom, and that atom's own value (for ثلاثة أرباع after و). */
    Rational before = Rational.ZERO;
    Rational lastValue = Rational.ZERO;
    boolean lastWaw;

    Rational value() {
      return total.plus(group);
    }

    boolean groupEmpty() {
      return !ones && !tens && !hundreds && group.signum() == 0;
    }
  }

  private enum Prev { NONE, LITERAL, UNIT, TEEN_HEAD, TEN, TENS, HUNDRED, SCALE, FRACTION, DOZEN }

  /** The cardinal number (digits and/or words) starting at token {@code i}, or {@code null}. */
  private @Nullable NumberParse cardinal(Tokens t, int i, List<Diagnostic> diagnostics) {
    List<Atom> atoms = atoms(t, i, diagnostics);
    if (atoms.isEmpty()) return null;
    State s = new State();
    int used = first(t, atoms, s);
    if (used == 0) return null;
    int accepted = used;
    Snapshot best = new Snapshot(s, accepted);
    while (accepted < atoms.size() && !s.finished) {
      int n = next(atoms, accepted, s);
      if (n == 0) break;
      accepted += n;
      best = new Snapshot(s, accepted);
    }
    return build(t, atoms, best);
  }

  private record Snapshot(Rational value, int atoms, boolean fraction, boolean decimal, boolean literalOnly,
      @Nullable Rational scale, Rational coefficient) {
    Snapshot(State s, int atoms) {
      this(s.value(), atoms, s.fraction, s.decimal, s.literalOnly, s.lastScale, s.coefficient);
    }
  }

  private @Nullable NumberParse build(Tokens t, List<Atom> atoms, Snapshot best) {
    Atom first = atoms.get(0);
    Atom last = atoms.get(best.atoms() - 1);
    Rational v = best.value();
    NumberMatch.Kind kind;
    long num = 0;
    long den = 0;
    if (best.fraction() && !v.isInteger()) {
      kind = NumberMatch.Kind.FRACTION;
      if (v.num().bitLength() < 63 && v.den().bitLength() < 63) {
        num = v.num().longValueExact();
        den = v.den().longValueExact();
      } else {
        kind = NumberMatch.Kind.DECIMAL;
      }
    } else {
      kind = v.isInteger() ? NumberMatch.Kind.INTEGER : NumberMatch.Kind.DECIMAL;
    }
    // a lone "واحد" used as a pronoun (أي واحد "which one") or a definite adjective (الواحد "single")
    if (best.atoms() == 1 && first.reading != null) {
      Entry unit = first.get(Cls.UNIT);
      if (unit != null && unit.value() <= 2 && first.reading.definite()) return null;
      if (unit != null && unit.value() == 1 && t.isArabic(first.firstToken - 1) && t.text(first.firstToken - 1).equals("اي")) {
        return null;
      }
    }
    int normStart = first.normStart;
    int normEnd = t.end(last.lastToken);
    Span span = t.source().toOriginal(normStart, normEnd);
    NumberMatch m = new NumberMatch(span, span.of(t.source().original()), v.toBigDecimal(), kind, num, den, null);
    Clitics.Reading r = first.reading;
    return new NumberParse(m, first.firstToken, last.lastToken, normStart, normEnd, v,
        best.scale() == null ? 0 : best.scale().num().longValue(), best.coefficient(),
        best.literalOnly() && best.atoms() == 1 && first.literal != null && first.literal.plain(),
        r == null ? 0 : r.conjunction(), r == null ? 0 : r.preposition(), r != null && r.definite());
  }

  /** Consumes the first atom(s); returns how many, 0 if no number starts here. */
  private int first(Tokens t, List<Atom> atoms, State s) {
    Atom a = atoms.get(0);
    Atom next = atoms.size() > 1 ? atoms.get(1) : null;
    if (a.literal != null) {
      Literal lit = a.literal;
      s.group = lit.value();
      s.ones = s.tens = s.hundreds = true;
      s.decimal = lit.decimal();
      s.fraction = lit.slash();
      s.finished = lit.slash();
      s.prev = Prev.LITERAL;
      s.lastValue = lit.value();
      return 1;
    }
    s.literalOnly = false;
    Entry e;
    if ((e = a.get(Cls.ZERO)) != null) {
      s.finished = true;
      s.prev = Prev.UNIT;
      return 1;
    }
    boolean fractionReading = a.has(Cls.FRACTION) && (!a.has(Cls.UNIT, Cls.TEN) || fractionContext(t, a, next));
    if (fractionReading) {
      Entry f = a.get(Cls.FRACTION);
      s.group = Rational.of(1, f.value());
      s.fraction = true;
      s.prev = Prev.FRACTION;
      return 1;
    }
    if ((e = a.get(Cls.UNIT)) != null) {
      s.group = Rational.of(e.value());
      s.ones = true;
      s.prev = Prev.UNIT;
      s.lastValue = s.group;
      return 1;
    }
    if ((e = a.get(Cls.TEEN_HEAD)) != null) {
      if (next == null || next.waw || !next.has(Cls.TEN)) return 0;
      s.group = Rational.of(e.value() + 10);
      s.ones = s.tens = true;
      s.prev = Prev.TEN;
      return 2;
    }
    if ((e = a.get(Cls.TEN)) != null || (e = a.get(Cls.TEEN)) != null) {
      s.group = Rational.of(e.value());
      s.tens = true;
      s.ones = e.cls() == Cls.TEEN;
      s.prev = Prev.TEN;
      s.lastValue = s.group;
      return 1;
    }
    if ((e = a.get(Cls.TENS)) != null) {
      s.group = Rational.of(e.value());
      s.tens = true;
      s.prev = Prev.TENS;
      s.lastValue = s.group;
      return 1;
    }
    if ((e = a.get(Cls.HUNDRED_WORD)) != null || (e = a.get(Cls.HUNDRED)) != null) {
      s.group = Rational.of(e.value());
      s.hundreds = true;
      s.prev = Prev.HUNDRED;
      return 1;
    }
    if ((e = a.get(Cls.SCALE)) != null || (e = a.get(Cls.SCALE_DUAL)) != null || (e = a.get(Cls.SCALE_ACC)) != null) {
      long mult = e.cls() == Cls.SCALE ? 1 : 2;
      s.total = Rational.of(mult).times(Rational.of(e.value()));
      s.coefficient = Rational.of(mult);
      s.lastScale = Rational.of(e.value());
      s.prev = Prev.SCALE;
      return 1;
    }
    if ((e = a.get(Cls.DOZEN)) != null || (e = a.get(Cls.DOZEN_DUAL)) != null) {
      s.group = Rational.of(e.cls() == Cls.DOZEN ? 12 : 24);
      s.ones = s.tens = true;
      s.prev = Prev.DOZEN;
      return 1;
    }
    if ((e = a.get(Cls.FRACTION_DUAL)) != null) {
      s.group = Rational.of(2, e.value());
      s.fraction = true;
      s.finished = true;
      return 1;
    }
    return 0;
  }

  /**
   * Whether an ambiguous word (خمس: five or a fifth) reads as a fraction where it stands first: before
   * a definite noun or at the end of a clause, and not before another number part.
   */
  private boolean fractionContext(Tokens t, Atom a, @Nullable Atom next) {
    if (next != null) return false;
    int j = a.lastToken + 1;
    if (j >= t.size() || t.breakBefore(j) || t.type(j) == Tokens.PUNCT) return true;
    if (!t.isArabic(j)) return false;
    String w = t.text(j);
    return w.length() > 3 && w.startsWith("ال") && lex.get(w) == null;
  }

  /** Consumes the atom(s) at {@code idx}; returns how many, 0 to stop before it. */
  private int next(List<Atom> atoms, int idx, State s) {
    Atom a = atoms.get(idx);
    Atom after = idx + 1 < atoms.size() ? atoms.get(idx + 1) : null;
    Rational before = s.value();
    // ألفين وثلاثة آلاف: ثلاثة multiplies a scale as large as the last one, so it starts a new number
    if (s.lastScale != null && scaleEntry(a) == null && after != null && !after.waw) {
      Entry next = scaleEntry(after);
      // ... but not مليون ونصف المليون, where the scale comes back with the article
      boolean repeated = a.waw && a.has(Cls.FRACTION) && after.reading != null && after.reading.definite()
          && next != null && Rational.of(next.value()).compareTo(s.lastScale) == 0;
      if (next != null && !repeated && Rational.of(next.value()).compareTo(s.lastScale) >= 0) return 0;
    }
    int n = step(a, after, s);
    if (n > 0 && n == 1) {
      s.before = before;
      s.lastWaw = a.waw;
    }
    return n;
  }

  private int step(Atom a, @Nullable Atom after, State s) {
    boolean waw = a.waw;
    if (s.prev == Prev.FRACTION) {
      // نصف مليون، ربع دزينة: a fraction multiplying what follows
      Entry e = scaleEntry(a);
      if (!waw && e != null && e.cls() != Cls.SCALE_DUAL) {
        s.total = s.group.times(Rational.of(e.value()));
        s.coefficient = s.group;
        s.group = Rational.ZERO;
        s.lastScale = Rational.of(e.value());
        s.prev = Prev.SCALE;
        return 1;
      }
      if (!waw && a.has(Cls.DOZEN)) {
        s.group = s.group.times(Rational.of(12));
        s.prev = Prev.DOZEN;
        s.finished = true;
        return 1;
      }
      return 0;
    }
    if (a.literal != null) return literalStep(a, after, s);
    s.literalOnly = false;
    Entry e;
    if ((e = scaleEntry(a)) != null) return scaleStep(a, e, s);
    if ((e = a.get(Cls.HUNDRED_WORD)) != null) {
      if (!waw && (s.prev == Prev.UNIT || s.prev == Prev.LITERAL) && !s.tens && !s.hundreds || !waw && s.prev == Prev.LITERAL) {
        s.group = s.group.minus(s.lastValue).plus(s.lastValue.times(Rational.of(100)));
        s.hundreds = true;
        s.ones = false;
        s.tens = false;
        s.prev = Prev.HUNDRED;
        return 1;
      }
    }
    if (e != null || (e = a.get(Cls.HUNDRED)) != null) {
      if (s.groupEmpty() && (waw || s.prev == Prev.SCALE) && s.lastScale != null) {
        s.group = Rational.of(e.value());
        s.hundreds = true;
        s.prev = Prev.HUNDRED;
        return 1;
      }
      return 0;
    }
    if ((e = a.get(Cls.TEN)) != null) {
      if (!waw && (s.prev == Prev.UNIT || s.prev == Prev.TEEN_HEAD) && s.ones && !s.tens) {
        s.group = s.group.plus(Rational.of(10));
        s.tens = true;
        s.prev = Prev.TEN;
        return 1;
      }
      if (waw && !s.tens && !s.ones) {
        return addValue(a, Rational.of(10), true, false, s);
      }
    }
    if ((e = a.get(Cls.TEEN)) != null) {
      if (!s.ones && !s.tens && (waw || s.prev == Prev.HUNDRED)) return addValue(a, Rational.of(e.value()), true, true, s);
      return 0;
    }
    if ((e = a.get(Cls.TENS)) != null) {
      if (s.tens) return 0;
      if (s.ones) {
        if (waw && s.prev == Prev.UNIT) {
          s.group = s.group.plus(Rational.of(e.value()));
          s.tens = true;
          s.prev = Prev.TENS;
          s.lastValue = Rational.of(e.value());
          return 1;
        }
        return 0;
      }
      if (waw || s.prev == Prev.HUNDRED) return addValue(a, Rational.of(e.value()), true, false, s);
      return 0;
    }
    if ((e = a.get(Cls.UNIT)) != null) {
      // ألف خمس مائة: after a scale, a unit that multiplies مئة may come without و
      boolean multiplier = !waw && s.prev == Prev.SCALE && after != null && !after.waw && after.has(Cls.HUNDRED_WORD);
      boolean can = !s.ones && !s.tens && (waw || s.prev == Prev.HUNDRED || multiplier)
          && !(s.groupEmpty() && !waw && !multiplier) && s.prev != Prev.LITERAL;
      if (can && after != null && !after.waw && after.has(Cls.FRACTION_PLURAL)) can = false;
      if (can && multiplier) {
        s.group = Rational.of(e.value());
        s.ones = true;
        s.prev = Prev.UNIT;
        s.lastValue = s.group;
        return 1;
      }
      if (can) {
        int r = addValue(a, Rational.of(e.value()), false, true, s);
        if (r > 0) {
          s.prev = Prev.UNIT;
          return r;
        }
      }
      // و + a count + a plural fraction: عشرون وثلاثة أخماس
      if (waw && after != null && !after.waw && after.has(Cls.FRACTION_PLURAL)) {
        Entry f = after.get(Cls.FRACTION_PLURAL);
        s.group = s.group.plus(Rational.of(e.value(), f.value()));
        s.fraction = true;
        s.finished = true;
        return 2;
      }
      // و + an ambiguous fraction word after a whole number: ثلاث وخمس
      Entry f = a.get(Cls.FRACTION);
      if (waw && f != null && s.value().signum() > 0) return addFraction(Rational.of(1, f.value()), s);
      return 0;
    }
    if ((e = a.get(Cls.FRACTION)) != null) {
      if (waw && s.value().signum() > 0) {
        int r = addFraction(Rational.of(1, e.value()), s);
        // مليون ونصف المليون: the scale repeated with the article after the fraction belongs to it
        Entry scale = after == null || after.waw || after.reading == null || !after.reading.definite() ? null
            : scaleEntry(after);
        if (scale != null && s.lastScale != null && Rational.of(scale.value()).compareTo(s.lastScale) == 0) return r + 1;
        return r;
      }
      return 0;
    }
    if ((e = a.get(Cls.FRACTION_DUAL)) != null) {
      if (waw && s.value().signum() > 0) return addFraction(Rational.of(2, e.value()), s);
      return 0;
    }
    if ((e = a.get(Cls.FRACTION_PLURAL)) != null) {
      if (waw || s.prev == Prev.SCALE || s.value().signum() <= 0) return 0;
      Rational d = Rational.of(e.value());
      if (s.lastWaw && s.lastValue.compareTo(Rational.of(10)) <= 0 && s.before.signum() > 0) {
        // مئة وثلاثة أرباع: the count after و is the numerator
        s.group = s.before.minus(s.total).plus(s.lastValue.dividedBy(d));
      } else {
        s.group = s.value().dividedBy(d).minus(s.total);
      }
      s.fraction = true;
      s.finished = true;
      return 1;
    }
    if ((e = a.get(Cls.DOZEN_PLURAL)) != null || (e = a.get(Cls.DOZEN)) != null) {
      if (!waw && (s.prev == Prev.UNIT || s.prev == Prev.LITERAL)) {
        s.group = s.group.minus(s.lastValue).plus(s.lastValue.times(Rational.of(12)));
        s.prev = Prev.DOZEN;
        s.ones = s.tens = true;
        return 1;
      }
      return 0;
    }
    if ((e = a.get(Cls.DOZEN_DUAL)) != null) {
      if (waw && !s.ones && !s.tens) return addValue(a, Rational.of(24), true, true, s);
      return 0;
    }
    if (a.has(Cls.POINT) && after != null && !after.waw && !s.fraction && !s.decimal && s.value().isInteger()) {
      String digits = integerDigits(after);
      if (digits != null) {
        s.group = s.group.plus(Rational.of(new BigDecimal("0." + digits)));
        s.decimal = true;
        s.finished = true;
        return 2;
      }
    }
    return 0;
  }

  /** The digits of a one-atom whole number after فاصلة ("خمسة" → "5"), or {@code null}. */
  private static @Nullable String integerDigits(Atom a) {
    if (a.literal != null) return a.literal.plain() ? a.literal.value().num().toString() : null;
    for (Cls c : new Cls[] {Cls.UNIT, Cls.TEN, Cls.TEEN, Cls.TENS, Cls.ZERO}) {
      Entry e = a.get(c);
      if (e != null) return Long.toString(e.value());
    }
    return null;
  }

  private static @Nullable Entry scaleEntry(Atom a) {
    for (Cls c : new Cls[] {Cls.SCALE, Cls.SCALE_PLURAL, Cls.SCALE_ACC, Cls.SCALE_DUAL}) {
      Entry e = a.get(c);
      if (e != null) return e;
    }
    return null;
  }

  private int scaleStep(Atom a, Entry e, State s) {
    Rational scale = Rational.of(e.value());
    if (s.lastScale != null && scale.compareTo(s.lastScale) >= 0) return 0;
    Rational mult;
    if (e.cls() == Cls.SCALE_DUAL) {
      if (!s.groupEmpty() || !a.waw) return 0;
      mult = Rational.of(2);
    } else if (s.group.signum() > 0) {
      if (a.waw) return 0;
      mult = s.group;
    } else {
      if (!a.waw || e.cls() != Cls.SCALE) return 0;
      mult = Rational.ONE;
    }
    s.total = s.total.plus(mult.times(scale));
    s.coefficient = mult;
    s.group = Rational.ZERO;
    s.ones = s.tens = s.hundreds = false;
    s.lastScale = scale;
    s.prev = Prev.SCALE;
    return 1;
  }

  private int literalStep(Atom a, @Nullable Atom after, State s) {
    Literal lit = a.literal;
    if (s.prev == Prev.LITERAL || lit.slash()) return 0;
    boolean multiplier = after != null && !after.waw && (after.has(Cls.HUNDRED_WORD) || scaleEntry(after) != null);
    if (s.prev == Prev.SCALE && s.groupEmpty()) {
      if (!a.waw && !multiplier || lit.value().signum() == 0) return 0;
      if (!multiplier && lit.value().compareTo(s.lastScale) >= 0) return 0;
      s.group = lit.value();
      s.ones = s.tens = s.hundreds = true;
      s.prev = Prev.LITERAL;
      s.lastValue = lit.value();
      s.decimal |= lit.decimal();
      return 1;
    }
    if (!a.waw || !lit.value().isInteger() || lit.value().signum() == 0) return 0;
    Rational cap = s.ones ? Rational.ZERO : s.tens ? Rational.of(10) : s.hundreds ? Rational.of(100) : Rational.ZERO;
    if (lit.value().compareTo(cap) >= 0) return 0;
    s.group = s.group.plus(lit.value());
    s.ones = s.tens = true;
    s.prev = Prev.LITERAL;
    s.lastValue = lit.value();
    return 1;
  }

  private static int addValue(Atom a, Rational v, boolean tens, boolean ones, State s) {
    if (s.groupEmpty() && s.lastScale != null && !a.waw) return 0;
    if (s.groupEmpty() && s.lastScale == null) return 0;
    s.group = s.group.plus(v);
    if (tens) s.tens = true;
    if (ones) s.ones = true;
    s.prev = tens ? Prev.TENS : Prev.UNIT;
    s.lastValue = v;
    return 1;
  }

  private static int addFraction(Rational f, State s) {
    Rational add = s.prev == Prev.SCALE && s.lastScale != null ? f.times(s.lastScale) : f;
    s.group = s.group.plus(add);
    s.fraction = true;
    s.finished = true;
    return 1;
  }

  // ---- ordinals and duals --------------------------------------------------------------------

  /** Words before which الأول/الثاني are part of a month name, not ordinals (تشرين الثاني). */
  private static final java.util.Set<String> MONTH_HEADS = java.util.Set.of("تشرين", "كانون", "ربيع", "جمادي");

  private @Nullable NumberParse ordinal(Tokens t, int i) {
    if (t.isArabic(i - 1) && MONTH_HEADS.contains(t.text(i - 1))) return null;
    String w = t.text(i);
    for (Clitics.Reading r : Clitics.readings(w)) {
      List<Entry> es = lex.get(r.stem());
      Entry e = es == null ? null : NumberWords.find(es, Cls.ORDINAL);
      if (e == null) continue;
      long v = e.value();
      int last = i;
      // الحادي عشر، الثالثة عشرة
      if (v < 10 && t.isArabic(i + 1) && !t.breakBefore(i + 1)) {
        List<Entry> n = lex.get(t.text(i + 1));
        if (n != null && NumberWords.find(n, Cls.TEN) != null) {
          v += 10;
          last = i + 1;
        } else {
          // الحادي والعشرين، الخامس والعشرون
          String nx = t.text(i + 1);
          String tensWord = null;
          int tensTok = -1;
          if (nx.equals(WAW) && t.isArabic(i + 2) && !t.breakBefore(i + 2)) {
            tensWord = t.text(i + 2);
            tensTok = i + 2;
          } else if (nx.startsWith(WAW)) {
            tensWord = nx.substring(1);
            tensTok = i + 1;
          }
          if (tensWord != null) {
            if (tensWord.startsWith("ال")) tensWord = tensWord.substring(2);
            List<Entry> te = lex.get(tensWord);
            Entry tens = te == null ? null : NumberWords.find(te, Cls.TENS);
            if (tens != null) {
              v += tens.value();
              last = tensTok;
            }
          }
        }
      }
      int normStart = t.start(i) + keptPrefix(w, r);
      int normEnd = t.end(last);
      Span span = t.source().toOriginal(normStart, normEnd);
      NumberMatch m = new NumberMatch(span, span.of(t.source().original()), BigDecimal.valueOf(v),
          NumberMatch.Kind.ORDINAL, 0, 0, null);
      return new NumberParse(m, i, last, normStart, normEnd, Rational.of(v), 0, Rational.ZERO, false,
          r.conjunction(), r.preposition(), r.definite());
    }
    return null;
  }

  private @Nullable NumberParse dual(Tokens t, int i) {
    String w = t.text(i);
    for (Clitics.Reading r : Clitics.readings(w)) {
      String stem = r.stem();
      if (stem.length() < 4) continue;
      boolean in = stem.endsWith("ين");
      boolean an = stem.endsWith("ان");
      if (!in && !an) continue;
      String base = stem.substring(0, stem.length() - 2);
      if (base.startsWith("ال") && base.length() > 3) base = base.substring(2);
      NumberWords.DualNoun noun = lex.dual(base);
      if (noun == null && base.endsWith("ت")) noun = lex.dual(base.substring(0, base.length() - 1) + "ه");
      if (noun == null || (in && !noun.in()) || (an && !noun.an())) continue;
      int last = i;
      // بلدتين اثنتين: the numeral after a dual only confirms it
      if (t.isArabic(i + 1) && !t.breakBefore(i + 1)) {
        String nx = t.text(i + 1);
        if (nx.equals("اثنين") || nx.equals("اثنتين") || nx.equals("اثنان") || nx.equals("اثنتان")) last = i + 1;
      }
      int normStart = t.start(i) + keptPrefix(w, r);
      int normEnd = t.end(last);
      Span span = t.source().toOriginal(normStart, normEnd);
      NumberMatch m = new NumberMatch(span, span.of(t.source().original()), BigDecimal.valueOf(2),
          NumberMatch.Kind.INTEGER, 0, 0, noun.singular());
      return new NumberParse(m, i, last, normStart, normEnd, Rational.of(2), 0, Rational.ZERO, false,
          r.conjunction(), r.preposition(), r.definite());
    }
    return null;
  }

  /**
   * How many leading chars of {@code word} a span skips: the conjunction and the preposition, but not
   * the article (الثلاثه keeps ال; للشهرين, where ل swallowed the article's alef, skips لل).
   */
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
