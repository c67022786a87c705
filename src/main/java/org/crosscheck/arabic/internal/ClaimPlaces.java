package org.crosscheck.arabic.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The claim places ({@link org.crosscheck.claim.Place}) built from gazetteer places as the texts
 * wrote them, kept for one extractor: a place and its spelling give the same immutable claim place
 * every time (its chain of parents, its aliases), and articles name the same places again and
 * again. Keyed by the gazetteer's place object itself, which the extractor's gazetteer holds for
 * its lifetime. At most {@link #KEPT} are kept; others are built on each request. Thread-safe.
 */
final class ClaimPlaces {
  /** Most claim places kept. */
  static final int KEPT = 50_000;

  private final ConcurrentHashMap<Key, org.crosscheck.claim.Place> kept = new ConcurrentHashMap<>();

  /** A gazetteer place, told by identity, and how a text wrote it. */
  private static final class Key {
    final Place place;
    final String written;

    Key(Place place, String written) {
      this.place = place;
      this.written = written;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.place == place && k.written.equals(written);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(place) * 31 + written.hashCode();
    }
  }

  /** The claim place of {@code place} written {@code written}, built by {@code build} on the first request. */
  org.crosscheck.claim.Place get(Place place, String written,
      BiFunction<Place, String, org.crosscheck.claim.Place> build) {
    Key key = new Key(place, written);
    org.crosscheck.claim.Place p = kept.get(key);
    if (p != null) return p;
    p = build.apply(place, written);
    if (kept.size() < KEPT) {
      org.crosscheck.claim.Place raced = kept.putIfAbsent(key, p);
      if (raced != null) return raced;
    }
    return p;
  }
}
