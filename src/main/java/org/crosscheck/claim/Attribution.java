package org.crosscheck.claim;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Who said it and when: the outlet that published the claim, the agency it took it from, the
 * speaker it quotes (each optional), and the publication date. Printed outermost first: {@code
 * Reuters ← Dillon, 2017-11-03}; {@code Al-Arab ← AFP ← coalition, 2017-11-03}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param outlet who published it, or {@code null}
 * @param agency the wire it came through, or {@code null}
 * @param speaker the person or organization quoted, or {@code null}
 * @param published the publication date, or {@code null} if unknown
 */
public record Attribution(
    @Nullable Source outlet, @Nullable Source agency, @Nullable Source speaker, @Nullable LocalDate published) {

  /** Nobody known, no date. */
  public static final Attribution UNKNOWN = new Attribution(null, null, null, null);

  /** Published by {@code outlet}. */
  public static Attribution by(Source outlet) {
    return new Attribution(checkNotNull(outlet, "outlet"), null, null, null);
  }

  /** Published by an outlet of this name. */
  public static Attribution by(String outlet) {
    return by(Source.outlet(checkNotNull(outlet, "outlet")));
  }

  /** Taken from the wire of {@code agency}. */
  public Attribution via(Source agency) {
    return new Attribution(outlet, checkNotNull(agency, "agency"), speaker, published);
  }

  /** Quoting {@code speaker}, a person or an organization. */
  public Attribution quoting(Source speaker) {
    return new Attribution(outlet, agency, checkNotNull(speaker, "speaker"), published);
  }

  /** This attribution with the publication date {@code date}. */
  public Attribution publishedOn(LocalDate date) {
    return new Attribution(outlet, agency, speaker, checkNotNull(date, "date"));
  }

  /**
   * This attribution published on {@code year-month-day}.
   *
   * @throws java.time.DateTimeException if the day does not exist
   */
  public Attribution publishedOn(int year, int month, int day) {
    return publishedOn(LocalDate.of(year, month, day));
  }

  /**
   * The ids of every source in the chain: outlet, agency, speaker and the speaker's organization
   * ({@code reuters}, {@code afp}, {@code ryan-dillon}, {@code us-led-coalition}). An id means the
   * same source whatever its role, so an outlet that took a story through the Reuters wire shares
   * an origin with Reuters itself. Two claims sharing any id are not independent corroboration.
   */
  public ImmutableSortedSet<String> origins() {
    ImmutableSortedSet.Builder<String> b = ImmutableSortedSet.naturalOrder();
    if (outlet != null) b.add(outlet.id());
    if (agency != null) b.add(agency.id());
    if (speaker != null) {
      b.add(speaker.id());
      if (speaker.affiliation() != null) b.add(speaker.affiliation().id());
    }
    return b.build();
  }

  /** The innermost known source: the speaker, else the agency, else the outlet; {@code null} if none. */
  public @Nullable Source origin() {
    return speaker != null ? speaker : agency != null ? agency : outlet;
  }

  /**
   * The chain without the date, outermost first: {@code Reuters ← Ryan Dillon}; {@code unknown
   * source} when nobody is known. Names written right to left are isolated.
   */
  public String sources() {
    StringBuilder sb = new StringBuilder();
    for (Source s : new Source[] {outlet, agency, speaker}) {
      if (s == null) continue;
      if (sb.length() > 0) sb.append(" \u2190 ");
      sb.append(s); // the name, isolated if right to left
    }
    return sb.length() == 0 ? "unknown source" : sb.toString();
  }

  /**
   * {@code Reuters ← Dillon, 2017-11-03}; {@code unknown source} when nothing is known. Names
   * written right to left are isolated ({@code Al-Arab ← \u2068مصدر محلي\u2069, 2017-11-03}) so the
   * chain reads outermost first in any viewer.
   */
  @Override
  public String toString() {
    return published == null ? sources() : sources() + ", " + published;
  }
}
