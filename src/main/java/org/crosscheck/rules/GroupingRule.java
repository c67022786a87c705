package org.crosscheck.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import java.util.Locale;
import org.crosscheck.claim.Place;

/**
 * A rule that decides which claims the reconciler puts in one group, or which groups it relates.
 * Each kind has a fixed id; a rule set holds at most one rule of each kind, and without it the
 * reconciler does what the kind's description says it does when the rule is absent. The ids appear
 * in the facts of every group the rule shaped ({@code Group.facts()}) and in the JSON report.
 *
 * <ul>
 *   <li>{@link LocalFigures} {@code grouping.local-figures}: a figure that names neither its subject
 *       nor its place ("for years", "dozens of people") is grouped only with its own document's claims.
 *   <li>{@link FocusPlace} {@code grouping.focus-place}: a claim with no place takes its document's
 *       focus place, when enough of the document's placed claims name it.
 *   <li>{@link SequenceWidth} {@code grouping.event-sequence-width}: events of related classes are one
 *       sequence at a town or a province, not across a place of the types listed as too wide.
 *   <li>{@link MajorityFamily} {@code consensus.majority-family}: the value family most claims of a
 *       group share (quantities of one dimension, dates, labels) decides what the consensus compares.
 *   <li>{@link SoleParty} {@code grouping.sole-party}: a figure that names no subject ("600 fighters
 *       in al-Qaim") joins the figures of the one party the batch counts for that measure at that place.
 *   <li>{@link NestedEvents} {@code grouping.nested-events}: an event or a duration placed at a wide place
 *       ("the last Iraqi city was liberated on 17 November") joins the one group of its class inside
 *       that place whose value it covers (Rawa's capture that day).
 *   <li>{@link NestedFigures} {@code grouping.nested-figures}: a share of a country joins the shares of
 *       the one union of countries it is part of, and a count of a listed measure (a force's strength)
 *       joins the count over the widest place containing it; the verdict then tells the scopes apart.
 *   <li>{@link StatusWithChange} {@code grouping.status-with-change}: a figure that presupposes a side
 *       holds a place ("still held by the group", "had lost 90% of the city") joins the group of the
 *       place changing hands.
 *   <li>{@link StoryEvents} {@code grouping.story-events}: an event of a class that happens once in a
 *       story (a state proclaimed, a war begun) and whose place the text leaves unsaid takes the place
 *       of the one event of its class the batch places and dates within its date.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface GroupingRule extends Rule
    permits GroupingRule.LocalFigures, GroupingRule.FocusPlace, GroupingRule.SequenceWidth,
        GroupingRule.MajorityFamily, GroupingRule.SoleParty, GroupingRule.NestedEvents, GroupingRule.NestedFigures,
        GroupingRule.StatusWithChange, GroupingRule.StoryEvents {

  /** The id of {@link LocalFigures}. */
  String LOCAL_FIGURES = "grouping.local-figures";
  /** The id of {@link FocusPlace}. */
  String FOCUS_PLACE = "grouping.focus-place";
  /** The id of {@link SequenceWidth}. */
  String SEQUENCE_WIDTH = "grouping.event-sequence-width";
  /** The id of {@link MajorityFamily}. */
  String MAJORITY_FAMILY = "consensus.majority-family";
  /** The id of {@link SoleParty}. */
  String SOLE_PARTY = "grouping.sole-party";
  /** The id of {@link NestedEvents}. */
  String NESTED_EVENTS = "grouping.nested-events";
  /** The id of {@link NestedFigures}. */
  String NESTED_FIGURES = "grouping.nested-figures";
  /** The id of {@link StatusWithChange}. */
  String STATUS_WITH_CHANGE = "grouping.status-with-change";
  /** The id of {@link StoryEvents}. */
  String STORY_EVENTS = "grouping.story-events";

  /**
   * A figure naming neither subject nor place is grouped only within its document. Without this
   * rule such figures group across documents by measure alone.
   *
   * @param reasons why
   */
  record LocalFigures(List<String> reasons) implements GroupingRule {
    /** The local-figures rule, for these reasons. */
    public LocalFigures {
      reasons = ImmutableList.copyOf(reasons);
    }

    /** The rule with no reasons given. */
    public static LocalFigures standard() {
      return new LocalFigures(List.of());
    }

    @Override
    public String id() {
      return LOCAL_FIGURES;
    }

    @Override
    public String description() {
      return "a figure that names neither its subject nor its place, or an event that names no place, is grouped only"
          + " with its own document's claims";
    }

    @Override
    public LocalFigures because(String reason) {
      return new LocalFigures(ImmutableList.<String>builder().addAll(reasons).add(reason).build());
    }
  }

  /**
   * A count or an event with no place takes the place its document is about: of the places with at
   * least two of the document's placed claims at them or inside them, and at least {@code minShare}
   * of them, narrower than a country, an event takes the narrowest (the town the article follows)
   * and a count the widest (a tally covers the area, not the one town); an event placed at a whole
   * country that contains the narrowest such place takes that place. The share is the rule's
   * confidence and appears in the group's facts. Without this rule a claim with no place stays
   * placeless.
   *
   * @param minShare the least share (0 &lt; minShare &le; 1) of the document's placed claims that
   *     must be at or inside the focus place
   * @param reasons why
   */
  record FocusPlace(double minShare, List<String> reasons) implements GroupingRule {
    /**
     * The focus-place rule with this least share, for these reasons.
     *
     * @throws IllegalArgumentException unless {@code 0 < minShare <= 1}
     */
    public FocusPlace {
      checkArgument(minShare > 0 && minShare <= 1, "grouping.focus-place needs a share in (0, 1], like 0.5; got %s",
          minShare);
      reasons = ImmutableList.copyOf(reasons);
    }

    /** The rule with this least share. */
    public static FocusPlace atLeast(double minShare) {
      return new FocusPlace(minShare, List.of());
    }

    @Override
    public String id() {
      return FOCUS_PLACE;
    }

    @Override
    public String description() {
      return String.format(Locale.ROOT, "a count or an event with no place takes its document's focus place when at"
          + " least %.0f%% of the document's placed claims are at or inside it", minShare * 100);
    }

    @Override
    public FocusPlace because(String reason) {
      return new FocusPlace(minShare, ImmutableList.<String>builder().addAll(reasons).add(reason).build());
    }
  }

  /**
   * Events of related classes (entered, captured) are linked as one sequence only at a place whose
   * type is not listed as too wide. Without this rule they are linked at any place.
   *
   * @param tooWide the place types too wide for one sequence of events
   * @param reasons why
   */
  record SequenceWidth(ImmutableSortedSet<Place.Type> tooWide, List<String> reasons) implements GroupingRule {
    /** The sequence-width rule with these place types too wide, for these reasons. */
    public SequenceWidth {
      tooWide = ImmutableSortedSet.copyOf(checkNotNull(tooWide, "tooWide"));
      reasons = ImmutableList.copyOf(reasons);
    }

    /** The rule with these place types too wide. */
    public static SequenceWidth tooWide(Place.Type... types) {
      return new SequenceWidth(ImmutableSortedSet.copyOf(List.of(types)), List.of());
    }

    /** Whether events at {@code place} can form one sequence. */
    public boolean allows(Place place) {
      return !tooWide.contains(place.type());
    }

    @Override
    public String id() {
      return SEQUENCE_WIDTH;
    }

    @Override
    public String description() {
      return "events of related classes are one sequence at a place, except at places of type "
          + String.join(", ", tooWide.stream().map(t -> t.name().toLowerCase(Locale.ROOT)).toList());
    }

    @Override
    public SequenceWidth because(String reason) {
      return new SequenceWidth(tooWide, ImmutableList.<String>builder().addAll(reasons).add(reason).build());
    }
  }

  /**
   * The value family most claims of a group share decides what its consensus compares; the others
   * are listed as incomparable. Without this rule a group whose values are of more than one family
   * has no consensus.
   *
   * @param reasons why
   */
  record MajorityFamily(List<String> reasons) implements GroupingRule {
    /** The majority-family rule, for these reasons. */
    public MajorityFamily {
      reasons = ImmutableList.copyOf(reasons);
    }

    /** The rule with no reasons given. */
    public static MajorityFamily standard() {
      return new MajorityFamily(List.of());
    }

    @Override
    public String id() {
      return MAJORITY_FAMILY;
    }

    @Override
    public String description() {
      return "the value family most claims of a group share decides what its consensus compares";
    }

    @Override
    public MajorityFamily because(String reason) {
      return new MajorityFamily(ImmutableList.<String>builder().addAll(reasons).add(reason).build());
    }
  }

  /**
   * A figure with a place that names no subject ("a local source said 600 fighters remain in
   * al-Qaim") is about the one party whose figures of the same measure and counted class the batch
   * has at that place, and is grouped with them; the group's facts say so. With two parties or none
   * it stays apart. So does a figure whose own sentence names the party for another figure of the
   * measure ("40 rebel fighters and 12 soldiers were killed"): the writer named the party for one and not
   * for the other. Without this rule unnamed figures never group with named ones.
   *
   * @param reasons why
   */
  record SoleParty(List<String> reasons) implements GroupingRule {
    /** The sole-party rule, for these reasons. */
    public SoleParty {
      reasons = ImmutableList.copyOf(reasons);
    }

    /** The rule with no reasons given. */
    public static SoleParty standard() {
      return new SoleParty(List.of());
    }

    @Override
    public String id() {
      return SOLE_PARTY;
    }

    @Override
    public String description() {
      return "a figure that names no subject joins the one party the batch counts for its measure at its place";
    }

    @Override
    public SoleParty because(String reason) {
      return new SoleParty(ImmutableList.<String>builder().addAll(reasons).add(reason).build());
    }
  }

  /**
   * An event or a duration at a place that contains other places joins the group of the same
   * measure and event class at a narrower place inside it, when that group is the only one inside
   * the place with a value the claim covers: for an event, a date lying within the claim's date,
   * which may span at most {@code maxSpanDays} days (a country's event dated to a year is a
   * campaign, not one town's); for a duration, a length meeting the claim's. "The last Iraqi city
   * was liberated on 17 November" then meets "Rawa was retaken on Friday 17 November" in one group,
   * and the assessment explains the pair by scope. With two such groups, or none, the claim stays
   * at its own place. Without this rule claims at nested places are only linked.
   *
   * @param maxSpanDays the longest span (in days, at least 1) of an event's date that may join a
   *     narrower place's event
   * @param reasons why
   */
  record NestedEvents(int maxSpanDays, List<String> reasons) implements GroupingRule {
    /**
     * The nested-events rule with this longest span, for these reasons.
     *
     * @throws IllegalArgumentException if {@code maxSpanDays < 1}
     */
    public NestedEvents {
      checkArgument(maxSpanDays >= 1, "grouping.nested-events needs a span of at least 1 day, like 31; got %s",
          maxSpanDays);
      reasons = ImmutableList.copyOf(reasons);
    }

    /** The rule letting dates of up to {@code maxSpanDays} days join a narrower place's event. */
    public static NestedEvents spanningAtMost(int maxSpanDays) {
      return new NestedEvents(maxSpanDays, List.of());
    }

    @Override
    public String id() {
      return NESTED_EVENTS;
    }

    @Override
    public String description() {
      return String.format(Locale.ROOT, "an event (dated to at most %d days) or a duration at a wide place joins the"
          + " one group of its class inside that place whose value it covers", maxSpanDays);
    }

    @Override
    public NestedEvents because(String reason) {
      return new NestedEvents(maxSpanDays, ImmutableList.<String>builder().addAll(reasons).add(reason).build());
    }
  }

  /**
   * Figures over nested places that are one tally with its parts. A share at one of a union's own
   * parts (a country of "Iraq and Syria") joins the shares of the same measure and subject over the
   * union, when the batch has them over exactly one such union: both are shares of national
   * territory, and the assessment explains a difference by scope. A share of a town or a
   * governorate never joins a country's: its denominator is another thing. A count of one of the
   * listed measures (a force's strength, reported for a front and for its towns) joins the count of
   * the same measure, counted class and subject over the widest union of places ("Iraq and Syria",
   * the whole front) containing it that the batch counts, when one union contains all the others;
   * a country's count alone may be of another front than its town's and does not take it. Without this rule such figures are only linked.
   *
   * @param countMeasures the ids of the count measures whose figures over nested places are one tally
   * @param reasons why
   */
  record NestedFigures(ImmutableSortedSet<String> countMeasures, List<String> reasons) implements GroupingRule {
    /** The nested-figures rule with these count measures, for these reasons. */
    public NestedFigures {
      countMeasures = ImmutableSortedSet.copyOf(checkNotNull(countMeasures, "countMeasures"));
      reasons = ImmutableList.copyOf(reasons);
    }

    /** The rule with these count measures (ids, such as {@code fighters}). */
    public static NestedFigures counting(String... measureIds) {
      return new NestedFigures(ImmutableSortedSet.copyOf(List.of(measureIds)), List.of());
    }

    /** Whether counts of the measure with this id over nested places are one tally. */
    public boolean countsNested(String measureId) {
      return countMeasures.contains(measureId);
    }

    @Override
    public String id() {
      return NESTED_FIGURES;
    }

    @Override
    public String description() {
      return "a share of a country joins the shares of the union of countries it is part of; a count of "
          + (countMeasures.isEmpty() ? "no measure" : String.join(", ", countMeasures))
          + " joins the count over the widest union of places containing it";
    }

    @Override
    public NestedFigures because(String reason) {
      return new NestedFigures(countMeasures, ImmutableList.<String>builder().addAll(reasons).add(reason).build());
    }
  }

  /**
   * A figure whose measure presupposes that a side holds the place (a control status, towns held,
   * a share of the place lost so far; see {@link Presupposition}) is part of the story of the place
   * changing hands: it joins the group of the capture class at the same place, when the batch has
   * one and the place is narrower than the types {@link SequenceWidth} lists as too wide. The
   * assessment of the pair says whether the status predates the change ({@code
   * status.before-change}). Without this rule such figures are only linked to the change.
   *
   * @param reasons why
   */
  record StatusWithChange(List<String> reasons) implements GroupingRule {
    /** The status-with-change rule, for these reasons. */
    public StatusWithChange {
      reasons = ImmutableList.copyOf(reasons);
    }

    /** The rule with no reasons given. */
    public static StatusWithChange standard() {
      return new StatusWithChange(List.of());
    }

    @Override
    public String id() {
      return STATUS_WITH_CHANGE;
    }

    @Override
    public String description() {
      return "a figure that presupposes a side holds a place joins the group of that place changing hands";
    }

    @Override
    public StatusWithChange because(String reason) {
      return new StatusWithChange(ImmutableList.<String>builder().addAll(reasons).add(reason).build());
    }
  }

  /**
   * Events of the listed classes happen once in the story a batch tells: a state or a caliphate is
   * proclaimed once, a war begins once, a group is founded once. Where the text leaves the place of
   * such an event unsaid ("the group, which proclaimed its state in 2014"; "fighting since
   * mid-April"), the place its document is about ({@link FocusPlace}) is only a guess, and a
   * document's focus town is seldom where the war began. Such a claim takes the place of the
   * batch's events of its class at a stated place when exactly one place has events whose dates lie
   * within the claim's date, whatever the span; with two such places, or none, it keeps the place it
   * had. Without this rule the claim keeps its focus place, or stays within its document.
   *
   * @param classes the ids of the event classes that happen once in a story ({@code declared})
   * @param reasons why
   */
  record StoryEvents(ImmutableSortedSet<String> classes, List<String> reasons) implements GroupingRule {
    /** The story-events rule for these event classes, for these reasons. */
    public StoryEvents {
      classes = ImmutableSortedSet.copyOf(checkNotNull(classes, "classes"));
      reasons = ImmutableList.copyOf(reasons);
    }

    /** The rule for the event classes with these ids (the ids of their reference event types). */
    public static StoryEvents ofClasses(String... classIds) {
      return new StoryEvents(ImmutableSortedSet.copyOf(List.of(classIds)), List.of());
    }

    /** Whether events of {@code eventClass} happen once in a story. */
    public boolean happensOnce(EventClass eventClass) {
      return classes.contains(eventClass.id());
    }

    @Override
    public String id() {
      return STORY_EVENTS;
    }

    @Override
    public String description() {
      return "an event of a class that happens once in a story ("
          + (classes.isEmpty() ? "no class" : String.join(", ", classes)) + ") with no place stated takes the place"
          + " of the one placed event of its class dated within its date";
    }

    @Override
    public StoryEvents because(String reason) {
      return new StoryEvents(classes, ImmutableList.<String>builder().addAll(reasons).add(reason).build());
    }
  }
}
