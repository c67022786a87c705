package org.crosscheck.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.EventType;
import org.crosscheck.claim.Measure;
import org.crosscheck.value.Hedge;
import org.crosscheck.value.Interval;
import org.crosscheck.value.IntervalPolicy;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.Unit;
import org.crosscheck.value.VagueQuantifier;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, named set of rules with unique ids. Compose sets with {@link #with}, {@link
 * #replacing}, {@link #without} and {@link #and}; a set refuses two rules with one id and names
 * both.
 *
 * <pre>{@code
 * RuleSet newsroom = RuleSet.defaults()
 *     .with(Tolerance.relative(0.10).forMeasure(FIGHTERS).because("wire copy rounds counts"));
 * }</pre>
 *
 * <p>A rule set is also the {@link IntervalPolicy} that reads hedges and vague quantifiers.
 * Immutable and thread-safe.
 */
public final class RuleSet implements IntervalPolicy {
  private final String name;
  private final ImmutableMap<String, Rule> rules; // insertion order
  // lookups, computed once
  private final ImmutableMap<String, Tolerance> toleranceByMeasure;
  private final ImmutableMap<Measure.Kind, Tolerance> toleranceByKind;
  private final ImmutableMap<Hedge, HedgeWidth> hedgeWidths;
  private final @Nullable HedgePrecision hedgePrecision;
  private final ImmutableMap<VagueQuantifier, VagueInterval> vagueIntervals;
  private final ImmutableMap<String, String> eventClasses;
  private final ImmutableSet<String> converseTypes; // type ids told from the other side than their class
  private final ImmutableSet<ClassPair> precedes; // first happens on or before second
  private final ImmutableSet<ClassPair> announces; // first announces second

  /** Two event classes in order. */
  private record ClassPair(String first, String second) {}
  private final ImmutableSet<String> presupposing;
  private final ImmutableMap<String, CountedClass> countedByUnit;
  private final ImmutableMap<AssessmentRule.Stage, ImmutableList<AssessmentRule>> stages;

  private RuleSet(String name, ImmutableMap<String, Rule> rules) {
    checkArgument(!name.isBlank(), "a rule set needs a non-blank name");
    this.name = name;
    this.rules = rules;
    Map<String, Tolerance> tm = new HashMap<>();
    Map<Measure.Kind, Tolerance> tk = new HashMap<>();
    Map<Hedge, HedgeWidth> hw = new HashMap<>();
    HedgePrecision precision = null;
    Map<VagueQuantifier, VagueInterval> vi = new HashMap<>();
    Map<String, String> parent = new TreeMap<>();
    List<EventRelation> order = new ArrayList<>();
    List<EventRelation> sides = new ArrayList<>();
    ImmutableSet.Builder<String> pres = ImmutableSet.builder();
    Map<String, CountedClass> counted = new TreeMap<>();
    Map<AssessmentRule.Stage, List<AssessmentRule>> st = new LinkedHashMap<>();
    for (Rule r : rules.values()) {
      if (r instanceof Tolerance t) {
        Tolerance previous = t.measureId() != null ? tm.put(t.measureId(), t) : tk.put(t.kind(), t);
        checkArgument(previous == null, "rule set '%s' has two tolerances for %s: '%s' and '%s'; remove one", name,
            t.measureId() != null ? "measure " + t.measureId() : "kind " + t.kind(), previous == null ? "" : previous.id(),
            t.id());
      } else if (r instanceof HedgeWidth h) {
        HedgeWidth previous = hw.put(h.hedge(), h);
        checkArgument(previous == null, "rule set '%s' has two widths for hedge %s: '%s' and '%s'; remove one", name,
            h.hedge(), previous == null ? "" : previous.id(), h.id());
      } else if (r instanceof HedgePrecision h) {
        checkArgument(precision == null, "rule set '%s' has two hedge precision rules: '%s' and '%s'; remove one",
            name, precision == null ? "" : precision.id(), h.id());
        precision = h;
      } else if (r instanceof VagueInterval v) {
        VagueInterval previous = vi.put(v.quantifier(), v);
        checkArgument(previous == null, "rule set '%s' has two intervals for '%s': '%s' and '%s'; remove one", name,
            v.quantifier(), previous == null ? "" : previous.id(), v.id());
      } else if (r instanceof EventRelation e) {
        if (e.kind() == EventRelation.Kind.SAME_EVENT || e.kind() == EventRelation.Kind.CONVERSE) {
          union(parent, e.first().id(), e.second().id());
          sides.add(e);
        } else {
          order.add(e);
        }
      } else if (r instanceof CountedClass k) {
        for (String unit : k.units()) {
          CountedClass previous = counted.put(unit, k);
          checkArgument(previous == null, "rule set '%s' counts unit '%s' in two classes: '%s' and '%s'; remove it from"
              + " one", name, unit, previous == null ? "" : previous.id(), k.id());
        }
      } else if (r instanceof Presupposition p) {
        pres.add(p.measureId());
      } else if (r instanceof AssessmentRule a) {
        st.computeIfAbsent(a.stage(), k -> new ArrayList<>()).add(a);
      }
    }
    this.toleranceByMeasure = ImmutableMap.copyOf(tm);
    this.toleranceByKind = ImmutableMap.copyOf(tk);
    this.hedgeWidths = ImmutableMap.copyOf(hw);
    this.hedgePrecision = precision;
    this.vagueIntervals = ImmutableMap.copyOf(vi);
    Map<String, Boolean> flipped = sides(parent, sides, name);
    // a class is named by the smallest id among the types told from its reference side: the side the
    // second type of a CONVERSE rule is told from ("captured"), else any side
    Map<String, String> reference = new TreeMap<>();
    Map<String, Boolean> referenceFlip = new TreeMap<>();
    for (EventRelation e : sides) {
      if (e.kind() == EventRelation.Kind.CONVERSE) {
        referenceFlip.putIfAbsent(find(parent, e.second().id()), side(flipped, e.second().id()));
      }
    }
    for (String id : parent.keySet()) {
      String root = find(parent, id);
      Boolean told = referenceFlip.get(root);
      boolean side = told != null ? told : side(flipped, root);
      if (side(flipped, id) == side) reference.merge(root, id, (x, y) -> x.compareTo(y) <= 0 ? x : y);
    }
    ImmutableMap.Builder<String, String> classes = ImmutableMap.builder();
    ImmutableSet.Builder<String> converse = ImmutableSet.builder();
    for (String id : parent.keySet()) {
      String root = find(parent, id);
      // the class's root is told from its reference side, so every class has a reference type
      String ref = java.util.Objects.requireNonNull(reference.get(root), root);
      classes.put(id, ref);
      if (side(flipped, id) != side(flipped, ref)) converse.add(id);
    }
    this.eventClasses = classes.buildOrThrow();
    this.converseTypes = converse.build();
    ImmutableSet.Builder<ClassPair> pre = ImmutableSet.builder();
    ImmutableSet.Builder<ClassPair> ann = ImmutableSet.builder();
    for (EventRelation e : order) {
      if (e.kind() == EventRelation.Kind.ANNOUNCES) {
        pre.add(new ClassPair(eventClass(e.second()), eventClass(e.first())));
        ann.add(new ClassPair(eventClass(e.first()), eventClass(e.second())));
      } else {
        pre.add(new ClassPair(eventClass(e.first()), eventClass(e.second())));
      }
    }
    this.precedes = pre.build();
    this.announces = ann.build();
    this.presupposing = pres.build();
    this.countedByUnit = ImmutableMap.copyOf(counted);
    ImmutableMap.Builder<AssessmentRule.Stage, ImmutableList<AssessmentRule>> sb = ImmutableMap.builder();
    for (AssessmentRule.Stage s : AssessmentRule.Stage.values()) {
      List<AssessmentRule> list = new ArrayList<>(st.getOrDefault(s, List.of()));
      list.sort(Comparator.comparingInt(AssessmentRule::priority).thenComparing(AssessmentRule::id));
      sb.put(s, ImmutableList.copyOf(list));
    }
    this.stages = sb.buildOrThrow();
  }

  // union-find whose representative is the smallest id, so classes do not depend on rule order
  private static void union(Map<String, String> parent, String a, String b) {
    parent.putIfAbsent(a, a);
    parent.putIfAbsent(b, b);
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (ra.equals(rb)) return;
    if (ra.compareTo(rb) < 0) parent.put(rb, ra);
    else parent.put(ra, rb);
  }

  /**
   * For every event type in a class, whether it is told from the other side than the class's root,
   * walking SAME_EVENT (same side) and CONVERSE (other side) rules from the root.
   *
   * @throws IllegalArgumentException naming the rules if they put one type on both sides
   */
  private static Map<String, Boolean> sides(Map<String, String> parent, List<EventRelation> rules, String setName) {
    Map<String, List<EventRelation>> byType = new TreeMap<>();
    for (EventRelation e : rules) {
      byType.computeIfAbsent(e.first().id(), k -> new ArrayList<>()).add(e);
      byType.computeIfAbsent(e.second().id(), k -> new ArrayList<>()).add(e);
    }
    Map<String, Boolean> flipped = new TreeMap<>();
    for (String id : parent.keySet()) {
      if (!find(parent, id).equals(id)) continue;
      flipped.put(id, false);
      java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(id));
      while (!todo.isEmpty()) {
        String t = todo.poll();
        for (EventRelation e : byType.getOrDefault(t, List.of())) {
          String other = e.first().id().equals(t) ? e.second().id() : e.first().id();
          boolean side = side(flipped, t) ^ (e.kind() == EventRelation.Kind.CONVERSE);
          Boolean known = flipped.putIfAbsent(other, side);
          if (known == null) {
            todo.add(other);
          } else if (known != side) {
            throw new IllegalArgumentException("rule set '" + setName + "' puts event type '" + other + "' on both sides"
                + " of the class of '" + id + "' (rule " + e.id() + " disagrees with an earlier rule); remove one of"
                + " the SAME_EVENT or CONVERSE rules that join them");
          }
        }
      }
    }
    return flipped;
  }

  private static String find(Map<String, String> parent, String x) {
    String r = x;
    for (String up = parent.get(r); up != null && !up.equals(r); up = parent.get(r)) r = up;
    return r;
  }

  /** The side of an event type in its class ({@code sides} puts every type on one). */
  private static boolean side(Map<String, Boolean> flipped, String id) {
    return java.util.Objects.requireNonNull(flipped.get(id), id);
  }

  /** An empty set called {@code name}. */
  public static RuleSet empty(String name) {
    return new RuleSet(checkNotNull(name, "name"), ImmutableMap.of());
  }

  /** A set called {@code name} holding {@code rules}. */
  public static RuleSet of(String name, Rule... rules) {
    return empty(name).with(rules);
  }

  /** The default rules, documented in {@link DefaultRules}. */
  public static RuleSet defaults() {
    return DefaultRules.SET;
  }

  /** The rule set's name, shown in reports ({@code defaults}, {@code newsroom}). */
  public String name() {
    return name;
  }

  /** Every rule, in the order added. */
  public ImmutableList<Rule> rules() {
    return rules.values().asList();
  }

  /** The number of rules. */
  public int size() {
    return rules.size();
  }

  /** The rule with this id. */
  public Optional<Rule> rule(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  /** Whether a rule with this id is in the set. */
  public boolean contains(String id) {
    return rules.containsKey(id);
  }

  /**
   * This set with more rules.
   *
   * @throws IllegalArgumentException naming both rules if an id is taken
   */
  public RuleSet with(Rule... more) {
    LinkedHashMap<String, Rule> m = new LinkedHashMap<>(rules);
    for (Rule r : more) {
      checkNotNull(r, "rule");
      Rule previous = m.putIfAbsent(r.id(), r);
      if (previous != null) {
        throw new IllegalArgumentException("rule set '" + name + "' already has a rule with id '" + r.id() + "' ("
            + previous.description() + "); the new rule '" + r.id() + "' (" + r.description()
            + ") cannot join it: use replacing(...) to replace the old rule, or give the new one another id");
      }
    }
    return new RuleSet(changedName(), ImmutableMap.copyOf(m));
  }

  /**
   * This set with {@code rule} in place of the rule of the same id.
   *
   * @throws IllegalArgumentException if there is no rule of that id to replace
   */
  public RuleSet replacing(Rule rule) {
    checkNotNull(rule, "rule");
    checkArgument(rules.containsKey(rule.id()), "rule set '%s' has no rule '%s' to replace; use with(...) to add it",
        name, rule.id());
    LinkedHashMap<String, Rule> m = new LinkedHashMap<>(rules);
    m.put(rule.id(), rule);
    return new RuleSet(changedName(), ImmutableMap.copyOf(m));
  }

  /**
   * This set without the rule {@code id}.
   *
   * @throws IllegalArgumentException if there is no such rule
   */
  public RuleSet without(String id) {
    checkArgument(rules.containsKey(id), "rule set '%s' has no rule '%s' to remove", name, id);
    LinkedHashMap<String, Rule> m = new LinkedHashMap<>(rules);
    m.remove(id);
    return new RuleSet(changedName(), ImmutableMap.copyOf(m));
  }

  /**
   * The union of this set and {@code other}, named {@code "<this>+<other>"}.
   *
   * @throws IllegalArgumentException naming both rules if the sets share an id
   */
  public RuleSet and(RuleSet other) {
    LinkedHashMap<String, Rule> m = new LinkedHashMap<>(rules);
    for (Rule r : other.rules.values()) {
      Rule previous = m.putIfAbsent(r.id(), r);
      if (previous != null) {
        throw new IllegalArgumentException("rule sets '" + name + "' and '" + other.name + "' both have a rule with id '"
            + r.id() + "': '" + previous.description() + "' and '" + r.description()
            + "'; remove one with without(...) before joining them");
      }
    }
    return new RuleSet(name + "+" + other.name, ImmutableMap.copyOf(m));
  }

  /** The same rules under another name: {@code RuleSet.defaults().with(...).named("newsroom")}. */
  public RuleSet named(String newName) {
    return new RuleSet(checkNotNull(newName, "newName"), rules);
  }

  /** The same rules under another name; same as {@link #named(String)}. */
  public RuleSet renamed(String newName) {
    return named(newName);
  }

  /** The suffix a changed set's name gets until it is {@linkplain #named named}. */
  public static final String CUSTOMIZED = " (customized)";

  /**
   * The name of a set derived from this one by a change: a set that held rules and was changed is
   * no longer the set of that name ({@code defaults} changed is {@code defaults (customized)}), so a
   * report never says "Rules: defaults" of rules that are not the defaults. An empty set being
   * filled keeps its name.
   */
  private String changedName() {
    return rules.isEmpty() || name.endsWith(CUSTOMIZED) ? name : name + CUSTOMIZED;
  }

  // ---- lookups used by the engine -------------------------------------------------------------

  private static final Tolerance EXACT = Tolerance.absolute(0).forKind(Measure.Kind.OTHER).withId("tolerance.none");

  /** The tolerance for a measure: its own, else its kind's, else none. */
  public Tolerance toleranceFor(Measure measure) {
    Tolerance t = toleranceByMeasure.get(measure.id());
    if (t != null) return t;
    t = toleranceByKind.get(measure.kind());
    return t != null ? t : EXACT;
  }

  /** The tolerance for comparing two measures: the measure's when equal, else the shared kind's, else none. */
  public Tolerance toleranceFor(Measure a, Measure b) {
    if (a.id().equals(b.id())) return toleranceFor(a);
    if (a.kind() == b.kind()) {
      Tolerance t = toleranceByKind.get(a.kind());
      return t != null ? t : EXACT;
    }
    return EXACT;
  }

  @Override
  public BigDecimal hedgeWidth(Hedge hedge, Unit unit) {
    HedgeWidth w = hedgeWidths.get(hedge);
    return w != null ? w.width() : hedge.defaultWidth();
  }

  /**
   * The hedge's stretch on {@code center}: its relative width, narrowed to half the step of the
   * number's last significant digit when a {@link HedgePrecision} rule covers the unit.
   */
  @Override
  public BigDecimal hedgeHalfWidth(Hedge hedge, Unit unit, BigDecimal center) {
    BigDecimal relative = IntervalPolicy.super.hedgeHalfWidth(hedge, unit, center);
    return hedgePrecision != null && hedgePrecision.covers(unit) ? hedgePrecision.halfWidth(center, relative) : relative;
  }

  /** The rule that reads hedged measured quantities to their written precision, if the set has one. */
  public Optional<HedgePrecision> hedgePrecision() {
    return Optional.ofNullable(hedgePrecision);
  }

  @Override
  public Interval vagueInterval(VagueQuantifier quantifier, Unit unit) {
    VagueInterval v = vagueIntervals.get(quantifier);
    return v != null ? v.interval() : quantifier.defaultInterval();
  }

  /** The id of the rule that fixes the width of {@code hedge}, or {@code null} when the default applies. */
  public String hedgeRuleId(Hedge hedge) {
    HedgeWidth w = hedgeWidths.get(hedge);
    return w == null ? "hedge." + hedge.id() + " (default)" : w.id();
  }

  /**
   * The id of an event type's class: the smallest id among the types of its class told from the
   * class's reference side (see {@link EventClass}); a type no rule relates is its own class.
   */
  public String eventClass(EventType type) {
    return eventClasses.getOrDefault(type.id(), type.id());
  }

  /** An event type's class as a value. */
  public EventClass eventClassOf(EventType type) {
    checkNotNull(type, "type");
    checkArgument(!type.isNone(), "only event types have an event class; got the empty event type");
    return new EventClass(eventClass(type));
  }

  /** From which side {@code type} tells its class's event ("lost" tells a capture from the losing side). */
  public EventClass.Direction direction(EventType type) {
    return converseTypes.contains(type.id()) ? EventClass.Direction.CONVERSE : EventClass.Direction.AS_STATED;
  }

  /** Whether events of class {@code first} happen on or before those of class {@code second}. */
  public boolean precedes(String firstClass, String secondClass) {
    return precedes.contains(new ClassPair(firstClass, secondClass));
  }

  /** Whether events of class {@code announcing} announce those of class {@code announced}. */
  public boolean announces(String announcingClass, String announcedClass) {
    return announces.contains(new ClassPair(announcingClass, announcedClass));
  }

  /** Whether events of class {@code first} happen on or before those of class {@code second}. */
  public boolean precedes(EventClass first, EventClass second) {
    return precedes(first.id(), second.id());
  }

  /**
   * What a claim counts, when it is a count in a unit a {@link CountedClass} of this set lists and
   * that class is not the default one; empty for bare counts, unlisted nouns and other values.
   */
  public Optional<CountedClass> countedClass(Claim claim) {
    checkNotNull(claim, "claim");
    if (!(claim.value() instanceof Quantity q)
        || q.unit().dimension() != Unit.Dimension.COUNT) {
      return Optional.empty();
    }
    CountedClass k = countedByUnit.get(q.unit().id().toLowerCase(Locale.ROOT));
    return k == null || k.isDefault() ? Optional.empty() : Optional.of(k);
  }

  /** The name of what a claim counts: its class's, else the default class's ({@code people}), else "". */
  public String countedName(Claim claim) {
    Optional<CountedClass> k = countedClass(claim);
    if (k.isPresent()) return k.get().name();
    CountedClass d = countedByUnit.get(Unit.ONE.id());
    return d == null ? "" : d.name();
  }

  /** Whether counts of the classes named {@code a} and {@code b} are linked (compared, never grouped). */
  public boolean countsLinked(String a, String b) {
    for (CountedClass k : countedByUnit.values()) {
      if (k.name().equals(a) && k.linked().contains(b) || k.name().equals(b) && k.linked().contains(a)) return true;
    }
    return false;
  }

  /** The counted class of this set named {@code name} ({@code children}), if any. */
  public Optional<CountedClass> countedClassNamed(String name) {
    checkNotNull(name, "name");
    return countedByUnit.values().stream().filter(k -> k.name().equals(name)).findFirst();
  }

  /** Whether the counted class {@code part} is a part of the class {@code whole} (children of people). */
  public boolean isPartOf(String part, String whole) {
    for (CountedClass k : countedByUnit.values()) {
      if (k.name().equals(part) && k.wholes().contains(whole)) return true;
    }
    return false;
  }

  /** The grouping rule of this kind, if the set has one (see {@link GroupingRule}). */
  public <T extends GroupingRule> Optional<T> grouping(Class<T> kind) {
    checkNotNull(kind, "kind");
    for (Rule r : rules.values()) if (kind.isInstance(r)) return Optional.of(kind.cast(r));
    return Optional.empty();
  }

  /** The supersession rule, if the set has one. */
  public Optional<Supersession> supersession() {
    return rule(Supersession.ID).filter(Supersession.class::isInstance).map(Supersession.class::cast);
  }

  /** Whether a figure of {@code measure} presupposes its subject still holds the place. */
  public boolean presupposesControl(Measure measure) {
    return presupposing.contains(measure.id());
  }

  /** The assessment rules of one stage, by priority then id. */
  public ImmutableList<AssessmentRule> stage(AssessmentRule.Stage stage) {
    return stages.getOrDefault(stage, ImmutableList.of());
  }

  /** Every rule as a table: id, description, reasons. */
  public String table() {
    int w = rules.keySet().stream().mapToInt(String::length).max().orElse(2);
    StringBuilder sb = new StringBuilder("rule set '").append(name).append("' (").append(rules.size()).append(" rules)\n");
    for (Rule r : rules.values()) {
      sb.append(String.format(Locale.ROOT, "  %-" + w + "s  %s", r.id(), r.description()));
      if (!r.reasons().isEmpty()) sb.append("  \u2014 because ").append(String.join("; ", r.reasons()));
      sb.append('\n');
    }
    return sb.toString();
  }

  /** {@code RuleSet[defaults, 48 rules]}. */
  @Override
  public String toString() {
    return "RuleSet[" + name + ", " + rules.size() + " rules]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleSet r && r.name.equals(name) && r.rules.equals(rules);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + rules.hashCode();
  }
}
