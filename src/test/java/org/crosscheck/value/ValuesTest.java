package org.crosscheck.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.value.Values.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.crosscheck.value.internal.Numbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValuesTest {

  static Stream<Arguments> notations() {
    return Stream.of(
        Arguments.of(exactly(1500), "1500", "[1500..1500]"),
        Arguments.of(between(1500, 2500), "[1500..2500]", "[1500..2500]"),
        Arguments.of(about(1500), "~1500", "[1350..1650]"),
        Arguments.of(about(1500).within(0.05), "~1500 (\u00b15%)", "[1425..1575]"),
        Arguments.of(about(1500).within(0.10), "~1500 (\u00b110%)", "[1350..1650]"),
        Arguments.of(nearly(10_000), "~10000 (nearly)", "[9000..11000]"),
        Arguments.of(nearly(10_000).within(0.05), "~10000 (nearly \u00b15%)", "[9500..10500]"),
        Arguments.of(moreThan(66_000), "(66000..+\u221e)", "(66000..+\u221e)"),
        Arguments.of(atLeast(3), "[3..+\u221e)", "[3..+\u221e)"),
        Arguments.of(atMost(100), "(-\u221e..100]", "[0..100]"),
        Arguments.of(lessThan(100), "(-\u221e..100)", "[0..100)"),
        Arguments.of(aFew(Magnitude.THOUSANDS), "a few thousand [2000..9000]", "[2000..9000]"),
        Arguments.of(plural(Magnitude.THOUSANDS), "thousands [2000..+\u221e)", "[2000..+\u221e)"),
        Arguments.of(plural(Magnitude.TENS), "dozens [20..99]", "[20..99]"),
        Arguments.of(vague(VagueQuantifier.MILLIONS), "millions [2000000..+\u221e)", "[2000000..+\u221e)"),
        Arguments.of(vague(VagueQuantifier.SEVERAL, Unit.YEAR), "several years [2..+\u221e)", "[2..+\u221e)"),
        Arguments.of(vague(VagueQuantifier.ALMOST_ALL), "almost all [90..100]%", "[90..100]"),
        Arguments.of(percent(35), "35%", "[35..35]"),
        Arguments.of(aboutPercent(25), "~25%", "[22.5..27.5]"),
        Arguments.of(fraction(1, 3), "1/3 (33.3%)", "[33.333333..33.333334]"),
        Arguments.of(fraction(1, 2), "1/2 (50%)", "[50..50]"),
        Arguments.of(km(40), "40 km", "[40..40]"),
        Arguments.of(about(40, Unit.KILOMETRE), "~40 km", "[36..44]"),
        Arguments.of(duration(2, Unit.MONTH), "2 months", "[2..2]"),
        Arguments.of(duration(1, Unit.DAY), "1 day", "[1..1]"),
        Arguments.of(between(20, 30, Unit.PERCENT), "[20..30]%", "[20..30]"));
  }

  @ParameterizedTest
  @MethodSource("notations")
  void toString_isDomainNotation(Quantity q, String notation, String interval) {
    assertThat(q).hasToString(notation);
    assertThat(q.interval()).hasToString(interval);
  }

  @Test
  void counting_restatesACountInTheUnitOfWhatItCounts() {
    Unit children = Unit.counting("child", "children");
    assertThat(exactly(4800).counting(children)).hasToString("4800 children");
    assertThat(exactly(4800).counting(children).interval()).isEqualTo(exactly(4800).interval());
    assertThat(about(1500).counting(children).hedge()).isEqualTo(about(1500).hedge());
    assertThat(about(1500).counting(children).unit()).isEqualTo(children);
    assertThat(moreThan(66_000).counting(children).unit()).isEqualTo(children);
    assertThat(between(10, 20).counting(children).interval()).hasToString("[10..20]");
    assertThat(plural(Magnitude.TENS).counting(children).unit()).isEqualTo(children);
    // only counts change unit
    assertThat(km(40).counting(children)).isEqualTo(km(40));
    assertThat(percent(35).counting(children)).isEqualTo(percent(35));
    assertThatThrownBy(() -> exactly(3).counting(Unit.KILOMETRE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count unit");
  }

  @Test
  void baseInterval_monthsVaryInLength() {
    assertThat(duration(2, Unit.MONTH).baseInterval(IntervalPolicy.DEFAULT)).hasToString("[56..62]");
    assertThat(km(40).baseInterval(IntervalPolicy.DEFAULT)).hasToString("[40000..40000]");
  }

  @Test
  void numbers_areCanonicalOnEntry() {
    assertThat(exactly(new BigDecimal("1500.0"), Unit.ONE)).isEqualTo(exactly(1500));
    assertThat(exactly(new BigDecimal("1.5E+3"), Unit.ONE)).hasToString("1500");
  }

  @Test
  void approximate_widthIsAPolicy() {
    IntervalPolicy narrow = new IntervalPolicy() {
      @Override public BigDecimal hedgeWidth(Hedge hedge, Unit unit) { return new BigDecimal("0.05"); }
      @Override public Interval vagueInterval(VagueQuantifier q, Unit unit) { return q.defaultInterval(); }
    };
    assertThat(about(1500).interval(narrow)).hasToString("[1425..1575]");
    // an explicit width wins over the policy
    assertThat(about(1500).within(0.2).interval(narrow)).hasToString("[1200..1800]");
  }

  @Test
  void dates_haveHalfOpenDayRanges() {
    assertThat(onDay(2017, 11, 3)).hasToString("2017-11-03");
    assertThat(onDay(2017, 11, 3).range()).hasToString("[2017-11-03..2017-11-04)");
    assertThat(inMonth(2017, 11)).hasToString("2017-11");
    assertThat(inMonth(2017, 11).range()).hasToString("[2017-11-01..2017-12-01)");
    assertThat(inYear(2014)).hasToString("2014");
    assertThat(inYear(2014).range()).hasToString("[2014-01-01..2015-01-01)");
    assertThat(span(LocalDate.of(2017, 9, 1), LocalDate.of(2017, 9, 10))).hasToString("2017-09-01..2017-09-10");
    assertThat(onOrBefore(LocalDate.of(2017, 11, 3)).range()).hasToString("(-\u221e..2017-11-04)");
    assertThat(before(LocalDate.of(2017, 11, 3))).hasToString("< 2017-11-03");
    assertThat(onOrAfter(LocalDate.of(2018, 9, 1)).range()).hasToString("[2018-09-01..+\u221e)");
  }

  @Test
  void dates_relations() {
    assertThat(inMonth(2017, 11).range().relationTo(onDay(2017, 11, 3).range())).isEqualTo(Relation.CONTAINS);
    assertThat(onDay(2017, 11, 3).range().relationTo(onDay(2017, 11, 8).range())).hasToString("DISJOINT (gap 4)");
    assertThat(onDay(2017, 11, 3).range().relationTo(onDay(2017, 11, 4).range())).hasToString("DISJOINT (gap 0)");
    assertThat(inYear(2017).range().relationTo(onOrBefore(LocalDate.of(2017, 11, 3)).range()))
        .isEqualTo(Relation.OVERLAPS);
  }

  @Test
  void dayRange_roundTripsThroughIntervals() {
    DayRange r = span(LocalDate.of(2017, 9, 1), LocalDate.of(2017, 9, 10)).range();
    assertThat(DayRange.fromInterval(r.toInterval())).isEqualTo(r);
    DayRange open = onOrBefore(LocalDate.of(2017, 11, 3)).range();
    assertThat(DayRange.fromInterval(open.toInterval())).isEqualTo(open);
  }

  @Test
  void badInput_namesTheValueAndTheFix() {
    assertThatThrownBy(() -> between(2500, 1500))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("between() needs low <= high, got 2500 and 1500; swap them");
    assertThatThrownBy(() -> exactly(-5))
        .hasMessage("exactly() needs a value >= 0 for a count, got -5");
    assertThatThrownBy(() -> percent(120))
        .hasMessage("exactly() needs a share between 0 and 100 percent, got 120%; a change of more than 100% is not a share");
    assertThatThrownBy(() -> onDay(2017, 2, 30))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("onDay() needs a real date, got 2017-02-30");
    assertThatThrownBy(() -> fraction(4, 3))
        .hasMessage("a fraction needs 0 <= numerator <= denominator and denominator > 0, got 4/3");
    assertThatThrownBy(() -> aFew(Magnitude.MILLIONS))
        .hasMessage("aFew() takes TENS, HUNDREDS or THOUSANDS, got MILLIONS; use plural(MILLIONS) for the bare plural");
    assertThatThrownBy(() -> vague(VagueQuantifier.ALMOST_ALL, Unit.ONE))
        .hasMessage("'almost all' speaks of a share and needs the unit percent, got unit one");
    assertThatThrownBy(() -> about(1500).within(2))
        .hasMessage("an approximate value's width is a fraction in [0..1], got 2; write 0.1 for \u00b110%");
    assertThatThrownBy(() -> exactly(new BigDecimal("1E+40"), Unit.ONE))
        .hasMessage("exactly() takes numbers below 10^30 with at most 30 decimals, got one with 41 integer digits and 0"
            + " decimals; no count, share, length or duration is that large or that fine");
    assertThatThrownBy(() -> Numbers.parse("1,5"))
        .isInstanceOf(NumberFormatException.class)
        .hasMessage("not a plain decimal number: \"1,5\" (use ASCII digits and a dot, e.g. 33.3)");
  }

  @Test
  void labels_compareByKey() {
    assertThat(label(" d5 ").key()).isEqualTo(label("D5").key());
    assertThat(label("D5")).hasToString("\"D5\"");
    assertThatThrownBy(() -> label("  ")).hasMessage("a label needs some text, got a blank string");
  }

  @Test
  void timeValue_isMinuteGranular() {
    TimeValue t = TimeValue.at(java.time.Instant.parse("2011-12-01T13:55:42Z"));
    assertThat(t).hasToString("2011-12-01T13:55Z");
    assertThat(t.interval().isPoint()).isTrue();
  }
}
