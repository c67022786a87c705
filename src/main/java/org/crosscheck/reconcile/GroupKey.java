package org.crosscheck.reconcile;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Subject;
import org.crosscheck.rules.CountedClass;
import org.crosscheck.rules.EventClass;

/**
 * What a group of claims speaks of: one measure (of one counted class: people, families,
 * fighters…) of one subject at one place (resolved through aliases) and, for events, one event
 * class. Events ignore the subject (the actor), because "lost by one side" and "captured by the
 * other" are one event. A figure that says too little to be matched with another document's is
 * grouped only within its own document ({@link #localTo()}).
 *
 * <p>Two keys are equal when their ids are: the measure's id, the counted class's name, the
 * subject's id, the place id, the event class and the document; labels do not split groups.
 *
 * <p>Immutable and thread-safe.
 *
 * @param measure the measure
 * @param counted what a count counts, when not the default class (people)
 * @param subject the subject; empty for events and unstated subjects
 * @param place the resolved place id; empty when no place is stated
 * @param event the event class; present exactly for event dates
 * @param localTo the document the group is confined to (rule {@code grouping.local-figures}); empty
 *     for groups open to every document
 */
public record GroupKey(
    Measure measure, Optional<CountedClass> counted, Optional<Subject> subject, Optional<String> place,
    Optional<EventClass> event, Optional<String> localTo) implements Comparable<GroupKey> {

  private static final Comparator<GroupKey> ORDER = Comparator.comparing(GroupKey::measureId)
      .thenComparing(GroupKey::countedName)
      .thenComparing(k -> k.event.map(EventClass::id).orElse(""))
      .thenComparing(k -> k.place.orElse(""))
      .thenComparing(GroupKey::subjectId)
      .thenComparing(k -> k.localTo.orElse(""));

  /**
   * A group key; an unstated subject, place or event class is {@code Optional.empty()}.
   *
   * @throws IllegalArgumentException if the event class is present for a measure that is not an
   *     event date or missing for one, or an unstated subject or place is given as a value rather
   *     than {@code Optional.empty()}
   */
  public GroupKey {
    checkNotNull(measure, "measure");
    checkNotNull(counted, "counted");
    checkNotNull(subject, "subject");
    checkNotNull(place, "place");
    checkNotNull(event, "event");
    checkNotNull(localTo, "localTo");
    checkArgument(event.isPresent() == (measure.kind() == Measure.Kind.EVENT_DATE),
        "a group key has an event class exactly when its measure is an event date; got measure %s and event %s",
        measure.id(), event.map(EventClass::id).orElse("(none)"));
    checkArgument(subject.isEmpty() || !subject.get().isNone(), "an unstated subject is Optional.empty(), not %s",
        Subject.NONE);
    checkArgument(place.isEmpty() || !place.get().equals("-") && !place.get().isBlank(),
        "an unstated place is Optional.empty(), got \"%s\"", place.orElse(""));
  }

  /** The measure's id: {@code fighters}. */
  public String measureId() {
    return measure.id();
  }

  /** The subject's id, or {@code -} when none is stated. */
  public String subjectId() {
    return subject.map(Subject::id).orElse("-");
  }

  /** The counted class's name, or "" for the default class. */
  public String countedName() {
    return counted.map(CountedClass::name).orElse("");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GroupKey k && k.measureId().equals(measureId()) && k.countedName().equals(countedName())
        && k.subjectId().equals(subjectId()) && k.place.equals(place) && k.event.equals(event)
        && k.localTo.equals(localTo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(measureId(), countedName(), subjectId(), place, event, localTo);
  }

  @Override
  public int compareTo(GroupKey o) {
    return ORDER.compare(this, o);
  }

  /**
   * {@code fighters/isis@al-qaim}, {@code event-date:captured@deir-ez-zor}, {@code displaced#families@hodeidah},
   * {@code killed/?doc-7} (a figure grouped within its document).
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(measure.id());
    counted.ifPresent(k -> sb.append('#').append(k.name()));
    event.ifPresent(e -> sb.append(':').append(e.id()));
    subject.ifPresent(s -> sb.append('/').append(s.id()));
    localTo.ifPresent(d -> sb.append("/?").append(d));
    place.ifPresent(p -> sb.append('@').append(p));
    return sb.toString();
  }
}
