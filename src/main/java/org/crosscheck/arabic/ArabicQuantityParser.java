package org.crosscheck.arabic;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

  private enum Position { PRE, POST, BOTH }

  private enum Role { OPEN_AND, OPEN_TO, TO, CHANGE }

  private record HedgeEntry(Hedge hedge, Position position, boolean needsBa) {}

  private record BoundEntry(Quantity.Bound.Kind kind, Position position) {}

  private final PhraseTable<HedgeEntry> hedges = new PhraseTable<>();
  private final PhraseTable<BoundEntry> bounds = new PhraseTable<>();
  private final PhraseTable<VagueQuantifier> vague = new PhraseTable<>();
  private final PhraseTable<Unit> units = new PhraseTable<>();
  private final PhraseTable<Role> ranges = new PhraseTable<>();
  private final ArabicNumberParser numbers = ArabicNumberParser.instance();

  /** Words after which a four-digit number is a year, not a count. */
  private static final Set<String> YEAR_CUES = Set.of("عام", "العام", "سنه", "السنه", "منذ", "مطلع", "اوائل", "اواخر",
      "منتصف", "بدايه", "نهايه", "خلال", "في", "حتي", "قبل", "بعد", "من", "الي", "صيف", "ربيع", "خريف", "شتاء", "عامي",
      "العامين", "وعام", "والعام", "لعام", "للعام", "بعام", "بالعام");

  /** Words that are not the counted noun after a number. */
  private static final Set<String> NOT_NOUNS = Set.of("من", "في", "علي", "الي", "عن", "مع", "او", "و", "ثم", "حتي", "قد",
      "لا", "ما", "ان", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "منذ", "خلال", "بعد", "قبل", "عند", "حيث",
      "كما", "وفق", "بحسب", "لدي", "فقط", "نحو", "حوالي", "تقريبا", "اي", "كان", "كانت", "قال", "وقال", "هو", "هي", "هم");

  /** Words after which a bare plural of a time unit means "for several …" (منذ سنوات، خلال أيام). */
  private static final Set<String> SINCE_CUES = Set.of("منذ", "طوال", "قبل", "خلال", "بعد", "لمده", "مده");

  private static final Set<String> EQUALS = Set.of("يساوي", "تساوي", "يعادل", "تعادل");

  private static final Set<String> PLURAL_TIME = Set.of("سنوات", "اعوام", "ايام", "اشهر", "شهور", "اسابيع", "ساعات",
      "عقود", "سنين");

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
    Scan s = new Scan(t, found, diagnostics);
    return s.run();
  }

  /** One pass over one text. */
  private final class Scan {
    final Tokens t;
    final NumberParse[] numberAt;
    final List<Diagnostic> diagnostics;
    final List<QuantityMatch> out = new ArrayList<>();

    Scan(Tokens t, List<NumberParse> found, List<Diagnostic> diagnostics) {
      this.t = t;
      this.diagnostics = diagnostics;
      this.numberAt = new NumberParse[t.size() + 1];
      for (NumberParse p : found) numberAt[p.firstToken()] = p;
    }

    List<QuantityMatch> run() {
      int i = 0;
      while (i < t.size()) {
        int next = at(i);
        i = next > i ? next : i + 1;
      }
      return out;
    }

    /** Reads what starts at token {@code i}; returns the token to go on from. */
    int at(int i) {
      if (t.type(i) == Tokens.PUNCT) {
        int r = symbol(i);
        if (r > 0) return r;
      }
      if (t.isWord(i)) {
        int r = phraseLed(i);
        if (r > 0) return r;
      }
      NumberParse p = numberAt[i];
      if (p != null) return numberLed(p);
      return i + 1;
    }

    // ---- phrase-led patterns -----------------------------------------------------------------

    int phraseLed(int i) {
      PhraseTable.Hit<Role> range = ranges.match(t, i, true, true);
      if (range != null && (range.value() == Role.OPEN_AND || range.value() == Role.OPEN_TO)) {
        int r = openRange(range, range.normStart(), null);
        if (r > 0) return r;
      }
      PhraseTable.Hit<BoundEntry> bound = bounds.match(t, i, true, true);
      if (bound != null && bound.value().position() != Position.POST) {
        int r = boundLed(bound);
        if (r > 0) return r;
      }
      PhraseTable.Hit<HedgeEntry> hedge = hedges.match(t, i, true, true);
      if (hedge != null && hedge.value().position() != Position.POST) {
        int r = hedgeLed(hedge);
        if (r > 0) return r;
      }
      String w = t.text(i);
      String bare = w.startsWith("و") && w.length() > 3 ? w.substring(1) : w;
      if (EQUALS.contains(bare) || (bare.equals("ما") && t.isWord(i + 1) && EQUALS.contains(t.text(i + 1)))) {
        int last = bare.equals("ما") ? i + 1 : i;
        int start = w == bare ? t.start(i) : t.start(i) + 1;
        int r = equalityLed(start, last);
        if (r > 0) return r;
      }
      PhraseTable.Hit<VagueQuantifier> v = vague.match(t, i, true, true);
      if (v != null) {
        int r = vagueLed(v);
        if (r > 0) return r;
      }
      if (bare.equals("كل") || bare.equals("جميع") || bare.equals("كافه")) {
        int r = everyAlmost(i);
        if (r > 0) return r;
      }
      return severalUnits(i);
    }

    /** بين X و Y، من X إلى Y: {@code open} is the cue; {@code hedgeStart} the start of a hedge before it. */
    int openRange(PhraseTable.Hit<Role> open, int cueStart, @Nullable String hedgeCue) {
      if (open.value() == Role.OPEN_TO && changeBefore(open.first())) return -1;
      NumberParse a = numberAt[open.last() + 1];
      if (a == null || t.breakBefore(open.last() + 1)) return -1;
      int k = a.lastToken() + 1;
      UnitHit ua = unitAfter(a, k);
      if (ua != null) k = ua.last + 1;
      NumberParse b = null;
      if (open.value() == Role.OPEN_AND) {
        if (t.isArabic(k) && t.text(k).equals("و") && !t.breakBefore(k + 1)) b = numberAt[k + 1];
        else if (numberAt[k] != null && numberAt[k].conjunction() == 'و') b = numberAt[k];
        if (b == null) {
          PhraseTable.Hit<Role> to = ranges.match(t, k, false);
          if (to != null && to.value() == Role.TO) b = numberAt[to.last() + 1];
        }
      } else {
        PhraseTable.Hit<Role> to = ranges.match(t, k, false);
        if (to != null && to.value() == Role.TO && !t.breakBefore(to.last() + 1)) b = numberAt[to.last() + 1];
        else if (t.isPunct(k, '-') && !t.breakBefore(k + 1)) b = numberAt[k + 1];
      }
      if (b == null || t.breakBefore(b.firstToken())) return -1;
      if (isYear(a) && isYear(b)) return b.lastToken() + 1; // من 2014 إلى 2017: dates, not a quantity
      String cue = (hedgeCue == null ? "" : hedgeCue + " ") + cueText(open);
      return range(cueStart, a, ua, b, cue.strip());
    }

    /** A range from {@code a} to {@code b} starting at normalized offset {@code start}; returns the next token. */
    int range(int start, NumberParse a, @Nullable UnitHit ua, NumberParse b, @Nullable String cue) {
      int k = b.lastToken() + 1;
      UnitHit ub = unitAfter(b, k);
      if (ub != null) k = ub.last + 1;
      Unit unit = ub != null ? ub.unit : ua != null ? ua.unit : Unit.ONE;
      boolean percent = a.kind() == NumberMatch.Kind.PERCENT || b.kind() == NumberMatch.Kind.PERCENT;
      if (percent) unit = Unit.PERCENT;
      BigDecimal low = a.value();
      BigDecimal high = b.value();
      if (a.scale() == 0 && b.scale() > 0 && !percent && a.exact().compareTo(b.coefficient()) <= 0) {
        low = a.exact().times(Rational.of(b.scale())).toBigDecimal();
      }
      boolean fractions = a.kind() == NumberMatch.Kind.FRACTION && b.kind() == NumberMatch.Kind.FRACTION
          && high.compareTo(BigDecimal.ONE) <= 0;
      if (fractions) {
        unit = Unit.PERCENT;
        low = low.movePointRight(2);
        high = high.movePointRight(2);
      }
      Noun noun = ub == null && ua == null && !percent ? nounAfter(k) : null;
      int end = k - 1;
      PostHedge post = postHedge(noun != null ? noun.last + 1 : k);
      if (post == null && noun != null) post = postHedge(k);
      if (post != null && post.hedge != null) end = post.last;
      Span span = t.source().toOriginal(start, t.end(end));
      if (low.compareTo(high) > 0) {
        diagnostics.add(new Diagnostic("quantity.range-reversed", "a range written high-to-low ("
            + low.toPlainString() + " then " + high.toPlainString() + ") is not read as a range; check the source",
            span));
        return end + 1;
      }
      Unit fu = unit;
      BigDecimal lo = low;
      BigDecimal hi = high;
      Quantity q = make(span, () -> new Quantity.Between(lo, hi, fu));
      if (q != null) emit(span, q, cue, noun);
      return end + 1;
    }

    int boundLed(PhraseTable.Hit<BoundEntry> hit) {
      NumberParse n = numberAt[hit.last() + 1];
      if (n == null || t.breakBefore(hit.last() + 1) || n.kind() == NumberMatch.Kind.ORDINAL) return -1;
      Quantity.Bound.Kind kind = hit.value().kind();
      int k = n.lastToken() + 1;
      UnitHit u = unitAfter(n, k);
      if (u != null) k = u.last + 1;
      Noun noun = u == null ? nounAfter(k) : null;
      int end = k - 1;
      // أكثر من 5000 أو يساوي
      int eq = orEqual(k);
      if (eq > 0 && (kind == Quantity.Bound.Kind.MORE_THAN || kind == Quantity.Bound.Kind.LESS_THAN)) {
        kind = kind == Quantity.Bound.Kind.MORE_THAN ? Quantity.Bound.Kind.AT_LEAST : Quantity.Bound.Kind.AT_MOST;
        end = eq;
      }
      Span span = t.source().toOriginal(hit.normStart(), t.end(end));
      emitBound(span, kind, n, u, cueText(hit), noun);
      return end + 1;
    }

    int hedgeLed(PhraseTable.Hit<HedgeEntry> hit) {
      int k = hit.last() + 1;
      Hedge hedge = hit.value().hedge();
      String cue = cueText(hit);
      if (hit.value().needsBa()) {
        // ما يقدر بـ1500، ما يقدر بنحو 1500، ما يقدر بألفين
        if (t.isArabic(k) && t.text(k).equals("ب") && t.glued(k)) {
          cue = t.source().toOriginal(hit.normStart(), t.end(k)).of(t.source().original());
          k++;
        } else if (t.isArabic(k) && t.text(k).length() > 2 && t.text(k).charAt(0) == 'ب'
            && hedges.get(t.text(k).substring(1)) != null) {
          cue = t.source().toOriginal(hit.normStart(), t.end(k)).of(t.source().original());
          k++;
        } else if (numberAt[k] == null || numberAt[k].preposition() != 'ب') {
          return -1;
        }
      }
      if (t.breakBefore(k)) return -1;
      PhraseTable.Hit<Role> range = ranges.match(t, k, false);
      if (range != null && (range.value() == Role.OPEN_AND || range.value() == Role.OPEN_TO)) {
        return openRange(range, hit.normStart(), cue);
      }
      NumberParse n = numberAt[k];
      if (n == null || n.kind() == NumberMatch.Kind.ORDINAL || isYear(n)) return -1;
      int j = n.lastToken() + 1;
      UnitHit u0 = unitAfter(n, j);
      int rangeEnd = bareRange(n, u0, hit.normStart(), cue);
      if (rangeEnd > 0) return rangeEnd;
      UnitHit u = u0;
      if (u != null) j = u.last + 1;
      Noun noun = u == null ? nounAfter(j) : null;
      int end = (noun != null ? noun.last + 1 : j) - 1;
      PostHedge post = postHedge(end + 1);
      if (post == null && noun != null) post = postHedge(j);
      if (post != null && post.bound != null) {
        // حوالي 500 أو أقل: the bound says more than the hedge
        Span span = t.source().toOriginal(hit.normStart(), t.end(post.last));
        emitBound(span, post.bound, n, u, cue + " … " + t.originalText(post.first, post.last), noun);
        return post.last + 1;
      }
      if (post != null && post.hedge != null) end = post.last;
      else end = j - 1;
      Span span = t.source().toOriginal(hit.normStart(), t.end(end));
      emitApprox(span, n, u, hedge, cue, noun);
      return end + 1;
    }

    int equalityLed(int normStart, int last) {
      NumberParse n = numberAt[last + 1];
      if (n == null || n.kind() == NumberMatch.Kind.ORDINAL) return -1;
      int k = n.lastToken() + 1;
      UnitHit u = unitAfter(n, k);
      if (u != null) k = u.last + 1;
      PhraseTable.Hit<BoundEntry> post = bounds.match(t, k, false);
      if (post != null && post.value().position() != Position.PRE && !numberFollows(post.last())) {
        Span span = t.source().toOriginal(normStart, t.end(post.last()));
        emitBound(span, post.value().kind(), n, u, t.source().toOriginal(normStart, t.end(last)).of(t.source().original()),
            null);
        return post.last() + 1;
      }
      Span span = t.source().toOriginal(normStart, t.end(k - 1));
      emitExact(span, n, u, t.source().toOriginal(normStart, t.end(last)).of(t.source().original()), null);
      return k;
    }

    int vagueLed(PhraseTable.Hit<VagueQuantifier> hit) {
      VagueQuantifier q = hit.value();
      int k = hit.last() + 1;
      if (numberAt[k] != null && !t.breakBefore(k)) return -1; // عدة 5 …: not vague
      Unit unit = q.isShare() ? Unit.PERCENT : Unit.ONE;
      int end = hit.last();
      Noun noun = null;
      if (!q.isShare()) {
        PhraseTable.Hit<Unit> u = k < t.size() && !t.breakBefore(k) ? units.match(t, k, false) : null;
        if (u == null && t.isArabic(k) && t.text(k).equals("من") && !t.breakBefore(k + 1)) {
          PhraseTable.Hit<Unit> u2 = units.match(t, k + 1, false);
          if (u2 != null) u = u2;
        }
        if (u != null && u.value().dimension() != Unit.Dimension.SHARE) {
          unit = u.value();
          end = u.last();
        } else {
          noun = nounAfter(k);
        }
      } else {
        noun = nounAfter(k);
      }
      boolean needsNoun = q == VagueQuantifier.A_FEW || q == VagueQuantifier.SEVERAL || q.isShare();
      if (needsNoun && noun == null && unit.equals(Unit.ONE)) return -1;
      if (needsNoun && noun == null && q.isShare()) return -1;
      PostHedge post = postHedge(end + 1);
      if (post != null && post.hedge != null) end = post.last;
      Span span = t.source().toOriginal(hit.normStart(), t.end(end));
      Unit fu = unit;
      Quantity quantity = make(span, () -> new Quantity.Vague(q, fu));
      if (quantity != null) emit(span, quantity, cueText(hit), noun);
      return end + 1;
    }

    /** كل الأراضي تقريبا: "every … almost" within three words. */
    int everyAlmost(int i) {
      for (int k = i + 1; k <= i + 4 && k < t.size(); k++) {
        if (!t.isWord(k) || t.breakBefore(k)) return -1;
        if (t.text(k).equals("تقريبا")) {
          Span span = t.span(i, k);
          Quantity quantity = make(span, () -> new Quantity.Vague(VagueQuantifier.ALMOST_ALL, Unit.PERCENT));
          Noun noun = k > i + 1 ? new Noun(t.originalText(i + 1, i + 1), t.span(i + 1, i + 1), i + 1) : null;
          if (quantity != null) emit(span, quantity, t.originalText(k, k), noun);
          return k + 1;
        }
      }
      return -1;
    }

    /** لسنوات، منذ أيام: a bare plural of a time unit is "several" of it. */
    int severalUnits(int i) {
      String w = t.text(i);
      boolean prefixed = w.length() > 3 && (w.charAt(0) == Clitics.LAM) && PLURAL_TIME.contains(w.substring(1));
      boolean afterSince = PLURAL_TIME.contains(w) && t.isArabic(i - 1) && !t.breakBefore(i)
          && SINCE_CUES.contains(t.text(i - 1));
      if (!prefixed && !afterSince) return -1;
      if (numberAt[i + 1] != null && !t.breakBefore(i + 1)) return -1;
      String unitWord = prefixed ? w.substring(1) : w;
      Unit unit = units.get(unitWord);
      if (unit == null) return -1;
      Span span = t.span(i, i);
      Quantity quantity = make(span, () -> new Quantity.Vague(VagueQuantifier.SEVERAL, unit));
      if (quantity != null) emit(span, quantity, null, null);
      return i + 1;
    }

    // ---- number-led patterns ------------------------------------------------------------------

    int numberLed(NumberParse n) {
      int next = n.lastToken() + 1;
      if (n.kind() == NumberMatch.Kind.ORDINAL || isYear(n) || inChain(n)) return next;
      int k = next;
      UnitHit u = unitAfter(n, k);
      int r = bareRange(n, u, n.normStart(), null);
      if (r > 0) return r;
      if (u != null) k = u.last + 1;
      Noun noun = u == null ? nounAfter(k) : null;
      int after = noun != null ? noun.last + 1 : k;
      PostHedge post = postHedge(after);
      if (post == null && noun != null) post = postHedge(k);
      if (post != null && post.bound != null) {
        Span span = t.source().toOriginal(n.normStart(), t.end(post.last));
        emitBound(span, post.bound, n, u, t.originalText(post.first, post.last), noun);
        return post.last + 1;
      }
      if (post != null && post.hedge != null) {
        Span span = t.source().toOriginal(n.normStart(), t.end(post.last));
        emitApprox(span, n, u, post.hedge, t.originalText(post.first, post.last), noun);
        return post.last + 1;
      }
      Span span = t.source().toOriginal(n.normStart(), t.end(k - 1));
      emitExact(span, n, u, null, noun);
      return k;
    }

    /** {@code n - m}, {@code n ~ m}, {@code n إلى m} after {@code n} (and its unit); the next token, or -1. */
    int bareRange(NumberParse a, @Nullable UnitHit ua, int start, @Nullable String cue) {
      int k = (ua != null ? ua.last : a.lastToken()) + 1;
      if (k >= t.size() || t.breakBefore(k)) return -1;
      NumberParse b = null;
      if ((t.isPunct(k, '-') || t.isPunct(k, '~')) && !t.breakBefore(k + 1)) {
        b = numberAt[k + 1];
        if (b != null && t.isPunct(k, '-') && (t.glued(k) != t.glued(k - 1))) b = null; // 1500 -2500 is odd spacing
      } else {
        PhraseTable.Hit<Role> to = ranges.match(t, k, false);
        // 20 إلى 100; حتى is left out here: after a bare number it is usually "until"
        if (to != null && to.value() == Role.TO && !t.text(k).equals("حتي") && !changeBefore(a.firstToken())) {
          b = numberAt[to.last() + 1];
        }
      }
      if (b == null || b.kind() == NumberMatch.Kind.ORDINAL || inChain(b) || inChain(a)) return -1;
      if (a.value().signum() < 0 || b.value().signum() < 0) return -1;
      if (isYear(a) && isYear(b)) return -1;
      if (a.value().compareTo(b.value()) >= 0 && a.scale() == 0 && b.scale() == 0) return -1;
      return range(start, a, ua, b, cue);
    }

    int symbol(int i) {
      char c = t.source().text().charAt(t.start(i));
      Quantity.Bound.Kind kind;
      if (c == '>' || c == '\u2265') kind = c == '>' ? Quantity.Bound.Kind.MORE_THAN : Quantity.Bound.Kind.AT_LEAST;
      else if (c == '<' || c == '\u2264') kind = c == '<' ? Quantity.Bound.Kind.LESS_THAN : Quantity.Bound.Kind.AT_MOST;
      else return -1;
      if (t.glued(i - 1) && (t.isPunct(i - 1, '<') || t.isPunct(i - 1, '>') || t.isPunct(i - 1, '='))) return -1; // <>، =>
      // markup such as <a0>: a '<' glued before the word the '>' closes
      for (int k = i - 1; k >= 0 && k >= i - 6 && t.glued(k) && (t.isWord(k) || t.isDigits(k)); k--) {
        if (t.glued(k - 1) && t.isPunct(k - 1, '<')) return -1;
      }
      int k = i + 1;
      if (t.isPunct(k, '=') && (c == '<' || c == '>')) {
        kind = c == '<' ? Quantity.Bound.Kind.AT_MOST : Quantity.Bound.Kind.AT_LEAST;
        k++;
      }
      if (t.isPunct(k, '<') || t.isPunct(k, '>')) return -1;
      NumberParse n = numberAt[k];
      if (n == null || t.breakBefore(k)) return -1;
      int j = n.lastToken() + 1;
      UnitHit u = unitAfter(n, j);
      if (u != null) j = u.last + 1;
      Span span = t.source().toOriginal(t.start(i), t.end(j - 1));
      emitBound(span, kind, n, u, t.originalText(i, k - 1), null);
      return j;
    }

    // ---- pieces ----------------------------------------------------------------------------------

    /** The original text of a cue phrase, without the conjunction or preposition glued to it. */
    String cueText(PhraseTable.Hit<?> hit) {
      return t.source().toOriginal(hit.normStart(), t.end(hit.last())).of(t.source().original());
    }

    /** A unit word after a number (or the unit of a dual noun). */
    @Nullable UnitHit unitAfter(NumberParse n, int k) {
      if (n.match().noun() != null) {
        Unit u = units.get(Lexicon.key(n.match().noun()));
        return u == null ? null : new UnitHit(u, n.lastToken(), true);
      }
      if (n.kind() == NumberMatch.Kind.PERCENT || k >= t.size() || t.breakBefore(k)) return null;
      PhraseTable.Hit<Unit> hit = units.match(t, k, false);
      if (hit == null) return null;
      return new UnitHit(hit.value(), hit.last(), false);
    }

    /** The counted noun at token {@code k} (or after من there), or {@code null}. */
    @Nullable Noun nounAfter(int k) {
      if (!t.isArabic(k) || t.breakBefore(k)) return null;
      String w = t.text(k);
      if (w.equals("من") && t.isArabic(k + 1) && !t.breakBefore(k + 1)) {
        String w2 = t.text(k + 1);
        if (NOT_NOUNS.contains(w2) || numberAt[k + 1] != null) return null;
        return new Noun(t.originalText(k + 1, k + 1), t.span(k + 1, k + 1), k + 1);
      }
      if (NOT_NOUNS.contains(w) || numberAt[k] != null || bounds.match(t, k, true) != null
          || hedges.match(t, k, false) != null) {
        return null;
      }
      return new Noun(t.originalText(k, k), t.span(k, k), k);
    }

    /** A hedge or bound after a number (تقريبا، على الأقل، أو أكثر) at token {@code k}. */
    @Nullable PostHedge postHedge(int k) {
      if (k >= t.size() || t.breakBefore(k)) return null;
      PhraseTable.Hit<HedgeEntry> h = hedges.match(t, k, false);
      if (h != null && h.value().position() != Position.PRE && numberAt[h.last() + 1] == null
          && !startsQuantifier(h.last() + 1)) {
        return new PostHedge(h.first(), h.last(), h.value().hedge(), null);
      }
      PhraseTable.Hit<BoundEntry> b = bounds.match(t, k, true);
      if (b != null && b.value().position() != Position.PRE && !numberFollows(b.last())) {
        return new PostHedge(b.first(), b.last(), null, b.value().kind());
      }
      return null;
    }

    /** Whether "تقريبا" at the end is followed by كل/جميع (تقريبا كل …), so it belongs to what follows. */
    private boolean startsQuantifier(int k) {
      return t.isArabic(k) && (t.text(k).equals("كل") || t.text(k).equals("جميع"));
    }

    /** Whether a number comes right after token {@code k}, or after a من there (أو أقل من 6000). */
    boolean numberFollows(int k) {
      if (numberAt[k + 1] != null && !t.breakBefore(k + 1)) return true;
      return t.isArabic(k + 1) && t.text(k + 1).equals("من") && numberAt[k + 2] != null;
    }

    /** "أو يساوي" after a strict bound; the last token, or -1. */
    int orEqual(int k) {
      if (!t.isArabic(k) || !(t.text(k).equals("او") || t.text(k).equals("واو"))) return -1;
      int j = k + 1;
      if (t.isArabic(j) && t.text(j).equals("ما")) j++;
      if (t.isArabic(j) && EQUALS.contains(t.text(j)) && !numberFollows(j)) return j;
      return -1;
    }

    /** Whether a verb of change comes shortly before token {@code i} in the same sentence. */
    boolean changeBefore(int i) {
      for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
        if (t.isSentenceEnd(k) || t.breakBefore(k + 1)) return false;
        if (t.isWord(k)) {
          PhraseTable.Hit<Role> r = ranges.match(t, k, true);
          if (r != null && r.value() == Role.CHANGE) return true;
        }
      }
      return false;
    }

    /** A four-digit 1900–2100 literal after a year cue, or right before a month-less era mark. */
    boolean isYear(NumberParse n) {
      if (!n.plainLiteral() || n.match().text().length() != 4) return false;
      int v = n.value().intValue();
      if (v < 1900 || v > 2100) return false;
      int p = n.firstToken() - 1;
      if (t.isArabic(p) && YEAR_CUES.contains(t.text(p))) return true;
      int q = n.lastToken() + 1;
      return t.isArabic(q) && (t.text(q).equals("م") || t.text(q).equals("ميلادي") || t.text(q).equals("للميلاد"));
    }

    /** Whether the number is a group of a numeric date, time or phone number (3/11/2017، +1-222-2222، 10:30). */
    boolean inChain(NumberParse n) {
      if (!n.plainLiteral()) return false;
      int seps = 0;
      int k = n.firstToken();
      while (k - 2 >= 0 && t.glued(k - 1) && t.glued(k - 2) && t.isDigits(k - 2) && isChainSep(k - 1)) {
        seps++;
        k -= 2;
      }
      k = n.lastToken();
      while (t.glued(k) && t.glued(k + 1) && t.isDigits(k + 2) && isChainSep(k + 1)) {
        seps++;
        k += 2;
      }
      if (seps >= 2) return true;
      if (seps == 1) {
        // a lone "a:b" or "a/b" glued pair that is not a fraction (the number parser would have joined it)
        int f = n.firstToken();
        return t.isPunct(f - 1, ':') || t.isPunct(n.lastToken() + 1, ':') || t.isPunct(f - 1, '/')
            || t.isPunct(n.lastToken() + 1, '/') || t.isPunct(f - 1, '+') || (t.glued(f - 2) && t.isPunct(f - 2, '+'));
      }
      return t.isPunct(n.firstToken() - 1, '+') && t.glued(n.firstToken() - 1);
    }

    private boolean isChainSep(int k) {
      return t.isPunct(k, '/') || t.isPunct(k, '-') || t.isPunct(k, ':') || t.isPunct(k, '.');
    }

    // ---- building values ---------------------------------------------------------------------------

    void emitExact(Span span, NumberParse n, @Nullable UnitHit u, @Nullable String cue, @Nullable Noun noun) {
      if (!checkSign(span, n)) return;
      Quantity q;
      if (isShareFraction(n)) {
        q = make(span, () -> new Quantity.Fraction((int) n.match().numerator(), (int) n.match().denominator()));
      } else {
        Unit unit = unitFor(n, u);
        q = make(span, () -> new Quantity.Exact(n.value(), unit));
      }
      if (q != null) emit(span, q, cue, nounFor(n, noun));
    }

    void emitApprox(Span span, NumberParse n, @Nullable UnitHit u, Hedge hedge, String cue, @Nullable Noun noun) {
      if (!checkSign(span, n)) return;
      Quantity q;
      if (isShareFraction(n)) {
        Quantity.Fraction f = new Quantity.Fraction((int) n.match().numerator(), (int) n.match().denominator());
        q = make(span, () -> new Quantity.Approximate(f.point(), hedge, null, Unit.PERCENT));
      } else {
        Unit unit = unitFor(n, u);
        q = make(span, () -> new Quantity.Approximate(n.value(), hedge, null, unit));
      }
      if (q != null) emit(span, q, cue, nounFor(n, noun));
    }

    void emitBound(Span span, Quantity.Bound.Kind kind, NumberParse n, @Nullable UnitHit u, String cue,
        @Nullable Noun noun) {
      if (!checkSign(span, n)) return;
      BigDecimal v = isShareFraction(n) ? new Quantity.Fraction((int) n.match().numerator(),
          (int) n.match().denominator()).point() : n.value();
      Unit unit = isShareFraction(n) ? Unit.PERCENT : unitFor(n, u);
      Quantity q = make(span, () -> new Quantity.Bound(kind, v, unit));
      if (q != null) emit(span, q, cue, nounFor(n, noun));
    }

    private boolean isShareFraction(NumberParse n) {
      NumberMatch m = n.match();
      return m.kind() == NumberMatch.Kind.FRACTION && m.numerator() > 0 && m.numerator() <= m.denominator()
          && m.denominator() <= Integer.MAX_VALUE;
    }

    private Unit unitFor(NumberParse n, @Nullable UnitHit u) {
      if (n.kind() == NumberMatch.Kind.PERCENT) return Unit.PERCENT;
      return u != null ? u.unit : Unit.ONE;
    }

    private @Nullable Noun nounFor(NumberParse n, @Nullable Noun noun) {
      if (n.match().noun() != null) return new Noun(n.match().noun(), n.match().span(), n.lastToken());
      return noun;
    }

    private boolean checkSign(Span span, NumberParse n) {
      if (n.value().signum() >= 0) return true;
      diagnostics.add(new Diagnostic("quantity.negative", "the negative number " + n.value().toPlainString()
          + " is not a count, share, length or duration; it is left out of the quantities", span));
      return false;
    }

    private @Nullable Quantity make(Span span, java.util.function.Supplier<Quantity> factory) {
      try {
        return factory.get();
      } catch (IllegalArgumentException e) {
        diagnostics.add(new Diagnostic("quantity.invalid", e.getMessage(), span));
        return null;
      }
    }

    void emit(Span span, Quantity q, @Nullable String cue, @Nullable Noun noun) {
      out.add(new QuantityMatch(span, span.of(t.source().original()), q, cue, noun == null ? null : noun.text,
          noun == null ? null : noun.span));
    }
  }

  private record UnitHit(Unit unit, int last, boolean fromDual) {}

  private record Noun(String text, Span span, int last) {}

  private record PostHedge(int first, int last, @Nullable Hedge hedge, Quantity.Bound.@Nullable Kind bound) {}

  @Override
  public String toString() {
    return "ArabicQuantityParser";
  }

  /** Created on first use, after every static field of the class is set. */
  private static final class Holder {
    static final ArabicQuantityParser INSTANCE = new ArabicQuantityParser();
  }
}
