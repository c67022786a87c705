package org.crosscheck.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** toString / parse round trips for every value family. */
class NotationTest {

  @Provide
  Arbitrary<Quantity> quantities() {
    Arbitrary<BigDecimal> n = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(2);
    Arbitrary<BigDecimal> pct = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(2);
    Arbitrary<Unit> units = Arbitraries.of(Unit.ONE, Unit.KILOMETRE, Unit.METRE, Unit.DAY, Unit.MONTH, Unit.YEAR, Unit.WEEK,
        Unit.HOUR, Unit.MINUTE);
    Arbitrary<Hedge> hedges = Arbitraries.of(Hedge.ABOUT, Hedge.NEARLY, Hedge.APPROXIMATELY, Hedge.ESTIMATED);
    Arbitrary<BigDecimal> widths = Arbitraries.of(null, new BigDecimal("0.05"), new BigDecimal("0.1"), new BigDecimal("0.2"), new BigDecimal("0.33"));
    return Arbitraries.oneOf(
        Combinators.combine(n, units).as(Quantity.Exact::new),
        pct.map(p -> new Quantity.Exact(p, Unit.PERCENT)),
        Combinators.combine(n, hedges, widths, units).as(Quantity.Approximate::new),
        Combinators.combine(n, n, units).as((a, b, u) -> new Quantity.Between(a.min(b), a.max(b), u)),
        Combinators.combine(Arbitraries.of(Quantity.Bound.Kind.class), n, units).as(Quantity.Bound::new),
        Arbitraries.of(VagueQuantifier.class).filter(q -> !q.isShare()).flatMap(q -> units.map(u -> new Quantity.Vague(q, u))),
        Arbitraries.of(new Quantity.Vague(VagueQuantifier.ALMOST_ALL, Unit.PERCENT),
            new Quantity.Vague(VagueQuantifier.MOST, Unit.PERCENT)),
        Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 12))
            .as((a, b) -> new Quantity.Fraction(Math.min(a, b), Math.max(a, b))));
  }

  @Property(tries = 1000)
  void quantity_roundTrips(@ForAll("quantities") Quantity q) {
    assertThat(Notation.quantity(q.toString())).isEqualTo(q);
  }

  @Provide
  Arbitrary<DateValue> dates() {
    Arbitrary<LocalDate> day = Arbitraries.integers().between(0, 20000).map(i -> LocalDate.of(1990, 1, 1).plusDays(i));
    return Arbitraries.oneOf(
        day.map(DateValue.OnDay::new),
        day.map(d -> new DateValue.InMonth(java.time.YearMonth.from(d))),
        day.map(d -> new DateValue.InYear(java.time.Year.from(d))),
        Combinators.combine(day, day).as((a, b) -> new DateValue.Span(a.isBefore(b) ? a : b, a.isBefore(b) ? b : a)),
        Combinators.combine(day, Arbitraries.of(true, false)).as(DateValue.Before::new),
        Combinators.combine(day, Arbitraries.of(true, false)).as(DateValue.After::new));
  }

  @Property(tries = 1000)
  void date_roundTrips(@ForAll("dates") DateValue d) {
    assertThat(Notation.date(d.toString())).isEqualTo(d);
  }

  @Property(tries = 200)
  void label_roundTrips(@ForAll("labelTexts") String text) {
    Label l = new Label(text);
    assertThat(Notation.label(l.toString())).isEqualTo(l);
  }

  @Provide
  Arbitrary<String> labelTexts() {
    return Arbitraries.strings().ofMinLength(1).ofMaxLength(20).filter(s -> !s.isBlank());
  }

  @Test
  void badNotation_namesTheTextAndIndex() {
    assertThatThrownBy(() -> Notation.quantity("12 parsecs"))
        .isInstanceOf(Notation.NotationException.class)
        .hasMessage("unknown unit 'parsecs', in \"12 parsecs\" at index 3");
    assertThatThrownBy(() -> Notation.date("2017-02-30"))
        .hasMessageStartingWith("not a real date: \"2017-02-30\"");
    assertThatThrownBy(() -> Notation.date("next week"))
        .hasMessage("not a date notation such as 2017-11-03, 2017-11, 2014 or 2017-09-01..2017-09-10, in \"next week\" at index 0");
    assertThatThrownBy(() -> Notation.label("D5")).hasMessage("a label is written in double quotes, like \"D5\" at index 0");
  }
}
