package org.crosscheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crosscheck.Crosscheck;
import org.crosscheck.claim.Attribution;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Evidence;
import org.crosscheck.claim.EventType;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Measures;
import org.crosscheck.claim.Modality;
import org.crosscheck.claim.Place;
import org.crosscheck.claim.Scope;
import org.crosscheck.claim.Source;
import org.crosscheck.claim.Span;
import org.crosscheck.claim.Subject;
import org.crosscheck.io.Run;
import org.crosscheck.reconcile.Reconciler;
import org.crosscheck.reconcile.Report;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.value.BoundType;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.Hedge;
import org.crosscheck.value.Interval;
import org.crosscheck.value.Label;
import org.crosscheck.value.Magnitude;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.TimeValue;
import org.crosscheck.value.Unit;
import org.crosscheck.value.VagueQuantifier;
import org.crosscheck.value.Value;
import org.crosscheck.value.Values;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public factory and record constructor of the value and claim packages rejects {@code null}
 * in each required argument with an exception that names the argument. Arguments documented as
 * nullable ({@code @Nullable}) are skipped.
 */
class NullArgumentsTest {
  static final Map<Class<?>, Object> SAMPLES = new HashMap<>();

  static {
    SAMPLES.put(BigDecimal.class, BigDecimal.TEN);
    SAMPLES.put(String.class, "x");
    SAMPLES.put(Unit.class, Unit.ONE);
    SAMPLES.put(Hedge.class, Hedge.ABOUT);
    SAMPLES.put(Magnitude.class, Magnitude.THOUSANDS);
    SAMPLES.put(VagueQuantifier.class, VagueQuantifier.A_FEW_THOUSAND);
    SAMPLES.put(Quantity.Bound.Kind.class, Quantity.Bound.Kind.AT_LEAST);
    SAMPLES.put(BoundType.class, BoundType.CLOSED);
    SAMPLES.put(LocalDate.class, LocalDate.of(2017, 11, 3));
    SAMPLES.put(YearMonth.class, YearMonth.of(2017, 11));
    SAMPLES.put(Year.class, Year.of(2017));
    SAMPLES.put(Instant.class, Instant.EPOCH);
    SAMPLES.put(Unit.Dimension.class, Unit.Dimension.COUNT);
    SAMPLES.put(Measure.class, Measures.FIGHTERS);
    SAMPLES.put(Measure.Kind.class, Measure.Kind.COUNT);
    SAMPLES.put(Measure.Trend.class, Measure.Trend.VARIES);
    SAMPLES.put(EventType.class, EventType.CAPTURED);
    SAMPLES.put(Place.class, Place.named("Rawa"));
    SAMPLES.put(Place.Type.class, Place.Type.TOWN);
    SAMPLES.put(Scope.class, Scope.WHOLE);
    SAMPLES.put(Scope.Extent.class, Scope.Extent.WHOLE);
    SAMPLES.put(Scope.Proximity.class, Scope.Proximity.IN);
    SAMPLES.put(Subject.class, Subject.of("ISIS"));
    SAMPLES.put(Source.class, Source.organization("coalition"));
    SAMPLES.put(Source.Kind.class, Source.Kind.ORGANIZATION);
    SAMPLES.put(Attribution.class, Attribution.by("Reuters"));
    SAMPLES.put(Span.class, new Span(0, 1));
    SAMPLES.put(Evidence.class, new Evidence("d", new Span(0, 1), new Span(0, 2), "ab"));
    SAMPLES.put(Modality.class, Modality.ASSERTED);
    SAMPLES.put(ImmutableSortedSet.class, ImmutableSortedSet.of());
    SAMPLES.put(ImmutableList.class, ImmutableList.of());
    SAMPLES.put(Label.class, Label.of("x"));
    SAMPLES.put(Claim.class, Claim.of(Measures.FIGHTERS, Place.named("Rawa"), Values.exactly(10)));
    SAMPLES.put(RuleSet.class, RuleSet.defaults());
    SAMPLES.put(Report.class, Reconciler.with(RuleSet.defaults()).reconcile(List.of()));
    SAMPLES.put(Run.class, Run.of(Reconciler.with(RuleSet.defaults()).reconcile(List.of())));
    SAMPLES.put(java.nio.file.Path.class, java.nio.file.Path.of("examples", "articles"));
    SAMPLES.put(List.class, List.of());
  }

  static Object sample(Class<?> type, Executable where) {
    if (type == int.class) return 1;
    if (type == long.class) return 1L;
    if (type == double.class) return 1.0;
    if (type == boolean.class) return true;
    if (type.isArray()) return java.lang.reflect.Array.newInstance(type.getComponentType(), 0);
    if (SAMPLES.containsKey(type)) return SAMPLES.get(type);
    // a claim needs a value that fits the measure it is made with
    if (type == Value.class || type == Quantity.class) return Values.exactly(10);
    if (type == DateValue.class) return Values.onDay(2017, 11, 3);
    throw new IllegalStateException("no sample for " + type + " in " + where);
  }

  static Stream<Executable> executables() {
    List<Executable> out = new ArrayList<>();
    for (Class<?> c : List.of(Values.class, Crosscheck.class, Interval.class, Quantity.Exact.class,
        Quantity.Approximate.class, Quantity.Between.class, Quantity.Bound.class, Quantity.Vague.class, DateValue.OnDay.class,
        DateValue.InMonth.class, DateValue.InYear.class, DateValue.Span.class, DateValue.Before.class, DateValue.After.class,
        TimeValue.class, Label.class, Unit.class, Subject.class, Measure.class, EventType.class, Place.class, Scope.class,
        Source.class, Attribution.class, Evidence.class, Claim.class)) {
      for (Method m : c.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()) && m.getParameterCount() > 0
            && !m.isSynthetic()) {
          out.add(m);
        }
      }
      for (Constructor<?> k : c.getConstructors()) if (k.getParameterCount() > 0) out.add(k);
    }
    return out.stream();
  }

  static boolean nullable(Parameter p) {
    for (var a : p.getAnnotatedType().getAnnotations()) if (a.annotationType().getSimpleName().equals("Nullable")) return true;
    for (var a : p.getAnnotations()) if (a.annotationType().getSimpleName().equals("Nullable")) return true;
    return false;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("executables")
  void nullArgument_isRejectedByName(Executable e) throws Exception {
    Parameter[] params = e.getParameters();
    for (int i = 0; i < params.length; i++) {
      Parameter p = params[i];
      if (p.getType().isPrimitive() || nullable(p)) continue;
      if (e instanceof Constructor<?> k && k.getDeclaringClass() == Claim.class && p.getName().equals("id")) continue;
      Object[] args = new Object[params.length];
      for (int j = 0; j < params.length; j++) args[j] = j == i ? null : sample(params[j].getType(), e);
      Throwable thrown = null;
      try {
        if (e instanceof Method m) m.invoke(null, args);
        else ((Constructor<?>) e).newInstance(args);
      } catch (InvocationTargetException x) {
        thrown = x.getCause();
      }
      assertThat(thrown).as("%s with %s = null", e, p.getName()).isInstanceOfAny(NullPointerException.class,
          IllegalArgumentException.class);
      assertThat(thrown.getMessage()).as("%s with %s = null", e, p.getName()).isNotNull().contains(p.getName());
    }
  }
}
