package org.crosscheck.reconcile;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Place;

/**
 * Resolves the places of a batch of claims to canonical ids: places with equal ids are one place;
 * places sharing a name key ({@link org.crosscheck.claim.internal.Names#key}) are merged unless both carry
 * authority ids (two gazetteer entries with one name are two places). The canonical id of a merged
 * class is its smallest id, so the result does not depend on input order.
 */
final class PlaceResolver implements Function<Place, String> {
  private final Map<String, String> canonical;

  private PlaceResolver(Map<String, String> canonical) {
    this.canonical = canonical;
  }

  static PlaceResolver of(Collection<Claim> claims) {
    Map<String, Place> byId = new TreeMap<>();
    for (Claim c : claims) byId.putIfAbsent(c.place().id(), c.place());
    Map<String, String> parent = new HashMap<>();
    for (String id : byId.keySet()) parent.put(id, id);
    // per name key: the plain places (no authority id) and the authority places that carry it
    Map<String, java.util.List<String>> plainByKey = new TreeMap<>();
    Map<String, java.util.List<String>> authorityByKey = new TreeMap<>();
    for (Place p : byId.values()) {
      if (p.isNowhere()) continue;
      for (String key : p.nameKeys()) {
        (p.hasAuthorityId() ? authorityByKey : plainByKey).computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(p.id());
      }
    }
    for (Map.Entry<String, java.util.List<String>> e : plainByKey.entrySet()) {
      java.util.List<String> plain = e.getValue();
      for (int i = 1; i < plain.size(); i++) union(parent, plain.get(0), plain.get(i));
      java.util.List<String> authority = authorityByKey.getOrDefault(e.getKey(), java.util.List.of());
      // a plain name joins an authority place only when the name is not ambiguous between two of them
      if (authority.size() == 1) union(parent, plain.get(0), authority.get(0));
    }
    Map<String, String> canonical = new HashMap<>();
    for (String id : parent.keySet()) canonical.put(id, find(parent, id));
    return new PlaceResolver(canonical);
  }

  @Override
  public String apply(Place place) {
    return canonical.getOrDefault(place.id(), place.id());
  }

  private static String find(Map<String, String> parent, String x) {
    String r = x;
    for (String up = parent.get(r); up != null && !up.equals(r); up = parent.get(r)) r = up;
    return r;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (ra.equals(rb)) return;
    if (ra.compareTo(rb) < 0) parent.put(rb, ra);
    else parent.put(ra, rb);
  }
}
