package org.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.Crosscheck.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crosscheck.claim.Attribution;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Evidence;
import org.crosscheck.claim.EventType;
import org.crosscheck.claim.Measures;
import org.crosscheck.claim.Place;
import org.crosscheck.rules.GroupingRule;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.rules.Verdict;
import org.crosscheck.value.DateValue;
import org.junit.jupiter.api.Test;

/**
 * The rule {@code grouping.story-events} on an invented land: an event that happens once in a story
 * (a proclamation, the start of a war), told by one article without a place, takes the place another
 * article names for it.
 */
class StoryEventsTest {
  static final Place LAND = Place.named("Northland").ofType(Place.Type.COUNTRY);
  static final Place EAST = Place.named("East Reach").ofType(Place.Type.PROVINCE).within(LAND);
  static final Place MILL = Place.named("Millford").ofType(Place.Type.TOWN).within(EAST);
  static final Place FORD = Place.named("Oxbridge").ofType(Place.Type.TOWN).within(EAST);
  static final Place CAPITAL = Place.named("Kingsport").ofType(Place.Type.TOWN).within(LAND);
  static final EventType WAR_BEGAN = new EventType("conflict-began", "conflict began");
  static final Attribution LANTERN = Attribution.by("Daily Lantern").publishedOn(LocalDate.of(2020, 5, 3));
  static final Attribution COURIER = Attribution.by("Hill Courier").publishedOn(LocalDate.of(2020, 5, 4));

  static Claim told(EventType type, Place place, DateValue date, Attribution by, String doc, String id) {
    return event(type, place, date).by(by).withEvidence(Evidence.document(doc)).withId(id);
  }

  static Report reconcile(RuleSet rules, Claim... claims) {
    return Reconciler.with(rules).reconcile(List.of(claims));
  }

  @Test
  void storyEvents_aProclamationWithNoPlace_takesThePlaceOfTheOneDatedWithinIt() {
    // "the band proclaimed its republic from Millford in 2016" / "the band, which proclaimed its republic in 2016"
    Claim placed = told(EventType.DECLARED, MILL, inYear(2016), LANTERN, "lantern", "lantern-proclaimed");
    Claim unsaid = told(EventType.DECLARED, Place.NOWHERE, inYear(2016), COURIER, "courier", "courier-proclaimed");
    // a later proclamation of another thing, at the capital, is not dated within 2016
    Claim later = told(EventType.DECLARED, CAPITAL, onDay(2019, 12, 9), LANTERN, "lantern", "lantern-victory");
    Report r = reconcile(RuleSet.defaults(), placed, unsaid, later);
    assertThat(r.groupOf(unsaid)).isEqualTo(r.groupOf(placed)).isNotEqualTo(r.groupOf(later));
    Group g = r.groupOf(unsaid).orElseThrow();
    assertThat(g.facts(GroupingRule.STORY_EVENTS)).singleElement().asString()
        .startsWith("courier-proclaimed ").contains("happens once in a story").contains("Millford");
    Assessment x = r.assessment("courier-proclaimed", "lantern-proclaimed");
    assertThat(x.verdict()).isEqualTo(Verdict.AGREE);
    assertThat(x.rule().id()).isEqualTo("date.same");
    // the report keeps the claim as given beside the one it reconciled
    assertThat(r.givenClaims()).extracting(Claim::id).contains("courier-proclaimed");
  }

  @Test
  void storyEvents_staysPut_whenTwoPlacesOrNoneFitOrTheClassHappensOften() {
    Claim mill = told(EventType.DECLARED, MILL, inYear(2016), LANTERN, "lantern", "mill-2016");
    Claim ford = told(EventType.DECLARED, FORD, onDay(2016, 8, 1), LANTERN, "lantern", "ford-2016");
    Claim unsaid = told(EventType.DECLARED, Place.NOWHERE, inYear(2016), COURIER, "courier", "courier-2016");
    // two places proclaimed something within 2016: which one is meant cannot be told
    Report two = reconcile(RuleSet.defaults(), mill, ford, unsaid);
    assertThat(two.groupOf(unsaid)).isNotEqualTo(two.groupOf(mill)).isNotEqualTo(two.groupOf(ford));
    assertThat(two.groupOf(unsaid).orElseThrow().key().localTo()).contains("courier");
    // a date the placed event does not lie within
    Claim otherYear = told(EventType.DECLARED, Place.NOWHERE, inYear(2015), COURIER, "courier", "courier-2015");
    Report none = reconcile(RuleSet.defaults(), mill, otherYear);
    assertThat(none.groupOf(otherYear)).isNotEqualTo(none.groupOf(mill));
    // a day inside the placed year does not cover it: the finer claim may be of another proclamation
    Claim day = told(EventType.DECLARED, Place.NOWHERE, onDay(2016, 3, 1), COURIER, "courier", "courier-day");
    Report finer = reconcile(RuleSet.defaults(), mill, day);
    assertThat(finer.groupOf(day)).isNotEqualTo(finer.groupOf(mill));
    // a capture happens at many towns in one story: the rule leaves it alone
    Claim taken = told(EventType.CAPTURED, MILL, inYear(2016), LANTERN, "lantern", "mill-taken");
    Claim takenSomewhere = told(EventType.CAPTURED, Place.NOWHERE, inYear(2016), COURIER, "courier", "taken");
    Report captures = reconcile(RuleSet.defaults(), taken, takenSomewhere);
    assertThat(captures.groupOf(takenSomewhere)).isNotEqualTo(captures.groupOf(taken));
    // a stated place is never changed, even when another is dated within its date
    Claim statedYear = told(EventType.DECLARED, CAPITAL, inYear(2016), COURIER, "courier", "capital-2016");
    Report stated = reconcile(RuleSet.defaults(), mill, statedYear);
    assertThat(stated.groupOf(statedYear)).isNotEqualTo(stated.groupOf(mill));
    // without the rule the placeless claim stays within its document
    Report without = reconcile(RuleSet.defaults().without(GroupingRule.STORY_EVENTS), mill, unsaid);
    assertThat(without.groupOf(unsaid)).isNotEqualTo(without.groupOf(mill));
  }

  @Test
  void storyEvents_theStartOfAWar_leavesTheFocusTownForThePlaceWhereItBegan() {
    // an article about Millford: "fighting in the town since mid-March", its other claims at Millford
    Claim millTaken = told(EventType.CAPTURED, MILL, onDay(2020, 5, 2), LANTERN, "lantern", "mill-taken");
    Claim millEntered = told(EventType.ENTERED, MILL, onDay(2020, 5, 1), LANTERN, "lantern", "mill-entered");
    Claim since = told(WAR_BEGAN, Place.NOWHERE, span(LocalDate.of(2020, 3, 11), LocalDate.of(2020, 3, 20)), LANTERN,
        "lantern", "lantern-war");
    // another article: the war broke out in the capital in mid-March
    Claim capital = told(WAR_BEGAN, CAPITAL, span(LocalDate.of(2020, 3, 11), LocalDate.of(2020, 3, 20)), COURIER,
        "courier", "courier-war");
    Report r = reconcile(RuleSet.defaults(), millTaken, millEntered, since, capital);
    assertThat(r.groupOf(since)).isEqualTo(r.groupOf(capital));
    Group g = r.groupOf(since).orElseThrow();
    assertThat(g.facts(GroupingRule.FOCUS_PLACE)).singleElement().asString().contains("Millford");
    assertThat(g.facts(GroupingRule.STORY_EVENTS)).singleElement().asString()
        .contains("Kingsport").endsWith("instead of its document's focus place Millford");
    assertThat(r.assessment("lantern-war", "courier-war").verdict()).isEqualTo(Verdict.AGREE);
    // without a placed telling the war's start keeps the focus place
    Report alone = reconcile(RuleSet.defaults(), millTaken, millEntered, since);
    assertThat(alone.groupOf(since).orElseThrow().key().place()).contains("millford");
  }

  private static boolean covers(DateValue outer, DateValue inner) {
    LocalDate os = outer.range().start();
    LocalDate oe = outer.range().end();
    LocalDate is = inner.range().start();
    LocalDate ie = inner.range().end();
    return os != null && oe != null && is != null && ie != null && !is.isBefore(os) && !ie.isAfter(oe);
  }

  // ---- laws -------------------------------------------------------------------------------------

  static final List<Place> PLACES = List.of(Place.NOWHERE, MILL, FORD, CAPITAL, EAST);

  @Provide
  Arbitrary<List<Claim>> proclamations() {
    Arbitrary<Claim> one = Combinators.combine(Arbitraries.integers().between(0, PLACES.size() - 1),
        Arbitraries.integers().between(0, 2), Arbitraries.integers().between(2014, 2016),
        Arbitraries.integers().between(0, 2)).as((p, g, y, d) -> {
          DateValue date = switch (g) {
            case 0 -> inYear(y);
            case 1 -> inMonth(y, 6);
            default -> onDay(y, 6, 1);
          };
          return event(EventType.DECLARED, PLACES.get(p), date).by(LANTERN).withEvidence(Evidence.document("doc-" + d));
        });
    return one.list().ofMinSize(1).ofMaxSize(10).map(list -> {
      List<Claim> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) out.add(list.get(i).withId(String.format(java.util.Locale.ROOT, "p%02d", i)));
      return out;
    });
  }

  /**
   * A claim the rule places always had no place, lies in a group with a claim whose stated place it
   * took, and covers that claim's date; claims with stated places never move.
   */
  @Property(tries = 200)
  void storyEvents_onlyPlacelessClaimsMove_andOnlyOntoAnEventTheyCover(@ForAll("proclamations") List<Claim> claims) {
    Report r = Reconciler.with(RuleSet.defaults()).reconcile(claims);
    for (Claim given : claims) {
      Group g = r.groupOf(given.id()).orElseThrow();
      Claim now = g.claim(given.id()).orElseThrow();
      boolean moved = g.facts(GroupingRule.STORY_EVENTS).stream().anyMatch(f -> f.startsWith(given.id() + " "));
      if (!given.place().isNowhere()) {
        assertThat(moved).isFalse();
        assertThat(now.place()).isEqualTo(given.place());
        continue;
      }
      if (!moved) continue;
      DateValue own = (DateValue) given.value();
      assertThat(g.claims()).as("%s in %s", given, g.key()).anyMatch(o -> claims.stream()
          .anyMatch(s -> s.id().equals(o.id()) && !s.place().isNowhere() && s.place().equals(now.place())
              && covers(own, (DateValue) s.value())));
    }
  }
}
