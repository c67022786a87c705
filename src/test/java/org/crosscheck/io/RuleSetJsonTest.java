package org.crosscheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.crosscheck.claim.EventType;
import org.crosscheck.claim.Place;
import org.crosscheck.rules.EventClass;
import org.crosscheck.rules.GroupingRule;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.rules.Supersession;
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
