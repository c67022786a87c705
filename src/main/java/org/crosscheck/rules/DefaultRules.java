package org.crosscheck.rules;

import static org.crosscheck.rules.AssessmentRule.Stage.DECIDE;
import static org.crosscheck.rules.AssessmentRule.Stage.EXPLAIN;
import static org.crosscheck.rules.AssessmentRule.Stage.REFINE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.EventType;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Measures;
import org.crosscheck.claim.Place;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.DayRange;
import org.crosscheck.value.Hedge;
import org.crosscheck.value.Interval;
import org.crosscheck.value.Label;
import org.crosscheck.value.internal.Numbers;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.Relation;
import org.crosscheck.value.Unit;
import org.crosscheck.value.VagueQuantifier;
import org.jspecify.annotations.Nullable;

/**
 * The default rule set, {@link RuleSet#defaults()}. Its rules, by id:
 *
 * <ul>
 *   <li>Tolerances: {@code tolerance.count}, {@code tolerance.duration}, {@code tolerance.distance}
 *       (exact), {@code tolerance.share} (±0.5 points, so "a third" meets "33.3%"), {@code
 *       tolerance.event-date} (same day), {@code tolerance.moment} (same minute).
 *   <li>Hedge widths {@code hedge.*} (±10% each), narrowed by {@code hedge.precision} for shares,
 *       distances and areas (read to the precision they are written in: "around 42%" is 41.5 to 42.5),
 *       and vague quantifiers {@code vague.*} (the intervals documented in {@link VagueQuantifier}).
 *   <li>Event types: the capture class (captured, liberated, recaptured, retook, seized, took full
 *       control) told from the side that gains; lost, withdrew and expelled tell it from the side that
 *       loses; entered, stormed, assault began, operation began and siege broken precede it; declared
 *       victory and announced the end follow it.
 *   <li>Presuppositions: figures of people held, of control and of towns held presuppose the
 *       subject still holds the place (when the figure's place is that place or lies inside it).
 *   <li>Decisions on one topic: {@code topic.incomparable}; {@code quantity.equal}, {@code
 *       quantity.rounded} (a hedged round figure and a finer one that rounds to it within its hedge),
 *       {@code quantity.containment}, {@code quantity.overlap}, {@code quantity.disjoint}; {@code
 *       date.same}, {@code date.coarser-granularity}, {@code date.overlap}, {@code
 *       event.separate-occurrences} (an article's two dates of one event class at no place that do
 *       not meet: two occurrences, unrelated), {@code date.disjoint};
 *       {@code time.equal}, {@code time.disjoint}; {@code label.equal}, {@code label.different}.
 *   <li>Decisions across topics: {@code event.sequence} (entered and captured on the same day:
 *       compatible), {@code scope.aggregate} (a whole's count against its part's), {@code
 *       scope.nested-share}, {@code event.nested-places}, {@code duration.nested-places}, {@code status.before-change} (a figure that presupposes control
 *       against the date the place changed hands); otherwise {@code topic.different}: unrelated.
 *   <li>Explanations of contradictions: {@code time.validity} (a changing quantity measured at least
 *       {@value #MIN_VALIDITY_GAP_DAYS} days apart), {@code scope.extent}, {@code scope.proximity}, {@code scope.nested-places},
 *       {@code distance.basis} (two distances to one place within a road's detour of each other),
 *       {@code scope.one-article-scale} (one article's two counts of a measure {@value #MIN_SCALE_APART} times apart
 *       or more count different things),
 *       {@code event.type}, {@code figure.restated}; {@code time.period-versus-day} (a running total over a period, since a
 *       date or since a war began, against a day's count: different counts); the flag {@code time.trend}
 *       marks a running total that moves the wrong way over time (and time of validity then does not
 *       explain it); two running totals from one start are read at the ends of their periods.
 *   <li>Refinement: {@code scope.agree-across-scopes} (the same value over different scopes is
 *       compatible, not agreement).
 * </ul>
 */
public final class DefaultRules {
  private DefaultRules() {}

  static final RuleSet SET = RuleSet.of("defaults", all().toArray(new Rule[0]));

  /** Every default rule, in order. */
  public static List<Rule> all() {
    List<Rule> r = new ArrayList<>();
    r.add(Tolerance.relative(0).forKind(Measure.Kind.COUNT)
        .because("a count given as exact is meant as exact; add a tolerance for measures you know are rounded"));
    r.add(Tolerance.absolute(0.5).forKind(Measure.Kind.SHARE)
        .because("fractions and rounded percentages differ in the decimals (1/3 against 33.3%)"));
    r.add(Tolerance.relative(0).forKind(Measure.Kind.DURATION));
    r.add(Tolerance.relative(0).forKind(Measure.Kind.DISTANCE));
    r.add(Tolerance.relative(0).forKind(Measure.Kind.AREA));
    r.add(Tolerance.days(0).forKind(Measure.Kind.EVENT_DATE));
    r.add(Tolerance.minutes(0).forKind(Measure.Kind.MOMENT));
    for (Hedge h : Hedge.values()) {
      if (h != Hedge.NONE) r.add(HedgeWidth.of(h, h.defaultWidth().doubleValue()));
    }
    r.add(HedgePrecision.forDimensions(Unit.Dimension.SHARE, Unit.Dimension.LENGTH, Unit.Dimension.AREA)
        .because("shares, distances and areas are measured and written to the precision the writer has: 'around 42%'"
            + " is not '40%', though 42 \u00b1 10% would reach it"));
    for (VagueQuantifier q : VagueQuantifier.values()) r.add(VagueInterval.of(q, q.defaultInterval()));
    // the capture class, told from the side that gains the place
    r.add(EventRelation.sameEvent(EventType.LIBERATED, EventType.CAPTURED)
        .because("'liberated' is 'captured' told by the side that took it"));
    r.add(EventRelation.sameEvent(EventType.RECAPTURED, EventType.CAPTURED)
        .because("news says 'recaptured' of a place taken back from the side that seized it years before"));
    r.add(EventRelation.sameEvent(EventType.RETOOK, EventType.CAPTURED));
    r.add(EventRelation.sameEvent(EventType.SEIZED, EventType.CAPTURED));
    r.add(EventRelation.sameEvent(EventType.TOOK_FULL_CONTROL, EventType.CAPTURED)
        .because("full control is announced the day the capture ends"));
    // ... and from the side that loses it
    r.add(EventRelation.converse(EventType.LOST, EventType.CAPTURED)
        .because("a place lost by one side is captured by the other"));
    r.add(EventRelation.converse(EventType.WITHDREW, EventType.CAPTURED));
    r.add(EventRelation.converse(EventType.EXPELLED, EventType.CAPTURED));
    // what comes before a capture ...
    r.add(EventRelation.precedes(EventType.ENTERED, EventType.CAPTURED)
        .because("forces enter a town before they hold all of it, often on the same day"));
    r.add(EventRelation.precedes(EventType.STORMED, EventType.CAPTURED));
    r.add(EventRelation.precedes(EventType.ASSAULT_BEGAN, EventType.CAPTURED));
    r.add(EventRelation.precedes(EventType.OPERATION_BEGAN, EventType.CAPTURED));
    r.add(EventRelation.precedes(EventType.OPERATION_BEGAN, EventType.ENTERED));
    r.add(EventRelation.precedes(EventType.SIEGE_BROKEN, EventType.CAPTURED));
    // ... and after it
    r.add(EventRelation.announces(EventType.DECLARED_VICTORY, EventType.CAPTURED)
        .because("victory is declared once the place is held; news dates a capture by its announcement"));
    r.add(EventRelation.announces(EventType.ANNOUNCED_END, EventType.CAPTURED));
    // the start of a war, whatever word tells it (the fighting, the conflict, the bombardment)
    r.add(EventRelation.sameEvent(new EventType("fighting-began", "fighting began"),
        new EventType("conflict-began", "conflict began"))
        .because("the fighting and the conflict of one war begin on one day; sources word it either way"));
    // grouping
    r.add(GroupingRule.LocalFigures.standard()
        .because("'for years' or 'dozens of people' with no subject or place says too little to meet another article"));
    r.add(GroupingRule.FocusPlace.atLeast(0.4)
        .because("an article about one town often leaves the town unsaid in later sentences, and gives the tally of"
            + " its province or state without naming it"));
    r.add(GroupingRule.SequenceWidth.tooWide(Place.Type.COUNTRY, Place.Type.REGION, Place.Type.UNION)
        .because("across a country 'the operation began' and 'captured' may be two campaigns years apart"));
    r.add(GroupingRule.SoleParty.standard()
        .because("a figure a source gives without naming whose it is, where one party is counted, is that party's"));
    r.add(GroupingRule.NestedEvents.spanningAtMost(31)
        .because("news often places a town's event in its country ('the last Iraqi city was liberated on Friday');"
            + " a date of a month or less picks the one town whose event it was, a year names a campaign"));
    r.add(GroupingRule.NestedFigures.counting(Measures.FIGHTERS.id(), Measures.TROOPS.id())
        .because("a force's strength is reported for the whole front and for its towns, one estimate split by place;"
            + " shares of national territory are given per country and for the countries together"));
    r.add(GroupingRule.StatusWithChange.standard()
        .because("'still held by the group' and 'the group had lost 90% of the city' are the state before the capture"
            + " that ends them; a reader follows them with the capture"));
    r.add(GroupingRule.StoryEvents.ofClasses(EventType.DECLARED.id(), EventType.FOUNDED.id(), "conflict-began")
        .because("a state is proclaimed, a group founded and a war begun once: an article that leaves the place unsaid"
            + " tells the same event as one that names it, wherever the article itself is"));
    r.add(GroupingRule.MajorityFamily.standard());
    r.add(Supersession.currentWithin(2).because("a wire copied the next day is not news of a change"));
    // what counts count
    r.add(CountedClass.of("people", "one", "people", "persons", "residents", "inhabitants")
        .because("a bare number of a count of people counts people"));
    r.add(CountedClass.of("families", "families", "households").linkedTo("people")
        .because("a family is several people: 50 families and 200 people may be the same crowd, never the same count"));
    r.add(CountedClass.of("fighters", "fighters", "militants", "troops", "soldiers", "combatants"));
    r.add(CountedClass.of("civilians", "civilians").partOf("people")
        .because("civilians are some of the people a toll counts: a part, not the same figure"));
    r.add(CountedClass.of("children", "children").partOf("people")
        .because("'4,008 children' among '9,770 killed' is a part of the toll, not a second reading of it"));
    r.add(CountedClass.of("women", "women").partOf("people")
        .because("women are some of the people a toll counts"));
    r.add(Presupposition.control(Measures.PEOPLE_HELD));
    r.add(Presupposition.control(Measures.CONTROL));
    r.add(Presupposition.control(Measures.TOWNS_HELD)
        .because("a party that still holds a town is counted among the towns it holds"));
    r.add(Presupposition.control(Measures.TERRITORY_LOST)
        .because("a share of a town lost short of all of it says the rest is still held"));

    // ---- decisions on one topic -------------------------------------------------------------
    r.add(rule("topic.incomparable", "values of different kinds or dimensions cannot be compared", DECIDE, 100,
        (c, v) -> c.sameTopic() && !c.bothLabels() && !c.comparableForms()
            ? decide(Verdict.INCOMPARABLE, "cannot compare " + describe(c.left()) + " with " + describe(c.right()))
            : none()));
    r.add(rule("quantity.equal", "two quantities are equal, or put forward numbers within the tolerance", DECIDE, 200,
        (c, v) -> c.sameTopic() && c.bothQuantities() && c.comparableForms()
            && (c.exactRelation().kind() == Relation.Kind.EQUAL || c.pointsAgree())
            ? decide(Verdict.AGREE, c.exactRelation().kind() == Relation.Kind.EQUAL
                ? "the values are equal" : "both put forward the same number"
                    + (c.tolerance().isExact() ? "" : " within " + tol(c)))
            : none()));
    r.add(rule("quantity.rounded", "a hedged round figure agrees with a finer figure that rounds to it at the round"
        + " figure's last significant digit and lies within its hedge ('about 3 million' and 'some 3.2 million')", DECIDE, 205,
        DefaultRules::rounded));
    r.add(rule("quantity.containment", "one quantity lies inside the other: its interval, or the number an estimate"
        + " puts forward inside a range, bound or vague quantity", DECIDE, 210,
        (c, v) -> {
          if (!c.sameTopic() || !c.bothQuantities() || !c.comparableForms()) return none();
          if (contains(c.relation())) return decide(Verdict.COMPATIBLE, insideBecause(c));
          String inside = pointInside(c);
          return inside != null ? decide(Verdict.COMPATIBLE, inside) : none();
        }));
    r.add(rule("quantity.overlap", "two quantities' intervals overlap", DECIDE, 220,
        (c, v) -> c.sameTopic() && c.bothQuantities() && c.comparableForms() && c.relation().intersects()
            ? decide(Verdict.COMPATIBLE, "the intervals overlap on " + c.leftInterval().intersection(c.rightInterval()))
            : none()));
    r.add(rule("quantity.disjoint", "two quantities' intervals do not meet, even within the tolerance", DECIDE, 230,
        (c, v) -> c.sameTopic() && c.bothQuantities() && c.comparableForms()
            ? decide(Verdict.CONTRADICT, "the values are " + Numbers.format(c.exactRelation().gap())
                + " apart (" + (c.tolerance().isExact() ? tol(c) : "beyond " + tol(c)) + ")")
            : none()));
    r.add(rule("date.same", "two dates cover the same days", DECIDE, 200,
        (c, v) -> c.sameTopic() && c.bothDates() && c.exactRelation().kind() == Relation.Kind.EQUAL
            ? decide(Verdict.AGREE, "the same " + granularityWord((DateValue) c.left().value())) : none()));
    r.add(rule("date.coarser-granularity", "a coarser date (a month) contains a finer one (one of its days)", DECIDE,
        210, (c, v) -> c.sameTopic() && c.bothDates() && contains(c.relation())
            ? decide(Verdict.COMPATIBLE, insideBecause(c)) : none()));
    r.add(rule("date.overlap", "two dates' ranges of days overlap", DECIDE, 220,
        (c, v) -> {
          if (!c.sameTopic() || !c.bothDates() || !c.relation().intersects()) return none();
          Interval common = c.leftInterval().intersection(c.rightInterval());
          return common == null ? none() : decide(Verdict.COMPATIBLE, "the ranges share " + DayRange.fromInterval(common));
        }));
    r.add(rule("event.separate-occurrences", "one article telling an event of one class twice, at no place, on days"
        + " that do not meet, tells two occurrences (two statements, two attacks), not one event dated twice; a"
        + " statement at a place too: statements recur, and an article's statements on two days are two statements",
        DECIDE, 229, (c, v) -> c.sameTopic() && c.bothDates() && !c.left().event().isNone()
            && (c.left().place().isNowhere() && c.right().place().isNowhere()
                || c.left().event().equals(EventType.ANNOUNCED) && c.right().event().equals(EventType.ANNOUNCED))
            && c.left().document() != null
            && c.left().document().equals(c.right().document()) && !c.relation().intersects()
            ? decide(Verdict.UNRELATED, "'" + c.left().event().label() + "' on " + c.left().value() + " and on "
                + c.right().value() + " in one article" + (c.left().place().isNowhere() ? ", at no place" : "")
                + ": two occurrences")
            : none()));
    r.add(rule("date.disjoint", "two dates' ranges of days do not meet", DECIDE, 230,
        (c, v) -> c.sameTopic() && c.bothDates()
            ? decide(Verdict.CONTRADICT, amount(c.exactRelation().gap().add(BigDecimal.ONE), "day", "days")
                + " apart at least") : none()));
    r.add(rule("time.equal", "two moments lie within the tolerance", DECIDE, 200,
        (c, v) -> c.sameTopic() && c.bothTimes() && c.relation().intersects()
            ? decide(Verdict.AGREE, c.exactRelation().kind() == Relation.Kind.EQUAL ? "the same minute"
                : "within " + tol(c)) : none()));
    r.add(rule("time.disjoint", "two moments lie further apart than the tolerance", DECIDE, 230,
        (c, v) -> c.sameTopic() && c.bothTimes()
            ? decide(Verdict.CONTRADICT, amount(c.exactRelation().gap(), "minute", "minutes") + " apart") : none()));
    r.add(rule("label.equal", "two labels name the same category", DECIDE, 200,
        (c, v) -> c.sameTopic() && c.bothLabels()
            && ((Label) c.left().value()).key().equals(((Label) c.right().value()).key())
            ? decide(Verdict.AGREE, "the same label") : none()));
    r.add(rule("label.different", "two labels name different categories", DECIDE, 230,
        (c, v) -> c.sameTopic() && c.bothLabels() ? decide(Verdict.CONTRADICT, "different labels") : none()));

    // ---- decisions across topics --------------------------------------------------------------
    r.add(rule("event.sequence", "an event that precedes another at the same place must not be dated after it; one"
        + " dated only by the day of its story (no date of its own) happened on or before that day",
        DECIDE, 300, DefaultRules::sequence));
    r.add(rule("event.sequence-nested", "an event that precedes another (an entry, a capture) at a town inside the"
        + " other's province, or at a province containing the other's town, may come on or before it; a sequence is"
        + " not read across places too wide for one (grouping.event-sequence-width)", DECIDE, 301,
        DefaultRules::nestedSequence));
    r.add(rule("scope.aggregate", "a count over a place is at least the count over a place inside it", DECIDE, 310,
        DefaultRules::aggregate));
    r.add(rule("scope.nested-share", "shares over nested places need not match", DECIDE, 320,
        (c, v) -> !c.sameTopic() && c.sameMeasureAndSubject() && c.left().measure().kind() == Measure.Kind.SHARE
            && c.nestedPlaces() && c.comparableForms()
            ? (c.relation().intersects()
                ? decide(Verdict.COMPATIBLE, "shares over nested places, and they overlap")
                : decide(Verdict.CONTRADICT, "shares over nested places that do not meet"))
            : none()));
    r.add(rule("event.nested-places", "events of one class at a place and at a place containing it (al-Qaim and"
        + " Iraq) are compared: they may coincide, and a clash is explained by scope", DECIDE, 325,
        (c, v) -> !c.sameTopic() && c.bothDates() && !c.left().event().isNone() && !c.right().event().isNone()
            && c.leftEventClass().equals(c.rightEventClass()) && c.nestedPlaces()
            ? (c.exactRelation().kind() == Relation.Kind.EQUAL
                ? decide(Verdict.AGREE, "'" + c.left().event().label() + "' at " + c.left().place() + " and at "
                    + c.right().place() + ", one inside the other, on the same date: one event told at either place")
                : c.relation().intersects()
                ? decide(Verdict.COMPATIBLE, "'" + c.left().event().label() + "' at " + c.left().place() + " and at "
                    + c.right().place() + ", one inside the other, may be one event")
                : decide(Verdict.CONTRADICT, "'" + c.left().event().label() + "' at " + c.left().place() + " ("
                    + c.left().value() + ") and at " + c.right().place() + " (" + c.right().value()
                    + "), one inside the other, on dates that do not meet"))
            : none()));
    r.add(rule("duration.nested-places", "durations of one subject at a place and at a place containing it (a war's"
        + " length at a town and at its province) are compared: a clash is explained by scope", DECIDE, 326,
        (c, v) -> !c.sameTopic() && c.sameMeasureAndSubject() && c.left().measure().kind() == Measure.Kind.DURATION
            && c.nestedPlaces() && c.comparableForms()
            ? (c.exactRelation().kind() == Relation.Kind.EQUAL
                ? decide(Verdict.AGREE, "the same length at " + c.left().place() + " and at " + c.right().place()
                    + ", one inside the other")
                : c.relation().intersects()
                ? decide(Verdict.COMPATIBLE, "lengths at " + c.left().place() + " and at " + c.right().place()
                    + ", one inside the other, that meet")
                : decide(Verdict.CONTRADICT, "lengths at " + c.left().place() + " and at " + c.right().place()
                    + ", one inside the other, that do not meet"))
            : none()));
    r.add(rule("status.before-change", "a figure that presupposes control must predate the place changing hands",
        DECIDE, 330, DefaultRules::statusBeforeChange));
    r.add(rule("status.before-change-inside", "a figure that presupposes control over a place (narrower than the"
        + " places too wide for one sequence), given before a town inside it changed hands, tells the state before"
        + " the change", DECIDE, 331,
        DefaultRules::statusBeforeChangeInside));
    r.add(rule("measure.part-of-whole", "a count of a part (children) and of its whole (people) differ by scope, unless"
        + " the part exceeds the whole", DECIDE, 985, DefaultRules::partOfWhole));
    r.add(rule("measure.part-of-measure", "a count of a measure that is part of another (the killed and the wounded"
        + " are casualties) fits the other's count at the same place or a place containing it, unless it exceeds it",
        DECIDE, 986, DefaultRules::partOfMeasure));
    r.add(rule("measure.counted-link", "counts of linked classes (families and people) are compared, not grouped",
        DECIDE, 990, (c, v) -> {
          String a = c.rules().countedName(c.left());
          String b = c.rules().countedName(c.right());
          return !a.equals(b) && c.left().measure().id().equals(c.right().measure().id()) && c.samePlace()
              && c.rules().countsLinked(a, b)
              ? decide(Verdict.INCOMPARABLE, "a count of " + a + " (" + c.left().value() + ") and a count of " + b
                  + " (" + c.right().value() + ") are linked, never one figure")
              : none();
        }));
    r.add(rule("topic.different", "claims about different measures, subjects, places or events are unrelated", DECIDE,
        999, (c, v) -> !c.sameTopic() ? decide(Verdict.UNRELATED, differences(c)) : none()));

    // ---- explanations -------------------------------------------------------------------------
    r.add(rule("time.validity", "a changing quantity measured at different times may differ", EXPLAIN, 400,
        (c, v) -> v == Verdict.CONTRADICT && c.left().measure().equals(c.right().measure())
            && c.left().measure().changesOverTime() && validityGapDays(c) >= MIN_VALIDITY_GAP_DAYS && !wrongTrend(c)
            && RunningTotals.periodAndDay(c) == null
            ? Optional.of(Outcome.explain(Explanation.TIME_OF_VALIDITY, c.left().measure().label() + " changes over time;"
                + " measured " + validityGap(c)))
            : none()));
    r.add(rule("time.period-versus-day", "a count of a running measure over a period (since a date, since a war"
        + " began) and a count over a day, or over a period " + RunningTotals.PERIOD_FACTOR + " times shorter, from"
        + " within it or after its start, are different counts: a running total and a day's count; unless the day lies"
        + " inside the period and its count exceeds the period's", EXPLAIN, 405, RunningTotals::explain));
    r.add(rule("time.trend", "a running total must not fall over time (nor a shrinking stock grow)", EXPLAIN, 410,
        (c, v) -> wrongTrend(c)
            ? Optional.of(Outcome.flag("moves the wrong way", trendStory(c)))
            : none()));
    r.add(rule("scope.extent", "figures over different parts of a place may differ", EXPLAIN, 420,
        (c, v) -> v == Verdict.CONTRADICT && c.sameMeasureAndSubject()
            && c.left().scope().extent() != c.right().scope().extent()
            ? Optional.of(Outcome.explain(Explanation.SCOPE, extentName(c.left()) + " vs " + extentName(c.right())))
            : none()));
    r.add(rule("scope.proximity", "a figure in a place and one next to it may differ", EXPLAIN, 421,
        (c, v) -> v == Verdict.CONTRADICT && c.sameMeasureAndSubject()
            && c.left().scope().proximity() != c.right().scope().proximity()
            ? Optional.of(Outcome.explain(Explanation.SCOPE, proximityName(c.left()) + " vs " + proximityName(c.right())))
            : none()));
    r.add(rule("scope.counted-part", "a count of a part of those counted (children of the people) may differ from"
        + " the whole's", EXPLAIN, 423,
        DefaultRules::countedPart));
    r.add(rule("scope.nested-places", "shares over a place and a place inside it may differ", EXPLAIN, 422,
        (c, v) -> v == Verdict.CONTRADICT && c.sameMeasureAndSubject() && c.nestedPlaces()
            && c.left().measure().kind() != Measure.Kind.COUNT // a whole counted below its part is not explained
            ? Optional.of(Outcome.explain(Explanation.SCOPE, c.left().place() + " vs " + c.right().place()))
            : none()));
    r.add(rule("scope.one-article-scale", "one article giving two counts of one measure an order of magnitude apart"
        + " (a factor " + MIN_SCALE_APART + " or more: 25,000 fled a town this week, 9 million the war) counts"
        + " different things, a part and a whole or a day and a war: a writer does not contradict himself tenfold",
        EXPLAIN, 425, DefaultRules::oneArticleScale));
    r.add(rule("distance.basis", "two distances to one place that differ by less than a road's detour over the"
        + " straight line (a factor " + MAX_DETOUR + ") may be measured on different bases: by road or as the crow"
        + " flies, from different points of the towns", EXPLAIN, 424, DefaultRules::distanceBasis));
    r.add(rule("event.type", "dates of different event types of one event may differ", EXPLAIN, 430,
        (c, v) -> v == Verdict.CONTRADICT && c.sameTopic() && c.bothDates() && !c.left().event().isNone()
            && !c.left().event().equals(c.right().event())
            ? Optional.of(Outcome.explain(Explanation.EVENT_TYPE, "'" + c.left().event().label() + "' vs '"
                + c.right().event().label() + "'"))
            : none()));
    r.add(rule("figure.restated", "a figure that presupposes control, valid after the place changed hands, is an old"
        + " figure restated", EXPLAIN, 440,
        (c, v) -> v == Verdict.CONTRADICT && statusPair(c) != null
            ? Optional.of(Outcome.explain(Explanation.RESTATED_FIGURE, "the figure can only date from before the place"
                + " changed hands"))
            : none()));

    // ---- refinements --------------------------------------------------------------------------
    r.add(rule("trend.impossible-direction", "a figure that moves against its measure's trend between two dates is a"
        + " genuine contradiction: neither time nor scope explains it", REFINE, 490,
        (c, v) -> v == Verdict.CONTRADICT && wrongTrend(c) ? decide(Verdict.CONTRADICT, trendStory(c)) : none()));
    r.add(rule("scope.agree-across-scopes", "the same value over different scopes is compatible, not agreement",
        REFINE, 500,
        (c, v) -> v == Verdict.AGREE && c.sameMeasureAndSubject() && (c.left().scope().differsFrom(c.right().scope()))
            ? decide(Verdict.COMPATIBLE, "the same value, but over different scopes (" + scopeName(c.left()) + " vs "
                + scopeName(c.right()) + ")")
            : none()));
    return r;
  }

  // ---- helpers --------------------------------------------------------------------------------

  private static AssessmentRule.Coded rule(String id, String description, AssessmentRule.Stage stage, int priority,
      AssessmentRule.Coded.Body body) {
    return new AssessmentRule.Coded(id, description, List.of(), stage, priority, body);
  }

  private static Optional<Outcome> decide(Verdict verdict, String because) {
    return Optional.of(Outcome.decide(verdict, because));
  }

  private static Optional<Outcome> none() {
    return Optional.empty();
  }

  private static boolean contains(Relation r) {
    return r.kind() == Relation.Kind.CONTAINS || r.kind() == Relation.Kind.WITHIN;
  }

  /** "~1500 puts forward 1500, inside [1500..2500]" when one side's number lies in the other's pointless interval. */
  private static @Nullable String pointInside(Comparison c) {
    String l = pointInside(c.left(), c.right(), c.rightInterval());
    return l != null ? l : pointInside(c.right(), c.left(), c.leftInterval());
  }

  private static @Nullable String pointInside(Claim withPoint, Claim without, Interval withoutForm) {
    if (!(withPoint.value() instanceof org.crosscheck.value.Quantity q) || q.point() == null) return null;
    if (!(without.value() instanceof org.crosscheck.value.Quantity o) || o.point() != null) return null;
    BigDecimal p = java.util.Objects.requireNonNull(q.unit().toBase(Interval.point(q.point())).lower(), "a point's lower end");
    return withoutForm.contains(p)
        ? withPoint.value() + " puts forward " + Numbers.format(q.point()) + ", inside " + without.value() : null;
  }

  private static String insideBecause(Comparison c) {
    return c.relation().kind() == Relation.Kind.CONTAINS
        ? c.right().value() + " lies inside " + c.left().value()
        : c.left().value() + " lies inside " + c.right().value();
  }

  private static String tol(Comparison c) {
    Tolerance t = c.tolerance();
    return t.phrase();
  }

  private static String describe(Claim claim) {
    return claim.value().family() + " " + claim.value();
  }

  private static String granularityWord(DateValue d) {
    return switch (d.granularity()) {
      case DAY -> "day";
      case MONTH -> "month";
      case YEAR -> "year";
      default -> "days";
    };
  }

  private static String extentName(Claim c) {
    return c.scope().extent().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  private static String proximityName(Claim c) {
    return switch (c.scope().proximity()) {
      case IN -> "in";
      case ADJACENT -> "adjacent to";
      case NEAR -> "near";
    };
  }

  private static String scopeName(Claim c) {
    String s = c.scope().toString();
    return s.isEmpty() ? "whole" : s;
  }

  private static String differences(Comparison c) {
    List<String> d = new ArrayList<>();
    if (!c.left().measure().id().equals(c.right().measure().id())) {
      d.add("measure " + c.left().measure().id() + " vs " + c.right().measure().id());
    } else if (!c.sameCounted()) {
      d.add("counted " + c.rules().countedName(c.left()) + " vs " + c.rules().countedName(c.right()));
    } else if (c.left().measure().kind() != Measure.Kind.EVENT_DATE
        && !c.left().subject().id().equals(c.right().subject().id())) {
      d.add("subject " + c.left().subject() + " vs " + c.right().subject());
    }
    if (!c.samePlace()) d.add("place " + c.left().place() + " vs " + c.right().place());
    if (c.left().measure().kind() == Measure.Kind.EVENT_DATE && !c.leftEventClass().equals(c.rightEventClass())) {
      d.add("event " + c.left().event().id() + " vs " + c.right().event().id());
    }
    return "different " + String.join(", ", d);
  }

  private static Optional<Outcome> sequence(Comparison c, @Nullable Verdict v) {
    if (c.sameTopic() || !c.bothDates() || c.left().measure().kind() != Measure.Kind.EVENT_DATE
        || c.right().measure().kind() != Measure.Kind.EVENT_DATE || !c.samePlace()) {
      return none();
    }
    Claim first;
    Claim second;
    Interval a;
    Interval b;
    if (c.rules().precedes(c.leftEventClass(), c.rightEventClass())) {
      first = c.left();
      second = c.right();
      a = c.leftInterval();
      b = c.rightInterval();
    } else if (c.rules().precedes(c.rightEventClass(), c.leftEventClass())) {
      first = c.right();
      second = c.left();
      a = c.rightInterval();
      b = c.leftInterval();
    } else {
      return none();
    }
    // first <= second is possible unless every day of first lies after every day of second
    boolean possible = a.lower() == null || b.upper() == null || a.lower().compareTo(b.upper()) < 0;
    String fe = "'" + first.event().label() + "' (" + first.value() + ")";
    String se = "'" + second.event().label() + "' (" + second.value() + ")";
    boolean announced = c.rules().announces(c.rules().eventClass(second.event()), c.rules().eventClass(first.event()));
    if (announced && a.equals(b)) {
      return decide(Verdict.AGREE, se + " announces " + fe + " on the day it happened: one event");
    }
    if (!possible && datedByStory(first)) {
      return decide(Verdict.COMPATIBLE, fe + " has no date of its own, only the day of the story that tells it:"
          + " it happened on or before that day, so it can come on or before " + se);
    }
    return possible
        ? decide(Verdict.COMPATIBLE, fe + " can come on or before " + se)
        : decide(Verdict.CONTRADICT, fe + " is dated after " + se + ", which it must precede");
  }

  /** The extraction rules that date an event told with no date by the day of its story. */
  private static final java.util.Set<String> DATED_BY_STORY = java.util.Set.of("event.date-implicit",
      "event.dated-by-publication");

  /** Whether {@code c} is an event dated only by the day of its story (no date of its own in the text). */
  private static boolean datedByStory(Claim c) {
    return c.evidence() != null && c.evidence().rules().stream().anyMatch(DATED_BY_STORY::contains);
  }

  /**
   * Under {@code event.sequence-nested}: two events of classes in sequence at nested places, both
   * narrower than the place types too wide for one sequence, are compatible when the earlier can
   * come on or before the later; otherwise the rule says nothing, since a town may be taken or
   * entered again after its province is said to have fallen.
   */
  private static Optional<Outcome> nestedSequence(Comparison c, @Nullable Verdict v) {
    if (c.sameTopic() || !c.bothDates() || c.left().measure().kind() != Measure.Kind.EVENT_DATE
        || c.right().measure().kind() != Measure.Kind.EVENT_DATE || !c.nestedPlaces()) {
      return none();
    }
    Optional<GroupingRule.SequenceWidth> width = c.rules().grouping(GroupingRule.SequenceWidth.class);
    if (width.isPresent() && (!width.get().allows(c.left().place()) || !width.get().allows(c.right().place()))) {
      return none();
    }
    boolean leftFirst = c.rules().precedes(c.leftEventClass(), c.rightEventClass());
    if (!leftFirst && !c.rules().precedes(c.rightEventClass(), c.leftEventClass())) return none();
    Claim first = leftFirst ? c.left() : c.right();
    Claim second = leftFirst ? c.right() : c.left();
    Interval a = leftFirst ? c.leftInterval() : c.rightInterval();
    Interval b = leftFirst ? c.rightInterval() : c.leftInterval();
    boolean possible = a.lower() == null || b.upper() == null || a.lower().compareTo(b.upper()) < 0;
    return possible
        ? decide(Verdict.COMPATIBLE, "'" + first.event().label() + "' at " + first.place() + " (" + first.value()
            + ") can come on or before '" + second.event().label() + "' at " + second.place() + " (" + second.value()
            + "), one place inside the other")
        : none();
  }

  private static Optional<Outcome> aggregate(Comparison c, @Nullable Verdict v) {
    if (c.sameTopic() || !c.sameMeasureAndSubject() || c.left().measure().kind() != Measure.Kind.COUNT
        || !c.nestedPlaces() || !c.comparableForms()) {
      return none();
    }
    boolean leftWhole = c.leftContainsRight();
    Interval whole = leftWhole ? c.leftInterval() : c.rightInterval();
    Interval part = leftWhole ? c.rightInterval() : c.leftInterval();
    Claim w = leftWhole ? c.left() : c.right();
    Claim p = leftWhole ? c.right() : c.left();
    boolean possible = whole.upper() == null || part.lower() == null || whole.upper().compareTo(part.lower()) >= 0;
    return possible
        ? decide(Verdict.COMPATIBLE, "the count over " + w.place() + " (" + w.value() + ") can include the one over "
            + p.place() + " (" + p.value() + ")")
        : decide(Verdict.CONTRADICT, "the count over " + w.place() + " (" + w.value()
            + ") is smaller than the one over " + p.place() + " (" + p.value() + ") inside it");
  }

  /**
   * Measures whose counts are part of another measure's count, by measure id: the killed and the
   * wounded are among the casualties.
   */
  static final java.util.Map<String, String> MEASURE_PARTS = java.util.Map.of(
      Measures.KILLED.id(), Measures.CASUALTIES.id(),
      Measures.WOUNDED.id(), Measures.CASUALTIES.id());

  /**
   * Under {@code measure.part-of-measure}: a count of a part measure (killed) and one of its whole
   * (casualties), of one party or of an unstated one, at one place or the part's inside the whole's:
   * compatible while the part can be at most the whole, else a contradiction.
   */
  private static Optional<Outcome> partOfMeasure(Comparison c, @Nullable Verdict v) {
    if (c.sameTopic() || !c.bothQuantities() || !c.comparableForms()) return none();
    String a = c.left().measure().id();
    String b = c.right().measure().id();
    boolean leftPart = b.equals(MEASURE_PARTS.get(a));
    if (!leftPart && !a.equals(MEASURE_PARTS.get(b))) return none();
    Claim p = leftPart ? c.left() : c.right();
    Claim w = leftPart ? c.right() : c.left();
    if (!p.subject().isNone() && !w.subject().isNone() && !p.subject().id().equals(w.subject().id())) return none();
    if (!c.rules().countedName(p).equals(c.rules().countedName(w))) return none();
    if (!c.samePlace() && !w.place().contains(p.place())) return none();
    Interval part = leftPart ? c.leftInterval() : c.rightInterval();
    Interval whole = leftPart ? c.rightInterval() : c.leftInterval();
    boolean fits = whole.upper() == null || part.lower() == null || whole.upper().compareTo(part.lower()) >= 0;
    return fits
        ? decide(Verdict.COMPATIBLE, "the " + p.measure().label() + " (" + p.value() + ") are some of the "
            + w.measure().label() + " (" + w.value() + ")")
        : decide(Verdict.CONTRADICT, "the " + p.measure().label() + " (" + p.value() + ") exceed the "
            + w.measure().label() + " (" + w.value() + ") they are some of");
  }

  /** The (part, whole) pair when the two claims count a class and a class it is a part of, one measure at one place. */
  private static Claim @Nullable [] partAndWhole(Comparison c) {
    if (!c.left().measure().id().equals(c.right().measure().id()) || !c.samePlace()) return null;
    String a = c.rules().countedName(c.left());
    String b = c.rules().countedName(c.right());
    if (c.rules().isPartOf(a, b)) return new Claim[] {c.left(), c.right()};
    if (c.rules().isPartOf(b, a)) return new Claim[] {c.right(), c.left()};
    return null;
  }

  /** Whether the part's count ({@code pw[0]}) can be at most the whole's. */
  private static boolean partFitsWhole(Comparison c, Claim[] pw) {
    Interval part = pw[0] == c.left() ? c.leftInterval() : c.rightInterval();
    Interval whole = pw[0] == c.left() ? c.rightInterval() : c.leftInterval();
    return whole.upper() == null || part.lower() == null || whole.upper().compareTo(part.lower()) >= 0;
  }

  private static Optional<Outcome> countedPart(Comparison c, @Nullable Verdict v) {
    Claim[] pw = v == Verdict.CONTRADICT ? partAndWhole(c) : null;
    return pw != null && partFitsWhole(c, pw)
        ? Optional.of(Outcome.explain(Explanation.SCOPE, "a count of " + c.rules().countedName(pw[0]) + " against one"
            + " of " + c.rules().countedName(pw[1])))
        : none();
  }

  private static Optional<Outcome> partOfWhole(Comparison c, @Nullable Verdict v) {
    Claim[] pw = partAndWhole(c);
    if (pw == null || !c.comparableForms()) return none();
    String part = c.rules().countedName(pw[0]);
    String whole = c.rules().countedName(pw[1]);
    return partFitsWhole(c, pw)
        ? decide(Verdict.CONTRADICT, "a count of " + part + " (" + pw[0].value() + ") is a part of the count of " + whole
            + " (" + pw[1].value() + "), not a second reading of it")
        : decide(Verdict.CONTRADICT, "the count of " + part + " (" + pw[0].value() + ") exceeds the count of " + whole
            + " (" + pw[1].value() + ") it is a part of");
  }

  /** The (status, change) pair when one claim presupposes control and the other dates a change of hands. */
  private static Claim @Nullable [] statusPair(Comparison c) {
    Claim[] pair = statusPairOrdered(c, c.left(), c.right());
    return pair != null ? pair : statusPairOrdered(c, c.right(), c.left());
  }

  private static Claim @Nullable [] statusPairOrdered(Comparison c, Claim status, Claim change) {
    if (!c.rules().presupposesControl(status.measure())) return null;
    if (change.measure().kind() != Measure.Kind.EVENT_DATE) return null;
    if (!c.rules().eventClass(change.event()).equals(c.rules().eventClass(EventType.CAPTURED))) return null;
    // the figure's place must be the place that changed hands or lie inside it: a figure over a
    // region does not presuppose control of every town in it
    boolean statusIsLeft = status == c.left();
    boolean inside = statusIsLeft ? c.right().place().contains(c.left().place())
        : c.left().place().contains(c.right().place());
    if (!c.samePlace() && !inside) return null;
    return new Claim[] {status, change};
  }

  /**
   * The largest ratio of two distances to one place that the measuring basis explains: road networks
   * run 1.2 to 1.4 times the straight line between two towns.
   */
  public static final BigDecimal MAX_DETOUR = new BigDecimal("1.4");

  /** Under {@code quantity.rounded}: one side's hedged number is the other's rounded to its precision. */
  private static Optional<Outcome> rounded(Comparison c, @Nullable Verdict v) {
    if (!c.sameTopic() || !c.bothQuantities() || !c.comparableForms()) return none();
    String why = roundsTo(c.left(), c.right(), c.rules());
    if (why == null) why = roundsTo(c.right(), c.left(), c.rules());
    return why == null ? none() : decide(Verdict.AGREE, why);
  }

  private static @Nullable String roundsTo(Claim round, Claim fine, RuleSet rules) {
    // an explicit width is the writer's or user's own reading of the hedge, not a rounding
    if (!(round.value() instanceof Quantity.Approximate h) || h.width() != null) return null;
    if (!(fine.value() instanceof Quantity f) || !f.unit().equals(h.unit())) return null;
    BigDecimal point = f.point();
    if (point == null) return null;
    BigDecimal step = HedgePrecision.step(h.center());
    BigDecimal fineStep = HedgePrecision.step(point);
    if (step == null || fineStep == null || fineStep.compareTo(step) >= 0) return null;
    // "nearly 7 million" stops short of 7 million: a finer figure above it is not its rounding
    if (h.hedge() == Hedge.NEARLY && point.compareTo(h.center()) > 0) return null;
    // and the rounding stays within what the hedge allows: "about 30%" is not 26% rounded to the ten
    if (!h.interval(rules).contains(point)) return null;
    BigDecimal r = point.divide(step, 0, java.math.RoundingMode.HALF_UP).multiply(step);
    return r.compareTo(h.center()) == 0
        ? fine.value() + " rounds to " + Numbers.format(h.center()) + " at the precision " + round.value()
            + " is written to (" + Numbers.format(step) + ")"
        : null;
  }

  /** Under {@code distance.basis}: two distances to one place within a road's detour of each other. */
  /** The least factor between two counts of one article that rule {@code scope.one-article-scale} reads as two scopes. */
  static final int MIN_SCALE_APART = 10;

  private static Optional<Outcome> oneArticleScale(Comparison c, @Nullable Verdict v) {
    Claim left = c.left();
    Claim right = c.right();
    if (v != Verdict.CONTRADICT || !c.sameTopic() || !c.bothQuantities()
        || left.measure().kind() != Measure.Kind.COUNT || left.document() == null
        || !left.document().equals(right.document()) || c.leftForm() == null || c.rightForm() == null) {
      return none();
    }
    Interval a = java.util.Objects.requireNonNull(c.leftForm());
    Interval b = java.util.Objects.requireNonNull(c.rightForm());
    Interval small = a.upper() != null && (b.upper() == null || a.upper().compareTo(b.upper()) <= 0) ? a : b;
    Interval large = small == a ? b : a;
    BigDecimal top = small.upper();
    BigDecimal bottom = large.lower();
    if (top == null || bottom == null || top.signum() <= 0
        || bottom.compareTo(top.multiply(BigDecimal.valueOf(MIN_SCALE_APART))) < 0) {
      return none();
    }
    String factor = Numbers.format(bottom.divide(top, 0, java.math.RoundingMode.DOWN));
    return Optional.of(Outcome.explain(Explanation.SCOPE, "one article counts " + left.measure().label() + " "
        + factor + " times apart (" + c.leftCanonical() + " and " + c.rightCanonical() + "): a part and a whole,"
        + " or different periods"));
  }

  private static Optional<Outcome> distanceBasis(Comparison c, @Nullable Verdict v) {
    if (v != Verdict.CONTRADICT || !c.sameTopic() || !c.left().measure().equals(Measures.DISTANCE_TO)
        || c.leftForm() == null || c.rightForm() == null) {
      return none();
    }
    Interval a = java.util.Objects.requireNonNull(c.leftForm());
    Interval b = java.util.Objects.requireNonNull(c.rightForm());
    Interval near = a.upper() != null && b.upper() != null && a.upper().compareTo(b.upper()) <= 0 ? a : b;
    Interval far = near == a ? b : a;
    BigDecimal top = near.upper();
    BigDecimal bottom = far.lower();
    if (top == null || bottom == null || top.signum() <= 0) return none();
    BigDecimal ratio = bottom.divide(top, 3, java.math.RoundingMode.HALF_UP);
    return ratio.compareTo(MAX_DETOUR) <= 0
        ? Optional.of(Outcome.explain(Explanation.MEASURING_BASIS, c.left().value() + " vs " + c.right().value()
            + ": within a factor " + Numbers.format(ratio) + " of each other, less than a road's detour ("
            + MAX_DETOUR + ")"))
        : none();
  }

  private static Optional<Outcome> statusBeforeChange(Comparison c, @Nullable Verdict v) {
    if (c.sameTopic()) return none();
    Claim[] pair = statusPair(c);
    if (pair == null) return none();
    DateValue validity = pair[0].validity();
    if (validity == null) return none();
    DayRange t = validity.range();
    DayRange d = ((DateValue) pair[1].value()).range();
    if (t.end() != null && d.start() != null && !t.end().isAfter(d.start())) {
      return decide(Verdict.COMPATIBLE, "the figure (valid " + validity + ") predates the change of hands ("
          + pair[1].value() + ")");
    }
    if (t.start() != null && d.end() != null && !t.start().isBefore(d.end())) {
      return decide(Verdict.CONTRADICT, "the figure is given as valid " + validity + ", after the place changed hands ("
          + pair[1].value() + ")");
    }
    return decide(Verdict.COMPATIBLE, "the figure's time (" + validity + ") and the change of hands ("
        + pair[1].value() + ") overlap");
  }

  /**
   * Under {@code status.before-change-inside}: a figure presupposing control over a wide place
   * ("the group still holds two towns of the province") and a change of hands at a place strictly
   * inside it. Given before the change, or over a time that overlaps it, the figure is the state
   * before the change; given after it, the side may still hold the rest of the wide place, and the
   * rule says nothing.
   */
  private static Optional<Outcome> statusBeforeChangeInside(Comparison c, @Nullable Verdict v) {
    if (c.sameTopic() || c.samePlace()) return none();
    Claim status = c.rules().presupposesControl(c.left().measure()) ? c.left()
        : c.rules().presupposesControl(c.right().measure()) ? c.right() : null;
    if (status == null) return none();
    Claim change = status == c.left() ? c.right() : c.left();
    if (change.measure().kind() != Measure.Kind.EVENT_DATE
        || !c.rules().eventClass(change.event()).equals(c.rules().eventClass(EventType.CAPTURED))
        || !status.place().contains(change.place())) {
      return none();
    }
    // a figure over a whole country or a union of countries is the state of a war, not of one town's story
    Optional<GroupingRule.SequenceWidth> width = c.rules().grouping(GroupingRule.SequenceWidth.class);
    if (width.isPresent() && !width.get().allows(status.place())) return none();
    DateValue validity = status.validity();
    if (validity == null) return none();
    DayRange t = validity.range();
    DayRange d = ((DateValue) change.value()).range();
    if (t.start() != null && d.end() != null && !t.start().isBefore(d.end())) return none();
    return decide(Verdict.COMPATIBLE, "the figure over " + status.place() + " (valid " + validity + ") comes before "
        + change.place() + ", inside it, changed hands (" + change.value() + ")");
  }

  /**
   * The trend, both dates and both values of a pair that {@link #wrongTrend} accepts: {@code killed is
   * a running total (trend INCREASES): 9770 valid 2023-11-06, then 4008 valid 2023-11-08}.
   */
  static String trendStory(Comparison c) {
    Measure m = c.left().measure();
    LocalDate[] at = trendDays(c);
    LocalDate leftStart = at[0];
    LocalDate rightStart = at[1];
    boolean leftEarlier = leftStart != null && rightStart != null && leftStart.isBefore(rightStart);
    Claim earlier = leftEarlier ? c.left() : c.right();
    Claim later = leftEarlier ? c.right() : c.left();
    String what = m.trend() == Measure.Trend.INCREASES ? "a running total that can only grow"
        : "a stock that can only shrink";
    return m.label() + " is " + what + " (trend " + m.trend() + "), but it moves the impossible way: " + earlier.value()
        + " valid " + earlier.validity() + ", then " + later.value() + " valid " + later.validity();
  }

  /** Whether a running total fell (or a shrinking stock grew) between the earlier and the later claim. */
  static boolean wrongTrend(Comparison c) {
    Measure m = c.left().measure();
    if (!m.equals(c.right().measure()) || !c.comparableForms() || !c.validitiesDiffer()) return false;
    if (m.trend() != Measure.Trend.INCREASES && m.trend() != Measure.Trend.DECREASES) return false;
    // a running total over a period and a day's count are different counts, not two readings of a trend
    if (RunningTotals.periodAndDay(c) != null) return false;
    LocalDate[] at = trendDays(c);
    if (at[0] == null || at[1] == null || at[0].equals(at[1])) return false;
    boolean leftEarlier = at[0].isBefore(at[1]);
    Interval earlier = leftEarlier ? c.leftInterval() : c.rightInterval();
    Interval later = leftEarlier ? c.rightInterval() : c.leftInterval();
    Relation r = later.relationTo(earlier);
    if (r.kind() != Relation.Kind.DISJOINT) return false;
    boolean laterBelow = later.upper() != null && earlier.lower() != null && later.upper().compareTo(earlier.lower()) <= 0;
    return m.trend() == Measure.Trend.INCREASES ? laterBelow : !laterBelow;
  }

  /**
   * Two figures of a changing measure explain a clash by time only when measured at least this many
   * days apart: a figure does not halve overnight, and a next-day copy says nothing new.
   */
  public static final int MIN_VALIDITY_GAP_DAYS = 2;

  /** Days between the starts of the two times of validity (a large number when one is open-ended). */
  static long validityGapDays(Comparison c) {
    DayRange a = c.leftValidity();
    DayRange b = c.rightValidity();
    if (a == null || b == null || a.equals(b)) return 0;
    LocalDate[] at = trendDays(c);
    if (at[0] == null || at[1] == null) return Long.MAX_VALUE;
    return Math.abs(ChronoUnit.DAYS.between(at[0], at[1]));
  }

  /**
   * The days two figures of a changing measure are read at, for trends and gaps: the starts of their
   * times of validity, or the ends of two running totals' periods from one start ({@link
   * RunningTotals#standingDays}). An entry is {@code null} when its time is open at the start.
   */
  private static @Nullable LocalDate[] trendDays(Comparison c) {
    LocalDate[] standing = RunningTotals.standingDays(c);
    return standing != null ? standing : new @Nullable LocalDate[] {c.leftDays().start(), c.rightDays().start()};
  }

  /** {@code 1 day}, {@code 2 days}, {@code 1.5 days}: an amount with its unit in the right number. */
  private static String amount(BigDecimal n, String one, String many) {
    return Numbers.format(n) + " " + (n.compareTo(BigDecimal.ONE) == 0 ? one : many);
  }

  private static String validityGap(Comparison c) {
    DateValue a = c.left().validity();
    DateValue b = c.right().validity();
    // a period against a day: measured from the period's nearest edge, not from its start
    if (RunningTotals.standingDays(c) == null && a != null && b != null
        && (RunningTotals.isPeriod(a) || RunningTotals.isPeriod(b))) {
      return periodGap(RunningTotals.isPeriod(a) ? a : b, RunningTotals.isPeriod(a) ? b : a);
    }
    LocalDate[] at = trendDays(c);
    String dates = c.left().validity() + " and " + c.right().validity();
    if (at[0] != null && at[1] != null) {
      long days = Math.abs(ChronoUnit.DAYS.between(at[0], at[1]));
      return days + (days == 1 ? " day" : " days") + " apart (" + dates + ")";
    }
    return "at different times (" + dates + ")";
  }

  /**
   * {@code over the period 2024-01-03..2024-07-14 against 2024-07-16, 2 days after it ended}: how a
   * period and another time of validity lie, counted between their nearest days.
   */
  static String periodGap(DateValue period, DateValue other) {
    DayRange p = period.range();
    DayRange o = other.range();
    String words = "over " + periodName(period) + " against " + (RunningTotals.isPeriod(other) ? periodName(other)
        : other.toString()) + ", ";
    LocalDate pEnd = p.end();
    LocalDate oEnd = o.end();
    LocalDate pStart = p.start();
    LocalDate oStart = o.start();
    if (oEnd != null && pStart != null && !oEnd.isAfter(pStart)) {
      return words + days(ChronoUnit.DAYS.between(oEnd.minusDays(1), pStart)) + " before it began";
    }
    if (pEnd != null && oStart != null && !oStart.isBefore(pEnd)) {
      return words + days(ChronoUnit.DAYS.between(pEnd.minusDays(1), oStart)) + " after it ended";
    }
    boolean inside = (pStart == null || oStart != null && !oStart.isBefore(pStart))
        && (pEnd == null || oEnd != null && !oEnd.isAfter(pEnd));
    return words + (inside ? "within it" : "overlapping it");
  }

  /** {@code the period 2024-01-03..2024-07-14}, or {@code a period up to 2024-07-14} whose start is not dated. */
  private static String periodName(DateValue v) {
    DayRange r = v.range();
    LocalDate end = r.end();
    if (r.start() == null && end != null) return "a period up to " + end.minusDays(1);
    return "the period " + v;
  }

  private static String days(long n) {
    return n + (n == 1 ? " day" : " days");
  }

}
