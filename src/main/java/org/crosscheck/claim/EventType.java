package org.crosscheck.claim;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.crosscheck.claim.internal.Names;

/**
 * What happened on the date of an {@link Measures#EVENT_DATE} claim: entered, captured, lost,
 * declared victory, … Event types are an open set; how they relate (captured by one side = lost
 * by the other; entered precedes captured) is stated by the rule set, not here.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id stable identifier ({@code "captured"})
 * @param label readable name
 */
public record EventType(String id, String label) {
  /** Not an event claim. */
  public static final EventType NONE = new EventType("-", "-");
  /** Forces entered a place; by default this precedes its capture. */
  public static final EventType ENTERED = new EventType("entered", "entered");
  /** A place was captured: the event that the default rules relate the other capture events to. */
  public static final EventType CAPTURED = new EventType("captured", "captured");
  /** A place was liberated: by default the same event as captured. */
  public static final EventType LIBERATED = new EventType("liberated", "liberated");
  /** Lost by the subject: the same event as captured by the other side. */
  public static final EventType LOST = new EventType("lost", "lost");
  /** Captured back from the side that held it (news says it of most captures from ISIS). */
  public static final EventType RECAPTURED = new EventType("recaptured", "recaptured");
  /** Took back: a capture told as a return. */
  public static final EventType RETOOK = new EventType("retook", "retook");
  /** Seized, wrested control of: a capture. */
  public static final EventType SEIZED = new EventType("seized", "seized");
  /** Took full control of: the end of a capture. */
  public static final EventType TOOK_FULL_CONTROL = new EventType("took-full-control", "took full control");
  /** Withdrew from: a capture told by the side that leaves. */
  public static final EventType WITHDREW = new EventType("withdrew", "withdrew");
  /** Was expelled from: a capture told by the side driven out. */
  public static final EventType EXPELLED = new EventType("expelled", "expelled");
  /** Stormed: forces broke in, before they hold the place. */
  public static final EventType STORMED = new EventType("stormed", "stormed");
  /** The assault on a place began. */
  public static final EventType ASSAULT_BEGAN = new EventType("assault-began", "assault began");
  /** The end of the fighting for a place was announced. */
  public static final EventType ANNOUNCED_END = new EventType("announced-end", "announced the end");
  /** Victory was declared: by default it announces the capture, on its day or later. */
  public static final EventType DECLARED_VICTORY = new EventType("declared-victory", "declared victory");
  /** A military operation began: by default it precedes the entry and the capture. */
  public static final EventType OPERATION_BEGAN = new EventType("operation-began", "operation began");
  /** A siege was broken: by default it precedes the capture. */
  public static final EventType SIEGE_BROKEN = new EventType("siege-broken", "siege broken");
  /** A place or a force was attacked. */
  public static final EventType ATTACKED = new EventType("attacked", "attacked");
  /** Something was announced (a plan, a result), without saying what event it announces. */
  public static final EventType ANNOUNCED = new EventType("announced", "announced");
  /** Something was proclaimed (a state, a caliphate, a truce). */
  public static final EventType DECLARED = new EventType("declared", "declared");
  /** Something was founded: a group, a state, a body. */
  public static final EventType FOUNDED = new EventType("founded", "founded");
  /** Something was held: a vote, a meeting. */
  public static final EventType HELD = new EventType("held", "held (a vote, a meeting)");

  private static final List<EventType> ALL = List.of(ENTERED, CAPTURED, LIBERATED, LOST, RECAPTURED, RETOOK, SEIZED,
      TOOK_FULL_CONTROL, WITHDREW, EXPELLED, STORMED, ASSAULT_BEGAN, ANNOUNCED_END, DECLARED_VICTORY, OPERATION_BEGAN, SIEGE_BROKEN, ATTACKED, ANNOUNCED, DECLARED, FOUNDED, HELD);

  /**
   * An event type with its id and readable label.
   *
   * @throws IllegalArgumentException if the id is blank
   */
  public EventType {
    checkNotNull(id, "id");
    checkNotNull(label, "label");
    checkArgument(!id.isBlank(), "an event type needs a non-blank id");
  }

  /** An event type whose id is the slug of {@code label}. */
  public static EventType of(String label) {
    checkNotNull(label, "label");
    String slug = Names.slug(label);
    checkArgument(!slug.isEmpty(), "an event type needs a label with a letter or digit, got \"%s\"", label);
    return new EventType(slug, label.strip());
  }

  /** The built-in event types. */
  public static List<EventType> all() {
    return ALL;
  }

  /** The built-in event type with this id. */
  public static Optional<EventType> byId(String id) {
    checkNotNull(id, "id");
    return ALL.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** Whether this is {@link #NONE}: the claim is not about an event. */
  public boolean isNone() {
    return this.equals(NONE);
  }

  @Override
  public String toString() {
    return label;
  }
}
