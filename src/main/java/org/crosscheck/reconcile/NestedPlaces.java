package org.crosscheck.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.EventType;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Place;
import org.crosscheck.rules.Comparison;
import org.crosscheck.rules.EventClass;
import org.crosscheck.rules.Fact;
import org.crosscheck.rules.GroupingRule;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.DayRange;
import org.crosscheck.value.Interval;

/**
 * The rules {@code grouping.nested-events}, {@code grouping.nested-figures} and {@code
 * grouping.status-with-change}: which claims leave the group of their own key for a group at a place
 * nesting with theirs, or for the change of hands at their place. Every decision reads the
 * keys the claims have at their own places (never a key another claim was moved to), so the result
 * does not depend on the order of the claims, and no claim moves twice.
 *
 * <p>Claims of one slot (the key without its place: measure, counted class, subject, event class)
 * are compared; a group confined to one document ({@code grouping.local-figures}) never takes part.
 * The claims keep their own places, so their assessments still tell the scopes apart.
 */
final class NestedPlaces {
  private final RuleSet rules;
  private final Optional<GroupingRule.NestedEvents> events;
  private final Optional<GroupingRule.NestedFigures> figures;
  private final Optional<GroupingRule.StatusWithChange> status;

  NestedPlaces(RuleSet rules) {
    this.rules = rules;
    this.events = rules.grouping(GroupingRule.NestedEvents.class);
    this.figures = rules.grouping(GroupingRule.NestedFigures.class);
    this.status = rules.grouping(GroupingRule.StatusWithChange.class);
  }

  /**
   * The keys claims move to, by claim id; {@code facts} gets, per moved claim, the fact saying why.
   *
   * @param keys each claim's key at its own place
   */
  Map<String, GroupKey> moves(Map<Claim, GroupKey> keys, Map<String, Fact> facts) {
    Map<String, GroupKey> out = new TreeMap<>();
    status.ifPresent(r -> statuses(keys, out, facts));
    if (events.isEmpty() && figures.isEmpty()) return out;
    // per slot, per key: the claims at it, in id order
    Map<GroupKey, Map<GroupKey, List<Claim>>> slots = new TreeMap<>();
    for (Map.Entry<Claim, GroupKey> e : keys.entrySet()) {
      GroupKey k = e.getValue();
      if (k.place().isEmpty() || k.localTo().isPresent() || !takesPart(k.measure())) continue;
      slots.computeIfAbsent(slotOf(k), s -> new TreeMap<>()).computeIfAbsent(k, x -> new ArrayList<>()).add(e.getKey());
    }
    for (Map<GroupKey, List<Claim>> slot : slots.values()) {
      if (slot.size() < 2) continue;
      for (List<Claim> claims : slot.values()) claims.sort(java.util.Comparator.comparing(Claim::id));
      Index index = new Index(slot);
      for (Map.Entry<GroupKey, List<Claim>> here : slot.entrySet()) {
        for (Claim c : here.getValue()) {
          Measure.Kind kind = c.measure().kind();
          if (kind == Measure.Kind.EVENT_DATE || kind == Measure.Kind.DURATION) {
            events.ifPresent(r -> narrower(r, c, here.getKey(), index.narrower(c.place()), out, facts));
          } else if (kind == Measure.Kind.SHARE) {
            figures.ifPresent(r -> union(c, here.getKey(), index.unionsOf(c.place()), out, facts));
          } else if (kind == Measure.Kind.COUNT && figures.isPresent() && figures.get().countsNested(c.measure().id())) {
            widest(c, here.getKey(), index.unions(), out, facts);
          }
        }
      }
    }
    return out;
  }

  /**
   * The groups of one slot by how their places nest, so that a claim looks only at the groups that
   * can contain it or lie inside it (each rule then checks them exactly, in key order as before):
   * linear in the slot's claims rather than claims times groups.
   */
  private static final class Index {
    private final Map<GroupKey, List<Claim>> slot;
    /** Groups by the id of a place at or around which one of their places lies: "in:" ancestor, "self:" id, "part:" of a union. */
    private final Map<String, Set<GroupKey>> by = new java.util.HashMap<>();
    private final Map<GroupKey, List<Claim>> unions = new TreeMap<>();

    Index(Map<GroupKey, List<Claim>> slot) {
      this.slot = slot;
      for (Map.Entry<GroupKey, List<Claim>> e : slot.entrySet()) {
        for (Place p : placesOf(e.getValue())) {
          put("self:" + p.id(), e.getKey());
          for (String a : p.within()) put("in:" + a, e.getKey());
          for (String part : p.parts()) put("part:" + part, e.getKey());
          if (!p.parts().isEmpty() || p.type() == Place.Type.UNION) unions.put(e.getKey(), e.getValue());
        }
      }
    }

    private void put(String key, GroupKey k) {
      by.computeIfAbsent(key, x -> new java.util.HashSet<>()).add(k);
    }

    private Map<GroupKey, List<Claim>> of(Set<GroupKey> keys) {
      Map<GroupKey, List<Claim>> out = new TreeMap<>();
      for (GroupKey k : keys) out.put(k, slot.get(k));
      return out;
    }

    /** The groups with a place that {@code at} may contain: below it, a part of it or below one, a union. */
    Map<GroupKey, List<Claim>> narrower(Place at) {
      Set<GroupKey> keys = new java.util.HashSet<>(by.getOrDefault("in:" + at.id(), Set.of()));
      for (String part : at.parts()) {
        keys.addAll(by.getOrDefault("self:" + part, Set.of()));
        keys.addAll(by.getOrDefault("in:" + part, Set.of()));
      }
      if (!at.parts().isEmpty()) keys.addAll(unions.keySet());
      return of(keys);
    }

    /** The groups with a union place that has {@code at} among its parts. */
    Map<GroupKey, List<Claim>> unionsOf(Place at) {
      return of(by.getOrDefault("part:" + at.id(), Set.of()));
    }

    /** The groups with a union place. */
    Map<GroupKey, List<Claim>> unions() {
      return unions;
    }
  }

  private boolean takesPart(Measure m) {
    return switch (m.kind()) {
      case EVENT_DATE, DURATION -> events.isPresent();
      case SHARE -> figures.isPresent();
      case COUNT -> figures.isPresent() && figures.get().countsNested(m.id());
      default -> false;
    };
  }

  /** The key without its place: what claims at nested places must share to meet. */
  private static GroupKey slotOf(GroupKey k) {
    return new GroupKey(k.measure(), k.counted(), k.subject(), Optional.empty(), k.event(), k.localTo());
  }

  /** The distinct places of a group's claims (one resolved place may come with several records). */
  private static Set<Place> placesOf(List<Claim> claims) {
    Set<Place> out = new LinkedHashSet<>();
    for (Claim c : claims) out.add(c.place());
    return out;
  }

  /** {@code grouping.nested-events}: the claim joins the one narrower group whose value it covers. */
  private void narrower(GroupingRule.NestedEvents rule, Claim c, GroupKey own, Map<GroupKey, List<Claim>> slot,
      Map<String, GroupKey> out, Map<String, Fact> facts) {
    boolean event = c.measure().kind() == Measure.Kind.EVENT_DATE;
    java.util.function.Predicate<Claim> covered;
    if (event) {
      if (!(c.value() instanceof DateValue d)) return;
      DayRange span = d.range();
      if (span.days() < 1 || span.days() > rule.maxSpanDays()) return;
      covered = other -> within(other, span);
    } else {
      Interval length = Comparison.form(c.value(), rules);
      if (length == null) return;
      covered = other -> meets(other, length);
    }
    Map<GroupKey, Place> found = new TreeMap<>();
    Place at = c.place();
    for (Map.Entry<GroupKey, List<Claim>> other : slot.entrySet()) {
      if (other.getKey().equals(own)) continue;
      Place inside = null;
      for (Place p : placesOf(other.getValue())) if (at.contains(p)) inside = p;
      if (inside == null) continue;
      for (Claim d : other.getValue()) {
        if (covered.test(d)) {
          found.put(other.getKey(), inside);
          break;
        }
      }
    }
    if (found.size() != 1) return;
    Map.Entry<GroupKey, Place> target = found.entrySet().iterator().next();
    out.put(c.id(), target.getKey());
    facts.put(c.id(), Fact.of(GroupingRule.NESTED_EVENTS, c.id() + " at " + at + ": of the batch's "
        + (event ? "events of its class" : "durations") + " inside it, only those at " + target.getValue()
        + (event ? " fall within its date " + c.value() : " meet its length " + c.value()) + "; it joins them"));
  }

  private static boolean within(Claim d, DayRange span) {
    return d.value() instanceof DateValue v && span.encloses(v.range());
  }

  private boolean meets(Claim d, Interval length) {
    Interval f = Comparison.form(d.value(), rules);
    return f != null && f.intersects(length);
  }

  /** {@code grouping.nested-figures}, shares: a share of a union's own part joins the union's shares. */
  private static void union(Claim c, GroupKey own, Map<GroupKey, List<Claim>> slot, Map<String, GroupKey> out,
      Map<String, Fact> facts) {
    Place at = c.place();
    List<GroupKey> unions = new ArrayList<>();
    Place union = null;
    for (Map.Entry<GroupKey, List<Claim>> other : slot.entrySet()) {
      if (other.getKey().equals(own)) continue;
      for (Place p : placesOf(other.getValue())) {
        if (p.parts().contains(at.id())) {
          unions.add(other.getKey());
          union = p;
          break;
        }
      }
    }
    if (unions.size() != 1 || union == null) return;
    out.put(c.id(), unions.get(0));
    facts.put(c.id(), Fact.of(GroupingRule.NESTED_FIGURES, c.id() + " is a share of " + at + ", one of the parts of "
        + union + ", whose shares the batch also gives: one tally, told apart by scope"));
  }

  /** {@code grouping.nested-figures}, counts: the count joins the count over the widest union containing it. */
  private static void widest(Claim c, GroupKey own, Map<GroupKey, List<Claim>> slot, Map<String, GroupKey> out,
      Map<String, Fact> facts) {
    Place at = c.place();
    Map<GroupKey, Place> wider = new TreeMap<>();
    for (Map.Entry<GroupKey, List<Claim>> other : slot.entrySet()) {
      if (other.getKey().equals(own)) continue;
      for (Place p : placesOf(other.getValue())) {
        // only a union of places (the whole front: "Iraq and Syria") is a tally of its parts; a
        // country's count may be of another front than its town's
        if (p.type() == Place.Type.UNION && p.contains(at)) {
          wider.put(other.getKey(), p);
          break;
        }
      }
    }
    if (wider.isEmpty()) return;
    // the one place containing all the others; two wide places neither of which contains the other
    // leave the count where it is
    List<GroupKey> widest = new ArrayList<>();
    for (Map.Entry<GroupKey, Place> w : wider.entrySet()) {
      boolean containsAll = true;
      for (Map.Entry<GroupKey, Place> o : wider.entrySet()) {
        if (!o.getKey().equals(w.getKey()) && !w.getValue().contains(o.getValue())) containsAll = false;
      }
      if (containsAll) widest.add(w.getKey());
    }
    if (widest.size() != 1) return;
    Place top = wider.get(widest.get(0));
    out.put(c.id(), widest.get(0));
    facts.put(c.id(), Fact.of(GroupingRule.NESTED_FIGURES, c.id() + " counts " + c.measure().label() + " at " + at
        + ", inside " + top + ", which the batch also counts: one tally with its parts, told apart by scope"));
  }

  /** {@code grouping.status-with-change}: a figure presupposing control joins the change of hands at its place. */
  private void statuses(Map<Claim, GroupKey> keys, Map<String, GroupKey> out, Map<String, Fact> facts) {
    Optional<EventClass> change = Optional.of(rules.eventClassOf(EventType.CAPTURED));
    Map<String, GroupKey> changes = new TreeMap<>();
    for (GroupKey k : keys.values()) {
      if (k.event().equals(change) && k.localTo().isEmpty()) k.place().ifPresent(p -> changes.put(p, k));
    }
    if (changes.isEmpty()) return;
    Optional<GroupingRule.SequenceWidth> width = rules.grouping(GroupingRule.SequenceWidth.class);
    for (Map.Entry<Claim, GroupKey> e : keys.entrySet()) {
      Claim c = e.getKey();
      GroupKey k = e.getValue();
      if (k.event().isPresent() || k.localTo().isPresent() || k.place().isEmpty()
          || !rules.presupposesControl(c.measure()) || !width.map(w -> w.allows(c.place())).orElse(true)) {
        continue;
      }
      GroupKey target = changes.get(k.place().get());
      if (target == null) continue;
      out.put(c.id(), target);
      facts.put(c.id(), Fact.of(GroupingRule.STATUS_WITH_CHANGE, c.id() + " (" + c.measure().label() + " at "
          + c.place() + ") presupposes a side holds the place; it joins the place changing hands"));
    }
  }
}
