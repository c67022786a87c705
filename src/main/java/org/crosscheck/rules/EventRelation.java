package org.crosscheck.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.crosscheck.claim.EventType;

/**
 * How two event types relate. {@link Kind#SAME_EVENT}: dates of either speak of one event and are
 * grouped together ("lost by one side" is "captured by the other"). {@link Kind#PRECEDES}: the
 * first happens on or before the second at the same place ("entered" precedes "captured"), so
 * their dates are compared across groups.
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
  public enum Kind { SAME_EVENT, PRECEDES }

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
