package org.crosscheck.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A class of event types that name one event, as a {@link RuleSet} declares it: "captured",
 * "liberated", "retook" and "seized" are the capture class read from the side that gains the place;
 * "lost" and "withdrew" are the same class read from the side that loses it ({@link
 * Direction#CONVERSE}). The class is named by its reference type: the smallest id among the types
 * read from the reference side, so the name does not depend on the order of the rules.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the id of the reference event type ({@code "captured"})
 */
public record EventClass(String id) implements Comparable<EventClass> {

  /** From which side an event type tells its class's event. */
  public enum Direction {
    /** As the class's reference type tells it (for the capture class: the side that gains). */
    AS_STATED,
    /** From the other side (for the capture class: the side that loses: "lost", "withdrew"). */
    CONVERSE
  }

  /**
   * The event class of the reference event type {@code id}.
   *
   * @throws IllegalArgumentException if the id is blank or {@code "-"} (no event)
   */
  public EventClass {
    checkNotNull(id, "id");
    checkArgument(!id.isBlank() && !id.equals("-"), "an event class needs the id of an event type, got \"%s\"", id);
  }

  @Override
  public int compareTo(EventClass o) {
    return id.compareTo(o.id);
  }

  /** The reference type's id: {@code captured}. */
  @Override
  public String toString() {
    return id;
  }
}
