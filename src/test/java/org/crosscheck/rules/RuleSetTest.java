package org.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.Crosscheck.*;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.crosscheck.claim.EventType;
import org.junit.jupiter.api.Test;

class RuleSetTest {

  /** A changed set is not the set it came from: it never keeps the name "defaults", and takes a name of its own. */
  @Test
  void customizedSet_losesTheDefaultsName_andTakesItsOwn() {
    RuleSet changed = RuleSet.defaults().with(relativeTolerance(0.10).forMeasure(FIGHTERS).because("wire copy rounds"));
    assertThat(changed.name()).isEqualTo("defaults (customized)");
    assertThat(changed.without("tolerance.fighters").name()).as("changed twice, marked once").isEqualTo("defaults (customized)");
    RuleSet newsroom = changed.named("newsroom");
    assertThat(newsroom).hasToString("RuleSet[newsroom, " + changed.size() + " rules]");
    assertThat(newsroom.rules()).isEqualTo(changed.rules());
    assertThat(rules("newsroom").name()).isEqualTo("newsroom");
    assertThat(RuleSet.empty("mine").with(hedgeWidth(ABOUT, 0.05)).name()).as("filling an empty set").isEqualTo("mine");
    assertThat(RuleSet.defaults().name()).isEqualTo("defaults");
  }

  @Test
  void defaults_haveUniqueDottedIdsAndDescriptions() {
    RuleSet d = RuleSet.defaults();
    assertThat(d.name()).isEqualTo("defaults");
    assertThat(new HashSet<>(d.rules().stream().map(Rule::id).toList())).hasSize(d.size());
    assertThat(d.rules()).allSatisfy(r -> {
      assertThat(r.id()).matches("[a-z0-9]+(?:[.-][a-z0-9]+)*");
      assertThat(r.description()).isNotBlank();
    });
    assertThat(d).hasToString("RuleSet[defaults, " + d.size() + " rules]");
    assertThat(d.table()).startsWith("rule set 'defaults' (" + d.size() + " rules)\n")
        .contains("quantity.containment", "date.coarser-granularity", "time.validity", "scope.extent",
            "event.entered-before-captured", "tolerance.share", "hedge.about", "vague.a-few-thousand");
  }

  @Test
  void with_refusesADuplicateIdNamingBothRules() {
    Rule mine = Tolerance.relative(0.1).forKind(org.crosscheck.claim.Measure.Kind.COUNT);
    assertThatThrownBy(() -> RuleSet.defaults().with(mine))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule set 'defaults' already has a rule with id 'tolerance.count' (count values match only when"
            + " equal); the new rule 'tolerance.count' (count values match within \u00b110%) cannot join it: use"
            + " replacing(...) to replace the old rule, or give the new one another id");
  }

  @Test
  void and_refusesSharedIdsNamingBoth() {
    RuleSet a = RuleSet.of("a", HedgeWidth.of(ABOUT, 0.05));
    RuleSet b = RuleSet.of("b", HedgeWidth.of(ABOUT, 0.2));
    assertThatThrownBy(() -> a.and(b))
        .hasMessage("rule sets 'a' and 'b' both have a rule with id 'hedge.about': ''about x' means x \u00b15%' and"
            + " ''about x' means x \u00b120%'; remove one with without(...) before joining them");
    assertThat(a.and(RuleSet.of("c", HedgeWidth.of(NEARLY, 0.2)))).hasToString("RuleSet[a+c, 2 rules]");
  }

  @Test
  void composition_isImmutable() {
    RuleSet d = RuleSet.defaults();
    RuleSet newsroom = d.with(relativeTolerance(0.10).forMeasure(FIGHTERS).because("wire copy rounds counts"));
    assertThat(d.contains("tolerance.fighters")).isFalse();
    assertThat(newsroom.rule("tolerance.fighters")).map(Rule::reasons).contains(java.util.List.of("wire copy rounds counts"));
    assertThat(newsroom.toleranceFor(FIGHTERS).id()).isEqualTo("tolerance.fighters");
    assertThat(newsroom.toleranceFor(KILLED).id()).isEqualTo("tolerance.count");
    RuleSet narrow = d.replacing(HedgeWidth.of(ABOUT, 0.05));
    assertThat(narrow.hedgeWidth(ABOUT, PERCENT)).isEqualByComparingTo("0.05");
    assertThat(d.hedgeWidth(ABOUT, PERCENT)).isEqualByComparingTo("0.1");
    assertThat(d.without("hedge.about").hedgeWidth(ABOUT, PERCENT)).isEqualByComparingTo("0.1");
    assertThatThrownBy(() -> d.replacing(HedgeWidth.of(ABOUT, 0.05).because("x")).without("nope"))
        .hasMessage("rule set 'defaults (customized)' has no rule 'nope' to remove");
    assertThatThrownBy(() -> RuleSet.empty("x").replacing(HedgeWidth.of(ABOUT, 0.05)))
        .hasMessage("rule set 'x' has no rule 'hedge.about' to replace; use with(...) to add it");
  }

  @Test
  void eventClassOf_captureClassReadFromTheGainingSide() {
    RuleSet d = RuleSet.defaults();
    for (EventType gaining : List.of(EventType.CAPTURED, EventType.RECAPTURED, EventType.LIBERATED, EventType.RETOOK,
        EventType.SEIZED, EventType.TOOK_FULL_CONTROL)) {
      assertThat(d.eventClassOf(gaining)).as(gaining.id()).isEqualTo(new EventClass("captured"));
      assertThat(d.direction(gaining)).as(gaining.id()).isEqualTo(EventClass.Direction.AS_STATED);
    }
    for (EventType losing : List.of(EventType.LOST, EventType.WITHDREW, EventType.EXPELLED)) {
      assertThat(d.eventClassOf(losing)).as(losing.id()).isEqualTo(new EventClass("captured"));
      assertThat(d.direction(losing)).as(losing.id()).isEqualTo(EventClass.Direction.CONVERSE);
    }
    EventClass captured = d.eventClassOf(EventType.CAPTURED);
    for (EventType before : List.of(EventType.ENTERED, EventType.STORMED, EventType.ASSAULT_BEGAN)) {
      assertThat(d.precedes(d.eventClassOf(before), captured)).as(before.id()).isTrue();
    }
    for (EventType after : List.of(EventType.DECLARED_VICTORY, EventType.ANNOUNCED_END)) {
      assertThat(d.precedes(captured, d.eventClassOf(after))).as(after.id()).isTrue();
    }
  }

  @Test
  void eventClassOf_namedByTheReferenceSideWhateverTheRuleOrder() {
    EventType gave = EventType.of("gave up");
    EventType took = EventType.of("took");
    EventType won = EventType.of("won");
    RuleSet one = RuleSet.of("one", EventRelation.converse(gave, took), EventRelation.sameEvent(won, took));
    RuleSet two = RuleSet.of("two", EventRelation.sameEvent(took, won), EventRelation.converse(gave, won));
    for (RuleSet r : List.of(one, two)) {
      // "gave-up" is the smallest id, but it is told from the other side
      assertThat(r.eventClassOf(gave)).as(r.name()).isEqualTo(new EventClass("took"));
      assertThat(r.eventClassOf(won)).as(r.name()).isEqualTo(new EventClass("took"));
      assertThat(r.direction(gave)).as(r.name()).isEqualTo(EventClass.Direction.CONVERSE);
      assertThat(r.direction(won)).as(r.name()).isEqualTo(EventClass.Direction.AS_STATED);
    }
  }

  @Test
  void eventRelations_oneTypeOnBothSides_isRefusedNamingTheRule() {
    EventType a = EventType.of("a");
    EventType b = EventType.of("b");
    EventType c = EventType.of("c");
    assertThatThrownBy(() -> RuleSet.of("x", EventRelation.sameEvent(a, b), EventRelation.converse(b, c),
        EventRelation.sameEvent(c, a)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("on both sides")
        .hasMessageContaining("remove one of the SAME_EVENT or CONVERSE rules");
  }

  @Test
  void eventClass_refusesTheEmptyEventType() {
    assertThatThrownBy(() -> RuleSet.defaults().eventClassOf(EventType.NONE))
        .hasMessage("only event types have an event class; got the empty event type");
  }

  @Test
  void eventClasses_followSameEventRules() {
    RuleSet d = RuleSet.defaults();
    assertThat(d.eventClass(EventType.LOST)).isEqualTo("captured");
    assertThat(d.eventClass(EventType.LIBERATED)).isEqualTo("captured");
    assertThat(d.eventClass(EventType.DECLARED_VICTORY)).isEqualTo("declared-victory");
    assertThat(d.eventClass(EventType.ENTERED)).isEqualTo("entered");
    assertThat(d.precedes("entered", "captured")).isTrue();
    assertThat(d.precedes("captured", "declared-victory")).isTrue();
    assertThat(d.announces("declared-victory", "captured")).isTrue();
    assertThat(d.precedes("captured", "entered")).isFalse();
    assertThat(d.presupposesControl(PEOPLE_HELD)).isTrue();
    assertThat(d.presupposesControl(FIGHTERS)).isFalse();
  }

  @Test
  void rules_rejectBadIdsAndValues() {
    assertThatThrownBy(() -> AssessmentRule.decide("Bad Id", "x", c -> Optional.empty()))
        .hasMessage("a rule id is lower-case words joined by dots or hyphens, like 'quantity.containment'; got 'Bad Id'");
    assertThatThrownBy(() -> relativeTolerance(2))
        .hasMessage("relative() takes a fraction in [0..1], got 2.0; write 0.1 for 10%");
    assertThatThrownBy(() -> HedgeWidth.of(ABOUT, 1.5))
        .hasMessage("a hedge width is a fraction in [0..1], got 1.5; write 0.1 for \u00b110%");
    assertThatThrownBy(() -> sameEvent(CAPTURED, CAPTURED))
        .hasMessage("an event relation needs two different event types, got captured twice");
  }

  @Test
  void because_returnsACopyWithOneMoreReason() {
    Tolerance t = relativeTolerance(0.1).forMeasure(FIGHTERS);
    Tolerance r = t.because("one").because("two");
    assertThat(t.reasons()).isEmpty();
    assertThat(r.reasons()).containsExactly("one", "two");
    assertThat(r).hasToString("tolerance.fighters: fighters match within \u00b110%");
  }
}
