package org.crosscheck.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IntervalTest {

  static BigDecimal d(long v) {
    return BigDecimal.valueOf(v);
  }

  static Stream<Arguments> relations() {
    return Stream.of(
        Arguments.of(Interval.closed(d(1500), d(2500)), Interval.closed(d(1500), d(2500)), "EQUAL"),
        Arguments.of(Interval.closed(d(1500), d(2500)), Interval.closed(d(1350), d(1650)), "OVERLAPS"),
        Arguments.of(Interval.closed(d(1500), d(2500)), Interval.point(d(2000)), "CONTAINS"),
        Arguments.of(Interval.point(d(2000)), Interval.closed(d(1500), d(2500)), "WITHIN"),
        Arguments.of(Interval.point(d(35)), Interval.closed(d(22), d(28)), "DISJOINT (gap 7)"),
        Arguments.of(Interval.closedOpen(d(1), d(2)), Interval.closed(d(2), d(3)), "DISJOINT (gap 0)"),
        Arguments.of(Interval.closed(d(1), d(2)), Interval.closed(d(2), d(3)), "OVERLAPS"),
        Arguments.of(Interval.greaterThan(d(66000)), Interval.point(d(66000)), "DISJOINT (gap 0)"),
        Arguments.of(Interval.atLeast(d(2000)), Interval.closed(d(2000), d(9000)), "CONTAINS"),
        Arguments.of(Interval.all(), Interval.point(d(0)), "CONTAINS"));
  }

  @ParameterizedTest
  @MethodSource("relations")
  void relationTo_table(Interval a, Interval b, String expected) {
    assertThat(a.relationTo(b)).hasToString(expected);
    assertThat(b.relationTo(a)).isEqualTo(a.relationTo(b).inverse());
  }

  @Test
  void toString_usesGuavaNotation() {
    assertThat(Interval.closed(d(1500), d(2500))).hasToString("[1500..2500]");
    assertThat(Interval.greaterThan(d(66000))).hasToString("(66000..+\u221e)");
    assertThat(Interval.atMost(d(5))).hasToString("(-\u221e..5]");
    assertThat(Interval.all()).hasToString("(-\u221e..+\u221e)");
  }

  @Test
  void widen_movesFiniteEndsOutwards() {
    assertThat(Interval.closed(d(1000), d(2000)).widenRelative(new BigDecimal("0.1"))).hasToString("[900..2200]");
    assertThat(Interval.atLeast(d(10)).widen(d(2))).hasToString("[8..+\u221e)");
  }

  @Test
  void constructor_rejectsEmptyIntervals() {
    assertThatThrownBy(() -> Interval.closed(d(2500), d(1500)))
        .hasMessage("an interval needs lower <= upper (and a single point needs closed ends), got 2500 and 1500; swap the two ends");
    assertThatThrownBy(() -> Interval.open(d(1), d(1))).isInstanceOf(IllegalArgumentException.class);
  }

  // ---- cross-check against Guava Range on generated intervals ------------------------------

  @Provide
  Arbitrary<Interval> intervals() {
    Arbitrary<Integer> ends = Arbitraries.integers().between(-5, 5);
    Arbitrary<BoundType> types = Arbitraries.of(BoundType.class);
    Arbitrary<Boolean> infinite = Arbitraries.of(false, false, false, true);
    return Combinators.combine(ends, ends, types, types, infinite, infinite).as((a, b, ta, tb, ia, ib) -> {
      int lo = Math.min(a, b);
      int hi = Math.max(a, b);
      BoundType lt = ia ? BoundType.OPEN : ta;
      BoundType ut = ib ? BoundType.OPEN : tb;
      if (!ia && !ib && lo == hi) {
        lt = BoundType.CLOSED;
        ut = BoundType.CLOSED;
      }
      return new Interval(ia ? null : d(lo), lt, ib ? null : d(hi), ut);
    });
  }

  @Property(tries = 2000)
  void relations_agreeWithGuavaRange(@ForAll("intervals") Interval a, @ForAll("intervals") Interval b) {
    Range<BigDecimal> ra = a.toRange();
    Range<BigDecimal> rb = b.toRange();
    boolean guavaIntersects = ra.isConnected(rb) && !ra.intersection(rb).isEmpty();
    assertThat(a.intersects(b)).isEqualTo(guavaIntersects);
    assertThat(a.encloses(b)).isEqualTo(ra.encloses(rb));
    assertThat(a.equals(b)).isEqualTo(ra.equals(rb));
    assertThat(a.span(b).toRange()).isEqualTo(ra.span(rb));
    if (guavaIntersects) assertThat(a.intersection(b).toRange()).isEqualTo(ra.intersection(rb));
    Relation r = a.relationTo(b);
    switch (r.kind()) {
      case EQUAL -> assertThat(ra).isEqualTo(rb);
      case CONTAINS -> assertThat(ra.encloses(rb) && !ra.equals(rb)).isTrue();
      case WITHIN -> assertThat(rb.encloses(ra) && !ra.equals(rb)).isTrue();
      case OVERLAPS -> assertThat(guavaIntersects && !ra.encloses(rb) && !rb.encloses(ra)).isTrue();
      case DISJOINT -> assertThat(guavaIntersects).isFalse();
    }
    assertThat(Interval.fromRange(ra)).isEqualTo(a);
  }
}
