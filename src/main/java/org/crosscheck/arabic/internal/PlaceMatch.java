package org.crosscheck.arabic.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * A place name found in text, with every place it may name, the preferred one first.
 *
 * <p>Immutable and thread-safe.
 *
 * @param span the name in the original text, without attached prefixes (و، ب، ل…) but with the
 *     article when the name has it
 * @param text the original text of {@code span}
 * @param candidates the places of that name, best first: the type a cue word asks for (مدينة → a
 *     locality, محافظة → a region, قضاء → a county), then the more populous, then the higher level
 */
public record PlaceMatch(Span span, String text, List<Place> candidates) {
  /**
   * Copies the candidates, which the caller gives best first.
   *
   * @throws NullPointerException if {@code span}, {@code text} or {@code candidates} is {@code null}
   * @throws IllegalArgumentException if there is no candidate
   */
  public PlaceMatch {
    checkNotNull(span, "span");
    checkNotNull(text, "text");
    candidates = List.copyOf(checkNotNull(candidates, "candidates"));
    checkArgument(!candidates.isEmpty(), "a place match needs at least one candidate");
  }

  /** The preferred place. */
  public Place place() {
    return candidates.get(0);
  }

  /** {@code "البوكمال" [10..18) → Abu Kamal (البوكمال) COUNTY SY 1108779185 (+1)}. */
  @Override
  public String toString() {
    return "\"" + text + "\" " + span + " \u2192 " + place() + (candidates.size() > 1 ? " (+" + (candidates.size() - 1) + ")" : "");
  }
}
