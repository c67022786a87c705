package org.crosscheck.api;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.Crosscheck;
import org.crosscheck.claim.Attribution;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.EventType;
import org.crosscheck.claim.Evidence;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Measures;
import org.crosscheck.claim.Place;
import org.crosscheck.claim.Scope;
import org.crosscheck.claim.Source;
import org.crosscheck.claim.Span;
import org.crosscheck.claim.Subject;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.Hedge;
import org.crosscheck.value.Interval;
import org.crosscheck.value.Label;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.TimeValue;
import org.crosscheck.value.Unit;
import org.crosscheck.value.Value;
import org.crosscheck.value.Values;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guava's {@link NullPointerTester} over the public API of the value and claim packages and the
 * facade: every public static method, constructor and instance method throws {@link
 * NullPointerException} for {@code null} in each parameter that is not {@code @Nullable}. Then
 * {@link EqualsTester} on the values whose equality is canonical (a scale or a spelling does not
 * make two values different).
 */
class NullArgumentsTest {
  static final List<Class<?>> TYPES = List.of(Values.class, Crosscheck.class, Interval.class, Quantity.Exact.class,
      Quantity.Approximate.class, Quantity.Between.class, Quantity.Bound.class, Quantity.Vague.class,
      Quantity.Fraction.class, DateValue.OnDay.class, DateValue.InMonth.class, DateValue.InYear.class,
      DateValue.Span.class, DateValue.Before.class, DateValue.After.class, TimeValue.class, Label.class, Unit.class,
      Subject.class, Measure.class, EventType.class, Place.class, Scope.class, Source.class, Attribution.class,
      Evidence.class, Claim.class);

  static final Claim CLAIM = Claim.of(Measures.FIGHTERS, Place.named("Rawa"), Values.exactly(10));

  /** Arguments the tester cannot make up: our own types, and values that fit the measure they go with. */
  static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(BigDecimal.class, BigDecimal.TEN)
        .setDefault(String.class, "x")
        .setDefault(LocalDate.class, LocalDate.of(2017, 11, 3))
        .setDefault(Unit.class, Unit.ONE)
        .setDefault(Hedge.class, Hedge.ABOUT)
        .setDefault(Measure.class, Measures.FIGHTERS)
        .setDefault(EventType.class, EventType.CAPTURED)
        .setDefault(Place.class, Place.named("Rawa"))
        .setDefault(Scope.class, Scope.WHOLE)
        .setDefault(Subject.class, Subject.of("ISIS"))
        .setDefault(Source.class, Source.organization("coalition"))
        .setDefault(Attribution.class, Attribution.by("Reuters"))
        .setDefault(Span.class, new Span(0, 1))
        .setDefault(Evidence.class, new Evidence("d", new Span(0, 1), new Span(0, 2), "ab"))
        .setDefault(ImmutableSortedSet.class, ImmutableSortedSet.of())
        .setDefault(ImmutableList.class, ImmutableList.of())
        .setDefault(Label.class, Label.of("x"))
        .setDefault(Claim.class, CLAIM)
        .setDefault(Value.class, Values.exactly(10))
        .setDefault(Quantity.class, Values.exactly(10))
        .setDefault(DateValue.class, Values.onDay(2017, 11, 3))
        .setDefault(Interval.class, Values.between(1, 5).interval())
        .setDefault(org.crosscheck.reconcile.Report.class, Crosscheck.reconcile(CLAIM))
        .setDefault(org.crosscheck.io.Run.class, org.crosscheck.io.Run.of(Crosscheck.reconcile(CLAIM), List.of(),
            List.of(), List.of()))
        .setDefault(org.crosscheck.rules.RuleSet.class, org.crosscheck.rules.RuleSet.defaults())
        .setDefault(java.nio.file.Path.class, java.nio.file.Path.of("examples", "articles"));
  }

  static Stream<Class<?>> types() {
    return TYPES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void publicStaticMethodsAndConstructors_rejectNull(Class<?> type) {
    NullPointerTester tester = tester();
    tester.testAllPublicStaticMethods(type);
    tester.testAllPublicConstructors(type);
  }

  static Stream<Object> instances() {
    return Stream.of(Values.exactly(1500), Values.about(1500), Values.between(1500, 2500), Values.moreThan(66_000),
        Values.fraction(1, 3), Values.onDay(2017, 11, 3), Values.inMonth(2017, 11), Values.inYear(2017),
        Values.span(LocalDate.of(2017, 11, 1), LocalDate.of(2017, 11, 9)), Values.before(LocalDate.of(2017, 11, 3)),
        Values.after(LocalDate.of(2017, 11, 3)), Values.between(1, 5).interval(), Label.of("x"), Place.named("Rawa"),
        Subject.of("ISIS"), Source.organization("coalition"), Attribution.by("Reuters"), Scope.WHOLE,
        new Evidence("d", new Span(0, 1), new Span(0, 2), "ab"), CLAIM);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("instances")
  void publicInstanceMethods_rejectNull(Object instance) {
    tester().testAllPublicInstanceMethods(instance);
  }

  @Test
  void quantities_areEqualByCanonicalValue() {
    new EqualsTester()
        .addEqualityGroup(Values.exactly(1500), Values.exactly(new BigDecimal("1500.00"), Unit.ONE),
            Values.exactly(1500.0, Unit.ONE))
        .addEqualityGroup(Values.exactly(1501))
        .addEqualityGroup(Values.about(1500))
        .addEqualityGroup(Values.between(1500, 2500), Values.between(1500.0, 2500.0, Unit.ONE))
        .addEqualityGroup(Values.between(1500, 2600))
        .addEqualityGroup(Values.atLeast(1500))
        .addEqualityGroup(Values.moreThan(1500))
        .addEqualityGroup(Values.percent(35))
        .testEquals();
  }

  @Test
  void datesAndClaims_areEqualByContent() {
    new EqualsTester()
        .addEqualityGroup(Values.onDay(2017, 11, 3), Values.onDay(LocalDate.of(2017, 11, 3)))
        .addEqualityGroup(Values.onDay(2017, 11, 4))
        .addEqualityGroup(Values.inMonth(2017, 11))
        .addEqualityGroup(Values.inYear(2017))
        .addEqualityGroup(Values.before(LocalDate.of(2017, 11, 3)))
        .addEqualityGroup(Values.onOrBefore(LocalDate.of(2017, 11, 3)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(CLAIM, Claim.of(Measures.FIGHTERS, Place.named("Rawa"), Values.exactly(10)))
        .addEqualityGroup(CLAIM.withId("c-1"), CLAIM.withId("c-1"))
        .addEqualityGroup(Claim.of(Measures.FIGHTERS, Place.named("Rawa"), Values.exactly(11)))
        .addEqualityGroup(Place.named("Rawa"), Place.named("Rawa"))
        .addEqualityGroup(Place.named("Anah"))
        .testEquals();
  }
}
