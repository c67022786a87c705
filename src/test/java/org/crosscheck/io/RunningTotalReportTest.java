package org.crosscheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.Crosscheck.*;
import static org.crosscheck.Fixtures.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Measures;
import org.crosscheck.reconcile.Reconciler;
import org.crosscheck.reconcile.Report;
import org.crosscheck.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The text, HTML and JSON reports agree on a group of running totals and day counts, each kind's consensus apart. */
class RunningTotalReportTest {
  static final Claim TOTAL = claim(Measures.WOUNDED, RAWA, exactly(41_250))
      .by(outlet("Morning Ledger").publishedOn(2024, 7, 14)).validOn(onOrBefore(date(2024, 7, 14))).withId("total");
  static final Claim DAY_A = claim(Measures.WOUNDED, RAWA, exactly(289))
      .by(outlet("Evening Courier").publishedOn(2024, 7, 12)).validOn(date(2024, 7, 12)).withId("day-a");
  static final Claim DAY_B = claim(Measures.WOUNDED, RAWA, exactly(289))
      .by(outlet("Sahil Daily").publishedOn(2024, 7, 12)).validOn(date(2024, 7, 12)).withId("day-b");
  static final String LINE = "running total: 41250 (up to 2024-07-14) \u2014 1 independent source;"
      + " day count: 289 (2024-07-12) \u2014 2 independent sources";

  @BeforeAll
  static void schemas() throws Exception {
    SchemasTest.load();
  }

  static Run run() {
    Report report = Reconciler.with(RuleSet.defaults()).reconcile(List.of(TOTAL, DAY_A, DAY_B));
    return Run.of(report, List.of(), List.of(), List.of());
  }

  @Test
  void textAndHtml_giveEachKindsConsensus_andEachClaimsStanding() {
    String text = Renderer.of(Renderer.Format.TEXT).render(run());
    assertThat(text).contains("Consensus: " + LINE)
        .contains("(valid \u2264 2024-07-14; backs)")
        .contains("(valid 2024-07-12; backs the day count)");
    String markdown = Renderer.of(Renderer.Format.MARKDOWN).render(run());
    assertThat(markdown).contains("Consensus: " + LINE).contains("| backs the day count |");
    String html = Renderer.of(Renderer.Format.HTML).render(run());
    assertThat(html).contains("Consensus: <b>" + LINE.replace("\u2014", "&mdash;") + "</b>")
        .contains("<td>backs the day count</td>")
        .doesNotContain("class=\"cc-backs the day count\"");
  }

  @Test
  void json_addsTheDaysConsensusAndTheLastDay_keepingTheFieldsItHad_andValidates() throws Exception {
    String json = ReportJson.write(run());
    assertThat(SchemasTest.errors("report", json)).isEmpty();
    JsonNode k = new ObjectMapper().readTree(json).get("groups").get(0).get("consensus");
    assertThat(k.get("display").asText()).isEqualTo("41250");
    assertThat(k.get("supporters").toString()).isEqualTo("[\"total\"]");
    assertThat(k.get("dissenters").toString()).isEqualTo("[]");
    assertThat(k.get("up_to").asText()).isEqualTo("2024-07-14");
    JsonNode days = k.get("day_counts");
    assertThat(days.get("display").asText()).isEqualTo("289");
    assertThat(days.get("supporters").toString()).isEqualTo("[\"day-a\",\"day-b\"]");
    assertThat(days.get("independent_sources").asInt()).isEqualTo(2);
    assertThat(days.has("day_counts")).isFalse();
  }

  @Test
  void json_ofAGroupWithoutDayCounts_hasNoNewField() throws Exception {
    Report report = Reconciler.with(RuleSet.defaults()).reconcile(List.of(DAY_A, DAY_B));
    String json = ReportJson.write(Run.of(report, List.of(), List.of(), List.of()));
    assertThat(json).doesNotContain("day_counts").doesNotContain("up_to");
    assertThat(SchemasTest.errors("report", json)).isEmpty();
  }

  @Test
  void aNoteMadeTwice_isPrintedOnce_inTheTextReport() {
    String note = "day-a.txt was read as an article from its name";
    String text = Renderer.of(Renderer.Format.TEXT).render(run().withNotes(List.of(note, note)));
    assertThat(text.indexOf(note)).isPositive();
    assertThat(text.indexOf(note, text.indexOf(note) + 1)).isNegative();
  }
}
