package org.crosscheck.reconcile;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Evidence;
import org.crosscheck.claim.EventType;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Place;
import org.crosscheck.claim.Subject;
import org.crosscheck.rules.Comparison;
import org.crosscheck.rules.EventClass;
import org.crosscheck.rules.Fact;
import org.crosscheck.rules.GroupingRule;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.rules.Supersession;
import org.crosscheck.rules.Tolerance;
import org.crosscheck.rules.Verdict;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.DayRange;
import org.crosscheck.value.Interval;
import org.crosscheck.value.Label;
import org.crosscheck.value.internal.Numbers;
import org.crosscheck.value.PlainText;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.TimeValue;
import org.crosscheck.value.Unit;
import org.crosscheck.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Reconciles a batch of claims: groups those that speak of the same thing, assesses them, finds
 * each group's consensus, links related groups (an entry and a capture at one place; a count over a
 * country and one over a town in it), and gathers everything in a {@link Report}.
 *
 * <pre>{@code
 * Report report = Reconciler.with(RuleSet.defaults()).reconcile(claims);
 * report.table();
 * }</pre>
 *
 * <p>Grouping is keyed ({@link GroupKey}): the measure and what it counts ({@link
 * org.crosscheck.rules.CountedClass}), the subject, the place resolved through aliases, the event
 * class ({@link org.crosscheck.rules.EventClass}), and the document for figures that name neither
 * subject nor place. Every policy beyond the key is a rule of the rule set, named in the facts of
 * the groups it shaped ({@link Group#facts()}): {@code grouping.local-figures}, {@code
 * grouping.focus-place}, {@code grouping.event-sequence-width}, {@code grouping.nested-events},
 * {@code grouping.nested-figures}, {@code grouping.story-events}, {@code consensus.majority-family} and {@code supersession.current-window} ({@link org.crosscheck.rules.GroupingRule}, {@link
 * Supersession}).
 *
 * <p>Immutable and thread-safe: one reconciler may serve many threads. Results do not depend on
 * the order of the input, the default locale or the thread count.
 */
public final class Reconciler {
  /** Groups up to this size are assessed pair by pair. */
  public static final int DEFAULT_PAIR_LIMIT = 64;

  private final RuleSet rules;
  private final Independence independence;
  private final @Nullable ToDoubleFunction<Claim> weights;
  private final int pairLimit;
  private final boolean parallel;

  private Reconciler(RuleSet rules, Independence independence, @Nullable ToDoubleFunction<Claim> weights, int pairLimit,
      boolean parallel) {
    this.rules = rules;
    this.independence = independence;
    this.weights = weights;
    this.pairLimit = pairLimit;
    this.parallel = parallel;
  }

  /** A reconciler applying {@code rules}. */
  public static Reconciler with(RuleSet rules) {
    return new Reconciler(checkNotNull(rules, "rules"), Independence.plain(), null, DEFAULT_PAIR_LIMIT, false);
  }

  /** This reconciler with another independence relation (echo links between documents). */
  public Reconciler withIndependence(Independence i) {
    return new Reconciler(rules, checkNotNull(i, "independence"), weights, pairLimit, parallel);
  }

  /** This reconciler weighting each claim (by its source's reliability, say); weights must be > 0. */
  public Reconciler withWeights(ToDoubleFunction<Claim> w) {
    return new Reconciler(rules, independence, checkNotNull(w, "weights"), pairLimit, parallel);
  }

  /** This reconciler assessing groups of up to {@code limit} claims pair by pair. */
  public Reconciler withPairLimit(int limit) {
    checkArgument(limit >= 2, "withPairLimit() needs a limit >= 2, got %s", limit);
    return new Reconciler(rules, independence, weights, limit, parallel);
  }

  /** This reconciler working on groups in parallel (results are the same). */
  public Reconciler parallel(boolean p) {
    return new Reconciler(rules, independence, weights, pairLimit, p);
  }

  /** The rule set claims are reconciled under. */
  public RuleSet rules() {
    return rules;
  }

  /** How this reconciler tells independent claims from echoes. */
  public Independence independence() {
    return independence;
  }

  /** The assessor this reconciler uses. */
  public Assessor assessor() {
    return new Assessor(rules, independence);
  }

  /** Assesses any two claims, grouped or not. */
  public Assessment assess(Claim a, Claim b) {
    return assessor().assess(a, b);
  }

  /**
   * The key of the group a claim belongs to, with places resolved by {@code placeIds}. Under the
   * rule {@code grouping.local-figures} a figure that names neither its subject nor its place ("for
   * years", "the last two days", "dozens of people"), and an event that names no place, say too
   * little to be matched with another document's: they are grouped only with the claims of their own
   * document ({@link GroupKey#localTo()}).
   */
  public GroupKey keyOf(Claim c, Function<Place, String> placeIds) {
    boolean event = c.measure().kind() == Measure.Kind.EVENT_DATE;
    Optional<Subject> subject = event || c.subject().isNone() ? Optional.empty() : Optional.of(c.subject());
    Optional<String> place = c.place().isNowhere() ? Optional.empty() : Optional.of(placeIds.apply(c.place()));
    Optional<String> local = Optional.empty();
    if (isLocalFigure(c)) local = Optional.ofNullable(c.document());
    return new GroupKey(c.measure(), rules.countedClass(c), subject, place,
        event ? Optional.of(rules.eventClassOf(c.event())) : Optional.empty(), local);
  }

  private boolean isLocalFigure(Claim c) {
    // an event with no place ("captured the headquarters on Saturday") says as little as a figure
    // with neither subject nor place: which capture it was cannot be matched across documents
    return c.subject().isNone() && c.place().isNowhere()
        && c.document() != null && rules.grouping(GroupingRule.LocalFigures.class).isPresent();
  }

  /**
   * Reconciles a batch of claims.
   *
   * @throws IllegalArgumentException naming both claims if two different claims share an id
   */
  public Report reconcile(Collection<Claim> claims) {
    checkNotNull(claims, "claims");
    List<String> notes = new ArrayList<>();
    Map<String, Claim> byId = new TreeMap<>();
    for (Claim c : claims) {
      checkNotNull(c, "claim");
      Claim previous = byId.putIfAbsent(c.id(), c);
      if (previous != null) {
        if (!previous.equals(c)) {
          throw new IllegalArgumentException("two different claims share the id '" + c.id() + "': " + previous + " and "
              + c + "; give them distinct ids");
        }
        notes.add("claim " + c.id() + " was given more than once; it counts once");
      }
    }
    List<Claim> unique = new ArrayList<>(byId.values());
    PlaceResolver places = PlaceResolver.of(unique);
    Map<String, Fact> focus = new TreeMap<>();
    Map<String, Claim> given = new TreeMap<>();
    for (Claim c : unique) given.put(c.id(), c);
    java.util.Set<String> unsaid = new java.util.TreeSet<>();
    for (Claim c : unique) if (c.place().isNowhere()) unsaid.add(c.id());
    unique = withFocusPlaces(unique, places, focus);
    // an event that happens once in a story takes the place of its one placed telling (grouping.story-events)
    Map<String, Fact> story = new TreeMap<>();
    unique = withStoryEvents(unique, places, unsaid, story);
    // a claim may take both a focus place and a sole party: each rule keeps its own fact
    Map<String, Fact> parties = new TreeMap<>();
    unique = withSoleParties(unique, places, parties);
    given.keySet().removeIf(id -> !focus.containsKey(id) && !parties.containsKey(id) && !story.containsKey(id));
    Map<Claim, GroupKey> keys = new LinkedHashMap<>();
    for (Claim c : unique) keys.put(c, keyOf(c, places));
    // claims at nested places that are one topic (grouping.nested-events, grouping.nested-figures)
    Map<String, Fact> nested = new TreeMap<>();
    Map<String, GroupKey> moved = new NestedPlaces(rules).moves(keys, nested);
    followTellings(keys, story, unsaid, moved, nested);
    Map<GroupKey, List<Claim>> grouped = new TreeMap<>();
    for (Claim c : unique) {
      grouped.computeIfAbsent(moved.getOrDefault(c.id(), keys.get(c)), k -> new ArrayList<>()).add(c);
    }
    List<Map.Entry<GroupKey, List<Claim>>> entries = new ArrayList<>(grouped.entrySet());
    List<Group> groups = (parallel ? entries.parallelStream() : entries.stream())
        .map(e -> reconcileGroup(e.getKey(), e.getValue(), places, focus, story, parties, nested))
        .collect(ImmutableList.toImmutableList());
    groups = distinctTopics(groups);
    List<Assessment> links = links(groups, places);
    return new Report(rules, independence, ImmutableList.copyOf(groups), ImmutableList.copyOf(links),
        ImmutableList.copyOf(notes), assessor(), places, ImmutableMap.copyOf(given));
  }

  /**
   * The work inside one group: a pure function of the key, the claims, and this reconciler's rules,
   * independence and weights. Claims may come in any order.
   */
  public Group reconcileGroup(GroupKey key, List<Claim> claims) {
    return reconcileGroup(key, claims, PlaceResolver.of(claims), Map.of(), Map.of(), Map.of(), Map.of());
  }

  /** Under {@code grouping.focus-place}: see {@link FocusPlaces}. */
  private List<Claim> withFocusPlaces(List<Claim> claims, Function<Place, String> places, Map<String, Fact> facts) {
    Optional<GroupingRule.FocusPlace> rule = rules.grouping(GroupingRule.FocusPlace.class);
    return rule.isEmpty() ? claims : new FocusPlaces(rule.get(), places).apply(claims, facts);
  }

  /**
   * A claim that {@code grouping.story-events} placed at the place of the tellings its date covers
   * goes where those tellings go under {@code grouping.nested-events}: when every claim of its key
   * whose place its text states and whose date it covers moved to one group, it follows them (else it
   * would stay at a place only they had given it, apart from them).
   */
  private static void followTellings(Map<Claim, GroupKey> keys, Map<String, Fact> story, java.util.Set<String> unsaid,
      Map<String, GroupKey> moved, Map<String, Fact> nested) {
    if (story.isEmpty() || moved.isEmpty()) return;
    Map<GroupKey, List<Claim>> tellings = new TreeMap<>();
    for (Map.Entry<Claim, GroupKey> e : keys.entrySet()) {
      String id = e.getKey().id();
      if (!story.containsKey(id) && !unsaid.contains(id)) {
        tellings.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
      }
    }
    for (Map.Entry<Claim, GroupKey> e : keys.entrySet()) {
      Claim c = e.getKey();
      if (!story.containsKey(c.id()) || moved.containsKey(c.id()) || !(c.value() instanceof DateValue own)) continue;
      java.util.Set<GroupKey> to = new java.util.TreeSet<>();
      for (Claim t : tellings.getOrDefault(e.getValue(), List.of())) {
        if (t.value() instanceof DateValue d && own.range().encloses(d.range())) to.add(moved.getOrDefault(t.id(), e.getValue()));
      }
      if (to.size() != 1 || to.contains(e.getValue())) continue;
      GroupKey target = to.iterator().next();
      moved.put(c.id(), target);
      nested.put(c.id(), Fact.of(GroupingRule.NESTED_EVENTS, c.id() + " took its place from tellings that joined the"
          + " narrower group " + target + "; it goes with them"));
    }
  }


  /** Under {@code grouping.story-events}: see {@link OnceEvents}. */
  private List<Claim> withStoryEvents(List<Claim> claims, Function<Place, String> places, java.util.Set<String> unsaid,
      Map<String, Fact> facts) {
    Optional<GroupingRule.StoryEvents> rule = rules.grouping(GroupingRule.StoryEvents.class);
    return rule.isEmpty() ? claims : new OnceEvents(rule.get(), rules, places).apply(claims, unsaid, facts);
  }

  /**
   * Under {@code grouping.sole-party}: each figure with a place and no subject takes the subject of
   * the one party whose figures of the same measure and counted class the batch has at the same
   * place, unless its own sentence names that party for another figure of the measure ("40 rebel
   * fighters and 12 soldiers were killed": the soldiers are set apart); {@code facts} gets, per claim id,
   * the fact saying so.
   */
  private List<Claim> withSoleParties(List<Claim> claims, Function<Place, String> places, Map<String, Fact> facts) {
    if (rules.grouping(GroupingRule.SoleParty.class).isEmpty()) return claims;
    Map<String, java.util.Set<Subject>> parties = new TreeMap<>();
    for (Claim c : claims) {
      if (c.measure().kind() == Measure.Kind.EVENT_DATE || c.subject().isNone() || c.place().isNowhere()) continue;
      if (!isParty(c.subject())) continue;
      parties.computeIfAbsent(slot(c, places), k -> new java.util.LinkedHashSet<>()).add(c.subject());
    }
    if (parties.isEmpty()) return claims;
    // "40 rebel fighters and 12 soldiers were killed": a sentence that names the party for one figure and
    // not for the next sets that figure apart from the party
    java.util.Set<String> namedInSentence = new java.util.HashSet<>();
    for (Claim c : claims) {
      String sentence = sentenceKey(c);
      if (sentence != null && !c.subject().isNone()) namedInSentence.add(sentence + "|" + c.subject().id());
    }
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      java.util.Set<Subject> named = c.measure().kind() == Measure.Kind.EVENT_DATE || !c.subject().isNone()
          || c.place().isNowhere() ? null : parties.get(slot(c, places));
      String sentence = sentenceKey(c);
      if (named != null && named.size() == 1 && sentence != null
          && namedInSentence.contains(sentence + "|" + named.iterator().next().id())) {
        named = null;
      }
      if (named != null && named.size() == 1) {
        Subject party = named.iterator().next();
        Fact fact = Fact.of(GroupingRule.SOLE_PARTY, c.id() + " names no subject; the only party counted for "
            + c.measure().id() + " at " + c.place() + " is " + party); // names isolated if right to left
        facts.merge(c.id(), fact, (a, b) -> a);
        out.add(c.about(party).withId(c.id()));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Whether a subject names a party that a figure can be about: not a part of another figure
   * ("(part: of them)") and not a class of people the rule set counts (children, civilians), which
   * says who was counted, not whose figure it is.
   */
  private boolean isParty(Subject s) {
    return !s.label().startsWith("(") && rules.countedClassNamed(s.id()).isEmpty();
  }

  /** The figure's measure in its sentence (document and sentence span), or {@code null} for a claim made by hand. */
  private static @Nullable String sentenceKey(Claim c) {
    Evidence e = c.evidence();
    if (e == null || e.sentence().start() == e.sentence().end()) return null;
    return e.document() + "|" + e.sentence().start() + "|" + e.sentence().end() + "|" + c.measure().id();
  }

  private String slot(Claim c, Function<Place, String> places) {
    return c.measure().id() + "|" + rules.countedClass(c).map(Object::toString).orElse("") + "|" + places.apply(c.place());
  }

  private Group reconcileGroup(GroupKey key, List<Claim> input, Function<Place, String> places,
      Map<String, Fact> focus, Map<String, Fact> story, Map<String, Fact> parties, Map<String, Fact> nested) {
    List<Claim> claims = new ArrayList<>(input);
    claims.sort(Comparator.comparing(Claim::id));
    Assessor assessor = assessor();
    List<String> notes = new ArrayList<>();
    List<Fact> facts = new ArrayList<>();
    key.localTo().ifPresent(d -> facts.add(Fact.of(GroupingRule.LOCAL_FIGURES, "names neither subject nor place:"
        + " grouped only within document " + d)));
    key.counted().ifPresent(k -> facts.add(Fact.of(k.id(), "counts " + k.name())));
    for (Claim c : claims) {
      if (focus.containsKey(c.id())) facts.add(focus.get(c.id()));
      if (story.containsKey(c.id())) facts.add(story.get(c.id()));
      if (parties.containsKey(c.id())) facts.add(parties.get(c.id()));
      if (nested.containsKey(c.id())) facts.add(nested.get(c.id()));
    }
    Consensus consensus = consensus(key.measure(), claims, notes, facts);
    List<Assessment> assessments = new ArrayList<>();
    boolean pairwise = claims.size() <= pairLimit;
    if (pairwise) {
      for (int i = 0; i < claims.size(); i++) {
        for (int j = i + 1; j < claims.size(); j++) assessments.add(assessor.assess(claims.get(i), claims.get(j), places));
      }
    } else {
      String anchorId = consensus.supporters().isEmpty() ? claims.get(0).id() : consensus.supporters().get(0).id();
      Claim anchor = claims.stream().filter(c -> c.id().equals(anchorId)).findFirst().orElseThrow();
      for (Claim c : claims) if (c != anchor) assessments.add(assessor.assess(anchor, c, places));
      notes.add(claims.size() + " claims exceed the pair limit of " + pairLimit + ": each was assessed against "
          + anchor.id() + " (a claim backing the consensus), " + assessments.size() + " of "
          + ((long) claims.size() * (claims.size() - 1) / 2) + " pairs; assess any other pair with Reconciler.assess");
    }
    return new Group(key, topic(key, claims, places), ImmutableList.copyOf(claims), ImmutableList.copyOf(assessments),
        pairwise, consensus, ImmutableList.copyOf(notes), ImmutableList.copyOf(facts));
  }

  /**
   * The group's topic from its key: the event class (not one claim's event type), subject and place,
   * or, without a place, the one document its claims come from ({@code duration in wire.txt}) or
   * {@code (no place stated)}.
   */
  private static String topic(GroupKey key, List<Claim> claims, Function<Place, String> places) {
    Claim first = claims.get(0);
    Place place = claims.stream().map(Claim::place).filter(p -> key.place().equals(Optional.of(p.id()))).findFirst()
        .orElse(first.place());
    StringBuilder sb = new StringBuilder();
    if (key.subject().isPresent()) sb.append(first.subject()).append(' '); // isolated if right to left
    if (key.event().isPresent()) {
      String id = key.event().get().id();
      sb.append(EventType.byId(id).map(EventType::label).orElse(id));
    } else {
      sb.append(first.measure().label());
    }
    key.counted().ifPresent(k -> sb.append(" (").append(k.name()).append(')'));
    if (!place.isNowhere()) {
      sb.append('@').append(place);
    } else {
      // no place: name the document (a group confined to one, or whose claims all come from one),
      // else say that no place was stated, so a heading never reads as if it spoke of everywhere
      java.util.Set<String> documents = new java.util.TreeSet<>();
      for (Claim c : claims) documents.add(c.document() == null ? "" : c.document());
      Optional<String> document = key.localTo().or(() -> documents.size() == 1 && !documents.contains("")
          ? Optional.of(documents.iterator().next()) : Optional.empty());
      sb.append(document.map(d -> " in " + PlainText.isolate(d)).orElse(" (no place stated)"));
    }
    return sb.toString();
  }

  /**
   * The groups with headings no two of which read the same: a heading shared by several groups
   * (one place name for two places, one label for two subjects) gets the group's key, which is
   * unique, in brackets.
   */
  private static List<Group> distinctTopics(List<Group> groups) {
    Map<String, Integer> uses = new HashMap<>();
    for (Group g : groups) uses.merge(g.topic(), 1, Integer::sum);
    if (uses.values().stream().allMatch(n -> n == 1)) return groups;
    List<Group> out = new ArrayList<>(groups.size());
    for (Group g : groups) {
      out.add(uses.getOrDefault(g.topic(), 0) == 1 ? g : new Group(g.key(), g.topic() + " [" + g.key() + "]", g.claims(),
          g.assessments(), g.pairwise(), g.consensus(), g.notes(), g.facts()));
    }
    return out;
  }

  // ---- consensus ----------------------------------------------------------------------------

  private double weight(Claim c) {
    if (weights == null) return 1.0;
    double w = weights.applyAsDouble(c);
    checkArgument(w > 0 && Double.isFinite(w), "claim weights must be finite and > 0, got %s for %s", w, c.id());
    return w;
  }

  private Consensus consensus(Measure groupMeasure, List<Claim> claims, List<String> notes, List<Fact> facts) {
    // the family most claims share decides what is comparable
    Map<String, Integer> families = new TreeMap<>();
    for (Claim c : claims) families.merge(family(c.value()), 1, Integer::sum);
    String family = families.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    if (families.size() > 1) {
      if (rules.grouping(GroupingRule.MajorityFamily.class).isEmpty()) {
        facts.add(Fact.of(GroupingRule.MAJORITY_FAMILY, "absent: values of " + families.keySet() + " give no consensus"));
        notes.add("the group's values are of " + families.size() + " families " + families.keySet() + " and the rule "
            + GroupingRule.MAJORITY_FAMILY + " is not in the rule set: no consensus");
        return Consensus.none(claims);
      }
      facts.add(Fact.of(GroupingRule.MAJORITY_FAMILY, family + " (" + families.get(family) + " of " + claims.size()
          + " claims)"));
    }
    List<Claim> comparable = new ArrayList<>();
    List<String> incomparable = new ArrayList<>();
    for (Claim c : claims) {
      if (family(c.value()).equals(family)) comparable.add(c);
      else incomparable.add(c.id());
    }
    if (!incomparable.isEmpty()) {
      notes.add("claims " + incomparable + " hold " + "values that cannot be compared with the group's " + family
          + " values; they are listed, not used for the consensus");
    }
    // the measure is the compared claims' own when they share one (a status that joined a change of
    // hands, grouping.status-with-change, is compared as a status), else the group's
    Measure measure = comparable.stream().map(c -> c.measure().id()).distinct().count() == 1
        ? comparable.get(0).measure() : groupMeasure;
    Map<String, Claim> byId = new HashMap<>();
    for (Claim c : claims) byId.put(c.id(), c);
    // running totals over a period and counts of a day are different counts (time.period-versus-day):
    // each kind has its own consensus, the running totals' the group's, the days' beside it
    if (rules.contains(PERIOD_VERSUS_DAY) && family.startsWith("quantity:") && measure.kind() == Measure.Kind.COUNT
        && measure.trend() == Measure.Trend.INCREASES) {
      List<Claim> totals = new ArrayList<>();
      List<Claim> days = new ArrayList<>();
      for (Claim c : comparable) (countsADay(c.validity()) ? days : totals).add(c);
      if (!days.isEmpty() && totals.stream().anyMatch(c -> runningTotal(c.validity()))) {
        // a count valid on a day that matches the running total is the total stated as of that day
        // ("the toll rose to 9,770"), not a day's count: it joins the running totals
        Consensus first = consensusOf(totals, incomparable, measure, family, new ArrayList<>(), byId);
        Value total = first.tied() ? null : first.value();
        if (total != null) {
          Tolerance tolerance = rules.toleranceFor(measure);
          Interval reach = Comparison.form(total, rules);
          for (java.util.Iterator<Claim> it = days.iterator(); it.hasNext(); ) {
            Claim c = it.next();
            Interval own = Comparison.form(c.value(), rules);
            if (reach != null && own != null && tolerance.widen(reach).intersects(tolerance.widen(own))) {
              totals.add(c);
              it.remove();
            }
          }
          totals.sort(Comparator.comparing(Claim::id));
        }
      }
      if (!days.isEmpty() && totals.stream().anyMatch(c -> runningTotal(c.validity()))) {
        facts.add(Fact.of(PERIOD_VERSUS_DAY, ids(totals) + " count over a period, " + ids(days)
            + " over a day or a few: a running total and a day's count are different counts, each with its own"
            + " consensus"));
        Consensus ofTotals = consensusOf(totals, incomparable, measure, family, facts, byId);
        Consensus ofDays = consensusOf(days, List.of(), measure, family, facts, byId);
        return ofTotals.withDayCounts(ofDays);
      }
    }
    return consensusOf(comparable, incomparable, measure, family, facts, byId);
  }

  /** The rule that tells running totals from a day's count ({@code org.crosscheck.rules.RunningTotals}). */
  private static final String PERIOD_VERSUS_DAY = "time.period-versus-day";

  /** A period this many days long or longer (or one whose start is not dated) holds a running total. */
  private static final int RUNNING_TOTAL_DAYS = 7;

  /** Whether a time of validity is a running total's: a period with an undated start, or of a week or more. */
  private static boolean runningTotal(@Nullable DateValue v) {
    if (v instanceof DateValue.Before) return true;
    if (!(v instanceof DateValue.Span)) return false;
    DayRange r = v.range();
    return r.start() != null && r.end() != null && r.days() >= RUNNING_TOTAL_DAYS;
  }

  /** Whether a time of validity is a day or a few days (bounded, shorter than a week). */
  private static boolean countsADay(@Nullable DateValue v) {
    if (v == null) return false;
    DayRange r = v.range();
    return r.start() != null && r.end() != null && r.days() < RUNNING_TOTAL_DAYS;
  }

  private static List<String> ids(List<Claim> claims) {
    return claims.stream().map(Claim::id).toList();
  }

  /** The consensus of comparable claims of one kind: the latest of a changing measure, label vote or intervals. */
  private Consensus consensusOf(List<Claim> input, List<String> incomparable, Measure measure, String family,
      List<Fact> facts, Map<String, Claim> byId) {
    List<Claim> comparable = input;
    // a changing measure: the latest time of validity wins, earlier claims are superseded
    List<String> superseded = new ArrayList<>();
    DateValue asOf = null;
    Optional<Supersession> supersession = rules.supersession();
    if (measure.changesOverTime() && supersession.isPresent()) {
      int window = supersession.get().windowDays();
      java.time.LocalDate latest = null;
      for (Claim c : comparable) {
        DateValue v = c.validity();
        if (v != null && v.range().start() != null && (latest == null || v.range().start().isAfter(latest))) {
          latest = v.range().start();
          asOf = v;
        }
      }
      if (latest != null) {
        List<Claim> current = new ArrayList<>();
        for (Claim c : comparable) {
          DateValue v = c.validity();
          if (v == null || v.range().start() == null || !v.range().start().isBefore(latest.minusDays(window))) {
            current.add(c);
          }
          else superseded.add(c.id());
        }
        if (superseded.isEmpty()) asOf = null;
        else facts.add(Fact.of(Supersession.ID, superseded + " valid more than " + window + (window == 1 ? " day" : " days") + " before " + latest
            + ": superseded"));
        comparable = current;
      }
    }
    if (comparable.isEmpty()) return Consensus.none(claimsOf(incomparable, byId));
    return family.equals("label")
        ? labelConsensus(comparable, superseded, incomparable, asOf, byId)
        : intervalConsensus(comparable, superseded, incomparable, asOf, measure, byId);
  }

  private static ImmutableList<Claim> claimsOf(List<String> ids, Map<String, Claim> byId) {
    return ids.stream().map(byId::get).collect(ImmutableList.toImmutableList());
  }

  private static String family(Value v) {
    if (v instanceof Quantity q) return "quantity:" + q.unit().dimension();
    return v.family();
  }

  private Consensus labelConsensus(List<Claim> claims, List<String> superseded, List<String> incomparable,
      @Nullable DateValue asOf, Map<String, Claim> byId) {
    int[] cluster = independence.clusters(claims);
    Map<String, Map<Integer, Double>> support = new TreeMap<>();
    Map<String, Label> labels = new HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      Label l = (Label) claims.get(i).value();
      labels.putIfAbsent(l.key(), l);
      support.computeIfAbsent(l.key(), k -> new HashMap<>()).merge(cluster[i], weight(claims.get(i)), Math::max);
    }
    String best = null;
    double bestW = -1;
    boolean tied = false;
    for (Map.Entry<String, Map<Integer, Double>> e : support.entrySet()) {
      double w = e.getValue().values().stream().mapToDouble(Double::doubleValue).sum();
      if (w > bestW + 1e-9) {
        best = e.getKey();
        bestW = w;
        tied = false;
      } else if (Math.abs(w - bestW) <= 1e-9) {
        tied = true;
      }
    }
    List<String> supporters = new ArrayList<>();
    List<String> dissenters = new ArrayList<>();
    List<Claim> backing = new ArrayList<>();
    for (Claim c : claims) {
      if (((Label) c.value()).key().equals(best)) {
        supporters.add(c.id());
        backing.add(c);
      } else {
        dissenters.add(c.id());
      }
    }
    return new Consensus(labels.get(best), claimsOf(supporters, byId), claimsOf(dissenters, byId),
        claimsOf(superseded, byId), claimsOf(incomparable, byId), independence.countIndependent(backing), bestW, tied,
        asOf);
  }

  private Consensus intervalConsensus(List<Claim> claims, List<String> superseded, List<String> incomparable,
      @Nullable DateValue asOf, Measure measure, Map<String, Claim> byId) {
    Tolerance tolerance = rules.toleranceFor(measure);
    Unit shared = sharedUnit(claims);
    List<Interval> forms = new ArrayList<>();
    List<Interval> wide = new ArrayList<>();
    double[] w = new double[claims.size()];
    for (int i = 0; i < claims.size(); i++) {
      Value v = claims.get(i).value();
      // in the claims' own unit when they share one ("2 months", not 56..62 days), else in base units
      Interval f = java.util.Objects.requireNonNull(
          shared != null ? ((Quantity) v).interval(rules) : Comparison.form(v, rules), "a comparable claim has a form");
      forms.add(f);
      wide.add(shared != null ? tolerance.widen(f, shared) : tolerance.widen(f));
      w[i] = weight(claims.get(i));
    }
    int[] cluster = independence.clusters(claims);
    ConsensusFinder.Result r = ConsensusFinder.find(wide, cluster, w);
    // the tightest value consistent with the backers: the common part of their forms
    Interval exact = null;
    Interval widened = null;
    boolean exactOk = true;
    for (int i : r.members()) {
      widened = widened == null ? wide.get(i) : widened.intersection(wide.get(i));
      if (exactOk) {
        Interval next = exact == null ? forms.get(i) : exact.intersection(forms.get(i));
        if (next == null) exactOk = false;
        else exact = next;
      }
    }
    // the finder's region always has a member, so the backers' widened forms meet
    Interval common = java.util.Objects.requireNonNull(exactOk && exact != null ? exact : widened,
        "the consensus region has a member");
    List<String> supporters = new ArrayList<>();
    List<String> dissenters = new ArrayList<>();
    List<Claim> backing = new ArrayList<>();
    Interval reach = shared != null ? tolerance.widen(common, shared) : tolerance.widen(common);
    for (int i = 0; i < claims.size(); i++) {
      if (wide.get(i).intersects(reach)) {
        supporters.add(claims.get(i).id());
        backing.add(claims.get(i));
      } else {
        dissenters.add(claims.get(i).id());
      }
    }
    // supporters that back the very region come first (the anchor for large groups)
    java.util.Set<String> core = new java.util.HashSet<>();
    for (int i : r.members()) core.add(claims.get(i).id());
    supporters.sort(Comparator.comparing((String id) -> !core.contains(id)).thenComparing(Comparator.naturalOrder()));
    Value value = shared != null ? quantityValue(common, shared) : toValue(common, claims);
    return new Consensus(value, claimsOf(supporters, byId), claimsOf(dissenters, byId), claimsOf(superseded, byId),
        claimsOf(incomparable, byId), independence.countIndependent(backing), r.support(), r.tied(), asOf);
  }

  /** The unit every claim's quantity is given in, or {@code null} when they differ or are not quantities. */
  private static @Nullable Unit sharedUnit(List<Claim> claims) {
    Unit u = null;
    for (Claim c : claims) {
      if (!(c.value() instanceof Quantity q)) return null;
      if (u == null) u = q.unit();
      else if (!u.equals(q.unit())) return null;
    }
    return u;
  }

  /** The consensus interval as a date, a moment, or a quantity in base units. */
  static Value toValue(Interval common, List<Claim> claims) {
    Value first = claims.get(0).value();
    if (first instanceof DateValue) return dateValue(DayRange.fromInterval(common));
    if (first instanceof TimeValue) {
      BigDecimal m = java.util.Objects.requireNonNull(common.lower() != null ? common.lower() : common.upper(),
          "a consensus interval is bounded on one side at least");
      return TimeValue.at(java.time.Instant.ofEpochSecond(m.setScale(0, java.math.RoundingMode.FLOOR).longValueExact() * 60));
    }
    return quantityValue(common, ((Quantity) first).unit().base());
  }

  /** An interval as the simplest quantity that states it. */
  static Quantity quantityValue(Interval in, Unit u) {
    BigDecimal lower = in.lower();
    BigDecimal upper = in.upper();
    if (in.isPoint() && lower != null) return new Quantity.Exact(lower, u);
    if (in.isBounded() && lower != null && upper != null) return new Quantity.Between(lower, upper, u);
    if (lower != null) {
      return new Quantity.Bound(in.lowerType() == org.crosscheck.value.BoundType.CLOSED
          ? Quantity.Bound.Kind.AT_LEAST : Quantity.Bound.Kind.MORE_THAN, lower, u);
    }
    if (upper != null) {
      return new Quantity.Bound(in.upperType() == org.crosscheck.value.BoundType.CLOSED
          ? Quantity.Bound.Kind.AT_MOST : Quantity.Bound.Kind.LESS_THAN, upper, u);
    }
    return new Quantity.Bound(Quantity.Bound.Kind.AT_LEAST, BigDecimal.ZERO, u);
  }

  private static DateValue dateValue(DayRange r) {
    if (r.start() != null && r.end() != null) {
      return r.days() == 1 ? new DateValue.OnDay(r.start()) : new DateValue.Span(r.start(), r.end().minusDays(1));
    }
    if (r.start() != null) return new DateValue.After(r.start(), true);
    if (r.end() != null) return new DateValue.Before(r.end(), false);
    return new DateValue.After(java.time.LocalDate.MIN, true);
  }

  // ---- links between groups -----------------------------------------------------------------

  /**
   * The links between groups, found through indexes (by place, by measure and subject, by nesting
   * of places) rather than by comparing every pair of groups: the work grows with the number of
   * groups and of links, not with its square. The links come in the order of the four kinds below,
   * each in the order of its index keys and then of the groups.
   */
  private List<Assessment> links(List<Group> groups, Function<Place, String> places) {
    Assessor assessor = assessor();
    int n = groups.size();
    Claim[] anchors = new Claim[n];
    for (int i = 0; i < n; i++) anchors[i] = anchor(groups.get(i));
    EventClass change = rules.eventClassOf(EventType.CAPTURED);
    Optional<EventClass> changeKey = Optional.of(change);
    boolean[] status = new boolean[n];
    for (int i = 0; i < n; i++) status[i] = rules.presupposesControl(anchors[i].measure());
    Map<String, List<Integer>> byPlace = new TreeMap<>();
    Map<String, List<Integer>> byMeasureSubject = new TreeMap<>();
    Map<String, List<Integer>> byMeasureSubjectPlace = new TreeMap<>();
    Nesting changes = new Nesting();
    for (int i = 0; i < n; i++) {
      GroupKey k = groups.get(i).key();
      int gi = i;
      k.place().ifPresent(p -> byPlace.computeIfAbsent(p, x -> new ArrayList<>()).add(gi));
      String ms = k.measureId() + "#" + k.countedName() + "/" + k.subjectId() + "/" + k.localTo().orElse("");
      byMeasureSubject.computeIfAbsent(ms, x -> new ArrayList<>()).add(i);
      String msp = k.measureId() + "/" + k.subjectId() + "@" + k.place().orElse("") + "/" + k.localTo().orElse("");
      byMeasureSubjectPlace.computeIfAbsent(msp, x -> new ArrayList<>()).add(i);
      if (k.event().equals(changeKey)) changes.add(anchors[i].place(), i);
    }
    Map<String, Assessment> out = new LinkedHashMap<>();
    Optional<GroupingRule.SequenceWidth> width = rules.grouping(GroupingRule.SequenceWidth.class);
    // (a) related event classes at one place, and (c) presupposed control against a change of hands:
    // only events pair with events, and status figures with changes of hands
    for (List<Integer> atPlace : byPlace.values()) {
      List<Integer> events = new ArrayList<>();
      List<Integer> statuses = new ArrayList<>();
      List<Integer> changesHere = new ArrayList<>();
      for (int i : atPlace) {
        if (groups.get(i).key().event().isPresent()) events.add(i);
        if (status[i]) statuses.add(i);
        if (groups.get(i).key().event().equals(changeKey)) changesHere.add(i);
      }
      java.util.TreeSet<Long> pairs = new java.util.TreeSet<>();
      for (int i : events) for (int j : events) if (i < j) pairs.add(pair(i, j));
      for (int s : statuses) for (int c : changesHere) if (s != c) pairs.add(pair(Math.min(s, c), Math.max(s, c)));
      for (long pr : pairs) {
        Group a = groups.get((int) (pr >>> 32));
        Group b = groups.get((int) pr);
        Optional<EventClass> ea = a.key().event();
        Optional<EventClass> eb = b.key().event();
        // events of related classes are one sequence at a town or a province (rule grouping.event-sequence-width)
        boolean related = ea.isPresent() && eb.isPresent()
            && (rules.precedes(ea.get(), eb.get()) || rules.precedes(eb.get(), ea.get()))
            && width.map(w -> w.allows(anchors[(int) (pr >>> 32)].place())).orElse(true);
        boolean control = status[(int) (pr >>> 32)] && eb.equals(changeKey) || status[(int) pr] && ea.equals(changeKey);
        if (related || control) link(out, assessor, groups, anchors, (int) (pr >>> 32), (int) pr, places);
      }
    }
    // (b) one measure of one subject over nested places
    for (List<Integer> same : byMeasureSubject.values()) {
      if (same.size() < 2) continue;
      Nesting nesting = new Nesting();
      for (int i : same) nesting.add(anchors[i].place(), i);
      java.util.TreeSet<Long> pairs = new java.util.TreeSet<>();
      for (int i : same) {
        for (int j : nesting.candidates(anchors[i].place())) {
          Place pa = anchors[i].place();
          Place pb = anchors[j].place();
          if (i != j && (pa.contains(pb) || pb.contains(pa))) pairs.add(pair(Math.min(i, j), Math.max(i, j)));
        }
      }
      for (long pr : pairs) link(out, assessor, groups, anchors, (int) (pr >>> 32), (int) pr, places);
    }
    // (d) counts of linked classes (families and people) of one measure at one place
    for (List<Integer> same : byMeasureSubjectPlace.values()) {
      for (int x = 0; x < same.size(); x++) {
        for (int y = x + 1; y < same.size(); y++) {
          String ka = rules.countedName(anchors[same.get(x)]);
          String kb = rules.countedName(anchors[same.get(y)]);
          if (!ka.equals(kb) && rules.countsLinked(ka, kb)) {
            link(out, assessor, groups, anchors, same.get(x), same.get(y), places);
          }
        }
      }
    }
    // status figures against changes of hands at a place containing or inside theirs
    for (int s = 0; s < n; s++) {
      if (!status[s]) continue;
      Place ps = anchors[s].place();
      for (int g : changes.candidates(ps)) {
        if (groups.get(g).key().place().equals(groups.get(s).key().place())) continue;
        Place pg = anchors[g].place();
        if (pg.contains(ps) || ps.contains(pg)) link(out, assessor, groups, anchors, s, g, places);
      }
    }
    return new ArrayList<>(out.values());
  }

  private static long pair(int i, int j) {
    return (long) i << 32 | j;
  }

  private boolean statusLink(Group status, Group change, EventClass changeClass) {
    return rules.presupposesControl(anchor(status).measure()) && change.key().event().equals(Optional.of(changeClass));
  }

  private static Claim anchor(Group g) {
    String id = g.consensus().supporters().isEmpty() ? g.claims().get(0).id() : g.consensus().supporters().get(0).id();
    return g.claim(id).orElse(g.claims().get(0));
  }

  /** Links groups {@code i} and {@code j} (in this order) when their anchors are related. */
  private static void link(Map<String, Assessment> out, Assessor assessor, List<Group> groups, Claim[] anchors, int i,
      int j, Function<Place, String> places) {
    String key = groups.get(i).key() + "|" + groups.get(j).key();
    if (out.containsKey(key)) return;
    Assessment x = assessor.assess(anchors[i], anchors[j], places);
    boolean counted = x.rule().id().equals("measure.counted-link");
    if (x.verdict() != Verdict.UNRELATED && (x.verdict() != Verdict.INCOMPARABLE || counted)) out.put(key, x);
  }

  @Override
  public String toString() {
    return "Reconciler[" + rules + ", " + independence + ", pair limit " + pairLimit + "]";
  }
}
