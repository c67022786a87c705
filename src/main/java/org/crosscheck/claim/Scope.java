package org.crosscheck.claim;

import org.crosscheck.value.PlainText;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * How a claim's figure relates to its place: over which part of it (the whole province, its
 * countryside, the city centre) and how near ("in" al-Qaim or "adjacent to" it), with a free note
 * for what neither captures ("mainly in Abu Kamal"). Two claims about one place with different
 * scopes can both be true: the rule set explains such contradictions by scope.
 *
 * <p>Immutable and thread-safe.
 *
 * @param extent which part of the place
 * @param proximity in the place, or next to it
 * @param note free text the source added; never used to decide, shown in reports
 */
public record Scope(Extent extent, Proximity proximity, String note) {

  /** Which part of a place a figure covers. */
  public enum Extent {
    /** The whole place, as named. */
    WHOLE,
    /** The city proper, not its province or countryside. */
    CITY,
    /** The city centre only. */
    CITY_CENTRE,
    /** The countryside around a town, not the town itself. */
    COUNTRYSIDE,
    /** The whole province or governorate around the named place. */
    PROVINCE,
    /** The district around the named place. */
    DISTRICT,
    /** An area of the place that the source does not name more precisely. */
    AREA
  }

  /** How near to the place a figure holds. */
  public enum Proximity {
    /** In the place. */
    IN,
    /** Next to the place, adjoining it. */
    ADJACENT,
    /** Near the place, not necessarily adjoining it. */
    NEAR
  }

  /** The whole place, in it, no note. */
  public static final Scope WHOLE = new Scope(Extent.WHOLE, Proximity.IN, "");

  /**
   * A scope, the note stripped of surrounding white space.
   *
   * @throws NullPointerException if an argument is null
   */
  public Scope {
    checkNotNull(extent, "extent");
    checkNotNull(proximity, "proximity");
    note = checkNotNull(note, "note").strip();
  }

  /** The figure covers {@code extent} of the place, in it, with no note. */
  public static Scope of(Extent extent) {
    return new Scope(extent, Proximity.IN, "");
  }

  /** The figure holds {@code proximity} to the whole place, with no note. */
  public static Scope of(Proximity proximity) {
    return new Scope(Extent.WHOLE, proximity, "");
  }

  /** This scope over {@code e}, proximity and note kept. */
  public Scope withExtent(Extent e) {
    return new Scope(e, proximity, note);
  }

  /** This scope at {@code p}, extent and note kept. */
  public Scope withProximity(Proximity p) {
    return new Scope(extent, p, note);
  }

  /** This scope with the note {@code n} (stripped), extent and proximity kept. */
  public Scope withNote(String n) {
    return new Scope(extent, proximity, n);
  }

  /** Whether extent and proximity are those of {@link #WHOLE} (the note aside). */
  public boolean isWhole() {
    return extent == Extent.WHOLE && proximity == Proximity.IN;
  }

  /** Whether two scopes differ in extent or proximity (notes aside). */
  public boolean differsFrom(Scope other) {
    return extent != other.extent || proximity != other.proximity;
  }

  /** {@code countryside}, {@code adjacent}, {@code province, adjacent}; empty for the whole place. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (extent != Extent.WHOLE) sb.append(extent.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    if (proximity != Proximity.IN) {
      if (sb.length() > 0) sb.append(", ");
      sb.append(proximity.name().toLowerCase(Locale.ROOT));
    }
    if (!note.isEmpty()) {
      if (sb.length() > 0) sb.append(", ");
      sb.append(PlainText.isolate(note));
    }
    return sb.toString();
  }
}
