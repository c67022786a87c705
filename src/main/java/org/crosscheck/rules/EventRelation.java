package org.crosscheck.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.crosscheck.claim.EventType;

/**
 * How two event types relate; the relations are data of a {@link RuleSet}, from which it derives
 * {@link EventClass}es. {@link Kind#SAME_EVENT}: both name one event told from the same side
 * ("liberated" is "captured"), so their dates are grouped together. {@link Kind#CONVERSE}: the first
 * is the second told from the other side ("lost" by one side is "captured" by the other): one class,
 * the opposite {@link EventClass.Direction}. {@link Kind#PRECEDES}: the first happens on or before
 * the second at the same place ("entered" precedes "captured", "captured" precedes "declared
 * victory"), so their dates are compared across groups.
 *
 * @param id stable id
 * @param description what it says
 * @param reasons why
 * @param kind the relation
 * @param first the first event type
 * @param second the second event type
 */
public record EventRelation(
    String id, String description, List<String> reasons, Kind kind, EventType first, EventType second)
    implements Rule {

  /** The relations between event types that matter. */
  public enum Kind {
    /** One event, told from the same side. */
    SAME_EVENT,
    /** One event, the first told from the other side than the second. */
    CONVERSE,
    /** The first happens on or before the second at one place. */
    PRECEDES,
    /**
     * The first announces the second ("declared victory" announces "captured"): it follows it, and on
     * the same day the two dates speak of one event.
     */
    ANNOUNCES
  }

  /**
   * A relation of two different event types.
   *
   * @throws IllegalArgumentException if the id is malformed, an event type is {@link
   *     EventType#NONE}, or both are the same
   */
  public EventRelation {
    Rule.checkId(id);
    checkNotNull(description, "description");
    checkNotNull(kind, "kind");
    checkNotNull(first, "first");
    checkNotNull(second, "second");
    reasons = ImmutableList.copyOf(reasons);
    checkArgument(!first.isNone() && !second.isNone(), "event relations need two event types");
    checkArgument(!first.equals(second), "an event relation needs two different event types, got %s twice", first.id());
  }

  /** {@code a} and {@code b} are one event: id {@code event.<a>-is-<b>}. */
  public static EventRelation sameEvent(EventType a, EventType b) {
    return new EventRelation("event." + a.id() + "-is-" + b.id(),
        "'" + a.label() + "' and '" + b.label() + "' name the same event", List.of(), Kind.SAME_EVENT, a, b);
  }

  /**
   * {@code a} is {@code b} told from the other side ("lost" is "captured" told by the loser): id
   * {@code event.<a>-is-converse-of-<b>}.
   */
  public static EventRelation converse(EventType a, EventType b) {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    return new EventRelation("event." + a.id() + "-is-converse-of-" + b.id(),
        "'" + a.label() + "' is '" + b.label() + "' told from the other side", List.of(), Kind.CONVERSE, a, b);
  }

  /**
   * {@code a} announces {@code b}: it comes on the day of {@code b} or later, and on the same day
   * dates the same event; id {@code event.<a>-announces-<b>}.
   */
  public static EventRelation announces(EventType a, EventType b) {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    return new EventRelation("event." + a.id() + "-announces-" + b.id(),
        "'" + a.label() + "' announces '" + b.label() + "': on its day or later", List.of(), Kind.ANNOUNCES, a, b);
  }

  /** {@code a} happens on or before {@code b} at one place: id {@code event.<a>-before-<b>}. */
  public static EventRelation precedes(EventType a, EventType b) {
    return new EventRelation("event." + a.id() + "-before-" + b.id(),
        "'" + a.label() + "' happens on or before '" + b.label() + "' at the same place", List.of(), Kind.PRECEDES, a, b);
  }

  @Override
  public EventRelation because(String reason) {
    return new EventRelation(id, description, ImmutableList.<String>builder().addAll(reasons).add(reason).build(), kind,
        first, second);
  }

  @Override
  public String toString() {
    return id + ": " + description;
  }
}
