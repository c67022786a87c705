package org.crosscheck.rules;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.function.Function;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Place;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.DayRange;
import org.crosscheck.value.Interval;
import org.crosscheck.value.Label;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.Relation;
import org.crosscheck.value.TimeValue;
import org.crosscheck.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Two claims side by side under a rule set, with everything a rule needs: whether they speak of
 * the same thing (their topic), their canonical forms with and without tolerance, the relation
 * between them, their times of validity.
 *
 * <p>Canonical forms are numeric {@link Interval}s in the base unit of the dimension: quantities
 * (hedges and vague quantifiers read by the rule set), dates as epoch days ({@code [start..end)}),
 * moments as epoch minutes. Labels have no interval.
 *
 * <p>Immutable; computed once per pair.
 */
public final class Comparison {
  private final Claim left;
  private final Claim right;
  private final RuleSet rules;
  private final String leftPlace;
  private final String rightPlace;
  private final Tolerance tolerance;
  private final @Nullable Interval leftForm;
  private final @Nullable Interval rightForm;
  private final @Nullable Interval leftWide;
  private final @Nullable Interval rightWide;

  private Comparison(Claim left, Claim right, RuleSet rules, Function<Place, String> placeIds) {
    this.left = checkNotNull(left, "left");
    this.right = checkNotNull(right, "right");
    this.rules = checkNotNull(rules, "rules");
    this.leftPlace = placeIds.apply(left.place());
    this.rightPlace = placeIds.apply(right.place());
    this.tolerance = rules.toleranceFor(left.measure(), right.measure());
    this.leftForm = form(left.value(), rules);
    this.rightForm = form(right.value(), rules);
    this.leftWide = leftForm == null ? null : tolerance.widen(leftForm);
    this.rightWide = rightForm == null ? null : tolerance.widen(rightForm);
  }

  /**
   * The comparison of two claims; their places are one place when the ids are equal or, for places
   * without an authority id, when they share a name key.
   */
  public static Comparison of(Claim left, Claim right, RuleSet rules) {
    Place a = left.place();
    Place b = right.place();
    boolean merged = !a.id().equals(b.id()) && !(a.hasAuthorityId() && b.hasAuthorityId())
        && !Collections.disjoint(a.nameKeys(), b.nameKeys());
    String shared = a.id().compareTo(b.id()) <= 0 ? a.id() : b.id();
    return new Comparison(left, right, rules, p -> merged && (p.equals(a) || p.equals(b)) ? shared : p.id());
  }

  /** The comparison with place ids resolved by {@code placeIds} (the reconciler's, over a whole batch). */
  public static Comparison of(Claim left, Claim right, RuleSet rules, Function<Place, String> placeIds) {
    return new Comparison(left, right, rules, checkNotNull(placeIds, "placeIds"));
  }

  /** The canonical numeric form of a value, or {@code null} for labels. */
  public static @Nullable Interval form(Value value, RuleSet rules) {
    if (value instanceof Quantity q) return q.baseInterval(rules);
    if (value instanceof DateValue d) return d.range().toInterval();
    if (value instanceof TimeValue t) return t.interval();
    return null;
  }

  /** The first claim of the pair. */
  public Claim left() {
    return left;
  }

  /** The second claim of the pair. */
  public Claim right() {
    return right;
  }

  /** The rule set the pair is compared under. */
  public RuleSet rules() {
    return rules;
  }

  /** The resolved id of the left claim's place. */
  public String leftPlaceId() {
    return leftPlace;
  }

  /** The resolved id of the right claim's place. */
  public String rightPlaceId() {
    return rightPlace;
  }

  /** Whether both claims' places resolve to one place. */
  public boolean samePlace() {
    return leftPlace.equals(rightPlace);
  }

  /** Whether one claim's place lies strictly inside the other's. */
  public boolean nestedPlaces() {
    return !samePlace() && (left.place().contains(right.place()) || right.place().contains(left.place()));
  }

  /** Whether the left claim's place contains the right claim's. */
  public boolean leftContainsRight() {
    return !samePlace() && left.place().contains(right.place());
  }

  /** The event class of the left claim under the rule set ({@code "-"} for non-events). */
  public String leftEventClass() {
    return rules.eventClass(left.event());
  }

  /** The event class of the right claim under the rule set ({@code "-"} for non-events). */
  public String rightEventClass() {
    return rules.eventClass(right.event());
  }

  /** Same measure and, for non-events, same subject. */
  public boolean sameMeasureAndSubject() {
    if (!left.measure().id().equals(right.measure().id())) return false;
    if (!sameCounted()) return false;
    return left.measure().kind() == Measure.Kind.EVENT_DATE || left.subject().id().equals(right.subject().id());
  }

  /** Whether both claims count the same class of things (people, families, fighters…); see {@link CountedClass}. */
  public boolean sameCounted() {
    return rules.countedName(left).equals(rules.countedName(right));
  }

  /**
   * Whether the two claims speak of the same thing: same measure, same place, and the same
   * subject (for figures) or event class (for events; the subject of an event is its actor, and
   * "lost by one side" is "captured by the other").
   */
  public boolean sameTopic() {
    if (!sameMeasureAndSubject() || !samePlace()) return false;
    return left.measure().kind() != Measure.Kind.EVENT_DATE || leftEventClass().equals(rightEventClass());
  }

  /** The tolerance that applies to the pair. */
  public Tolerance tolerance() {
    return tolerance;
  }

  /** Both values are numbers, dates or moments of one dimension, so their forms compare. */
  public boolean comparableForms() {
    if (leftForm == null || rightForm == null) return false;
    Value a = left.value();
    Value b = right.value();
    if (a instanceof Quantity qa && b instanceof Quantity qb) return qa.unit().dimension() == qb.unit().dimension();
    return a.family().equals(b.family());
  }

  /** Whether both values are quantities. */
  public boolean bothQuantities() {
    return left.value() instanceof Quantity && right.value() instanceof Quantity;
  }

  /** Whether both values are dates. */
  public boolean bothDates() {
    return left.value() instanceof DateValue && right.value() instanceof DateValue;
  }

  /** Whether both values are moments. */
  public boolean bothTimes() {
    return left.value() instanceof TimeValue && right.value() instanceof TimeValue;
  }

  /** Whether both values are labels. */
  public boolean bothLabels() {
    return left.value() instanceof Label && right.value() instanceof Label;
  }

  /** The left canonical form without tolerance, or {@code null} for a label. */
  public @Nullable Interval leftForm() {
    return leftForm;
  }

  /** The right canonical form without tolerance, or {@code null} for a label. */
  public @Nullable Interval rightForm() {
    return rightForm;
  }

  /** The left canonical form widened by half the tolerance. */
  public @Nullable Interval leftWidened() {
    return leftWide;
  }

  /** The right canonical form widened by half the tolerance. */
  public @Nullable Interval rightWidened() {
    return rightWide;
  }

  /**
   * The relation of the widened forms, left to right.
   *
   * @throws IllegalStateException if either value has no numeric form (a label)
   */
  public Relation relation() {
    if (leftWide == null || rightWide == null) {
      throw new IllegalStateException("relation() needs two numeric forms; got " + left.value() + " and " + right.value());
    }
    return leftWide.relationTo(rightWide);
  }

  /** The relation of the forms without tolerance. */
  public Relation exactRelation() {
    if (leftForm == null || rightForm == null) {
      throw new IllegalStateException("exactRelation() needs two numeric forms; got " + left.value() + " and "
          + right.value());
    }
    return leftForm.relationTo(rightForm);
  }

  /** Whether both values put forward one number each and the two lie within the tolerance. */
  public boolean pointsAgree() {
    BigDecimal a = point(left.value());
    BigDecimal b = point(right.value());
    if (a == null || b == null) return false;
    Quantity qa = (Quantity) left.value();
    Quantity qb = (Quantity) right.value();
    Interval pa = tolerance.widen(qa.unit().toBase(Interval.point(a)));
    Interval pb = tolerance.widen(qb.unit().toBase(Interval.point(b)));
    return pa.intersects(pb);
  }

  private static @Nullable BigDecimal point(Value v) {
    return v instanceof Quantity q ? q.point() : null;
  }

  /** The left canonical form as shown in reports: {@code [1350..1650]}, {@code [2017-11-03..2017-11-04)}. */
  public String leftCanonical() {
    return canonical(left.value(), leftForm, right.value());
  }

  /** The right canonical form as shown in reports; see {@link #leftCanonical()}. */
  public String rightCanonical() {
    return canonical(right.value(), rightForm, left.value());
  }

  private String canonical(Value v, @Nullable Interval form, Value other) {
    if (v instanceof Quantity q) {
      boolean sameUnit = other instanceof Quantity o && o.unit().equals(q.unit());
      return sameUnit || q.unit().equals(q.unit().base())
          ? q.unit().label(q.interval(rules).toString(), false)
          : q.unit().base().label(String.valueOf(form), false);
    }
    if (v instanceof DateValue d) return d.range().toString();
    if (v instanceof Label l) return "\"" + l.key() + "\"";
    return v.toString();
  }

  /**
   * The left widened form, for a rule that knows both values have one (numbers and dates do, labels
   * do not: {@link #comparableForms()}).
   *
   * @throws IllegalStateException if the left value is a label
   */
  public Interval leftInterval() {
    checkState(leftWide != null, "the left value %s has no interval: check comparableForms() first", left.value());
    return leftWide;
  }

  /**
   * The right widened form, for a rule that knows both values have one.
   *
   * @throws IllegalStateException if the right value is a label
   */
  public Interval rightInterval() {
    checkState(rightWide != null, "the right value %s has no interval: check comparableForms() first", right.value());
    return rightWide;
  }

  /**
   * The left claim's time of validity, for a rule that knows both are known ({@link
   * #validitiesDiffer()}).
   *
   * @throws IllegalStateException if the left claim has no time of validity
   */
  public DayRange leftDays() {
    DayRange d = leftValidity();
    checkState(d != null, "the left claim %s has no time of validity: check validitiesDiffer() first", left.id());
    return d;
  }

  /**
   * The right claim's time of validity, for a rule that knows both are known.
   *
   * @throws IllegalStateException if the right claim has no time of validity
   */
  public DayRange rightDays() {
    DayRange d = rightValidity();
    checkState(d != null, "the right claim %s has no time of validity: check validitiesDiffer() first", right.id());
    return d;
  }

  /** The left claim's time of validity as a day range, or {@code null} if unknown. */
  public @Nullable DayRange leftValidity() {
    DateValue v = left.validity();
    return v == null ? null : v.range();
  }

  /** The right claim's time of validity as a day range, or {@code null} if unknown. */
  public @Nullable DayRange rightValidity() {
    DateValue v = right.validity();
    return v == null ? null : v.range();
  }

  /** Both times of validity are known and they are not the same range of days. */
  public boolean validitiesDiffer() {
    DayRange a = leftValidity();
    DayRange b = rightValidity();
    return a != null && b != null && !a.equals(b);
  }

  @Override
  public String toString() {
    return left + "  vs  " + right;
  }
}
