package org.crosscheck.arabic.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.value.Hedge;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.Unit;
import org.crosscheck.value.VagueQuantifier;
import org.jspecify.annotations.Nullable;

/**
 * Reads quantity expressions in Arabic text as {@link Quantity} values with spans into the original
 * text. On top of {@link ArabicNumberParser} it reads:
 *
 * <ul>
 *   <li><b>hedges</b> before the number (نحو، حوالي، قرابة، ما يقارب، ما يقدر بـ، ما يقدر بنحو) or
 *       after it (تقريبا) → {@link Quantity.Approximate} with the {@link Hedge} of {@code hedges.txt};
 *   <li><b>bounds</b> before (أكثر من، أقل من، ما لا يقل عن، فوق، تحت، ما يصل إلى، &gt;, &lt;=) or after
 *       the number (أو أكثر، فأكثر، على الأقل) → {@link Quantity.Bound}; "أو يساوي" after a strict bound
 *       makes it inclusive;
 *   <li><b>ranges</b>: (ما) بين X و Y، من X إلى Y، X-Y، X ~ Y، X إلى Y → {@link Quantity.Between}. A
 *       unit after either end applies to both; a first number without the scale word of the second
 *       takes it when it is not larger than the second's multiplier (بين 2 و3 ملايين is
 *       [2000000..3000000]). "من X إلى Y" right after a verb of change (ارتفع، انخفض…) is a change,
 *       not a range, and gives two values. A range written high-to-low is reported, not read;
 *   <li><b>vague quantifiers</b> of {@code vague.txt} (بضعة آلاف، الآلاف، عشرات، مئات الأمتار، معظم،
 *       تقريبا كل) → {@link Quantity.Vague}; a bare plural of a time unit after ل or منذ (لسنوات) is
 *       {@link VagueQuantifier#SEVERAL} of that unit;
 *   <li><b>units</b> of {@code units.txt} after the number (كيلومترا، أيام، شهرين) and percentages;
 *       fractions of a whole (ثلث) → {@link Quantity.Fraction}.
 * </ul>
 *
 * <p>Not quantities: ordinals, and four-digit years (1900–2100) after a year cue (عام، منذ، في…) or
 * inside numeric dates and phone-like chains; the date parser reads those. Negative numbers and
 * shares above 100% are reported as diagnostics, because the value algebra has no such quantities.
 *
 * <p>Thread-safe; linear in the length of the text.
 */
public final class ArabicQuantityParser {

  enum Position { PRE, POST, BOTH }

  enum Role { OPEN_AND, OPEN_TO, TO, CHANGE }

  record HedgeEntry(Hedge hedge, Position position, boolean needsBa) {}

  record BoundEntry(Quantity.Bound.Kind kind, Position position) {}

  final PhraseTable<HedgeEntry> hedges = new PhraseTable<>();
  final PhraseTable<BoundEntry> bounds = new PhraseTable<>();
  final PhraseTable<VagueQuantifier> vague = new PhraseTable<>();
  final PhraseTable<Unit> units = new PhraseTable<>();
  final PhraseTable<Role> ranges = new PhraseTable<>();
  final ArabicNumberParser numbers = ArabicNumberParser.instance();
  /** Whether a phrase-led quantity ({@link QuantityScan#phraseLed}) may start at a word, kept per term. */
  private final TermMemo phraseWord = new TermMemo(this::phraseWord);

  /**
   * Whether a phrase-led quantity may start at a word: a range, bound, hedge or vague-quantifier
   * phrase may start there, or it is an equality verb, ما, كل / جميع / كافة (each maybe after و), or
   * a plural of time, maybe after ل. {@code false} means {@link QuantityScan#phraseLed} reads nothing
   * there.
   */
  boolean mayLeadPhrase(Term term) {
    return phraseWord.test(term);
  }

  private boolean phraseWord(Term term) {
    String w = term.text;
    String bare = w.startsWith("\u0648") && w.length() > 3 ? w.substring(1) : w;
    return ranges.mayStart(term) || bounds.mayStart(term) || hedges.mayStart(term) || vague.mayStart(term)
        || QuantityRules.EQUALS.contains(bare) || bare.equals("\u0645\u0627")
        || bare.equals("\u0643\u0644") || bare.equals("\u062C\u0645\u064A\u0639") || bare.equals("\u0643\u0627\u0641\u0647")
        || QuantityRules.PLURAL_TIME.contains(w)
        || w.length() > 3 && w.charAt(0) == Clitics.LAM && QuantityRules.PLURAL_TIME.contains(w.substring(1));
  }


  private ArabicQuantityParser() {
    for (Lexicon.Line l : Lexicon.read("hedges.txt")) {
      hedges.put(l.key(), new HedgeEntry(Hedge.valueOf(l.field(1)), Position.valueOf(l.field(2)),
          l.has(3) && l.field(3).equals("ب")));
    }
    for (Lexicon.Line l : Lexicon.read("bounds.txt")) {
      bounds.put(l.key(), new BoundEntry(Quantity.Bound.Kind.valueOf(l.field(1)), Position.valueOf(l.field(2))));
    }
    for (Lexicon.Line l : Lexicon.read("vague.txt")) {
      vague.put(l.key(), VagueQuantifier.valueOf(l.field(1)));
    }
    for (Lexicon.Line l : Lexicon.read("units.txt")) {
      Unit u = Unit.byId(l.field(1)).orElseThrow(() -> l.error("unknown unit id '" + l.field(1) + "'"));
      units.put(l.key(), u);
      if (!l.key().contains(" ")) units.put("ال" + l.key(), u);
    }
    for (Lexicon.Line l : Lexicon.read("ranges.txt")) {
      ranges.put(l.key(), Role.valueOf(l.field(1)));
    }
  }

  /** The parser; it holds only immutable lexicons. */
  public static ArabicQuantityParser instance() {
    return Holder.INSTANCE;
  }

  /**
   * Every quantity expression in {@code text}, in text order.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public ParseResult<QuantityMatch> find(String text) {
    return find(ArabicNormalizer.normalize(checkNotNull(text, "text")));
  }

  /** Every quantity expression in an already normalized text. */
  public ParseResult<QuantityMatch> find(NormalizedText text) {
    Tokens t = Tokens.of(text);
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<NumberParse> found = numbers.scan(t, diagnostics);
    return new ParseResult<>(find(t, found, diagnostics), diagnostics);
  }

  /** The quantities over tokens whose numbers are already scanned; diagnostics go to {@code diagnostics}. */
  List<QuantityMatch> find(Tokens t, List<NumberParse> found, List<Diagnostic> diagnostics) {
    QuantityScan s = new QuantityScan(this, t, found, diagnostics);
    return s.run();
  }


  record UnitHit(Unit unit, int last, boolean fromDual) {}

  record Noun(String text, Span span, int last) {}

  record PostHedge(int first, int last, @Nullable Hedge hedge, Quantity.Bound.@Nullable Kind bound) {}

  @Override
  public String toString() {
    return "ArabicQuantityParser";
  }

  /** Created on first use, after every static field of the class is set. */
  private static final class Holder {
    static final ArabicQuantityParser INSTANCE = new ArabicQuantityParser();
  }
}
