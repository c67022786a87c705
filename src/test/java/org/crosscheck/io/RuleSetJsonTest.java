package org.crosscheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.EventType;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Place;
import org.crosscheck.reconcile.Reconciler;
import org.crosscheck.rules.Verdict;
import org.crosscheck.rules.EventClass;
import org.crosscheck.rules.GroupingRule;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.rules.Supersession;
import org.crosscheck.value.Values;
import org.junit.jupiter.api.Test;

/** The rules file's event relations and grouping rules. */
class RuleSetJsonTest {

  static RuleSet parse(String json) throws Exception {
    JsonNode n = ClaimJson.MAPPER.readTree(json);
    return RuleSetJson.parse(n);
  }

  @Test
  void grouping_setsTheGroupingRulesParameters() throws Exception {
    RuleSet r = parse("{\"grouping\": {\"current_window_days\": 5, \"event_sequence_too_wide\": [\"COUNTRY\"],"
        + " \"focus_place_min_share\": 0.75, \"local_figures\": false}}");
    assertThat(r.supersession()).contains(Supersession.currentWithin(5));
    assertThat(r.grouping(GroupingRule.SequenceWidth.class).orElseThrow().tooWide()).containsExactly(Place.Type.COUNTRY);
    assertThat(r.grouping(GroupingRule.FocusPlace.class).orElseThrow().minShare()).isEqualTo(0.75);
    assertThat(r.grouping(GroupingRule.LocalFigures.class)).isEmpty();
    assertThat(r.grouping(GroupingRule.MajorityFamily.class)).isPresent();
    RuleSet none = parse("{\"grouping\": {\"current_window_days\": false, \"focus_place_min_share\": false}}");
    assertThat(none.supersession()).isEmpty();
    assertThat(none.grouping(GroupingRule.FocusPlace.class)).isEmpty();
  }

  @Test
  void grouping_setsTheNestedPlaceRules_orDropsThem() throws Exception {
    RuleSet r = parse("{\"grouping\": {\"nested_events_max_span_days\": 7, \"nested_figures_counts\": [\"killed\"],"
        + " \"status_with_change\": false}}");
    assertThat(r.grouping(GroupingRule.NestedEvents.class).orElseThrow().maxSpanDays()).isEqualTo(7);
    GroupingRule.NestedFigures figures = r.grouping(GroupingRule.NestedFigures.class).orElseThrow();
    assertThat(figures.countsNested("killed")).isTrue();
    assertThat(figures.countsNested("fighters")).isFalse();
    assertThat(r.grouping(GroupingRule.StatusWithChange.class)).isEmpty();
    RuleSet none = parse("{\"grouping\": {\"nested_events_max_span_days\": false, \"nested_figures_counts\": false}}");
    assertThat(none.grouping(GroupingRule.NestedEvents.class)).isEmpty();
    assertThat(none.grouping(GroupingRule.NestedFigures.class)).isEmpty();
    assertThat(none.grouping(GroupingRule.StatusWithChange.class)).isPresent();
    assertThatThrownBy(() -> parse("{\"grouping\": {\"nested_events_max_span_days\": 0}}"))
        .hasMessage("grouping.nested_events_max_span_days is a whole number of days >= 1, like 31 (or false to keep"
            + " events at nested places in linked groups), got 0");
    assertThatThrownBy(() -> parse("{\"grouping\": {\"nested_figures_counts\": [3]}}"))
        .hasMessage("grouping.nested_figures_counts lists measure ids (strings), got 3");
  }

  @Test
  void grouping_setsTheStoryEventClasses_orDropsTheRule() throws Exception {
    assertThat(RuleSet.defaults().grouping(GroupingRule.StoryEvents.class).orElseThrow().classes())
        .containsExactly("conflict-began", "declared", "founded");
    RuleSet r = parse("{\"grouping\": {\"story_events\": [\"declared\"]}}");
    GroupingRule.StoryEvents story = r.grouping(GroupingRule.StoryEvents.class).orElseThrow();
    assertThat(story.happensOnce(new org.crosscheck.rules.EventClass("declared"))).isTrue();
    assertThat(story.happensOnce(new org.crosscheck.rules.EventClass("founded"))).isFalse();
    assertThat(parse("{\"grouping\": {\"story_events\": false}}").grouping(GroupingRule.StoryEvents.class)).isEmpty();
    assertThatThrownBy(() -> parse("{\"grouping\": {\"story_events\": \"declared\"}}"))
        .hasMessage("grouping.story_events lists event class ids, like [\"declared\"] (or false to leave such events at"
            + " their focus places), got \"declared\"");
  }

  @Test
  void grouping_refusesBadValues_namingTheMemberAndTheFix() {
    assertThatThrownBy(() -> parse("{\"grouping\": {\"current_window_days\": -2}}"))
        .hasMessage("grouping.current_window_days is a whole number of days >= 0 (or false to supersede nothing),"
            + " got -2");
    assertThatThrownBy(() -> parse("{\"grouping\": {\"focus_place_min_share\": 2}}"))
        .hasMessage("grouping.focus_place_min_share is a share in (0, 1], like 0.5 (or false to leave placeless claims"
            + " placeless), got 2");
    assertThatThrownBy(() -> parse("{\"grouping\": {\"window\": 2}}"))
        .hasMessageStartingWith("unknown member \"window\" in grouping; known members: current_window_days,");
    assertThatThrownBy(() -> parse("{\"grouping\": {\"local_figures\": \"no\"}}"))
        .hasMessage("grouping.local_figures is true or false, got \"no\"");
  }

  @Test
  void measures_declareNewOnes_forTheFilesTolerancesAndPresuppositions() throws Exception {
    RuleSet r = parse("{\"measures\": [{\"id\": \"aid-trucks\", \"label\": \"aid trucks\", \"kind\": \"COUNT\","
        + " \"trend\": \"VARIES\"}], \"tolerances\": [{\"measure\": \"aid-trucks\", \"relative\": 0.2}],"
        + " \"presuppose_control\": [\"aid-trucks\"]}");
    Measure trucks = new Measure("aid-trucks", "aid trucks", Measure.Kind.COUNT, Measure.Trend.VARIES);
    assertThat(r.presupposesControl(trucks)).isTrue();
    // 100 and 115 trucks at one crossing: within the declared 20%, not within the default 10% for counts
    Claim a = Claim.of(trucks, Place.named("Rafah"), Values.exactly(100));
    Claim b = Claim.of(trucks, Place.named("Rafah"), Values.exactly(115)).withId("b");
    assertThat(Reconciler.with(r).assess(a, b).verdict()).isNotEqualTo(Verdict.CONTRADICT);
    assertThat(Reconciler.with(RuleSet.defaults()).assess(a, b).verdict()).isEqualTo(Verdict.CONTRADICT);
  }

  @Test
  void measures_refuseBuiltInsDuplicatesAndUnknownIds_namingTheFix() {
    assertThatThrownBy(() -> parse("{\"measures\": [{\"id\": \"killed\", \"kind\": \"COUNT\","
        + " \"trend\": \"INCREASES\"}]}"))
        .hasMessage("measures[0].id \"killed\" is a built-in measure; declare only new ones");
    assertThatThrownBy(() -> parse("{\"measures\": [{\"id\": \"x\", \"kind\": \"COUNT\", \"trend\": \"UP\"}]}"))
        .hasMessageStartingWith("'measures[0].trend' must be one of FIXED, VARIES, INCREASES, DECREASES, got 'UP'");
    assertThatThrownBy(() -> parse("{\"measures\": [{\"id\": \"x\", \"kind\": \"COUNT\", \"trend\": \"VARIES\"},"
        + " {\"id\": \"x\", \"kind\": \"COUNT\", \"trend\": \"VARIES\"}]}"))
        .hasMessage("measures[1].id \"x\" is declared twice");
    assertThatThrownBy(() -> parse("{\"tolerances\": [{\"measure\": \"aid-trucks\", \"relative\": 0.2}]}"))
        .hasMessageStartingWith("unknown measure 'aid-trucks'; built-in: [").hasMessageEndingWith(
            "; declare a new one in \"measures\"");
    assertThatThrownBy(() -> parse("{\"measures\": [{\"id\": \"x\", \"kind\": \"COUNT\", \"trend\": \"VARIES\","
        + " \"unit\": \"trucks\"}]}"))
        .hasMessageStartingWith("unknown member \"unit\" in measures[0]; known members: id, label, kind, trend");
  }

  static RuleSetJson.RulesFile parseFile(String json) throws Exception {
    return RuleSetJson.parseFile(ClaimJson.MAPPER.readTree(json));
  }

  @Test
  void measures_carryTheirNounsByLanguage() throws Exception {
    RuleSetJson.RulesFile f = parseFile("{\"measures\": [{\"id\": \"aid-trucks\", \"label\": \"aid trucks\","
        + " \"kind\": \"COUNT\", \"trend\": \"VARIES\", \"nouns\": {\"en\": [\"aid truck\", \" truck of aid \"],"
        + " \"ar\": [\"\u0634\u0627\u062d\u0646\u0629 \u0645\u0633\u0627\u0639\u062f\u0627\u062a\"]}},"
        + " {\"id\": \"food-insecure\", \"kind\": \"COUNT\", \"trend\": \"VARIES\"}],"
        + " \"tolerances\": [{\"measure\": \"aid-trucks\", \"relative\": 0.2}]}");
    assertThat(f.measures()).hasSize(2);
    assertThat(f.measures().get(0).measure())
        .isEqualTo(new Measure("aid-trucks", "aid trucks", Measure.Kind.COUNT, Measure.Trend.VARIES));
    assertThat(f.measures().get(0).nouns("en")).containsExactly("aid truck", "truck of aid");
    assertThat(f.measures().get(0).nouns("ar")).containsExactly("\u0634\u0627\u062d\u0646\u0629"
        + " \u0645\u0633\u0627\u0639\u062f\u0627\u062a");
    assertThat(f.measures().get(1).nouns()).isEmpty();
    assertThat(f.rules().contains("tolerance.aid-trucks")).isTrue();
    assertThat(parseFile("{}").measures()).isEmpty();
  }

  @Test
  void nouns_refuseWhatCannotBeRead_namingTheValueAndTheFix() {
    String head = "{\"measures\": [{\"id\": \"aid-trucks\", \"kind\": \"COUNT\", \"trend\": \"VARIES\", \"nouns\": ";
    assertThatThrownBy(() -> parseFile(head + "[\"aid truck\"]}]}"))
        .hasMessageStartingWith("measures[0].nouns maps language codes to the nouns in the singular that name what"
            + " the measure counts, like {\"en\": [\"aid truck\", \"truck of aid\"],")
        .hasMessageEndingWith("; got [\"aid truck\"]");
    assertThatThrownBy(() -> parseFile(head + "{\"english\": [\"aid truck\"]}}]}"))
        .hasMessage("measures[0].nouns has the language \"english\"; use an ISO 639-1 code like \"en\" or \"ar\"");
    assertThatThrownBy(() -> parseFile(head + "{\"en\": \"aid truck\"}}]}"))
        .hasMessage("measures[0].nouns.en is a non-empty list of nouns in the singular, like [\"aid truck\"], got"
            + " \"aid truck\"");
    assertThatThrownBy(() -> parseFile(head + "{\"en\": []}}]}"))
        .hasMessage("measures[0].nouns.en is a non-empty list of nouns in the singular, like [\"aid truck\"], got []");
    assertThatThrownBy(() -> parseFile(head + "{\"en\": [\"aid truck\", \" \"]}}]}"))
        .hasMessage("measures[0].nouns.en lists nouns as non-blank strings, like \"aid truck\"; got \" \"");
    assertThatThrownBy(() -> parseFile("{\"measures\": [{\"id\": \"aid-share\", \"kind\": \"SHARE\","
        + " \"trend\": \"VARIES\", \"nouns\": {\"en\": [\"aid\"]}}]}"))
        .hasMessage("measures[0].nouns names what a count counts, but \"aid-share\" is of kind SHARE; declare it with"
            + " \"kind\": \"COUNT\", or leave out its nouns");
  }

  @Test
  void readFile_locatesABadNounAtItsLineAndColumn() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("rules", ".json");
    try {
      java.nio.file.Files.writeString(file, "{\"measures\": [{\"id\": \"aid-trucks\", \"kind\": \"COUNT\","
          + " \"trend\": \"VARIES\",\n  \"nouns\": {\"en\": [\"aid truck\"], \"fr\": 3}}]}\n");
      assertThatThrownBy(() -> RuleSetJson.readFile(file)).isInstanceOfSatisfying(FormatException.class, e -> {
        assertThat(e.line()).isEqualTo(2);
        assertThat(e).hasMessageEndingWith("measures[0].nouns.fr is a non-empty list of nouns in the singular, like"
            + " [\"aid truck\"], got 3");
      });
    } finally {
      java.nio.file.Files.delete(file);
    }
  }

  @Test
  void events_takeConverseAndAnnounces() throws Exception {
    RuleSet r = parse("{\"base\": \"none\", \"events\": [{\"converse\": [\"gave-up\", \"took\"]},"
        + " {\"announces\": [\"hailed\", \"took\"]}]}");
    assertThat(r.eventClassOf(EventType.of("gave up"))).isEqualTo(new EventClass("took"));
    assertThat(r.direction(EventType.of("gave up"))).isEqualTo(EventClass.Direction.CONVERSE);
    assertThat(r.announces("hailed", "took")).isTrue();
    assertThat(r.precedes("took", "hailed")).isTrue();
    assertThatThrownBy(() -> parse("{\"events\": [{\"same\": [\"a\", \"b\"], \"converse\": [\"a\", \"b\"]}]}"))
        .hasMessageStartingWith("an \"events\" entry is {\"same\": [a, b]}, {\"converse\": [a, b]},");
  }

  @Test
  void read_unknownMember_isLocatedAtItsLineAndColumn_withTheNearestKnownOne() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("rules", ".json");
    try {
      java.nio.file.Files.writeString(file, "{\n  \"tolerances\": [\n    {\"measure\": \"fighters\", \"relativ\": 0.1}\n  ]\n}\n");
      assertThatThrownBy(() -> RuleSetJson.read(file)).isInstanceOfSatisfying(FormatException.class, e -> {
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(29);
        assertThat(e).hasMessageEndingWith(":3:29: unknown member \"relativ\" in tolerances[0]; known members: measure,"
            + " kind, relative, absolute, because; did you mean \"relative\"?");
      });
      java.nio.file.Files.writeString(file, "{\"name\": \"x\",\n \"grouping\": {\"local_figure\": false}}");
      assertThatThrownBy(() -> RuleSetJson.read(file)).hasMessageContaining(":2:15: unknown member \"local_figure\" in"
          + " grouping;").hasMessageEndingWith("did you mean \"local_figures\"?");
    } finally {
      java.nio.file.Files.delete(file);
    }
  }
}
