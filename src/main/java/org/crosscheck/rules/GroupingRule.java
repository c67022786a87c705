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
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface GroupingRule extends Rule
    permits GroupingRule.LocalFigures, GroupingRule.FocusPlace, GroupingRule.SequenceWidth,
        GroupingRule.MajorityFamily, GroupingRule.SoleParty {

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
}
