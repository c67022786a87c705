package org.crosscheck.reconcile;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;

/**
 * What a group of claims speaks of: one measure of one subject at one place (resolved through
 * aliases) and, for events, one event class. Events ignore the subject (the actor), because "lost
 * by one side" and "captured by the other" are one event.
 *
 * <p>Immutable and thread-safe.
 *
 * @param measure the measure id
 * @param subject the subject id ({@code "-"} for events and unstated subjects)
 * @param place the resolved place id ({@code "-"} when unstated)
 * @param event the event class ({@code "-"} for non-events)
 */
public record GroupKey(String measure, String subject, String place, String event) implements Comparable<GroupKey> {
  private static final Comparator<GroupKey> ORDER = Comparator.comparing(GroupKey::measure)
      .thenComparing(GroupKey::event).thenComparing(GroupKey::place).thenComparing(GroupKey::subject);

  public GroupKey {
    checkNotNull(measure, "measure");
    checkNotNull(subject, "subject");
    checkNotNull(place, "place");
    checkNotNull(event, "event");
  }

  @Override
  public int compareTo(GroupKey o) {
    return ORDER.compare(this, o);
  }

  /** {@code fighters/isis@al-qaim}, {@code event-date:captured@deir-ez-zor}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(measure);
    if (!event.equals("-")) sb.append(':').append(event);
    if (!subject.equals("-")) sb.append('/').append(subject);
    if (!place.equals("-")) sb.append('@').append(place);
    return sb.toString();
  }
}
