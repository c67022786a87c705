package org.crosscheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.Crosscheck.*;
import static org.crosscheck.Fixtures.*;

import java.util.List;
import java.util.Locale;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Evidence;
import org.crosscheck.claim.Span;
import org.crosscheck.reconcile.Independence;
import org.crosscheck.reconcile.Reconciler;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.truth.echo.Echo;
import org.junit.jupiter.api.Test;

class RenderersTest {
  static final String QUOTE = "قدر المتحدث عدد المسلحين في القائم ما بين 1500 و2500 مقاتل.";
  static final Claim RANGE = claim(FIGHTERS, AL_QAIM, between(1500, 2500)).about(ISIS).by(REUTERS.quoting(DILLON))
      .withEvidence(new Evidence("wire.txt", new Span(35, 58), new Span(0, QUOTE.length()), QUOTE)).withId("range");
  static final Claim ABOUT = claim(FIGHTERS, AL_QAIM, about(1500)).about(ISIS).by(AL_ARAB.quoting(COALITION)).withId("about");
  static final Claim HELD_35 = claim(TERRITORY_HELD, DEIR_EZ_ZOR, percent(35)).about(ISIS).scoped(scope(PROVINCE)).by(AL_ARAB).withId("held-35");
  static final Claim HELD_25 = claim(TERRITORY_HELD, DEIR_EZ_ZOR, aboutPercent(25)).about(ISIS).scoped(scope(COUNTRYSIDE)).by(AL_NAJAH).withId("held-25");
  static final Claim DAY_A = event(CAPTURED, ABU_KAMAL, onDay(2017, 11, 8)).by(AL_NAJAH).withId("kamal-8");
  static final Claim DAY_B = event(CAPTURED, ABU_KAMAL, onDay(2017, 11, 3)).by(AL_MARSAD).withId("kamal-3");
  static final Claim MOSTLY = claim(TERRITORY_LOST, IRAQ_AND_SYRIA, almostAll()).about(ISIS).by(REUTERS).withId("most");
  static final Claim LOST = claim(TERRITORY_LOST, IRAQ_AND_SYRIA, percent(95)).about(ISIS).by(AL_NAJAH).withId("lost-95");
  static final Claim MORE = claim(PEOPLE, place("al-Hol"), moreThan(66_000)).by(EREM).withId("hol");

  static Run run() {
    var report = Reconciler.with(RuleSet.defaults()).reconcile(List.of(RANGE, ABOUT, HELD_35, HELD_25, DAY_A, DAY_B, MOSTLY, LOST, MORE));
    return Run.of(report, List.of(), List.of(new Run.Failure("scan.pdf", "binary file (it holds NUL bytes), not text")),
        List.of(new Echo("b.txt", "a.txt", 40, 0.3, 4, List.of())));
  }

  @Test
  void everyFormat_writtenAsItGoes_isTheDocumentRendered() throws java.io.IOException {
    Run run = run();
    for (Renderer.Format f : Renderer.Format.values()) {
      java.io.StringWriter w = new java.io.StringWriter();
      w.write("before|");
      Renderer.of(f).render(run, w);
      // the writer is left open: more can follow
      w.write("|after");
      assertThat(w.toString()).as("%s", f).isEqualTo("before|" + Renderer.of(f).render(run) + "|after");
    }
    // JSON is written as it goes, with the same spacing as the whole document
    java.io.StringWriter json = new java.io.StringWriter();
    ReportJson.write(run, json);
    assertThat(json.toString()).contains("\"format\": \"crosscheck.report/1\"").doesNotContain("\" : ");
  }

  @Test
  void text_oneStoryCarriedByTwoOutlets_isOneContradiction_andOneEchoCluster() {
    // a wire's figure and the same figure in a rewrite of it, against a third outlet's figure
    Claim wire = claim(FIGHTERS, RAWA, exactly(900)).about(ISIS).by(outlet("Wire One").publishedOn(2017, 11, 3))
        .withEvidence(Evidence.document("wire.txt")).withId("wire");
    Claim copy = claim(FIGHTERS, RAWA, exactly(900)).about(ISIS).by(outlet("Copy Desk").publishedOn(2017, 11, 3))
        .withEvidence(Evidence.document("copy.txt")).withId("copy");
    Claim other = claim(FIGHTERS, RAWA, exactly(200)).about(ISIS).by(outlet("Third Eye").publishedOn(2017, 11, 3))
        .withEvidence(Evidence.document("other.txt")).withId("other");
    // a second group that nobody disputes, and a third whose values differ by scope only
    Claim calm = claim(TROOPS, RAWA, exactly(50)).by(EREM).withId("calm");
    var report = Reconciler.with(RuleSet.defaults()).withIndependence(Independence.withEchoes(
        java.util.Map.of("copy.txt", "wire.txt"))).reconcile(List.of(calm, wire, copy, other, HELD_35, HELD_25));
    Run run = Run.of(report, List.of(), List.of(), List.of(new Echo("copy.txt", "wire.txt", 40, 0.8, 3, List.of())));
    String text = Renderer.of(Renderer.Format.TEXT).render(run);
    String genuine = text.substring(text.indexOf("Genuine contradictions\n"), text.indexOf("Explained contradictions\n"));
    assertThat(genuine.lines().filter(l -> l.startsWith("  * "))).singleElement().satisfies(l -> assertThat(l)
        .contains("900 (", "Wire One", "Copy Desk", ") vs 200 (Third Eye)", "(2 pairs of claims)"));
    // the explained ones follow, each with what explains it
    assertThat(text).contains("Explained contradictions\n-----", "\n      scope: ");
    // one entry per cluster: the original with its rewrites, the echo inside it
    assertThat(text).contains("Echo clusters\n-------------\n  * wire.txt and 1 rewrite (copy.txt)\n"
        + "      copy.txt echoes wire.txt");
    // the disputed group comes before the undisputed one, whatever the order of the keys
    assertThat(text.indexOf("== ISIS fighters@")).isLessThan(text.indexOf("== troops@"));
    String markdown = Renderer.of(Renderer.Format.MARKDOWN).render(run);
    assertThat(markdown).contains("## Genuine contradictions", "## Explained contradictions", "## Echo clusters",
        "- wire.txt and 1 rewrite (copy.txt)\n    - copy.txt echoes wire.txt");
  }

  @Test
  void text_aLargeEchoCluster_listsItsMembersNotEveryPair() {
    List<Echo> echoes = new java.util.ArrayList<>();
    for (int i = 1; i <= 8; i++) echoes.add(new Echo("rewrite-" + i + ".txt", "story.txt", 30, 0.7, 2, List.of()));
    Run run = Run.of(Reconciler.with(RuleSet.defaults()).reconcile(List.of(RANGE)), List.of(), List.of(), echoes);
    String text = Renderer.of(Renderer.Format.TEXT).render(run);
    assertThat(text).contains("  * story.txt and 8 rewrites (rewrite-1.txt, rewrite-2.txt,", "\n      story.txt\n"
        + "      rewrite-1.txt\n",
        "      8 echoes between them\n").doesNotContain("echoes story.txt");
  }

  @Test
  void text_putsTheSummaryFirst() {
    String text = Renderer.of(Renderer.Format.TEXT).render(run());
    assertThat(text).startsWith("Crosscheck report\n=================\nRules: defaults\n1 document, 1 failed\n\nSummary\n");
    assertThat(text).contains("  * 5 groups of 9 claims\n  * 1 genuine contradiction\n  * 1 contradiction explained");
    assertThat(text).contains("Genuine contradictions", "captured@Abu Kamal: 2017-11-03 (Al-Marsad net) vs 2017-11-08"
        + " (Al-Najah News)", "b.txt echoes a.txt", "scan.pdf: binary file");
    // what a source wrote in Arabic is isolated, so the line keeps its order in a browser or a web log
    assertThat(text).contains("[range] Reuters \u2190 Ryan Dillon, 2017-11-03: \u201c\u2068ما بين 1500 و2500 مقاتل\u2069\u201d"
        + " = [1500..2500]");
    assertThat(text).contains("\u00bb \u2068" + QUOTE + "\u2069");
    assertThat(text.indexOf("Summary")).isLessThan(text.indexOf("Groups"));
  }

  @Test
  void links_nameTheGroupsAsTheirHeadingsDo_andTheClaims() {
    Claim entered = event(ENTERED, AL_QAIM, onDay(2017, 11, 3)).by(REUTERS).withId("entered");
    Claim lost = event(org.crosscheck.claim.EventType.LOST, AL_QAIM, onDay(2017, 11, 3)).by(AL_NAJAH).withId("lost");
    var report = Reconciler.with(RuleSet.defaults()).reconcile(List.of(entered, lost));
    assertThat(report.links()).isNotEmpty();
    Run run = Run.of(report, List.of(), List.of(), List.of());
    String text = Renderer.of(Renderer.Format.TEXT).render(run);
    String lostGroup = report.groupOf(lost).orElseThrow().topic();
    assertThat(text).contains("== " + lostGroup + " —", lostGroup + " (lost)", "entered@al-Qaim (entered)");
    assertThat(org.jsoup.Jsoup.parse(Renderer.of(Renderer.Format.HTML).render(run)).select("section[id$=-links]").text())
        .contains(lostGroup + " (lost)");
  }

  @Test
  void markdown_hasTablesPerGroup() {
    String md = Renderer.of(Renderer.Format.MARKDOWN).render(run());
    assertThat(md).startsWith("# Crosscheck report\n");
    assertThat(md).contains("## Summary", "| claim | source | as written | normalized | valid | standing | quote |",
        "| range | Reuters \u2190 Ryan Dillon | <span dir=\"rtl\" lang=\"ar\">ما بين 1500 و2500 مقاتل</span> | [1500..2500]"
            + " | 2017-11-03 | backs |");
    // Arabic quotes carry their direction; markup in an article's text stays text
    assertThat(md).contains("| <span dir=\"rtl\" lang=\"ar\">" + QUOTE + "</span> |");
  }

  @Test
  void csv_hasOneRowPerClaim() {
    String csv = Renderer.of(Renderer.Format.CSV).render(run());
    String[] lines = csv.split("\n");
    assertThat(lines).hasSize(10);
    assertThat(lines[0]).isEqualTo(CsvRenderer.HEADER);
    assertThat(csv).contains("range,wire.txt,Reuters,,Ryan Dillon,2017-11-03,fighters,,ISIS,al-Qaim,,ما بين 1500 و2500"
        + " مقاتل,[1500..2500],[1500..2500],2017-11-03,[1500..1650],1,backs");
  }

  @Test
  void html_isSelfContainedWithChartsAndRtlQuotes() {
    String html = Renderer.of(Renderer.Format.HTML).render(run());
    assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("http://", "https://", "<link", "src=");
    assertThat(html).contains("<section class=\"cc-section cc-group\"", "<svg class=\"cc-row\"",
        "class=\"cc-mark cc-backs cc-hedge\"", "class=\"cc-mark cc-backs cc-range\"", "class=\"cc-mark cc-tied",
        "class=\"cc-mark cc-backs cc-bound\"", "cc-arrow", " cc-vague\"", "<blockquote class=\"cc-bq\" dir=\"rtl\" lang=\"ar\">",
        "li class=\"cc-genuine\"", "li class=\"cc-explained\"", "<svg class=\"cc-ticks\"", "data-rendered");
    assertThat(html.split("<section class=\"cc-section cc-group\"", -1)).hasSize(6);
  }

  @Test
  void json_namesTheGroupingRulesAndTheCountedClass_andReproducesItself() {
    var families = org.crosscheck.value.Unit.of("families", "family", "families",
        org.crosscheck.value.Unit.Dimension.COUNT, java.math.BigDecimal.ONE);
    Claim fled = claim(PEOPLE_LEFT, RAWA, exactly(50, families)).by(REUTERS).withId("fled-families");
    Claim fledPeople = claim(PEOPLE_LEFT, RAWA, exactly(200)).by(AL_ARAB).withId("fled-people");
    Claim local = claim(FIGHTERS, org.crosscheck.claim.Place.NOWHERE, exactly(40)).by(AL_NAJAH)
        .withEvidence(Evidence.document("c.txt")).withId("local");
    var report = Reconciler.with(RuleSet.defaults()).reconcile(List.of(fled, fledPeople, local));
    Run run = Run.of(report, List.of(), List.of(), List.of());
    String json = ReportJson.write(run);
    assertThat(json).contains("\"counted\": \"families\"", "\"rule\": \"measure.counts-families\"",
        "\"rule\": \"grouping.local-figures\"", "\"value\": \"names neither subject nor place: grouped only within"
        + " document c.txt\"", "\"subject\": \"?c.txt\"", "\"rule\": \"measure.counted-link\"");
    var again = Reconciler.with(RuleSet.defaults()).reconcile(ReportJson.readClaims(json, "report.json"));
    assertThat(ReportJson.write(Run.of(again, List.of(), List.of(), List.of()))).isEqualTo(json);
  }

  @Test
  void json_reproducesItself_whenAClaimTookItsDocumentsFocusPlace() {
    Claim a = claim(FIGHTERS, RAWA, exactly(500)).about(ISIS).by(REUTERS).withEvidence(Evidence.document("d.txt"))
        .withId("a");
    Claim b = event(ENTERED, RAWA, onDay(2017, 11, 16)).by(REUTERS).withEvidence(Evidence.document("d.txt")).withId("b");
    Claim c = event(CAPTURED, org.crosscheck.claim.Place.NOWHERE, onDay(2017, 11, 17)).by(REUTERS)
        .withEvidence(Evidence.document("d.txt")).withId("c");
    var report = Reconciler.with(RuleSet.defaults()).reconcile(List.of(a, b, c));
    String json = ReportJson.write(Run.of(report, List.of(), List.of(), List.of()));
    assertThat(json).contains("\"rule\": \"grouping.focus-place\"");
    assertThat(Renderer.of(Renderer.Format.TEXT).render(Run.of(report, List.of(), List.of(), List.of())))
        .contains("  grouped by grouping.focus-place: c names no place and takes its document's focus place as an"
            + " event's place (2 of 2 placed claims of d.txt are at or in Rawa: confidence 1.00)");
    var again = Reconciler.with(RuleSet.defaults()).reconcile(ReportJson.readClaims(json, "report.json"));
    assertThat(ReportJson.write(Run.of(again, List.of(), List.of(), List.of()))).isEqualTo(json);
  }

  @Test
  void json_namesTheNestedPlaceRule_andReproducesItself() {
    Claim town = event(CAPTURED, RAWA, onDay(2017, 11, 17)).by(AL_ARAB).withId("town");
    Claim country = event(LIBERATED, IRAQ, onDay(2017, 11, 17)).by(AL_NAJAH).withId("country");
    var report = Reconciler.with(RuleSet.defaults()).reconcile(List.of(town, country));
    String json = ReportJson.write(Run.of(report, List.of(), List.of(), List.of()));
    assertThat(json).contains("\"rule\": \"grouping.nested-events\"", "\"value\": \"country at Iraq: of the batch's"
        + " events of its class inside it, only those at Rawa fall within its date 2017-11-17; it joins them\"");
    var again = Reconciler.with(RuleSet.defaults()).reconcile(ReportJson.readClaims(json, "report.json"));
    assertThat(again.groups()).hasSize(1);
    assertThat(ReportJson.write(Run.of(again, List.of(), List.of(), List.of()))).isEqualTo(json);
  }

  @Test
  void json_reproducesItselfFromItsClaims() {
    Run run = run();
    String json = ReportJson.write(run);
    assertThat(json).startsWith("{\n  \"format\": \"crosscheck.report/1\",\n  \"rules\": \"defaults\",\n  \"summary\": {");
    var claims = ReportJson.readClaims(json, "report.json");
    var again = Reconciler.with(RuleSet.defaults()).withIndependence(Independence.plain()).reconcile(claims);
    assertThat(ReportJson.write(Run.of(again, run.extractions(), run.failures(), run.echoes()))).isEqualTo(json);
  }

  @Test
  void renderers_doNotDependOnTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("en-US"));
      String[] us = {Renderer.of(Renderer.Format.HTML).render(run()), ReportJson.write(run())};
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      String[] eg = {Renderer.of(Renderer.Format.HTML).render(run()), ReportJson.write(run())};
      assertThat(eg).containsExactly(us);
      assertThat(eg[0]).doesNotContain("\u0661\u0665\u0660\u0660"); // Arabic-Indic 1500
    } finally {
      Locale.setDefault(before);
    }
  }
}
