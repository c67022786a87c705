package org.crosscheck.arabic.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The order of the candidate places of one name in the {@link Gazetteer} (see its class comment):
 * the type a cue asks for first, then places that need no cue, own names before alternate names,
 * larger population, type, id. Stateless.
 */
final class PlaceOrder {
  private PlaceOrder() {}

  /** A candidate place of a name, and whether the name is its own (first) name. */
  private record Candidate(Place place, boolean own) {}

  private static final Comparator<Candidate> BY_PREFERENCE = Comparator.<Candidate>comparingInt(
          c -> c.place().needsCue() ? 1 : 0)
      .thenComparingInt(c -> c.own() ? 0 : 1)
      .thenComparing(Comparator.<Candidate>comparingLong(c -> c.place().population()).reversed())
      .thenComparingInt(c -> c.place().type().ordinal())
      .thenComparingLong(c -> c.place().id());

  /** The places of {@code hits} (indices into {@code places}, each times two plus one when own), best first. */
  static List<Place> ordered(List<Place> places, int[] hits, Place.@Nullable Type wanted) {
    if (hits.length == 1) {
      List<Place> one = new ArrayList<>(1);
      one.add(places.get(hits[0] >> 1));
      return one;
    }
    Set<Long> ownIds = new HashSet<>();
    for (int h : hits) if ((h & 1) == 1) ownIds.add(places.get(h >> 1).id());
    List<Candidate> candidates = new ArrayList<>(hits.length);
    for (int h : hits) {
      Place p = places.get(h >> 1);
      candidates.add(new Candidate(p, (h & 1) == 1 || ownIds.contains(p.id()) && ownIsEqual(places, hits, p)));
    }
    Comparator<Candidate> order = wanted == null ? BY_PREFERENCE
        : Comparator.<Candidate>comparingInt(c -> c.place().type() == wanted ? 0 : 1).thenComparing(BY_PREFERENCE);
    candidates.sort(order);
    List<Place> out = new ArrayList<>(hits.length);
    for (Candidate c : candidates) out.add(c.place());
    return out;
  }

  /** Whether one of {@code hits} marked own holds a place equal to {@code p} (the order's old set semantics). */
  private static boolean ownIsEqual(List<Place> places, int[] hits, Place p) {
    for (int h : hits) if ((h & 1) == 1 && places.get(h >> 1).equals(p)) return true;
    return false;
  }
}
