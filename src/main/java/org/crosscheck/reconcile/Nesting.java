package org.crosscheck.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.crosscheck.claim.Place;

/**
 * An index of numbered items by their places, answering "which items' places may contain this
 * place, or lie inside it" without comparing every pair. It follows exactly what {@link
 * Place#contains} reads (ids, {@code within} chains and the parts of unions), so the candidates it
 * returns are a superset of the items whose places nest with the one asked about; the caller checks
 * each candidate with {@link Place#contains}. The work is proportional to the length of the place's
 * chain and parts and to the number of candidates, not to the number of items.
 */
final class Nesting {
  private final Map<String, List<Integer>> byId = new HashMap<>();
  private final Map<String, List<Integer>> byContainer = new HashMap<>();
  private final Map<String, List<Integer>> unionsByPart = new HashMap<>();

  /** Indexes item {@code item} at {@code place}. */
  void add(Place place, int item) {
    put(byId, place.id(), item);
    for (String w : place.within()) put(byContainer, w, item);
    for (String part : place.parts()) put(unionsByPart, part, item);
  }

  /**
   * The items whose place may contain {@code place} or lie inside it (a superset of those that do),
   * in ascending order.
   */
  TreeSet<Integer> candidates(Place place) {
    TreeSet<Integer> out = new TreeSet<>();
    // their place contains this one: this lies within them, or they are a union of this place, of
    // a place containing it, or (both unions) of more parts than this union has
    for (String w : place.within()) {
      addAll(out, byId, w);
      addAll(out, unionsByPart, w);
    }
    addAll(out, unionsByPart, place.id());
    if (!place.parts().isEmpty()) addAll(out, unionsByPart, place.parts().get(0));
    // this place contains theirs: they lie within it, or this union has their place (or a place
    // containing theirs) among its parts, or (both unions) has more parts than theirs
    addAll(out, byContainer, place.id());
    for (String part : place.parts()) {
      addAll(out, byId, part);
      addAll(out, byContainer, part);
      addAll(out, unionsByPart, part);
    }
    return out;
  }

  private static void put(Map<String, List<Integer>> index, String key, int item) {
    index.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
  }

  private static void addAll(TreeSet<Integer> out, Map<String, List<Integer>> index, String key) {
    List<Integer> items = index.get(key);
    if (items != null) out.addAll(items);
  }
}
