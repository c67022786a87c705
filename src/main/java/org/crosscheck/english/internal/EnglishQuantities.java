package org.crosscheck.english.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.claim.Modality;
import org.crosscheck.english.internal.Lexicon.Quantifier;
import org.crosscheck.english.internal.Lexicon.Role;
import org.crosscheck.extract.Rule;
import org.crosscheck.value.Hedge;
import org.crosscheck.value.internal.Numbers;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.Unit;
import org.crosscheck.value.VagueQuantifier;
import org.jspecify.annotations.Nullable;

/**
 * Reads quantities: a figure ({@link EnglishNumbers}) or a vague quantity, with the hedge or bound
 * before it, a range, and a unit after it (percent, km, miles, square kilometres, time units), an
 * alternative unit in brackets included in the span. Durations are quantities in time units.
 *
 * <p>Immutable and thread-safe.
 */
public final class EnglishQuantities {
  private final Lexicon lexicon;
  private final EnglishNumbers numbers;

  /**
   * Reads quantities with {@code lexicon}'s quantifiers, vague quantities and units.
   *
   * @throws NullPointerException if {@code lexicon} is {@code null}
   */
  public EnglishQuantities(Lexicon lexicon) {
    this.lexicon = checkNotNull(lexicon, "lexicon");
    this.numbers = new EnglishNumbers(lexicon);
  }

  /** The number reader this reader uses. */
  public EnglishNumbers numbers() {
    return numbers;
  }

  /**
   * Every quantity in tokens {@code from} to {@code to}, left to right, skipping tokens for which
   * {@code taken} is true (those of dates).
   */
  public List<QuantityMention> findAll(EnglishDocument d, int from, int to, boolean[] taken) {
    List<QuantityMention> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      QuantityMention q = taken[i] ? null : read(d, i, to, taken);
      if (q == null) {
        i++;
      } else {
        out.add(q);
        i = q.to();
      }
    }
    return out;
  }

  /** Every quantity in the document. */
  public List<QuantityMention> findAll(EnglishDocument d) {
    return findAll(d, 0, d.size(), new boolean[d.size()]);
  }

  /** The quantity starting at token {@code i}, or {@code null}. */
  public @Nullable QuantityMention read(EnglishDocument d, int i, int limit, boolean[] taken) {
    Token first = d.token(i);
    if (first.kind() == Token.Kind.WORD && !lexicon.quantityStart(d, i)) return null;
    // a mark opens a quantity only as a quantifier's or vague quantity's first token, or as a vulgar fraction
    if (first.kind() == Token.Kind.MARK && !lexicon.quantityStart(d, i) && !EnglishNumbers.isVulgarFraction(first.text())) {
      return null;
    }
    List<Rule> rules = new ArrayList<>();
    Hedge hedge = Hedge.NONE;
    Quantity.Bound.Kind bound = null;
    Modality modality = Modality.ASSERTED;
    int j = i;
    // "for weeks", "for years": several units
    if (d.key(j).equals("for") && j + 1 < limit) {
      PhraseTable.Hit<Unit> u = lexicon.units.match(d, j + 1, limit);
      if (u != null && u.value().dimension() == Unit.Dimension.TIME && d.key(j + 1).endsWith("s")) {
        rules.add(Rules.DURATION_BARE_PLURAL);
        return new QuantityMention(j + 1, u.to(), u.from(), new Quantity.Vague(VagueQuantifier.SEVERAL, u.value()),
            modality, rules);
      }
      return null;
    }
    // the hedge, bound or focus words before the figure, any number of them ("just over", "an estimated")
    for (int guard = 0; guard < 3; guard++) {
      if (lexicon.vague.match(d, j, limit) != null) break;
      PhraseTable.Hit<Quantifier> h = lexicon.quantifiers.match(d, j, limit);
      if (h == null || h.value().role() == Role.MODALITY) break;
      Quantifier q = h.value();
      if (q.role() == Role.HEDGE) {
        hedge = java.util.Objects.requireNonNull(q.hedge(), "a hedge entry of the lexicon carries its hedge");
        if (hedge == Hedge.ESTIMATED) modality = Modality.ESTIMATED;
        rules.add(Rules.QUANTITY_HEDGE);
      } else if (q.role() == Role.BOUND) {
        bound = q.bound();
        rules.add(Rules.QUANTITY_BOUND);
      }
      j = h.to();
    }
    boolean between = false;
    if (d.key(j).equals("between") || d.key(j).equals("from")) {
      between = d.key(j).equals("between");
      j++;
    }
    if (j >= limit || taken[j]) return null;
    // a vague quantity: "tens of thousands", "several hundred"
    PhraseTable.Hit<VagueQuantifier> v = lexicon.vague.match(d, j, limit);
    if (v != null && !between) {
      if (v.to() >= limit || (!d.token(v.to()).isWord())) return null;
      VagueQuantifier vq = v.value();
      rules.add(Rules.QUANTITY_VAGUE);
      Unit unit = vq.isShare() ? Unit.PERCENT : Unit.ONE;
      return new QuantityMention(hedge == Hedge.NONE && bound == null ? v.from() : i, v.to(), v.to(),
          new Quantity.Vague(vq, unit), modality, rules);
    }
    // "half an hour", "half a day": half of one unit
    if (d.key(j).equals("half") && (d.key(j + 1).equals("a") || d.key(j + 1).equals("an")) && j + 2 < limit) {
      PhraseTable.Hit<Unit> u = lexicon.units.match(d, j + 2, limit);
      if (u != null && u.value().dimension() == Unit.Dimension.TIME) {
        rules.add(Rules.DURATION_UNIT);
        Quantity half = build(NumberMention.cardinal(j, j + 1, new BigDecimal("0.5"), Rules.NUMBER_FRACTION),
            new BigDecimal("0.5"), null, u.value(), hedge, bound);
        return half == null ? null : new QuantityMention(i, u.to(), j + 1, half, modality, rules);
      }
    }
    NumberMention n = figure(d, j, limit);
    if (n == null || taken[n.from()] || n.to() > limit) return null;
    if (n.form() == NumberMention.Form.ORDINAL) return ordinalDuration(d, i, n, limit, rules, modality);
    rules.add(n.rule());
    int end = n.to();
    BigDecimal low = n.value();
    BigDecimal high = null;
    Unit unit = null;
    // a unit right after the first figure ("20% to 22%")
    PhraseTable.Hit<Unit> u1 = unitAt(d, end, limit);
    int afterFirst = u1 == null ? end : u1.to();
    // a range
    String joiner = d.key(afterFirst);
    boolean dash = afterFirst < limit && d.token(afterFirst).isDash();
    if ((between && joiner.equals("and")) || joiner.equals("to") || (dash && d.token(n.to() - 1).isNumber())) {
      NumberMention m = figure(d, afterFirst + 1, limit);
      if (m != null && m.form() == NumberMention.Form.CARDINAL && !taken[m.from()]
          && (!dash || d.token(m.from()).isNumber()) && m.value().compareTo(low) >= 0) {
        high = m.value();
        end = m.to();
        rules.add(Rules.QUANTITY_RANGE);
        u1 = null;
      }
    }
    if (between && high == null) return null;
    int numberTo = end;
    PhraseTable.Hit<Unit> u = u1 != null ? u1 : unitAt(d, end, limit);
    if (u != null) {
      unit = u.value();
      end = u.to();
      numberTo = unit.equals(Unit.PERCENT) ? end : numberTo;
      rules.add(unit.equals(Unit.PERCENT) ? Rules.QUANTITY_PERCENT
          : unit.dimension() == Unit.Dimension.TIME ? Rules.DURATION_UNIT : Rules.QUANTITY_UNIT);
      // "an hour and a half", "a month and a half"
      if (unit.dimension() == Unit.Dimension.TIME && high == null && d.key(end).equals("and")
          && (d.key(end + 1).equals("a") || d.key(end + 1).equals("an")) && d.key(end + 2).equals("half")) {
        low = low.add(new BigDecimal("0.5"));
        end += 3;
      }
      // "two years and three months", "an hour and 45 minutes", "2 years, 3 months": one duration in the smaller unit
      if (unit.dimension() == Unit.Dimension.TIME && high == null) {
        int k = d.key(end).equals("and") || d.key(end).equals(",") ? end + 1 : end;
        NumberMention m = k < limit && !taken[k] ? figure(d, k, limit) : null;
        PhraseTable.Hit<Unit> u2 = m == null || m.form() != NumberMention.Form.CARDINAL ? null : unitAt(d, m.to(), limit);
        java.util.Optional<BigDecimal> per = u2 == null ? java.util.Optional.empty() : unit.unitsPer(u2.value());
        if (m != null && u2 != null && per.isPresent()) {
          low = low.multiply(per.get()).add(m.value());
          unit = u2.value();
          end = u2.to();
          rules.add(Rules.DURATION_COMPOSITE);
        }
      }
      if (unit.dimension() == Unit.Dimension.TIME && n.to() < u.from() && d.token(n.to()).isDash()) {
        rules.set(rules.size() - 1, Rules.DURATION_ADJECTIVE);
      }
      if (unit.dimension() == Unit.Dimension.TIME && (d.key(i - 1).equals("past") || d.key(i - 1).equals("last")
          || d.key(i - 1).equals("previous"))) {
        rules.add(Rules.DURATION_PAST);
      }
      end = alternative(d, end, limit, rules);
    } else if (n.form() == NumberMention.Form.FRACTION) {
      unit = Unit.PERCENT;
    } else {
      unit = Unit.ONE;
    }
    if (unit.dimension() == Unit.Dimension.TIME && bound == Quantity.Bound.Kind.MORE_THAN && d.key(i).equals("over")
        && d.key(j).equals("the")) {
      bound = null;
    }
    // rule quantity.postposed: "3,000 or more", "120 or so", "41,250 people at least"
    if (high == null && bound == null) {
      Postposed after = postposed(d, end, limit);
      if (after != null) {
        if (after.bound() != null) {
          bound = after.bound();
          hedge = Hedge.NONE;
        } else if (hedge == Hedge.NONE) {
          hedge = Hedge.ABOUT;
        }
        rules.add(Rules.QUANTITY_POSTPOSED);
        if (after.adjacent()) end = after.to();
      }
    }
    Quantity q = build(n, low, high, unit, hedge, bound);
    if (q == null) return null;
    return new QuantityMention(i, end, numberTo, q, modality, rules);
  }

  /** A bound or hedge told after a figure, and where it ends; {@code adjacent} when right after it. */
  private record Postposed(Quantity.Bound.@Nullable Kind bound, int to, boolean adjacent) {}

  /**
   * Rule {@code quantity.postposed}: "or more", "or over", "or above" (at least), "or fewer", "or
   * less" (at most), "at least" and "at most" right after a figure or after its one counted noun
   * ("41,250 people at least", "500 people or more"), where no figure follows them; "or so" (about)
   * right after the figure.
   */
  private static @Nullable Postposed postposed(EnglishDocument d, int end, int limit) {
    for (int k = end; k <= end + 1 && k + 1 < limit; k++) {
      if (k > end && !d.token(end).isWord()) break;
      if (d.key(k).equals("or")) {
        String w = d.key(k + 1);
        // "3 soldiers or more than 10 civilians": a bound of the next figure
        if (d.key(k + 2).equals("than")) return null;
        if (w.equals("more") || w.equals("over") || w.equals("above")) {
          return new Postposed(Quantity.Bound.Kind.AT_LEAST, k + 2, k == end);
        }
        if (w.equals("fewer") || w.equals("less")) return new Postposed(Quantity.Bound.Kind.AT_MOST, k + 2, k == end);
        if (w.equals("so") && k == end) return new Postposed(null, k + 2, true);
        continue;
      }
      if (!d.key(k).equals("at") || !(d.key(k + 1).equals("least") || d.key(k + 1).equals("most"))) continue;
      // "at least 30 more": a bound of the next figure, not of this one
      if (k + 2 < d.size() && d.token(k + 2).isNumber()) return null;
      Quantity.Bound.Kind kind = d.key(k + 1).equals("least") ? Quantity.Bound.Kind.AT_LEAST : Quantity.Bound.Kind.AT_MOST;
      return new Postposed(kind, k + 2, k == end);
    }
    return null;
  }

  /** A figure: a number, or "a"/"an" before a time unit ("more than a month": one month). */
  private @Nullable NumberMention figure(EnglishDocument d, int j, int limit) {
    if (j >= limit) return null;
    if ((d.key(j).equals("a") || d.key(j).equals("an")) && j + 1 < limit) {
      PhraseTable.Hit<Unit> u = lexicon.units.match(d, j + 1, limit);
      if (u != null && u.value().dimension() == Unit.Dimension.TIME && !d.key(j + 1).endsWith("s")
          && !d.key(j - 1).equals("once") && !d.key(j - 1).equals("times") && !d.key(j - 1).equals("twice")
          && (j == 0 || lexicon.nouns.match(d, j - 1) == null) // "900 people a day" is a rate
          && !Set.of("after", "before", "later", "earlier", "ago").contains(d.key(u.to()))) {
        return NumberMention.cardinal(j, j + 1, BigDecimal.ONE, Rules.NUMBER_A_SCALE);
      }
    }
    return numbers.read(d, j, limit);
  }

  /** The unit at token {@code k}, or {@code null}; a hyphen may join it ("three-year"). */
  private PhraseTable.@Nullable Hit<Unit> unitAt(EnglishDocument d, int k, int limit) {
    if (k >= limit) return null;
    if (d.token(k).isDash() && !d.token(k).spaceBefore() && k + 1 < limit) {
      PhraseTable.Hit<Unit> u = lexicon.units.match(d, k + 1, limit);
      return u != null && u.value().dimension() == Unit.Dimension.TIME ? u : null;
    }
    if (d.token(k).kind() == Token.Kind.MARK && !d.token(k).text().equals("%")) return null;
    PhraseTable.Hit<Unit> u = lexicon.units.match(d, k, limit);
    if (u == null) return null;
    // "m" and "mi" only right after digits
    if ((d.key(k).equals("m") || d.key(k).equals("mi")) && !d.token(k - 1).isNumber()) return null;
    return u;
  }

  /** "80 km (50 miles)": the bracketed figure in another unit joins the span. */
  private int alternative(EnglishDocument d, int end, int limit, List<Rule> rules) {
    if (end + 3 >= limit || !d.token(end).text().equals("(")) return end;
    NumberMention m = numbers.read(d, end + 1, limit);
    if (m == null) return end;
    PhraseTable.Hit<Unit> u = lexicon.units.match(d, m.to(), limit);
    if (u == null || u.to() >= limit || !d.token(u.to()).text().equals(")")) return end;
    rules.add(Rules.QUANTITY_ALT_UNIT);
    return u.to() + 1;
  }

  /** The Nth day (week, month) of something: a duration of N units. */
  private @Nullable QuantityMention ordinalDuration(EnglishDocument d, int i, NumberMention n, int limit,
      List<Rule> rules, Modality modality) {
    PhraseTable.Hit<Unit> u = lexicon.units.match(d, n.to(), limit);
    if (u == null || u.value().dimension() != Unit.Dimension.TIME || u.value().equals(Unit.MINUTE)) return null;
    rules.add(Rules.DURATION_ORDINAL_DAY);
    return new QuantityMention(n.from(), u.to(), n.to(), new Quantity.Exact(n.value(), u.value()), modality, rules);
  }

  private static @Nullable Quantity build(NumberMention n, BigDecimal low, @Nullable BigDecimal high, Unit unit,
      Hedge hedge, Quantity.Bound.@Nullable Kind bound) {
    BigDecimal value = low;
    if (n.form() == NumberMention.Form.FRACTION) {
      if (!unit.equals(Unit.PERCENT) || n.numerator() > n.denominator()) return null;
      value = Numbers.divide(BigDecimal.valueOf(100L * n.numerator()), BigDecimal.valueOf(n.denominator()));
    }
    if (unit.dimension() == Unit.Dimension.SHARE && value.compareTo(BigDecimal.valueOf(100)) > 0) return null;
    if (high != null) return new Quantity.Between(low, high, unit);
    if (bound != null) return new Quantity.Bound(bound, value, unit);
    if (hedge != Hedge.NONE) return new Quantity.Approximate(value, hedge, null, unit);
    if (n.form() == NumberMention.Form.FRACTION) return new Quantity.Fraction(n.numerator(), n.denominator());
    return new Quantity.Exact(value, unit);
  }
}
