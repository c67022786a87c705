package org.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.Crosscheck.*;
import static org.crosscheck.Fixtures.*;

import java.time.LocalDate;
import org.crosscheck.claim.Attribution;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Place;
import org.crosscheck.claim.Scope;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.rules.Verdict;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.Hedge;
import org.crosscheck.value.internal.Numbers;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.Unit;
import org.crosscheck.value.Value;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws of ARCHITECTURE.md as properties over generated claims. */
class AssessmentLawsTest {
  static final Assessor ASSESSOR = Assessor.of(RuleSet.defaults());
  static final Place[] PLACES = {AL_QAIM, ABU_KAMAL, IRAQ_AND_SYRIA, IRAQ};
  static final Attribution[] SOURCES = {REUTERS, AL_ARAB, AL_NAJAH, AL_MARSAD.quoting(COALITION), REUTERS.quoting(DILLON)};

  @Provide
  Arbitrary<Quantity> quantities() {
    Arbitrary<Integer> n = Arbitraries.integers().between(0, 40).map(i -> i * 100);
    return Arbitraries.oneOf(
        n.map(v -> exactly(v)),
        n.map(v -> about(v)),
        Combinators.combine(n, n).as((a, b) -> between(Math.min(a, b), Math.max(a, b))),
        n.map(v -> moreThan(v)),
        n.map(v -> atMost(v)),
        Arbitraries.of(aFew(THOUSANDS), plural(THOUSANDS), plural(HUNDREDS), plural(TENS)));
  }

  @Provide
  Arbitrary<DateValue> dates() {
    Arbitrary<Integer> day = Arbitraries.integers().between(1, 20);
    return Arbitraries.oneOf(
        day.map(d -> onDay(2017, 11, d)),
        Arbitraries.of(inMonth(2017, 11), inMonth(2017, 10), inYear(2017)),
        Combinators.combine(day, day).as((a, b) -> span(LocalDate.of(2017, 11, Math.min(a, b)), LocalDate.of(2017, 11, Math.max(a, b)))),
        day.map(d -> onOrBefore(LocalDate.of(2017, 11, d))));
  }

  @Provide
  Arbitrary<Claim> claims() {
    Arbitrary<Claim> counts = Combinators.combine(quantities(), Arbitraries.of(PLACES), Arbitraries.of(SOURCES),
        Arbitraries.of(Scope.WHOLE, scope(ADJACENT), scope(PROVINCE)))
        .as((q, p, s, sc) -> claim(FIGHTERS, p, q).about(ISIS).by(s).scoped(sc));
    Arbitrary<Claim> events = Combinators.combine(dates(), Arbitraries.of(AL_QAIM, ABU_KAMAL),
        Arbitraries.of(CAPTURED, LOST, ENTERED, DECLARED_VICTORY, RECAPTURED), Arbitraries.of(SOURCES))
        .as((d, p, e, s) -> event(e, p, d).by(s));
    return Arbitraries.oneOf(counts, events);
  }

  @Property(tries = 1500)
  void assess_isSymmetric(@ForAll("claims") Claim a, @ForAll("claims") Claim b) {
    Assessment ab = ASSESSOR.assess(a, b);
    Assessment ba = ASSESSOR.assess(b, a);
    assertThat(ba.verdict()).isEqualTo(ab.verdict());
    assertThat(ba.rule()).isEqualTo(ab.rule());
    assertThat(ba.explainedBy()).isEqualTo(ab.explainedBy());
    assertThat(ba.independent()).isEqualTo(ab.independent());
  }

  @Property(tries = 500)
  void assess_isReflexive(@ForAll("claims") Claim a) {
    assertThat(ASSESSOR.assess(a, a).verdict()).isEqualTo(Verdict.AGREE);
  }

  /** The value made wider: exact to approximate, approximate to wider, a day to its month, a month to its year. */
  static Value widen(Value v) {
    if (v instanceof Quantity.Exact e) return Values_about(e);
    if (v instanceof Quantity.Approximate a) return new Quantity.Approximate(a.center(), a.hedge(), Numbers.of(0.5), a.unit());
    if (v instanceof Quantity.Between b) return new Quantity.Between(Numbers.of(0), b.high().add(Numbers.of(1000)), b.unit());
    if (v instanceof DateValue.OnDay d) return inMonth(d.day().getYear(), d.day().getMonthValue());
    if (v instanceof DateValue.InMonth m) return inYear(m.month().getYear());
    if (v instanceof DateValue.Span s) return inMonth(s.first().getYear(), s.first().getMonthValue());
    return v;
  }

  private static Value Values_about(Quantity.Exact e) {
    return new Quantity.Approximate(e.value(), Hedge.ABOUT, null, e.unit());
  }

  @Property(tries = 1500)
  void widening_neverTurnsCompatibleIntoContradict(@ForAll("claims") Claim a, @ForAll("claims") Claim b) {
    Verdict before = ASSESSOR.assess(a, b).verdict();
    if (before != Verdict.COMPATIBLE && before != Verdict.AGREE) return;
    Value wider = widen(a.value());
    if (wider instanceof Quantity q && q.unit() != Unit.ONE) return;
    Claim widened = a.withValue(wider);
    assertThat(ASSESSOR.assess(widened, b).verdict()).as("%s vs %s, then %s", a, b, widened).isNotEqualTo(Verdict.CONTRADICT);
  }
}
