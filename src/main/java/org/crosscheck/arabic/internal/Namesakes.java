package org.crosscheck.arabic.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place a bare name read in any language stands for, so that an English and an Arabic article
 * naming the same town give their claims one place id. Built once per {@link Gazetteer} from its
 * names; immutable and thread-safe.
 *
 * <ul>
 *   <li>Rule {@code place.one-record}: Who's On First often holds one town twice (records from two
 *       sources, Kassala, Edfu), the Arabic name first in one and the English name first in the other,
 *       so that each language's order of candidates put a different record first. Localities matched
 *       anywhere (not {@link Place#needsCue()}) that share a name, lie in one region of one country and
 *       within {@link #SAME_TOWN_DEGREES} of each other (or, without coordinates, have one parent) are
 *       one town, whose record is the most populous, then the one of the lowest id.
 *   <li>Rule {@code place.town-of-name}: a bare name (no province or district word) is the town of that
 *       name in the country of the best candidate, as {@link #town} chooses it; a district or
 *       governorate whose name no candidate town shares is its seat when one has its first Arabic or
 *       English name and lies within it (the English "Abnoob" names only the district in the gazetteer,
 *       the Arabic name of the district also its town).
 * </ul>
 */
public final class Namesakes {
  /** The farthest apart, in degrees of latitude and of longitude (about 11 km), two records of one town lie. */
  static final float SAME_TOWN_DEGREES = 0.1f;

  /** Records that are one town to the record of the town, for records that are not their town's record. */
  private final Map<Long, Place> record = new HashMap<>();
  /** Districts and governorates to the town within them that has one of their first names. */
  private final Map<Long, Place> seat = new HashMap<>();

  Namesakes(List<Place> places, Map<String, int[]> byName) {
    int[] parent = new int[places.size()];
    for (int i = 0; i < parent.length; i++) parent[i] = i;
    for (int[] hits : byName.values()) {
      if (hits.length < 2) continue;
      List<Integer> towns = new ArrayList<>();
      for (int h : hits) if (town(places.get(h >> 1))) towns.add(h >> 1);
      // a common name has many towns; records of one town are few (a pair, seldom three)
      if (towns.size() < 2 || towns.size() > 64) continue;
      for (int a = 0; a < towns.size(); a++) {
        for (int b = a + 1; b < towns.size(); b++) {
          if (oneTown(places.get(towns.get(a)), places.get(towns.get(b)))) union(parent, towns.get(a), towns.get(b));
        }
      }
    }
    // the best record of each town held more than once, its root among the members
    Map<Integer, Integer> best = new HashMap<>();
    for (int i = 0; i < parent.length; i++) {
      if (parent[i] != i) best.merge(find(parent, i), i, (x, y) -> better(places.get(x), places.get(y)) ? x : y);
    }
    best.replaceAll((root, member) -> better(places.get(root), places.get(member)) ? root : member);
    for (int i = 0; i < parent.length; i++) {
      Integer b = best.get(find(parent, i));
      if (b != null && places.get(b).id() != places.get(i).id()) record.put(places.get(i).id(), places.get(b));
    }
    for (Place p : places) {
      if (p.type() != Place.Type.REGION && p.type() != Place.Type.COUNTY) continue;
      Place found = null;
      for (String name : List.of(p.nameAr(), p.nameEn())) {
        int[] hits = name.isEmpty() ? null : byName.get(GazetteerReader.nameKey(name));
        if (hits == null) continue;
        for (int h : hits) {
          Place t = places.get(h >> 1);
          if (town(t) && p.country().equals(t.country()) && (t.parentId() == p.id() || t.regionId() == p.id())
              && (found == null || better(t, found))) {
            found = t;
          }
        }
      }
      if (found != null) seat.put(p.id(), record(found));
    }
  }

  /** A locality matched anywhere. */
  private static boolean town(Place p) {
    return p.type() == Place.Type.LOCALITY && !p.needsCue();
  }

  private static boolean oneTown(Place a, Place b) {
    if (!a.country().equals(b.country()) || a.regionId() == 0 || a.regionId() != b.regionId()) return false;
    if (!a.hasCoordinates() || !b.hasCoordinates()) return a.parentId() != 0 && a.parentId() == b.parentId();
    return Math.abs(a.lat() - b.lat()) <= SAME_TOWN_DEGREES && Math.abs(a.lon() - b.lon()) <= SAME_TOWN_DEGREES;
  }

  /** Whether {@code a} is the better record of a town than {@code b}: more people, then a lower id. */
  private static boolean better(Place a, Place b) {
    return a.population() != b.population() ? a.population() > b.population() : a.id() < b.id();
  }

  private static int find(int[] parent, int i) {
    int r = i;
    while (parent[r] != r) r = parent[r];
    while (parent[i] != r) {
      int next = parent[i];
      parent[i] = r;
      i = next;
    }
    return r;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  /** The record of the town {@code p} is a record of (rule {@code place.one-record}); {@code p} itself for most places. */
  public Place record(Place p) {
    return record.getOrDefault(p.id(), p);
  }

  /**
   * Rule {@code place.town-of-name}: the place a bare name stands for, of its candidates best first (as
   * {@link Gazetteer#lookup} or a match gives them, in the order of the language read): the first if
   * it is a country; else the first town in its country; else the seat of a first district or
   * governorate; else the first. Always the town's one record.
   *
   * @throws IllegalArgumentException if {@code candidates} is empty
   */
  public Place town(List<Place> candidates) {
    if (candidates.isEmpty()) throw new IllegalArgumentException("town() needs at least one candidate place");
    Place best = candidates.get(0);
    if (best.type() == Place.Type.COUNTRY) return best;
    for (Place p : candidates) {
      if (p.type() == Place.Type.LOCALITY && p.country().equals(best.country())) return record(p);
    }
    Place s = seat.get(best.id());
    return s != null ? s : best;
  }
}
