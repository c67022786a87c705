package org.crosscheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.Crosscheck.*;
import static org.crosscheck.Fixtures.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Evidence;
import org.crosscheck.claim.Span;
import org.crosscheck.reconcile.Assessment;
import org.crosscheck.reconcile.Group;
import org.crosscheck.reconcile.Reconciler;
import org.crosscheck.reconcile.Report;
import org.crosscheck.rules.RuleSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embeddable HTML fragments ({@code toHtml()} of runs, reports, groups, assessments and
 * claims): one root element, no document parts and no script, every style selector scoped under
 * {@code .crosscheck}, valid HTML (no parse error), directions on every quote and name, untrusted
 * text escaped; and the standalone page built from them leads with what matters.
 */
class HtmlFragmentTest {
  static Run examples;

  @BeforeAll
  static void runTheExamples() throws Exception {
    Documents.Loaded loaded = new Documents().read(List.of(Path.of("examples", "articles")), null);
    examples = Pipeline.withInstalledExtractors(RuleSet.defaults()).run(loaded, i -> { });
  }

  /** Parses a fragment as the body of a page, failing on any HTML parse error. */
  static Element parseFragment(String html) {
    Parser parser = Parser.htmlParser().setTrackErrors(50);
    Document doc = Jsoup.parseBodyFragment(html, "");
    List<ParseError> errors = new ArrayList<>();
    Document strict = Jsoup.parse("<!DOCTYPE html><html><head><title>t</title></head><body>" + html + "</body></html>",
        "", parser);
    errors.addAll(parser.getErrors());
    assertThat(errors).as("HTML parse errors").isEmpty();
    assertThat(strict.body().children()).hasSize(1);
    return doc.body().child(0);
  }

  /** Checks that html is one scoped fragment and returns its root. */
  static Element assertFragment(String html) {
    assertThat(html).doesNotContainIgnoringCase("<html").doesNotContainIgnoringCase("<!doctype")
        .doesNotContainIgnoringCase("<script").doesNotContainPattern("(?i)<(head|body)[\\s>]")
        .doesNotContainIgnoringCase("<link").doesNotContain("http://", "https://");
    Element root = parseFragment(html);
    for (Element e : root.getAllElements()) {
      e.attributes().forEach(a -> assertThat(a.getKey()).as("event handler on %s", e.tagName()).doesNotStartWith("on"));
      assertThat(e.attr("style")).as("inline style (unscoped) on %s", e.tagName()).isEmpty();
    }
    assertThat(root.tagName()).isEqualTo("div");
    assertThat(root.classNames()).contains("crosscheck");
    List<String> selectors = new ArrayList<>();
    for (Element style : root.select("style")) selectors.addAll(selectors(style.data()));
    assertThat(selectors).isNotEmpty().allSatisfy(s -> assertThat(s).startsWith(".crosscheck"));
    for (Element e : root.select("bdi, blockquote")) {
      assertThat(e.attr("dir")).as("direction of %s", e.outerHtml()).isIn("rtl", "auto", "ltr");
    }
    assertThat(root.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    for (Element a : root.select("a[href]")) {
      assertThat(a.attr("href")).startsWith("#");
      assertThat(root.getElementById(a.attr("href").substring(1))).as("anchor %s", a.attr("href")).isNotNull();
    }
    return root;
  }

  /** Every selector of a style sheet, at-rules refused (a fragment has no global @font-face, @import or @media). */
  static List<String> selectors(String css) {
    assertThat(css).doesNotContain("@").doesNotContain("/*");
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < css.length()) {
      int open = css.indexOf('{', i);
      if (open < 0) {
        assertThat(css.substring(i).strip()).isEmpty();
        break;
      }
      int close = css.indexOf('}', open);
      assertThat(css.substring(open + 1, close)).doesNotContain("{");
      for (String s : css.substring(i, open).split(",(?![^(]*\\))")) out.add(s.strip());
      i = close + 1;
    }
    return out;
  }

  @Test
  void selectors_findsEveryOne() {
    assertThat(selectors("a b{x:1}.c,:where(d,e) f{y:2}")).containsExactly("a b", ".c", ":where(d,e) f");
  }

  @Test
  void examplesReport_toHtml_isAScopedValidFragment() {
    Element root = assertFragment(examples.report().toHtml());
    assertThat(root.select("section.cc-group")).hasSize(examples.report().groups().size());
    assertThat(root.select("svg.cc-row").size()).isGreaterThan(20);
    assertThat(root.select("svg.cc-timeline")).hasSize(1);
    assertThat(root.select("svg.cc-series-chart")).isNotEmpty();
    assertThat(root.select("bdi[dir=rtl]").size()).isGreaterThan(30);
    // a rule id and the note after it read as two words
    assertThat(root.text()).doesNotContainPattern("[a-z]same origin");
  }

  @Test
  void examplesRun_toHtml_isAScopedValidFragment_withEchoClustersAndSources() {
    Element root = assertFragment(examples.toHtml());
    assertThat(root.select("details.cc-cluster")).hasSize(1);
    assertThat(root.select("details.cc-cluster summary").text())
        .isEqualTo("Mashreq News Agency (01_mashreq_wire.txt) and 1 rewrite (Furat Today)");
    Element furat = root.select("table.cc-sources tbody tr").stream()
        .filter(tr -> tr.child(0).text().equals("Furat Today")).findFirst().orElseThrow();
    assertThat(furat.child(2).text()).isEqualTo("0.77\u20131.00");
    assertThat(furat.child(5).text()).isEqualTo("Mashreq News Agency");
    assertThat(root.text()).doesNotContain("(05_observer.txt)").contains("unnamed local source (Observer Network)");
  }

  @Test
  void groupAssessmentAndClaim_toHtml_areScopedValidFragments() {
    Report r = examples.report();
    for (Group g : r.groups()) assertFragment(g.toHtml());
    for (Assessment a : r.assessments()) assertFragment(a.toHtml());
    for (Claim c : r.claims()) assertFragment(c.toHtml());
    Element claim = assertFragment(RenderersTest.RANGE.toHtml());
    assertThat(claim.select("tr:contains(as written) bdi").first().attr("dir")).isEqualTo("rtl");
    assertThat(claim.select("blockquote").attr("dir")).isEqualTo("rtl");
    assertThat(claim.text()).contains("[1500..2500]", "Reuters", "Ryan Dillon", "2017-11-03");
  }

  @Test
  void report_leadsWithGenuineThenExplainedContradictions_thenGroupsByUrgency() {
    Element root = assertFragment(examples.toHtml());
    List<String> order = new ArrayList<>();
    for (Element s : root.select("section")) {
      order.add(s.hasClass("cc-group") ? "group" : s.id().replaceFirst("^cc-[0-9a-f]+r?-", ""));
    }
    assertThat(order.subList(0, 5)).containsExactly("summary", "genuine", "explained", "timeline", "series");
    assertThat(order.indexOf("echoes")).isGreaterThan(order.lastIndexOf("group") - 1);
    List<Element> groups = root.select("section.cc-group");
    assertThat(groups.get(0).select("h2").text()).startsWith("ISIS fighters@Al Qa'im");
    assertThat(groups.get(0).attr("data-verdicts")).contains("genuine");
    assertThat(groups.get(1).attr("data-verdicts")).contains("explained").doesNotContain("genuine");
    // the two pairs that repeat one disagreement (two outlets carrying the same wire) are one entry
    assertThat(root.select("section[id$=-genuine] li")).hasSize(1);
    assertThat(root.select("section[id$=-genuine] li").text()).contains("Mashreq News Agency", "Furat Today", "(2 pairs of claims)",
        "no tolerance: counts match only when equal").doesNotContain("no tolerance)");
    assertThat(root.select("nav.cc-contents a").eachText()).startsWith("Summary", "2 genuine contradictions",
        "4 explained contradictions");
  }

  @Test
  void aTie_namesNoWinner() {
    Claim a = event(CAPTURED, ABU_KAMAL, onDay(2017, 11, 8)).by(AL_NAJAH).withId("kamal-8");
    Claim b = event(CAPTURED, ABU_KAMAL, onDay(2017, 11, 3)).by(AL_MARSAD).withId("kamal-3");
    Report r = Reconciler.with(RuleSet.defaults()).reconcile(List.of(a, b));
    Group g = r.groups().get(0);
    assertThat(g.consensus().tied()).isTrue();
    Element root = assertFragment(g.toHtml());
    assertThat(root.select("table.cc-claims tbody tr:has(svg.cc-row) td:last-child").eachText()).containsOnly("tied");
    assertThat(root.text()).doesNotContain("backs", "dissents").contains("none: tied");
    assertThat(root.select("rect.cc-bg")).isEmpty();   // no consensus band
    String text = Renderer.of(Renderer.Format.TEXT).render(Run.of(r));
    assertThat(text).doesNotContain("backs)", "dissents)").contains("tied)");
  }

  @Test
  void untrustedOutletsAndQuotes_areEscaped() {
    String quote = "=HYPERLINK(\"x\") <script>alert(1)</script> & \"قال\" 1500";
    Claim c = claim(FIGHTERS, AL_QAIM, exactly(1500)).by(outlet("=cmd|calc!A1 <img src=x onerror=alert(2)>"))
        .withEvidence(new Evidence("evil.txt", new Span(0, 0), new Span(0, quote.length()), quote)).withId("=evil");
    Claim d = claim(FIGHTERS, AL_QAIM, exactly(600)).by(outlet("@SUM(1+1)")).withId("+plain");
    Run run = Run.of(Reconciler.with(RuleSet.defaults()).reconcile(List.of(c, d)));
    for (String html : List.of(run.toHtml(), run.report().toHtml(), c.toHtml(), run.report().groups().get(0).toHtml())) {
      Element root = assertFragment(html);
      assertThat(html).doesNotContain("<script>alert", "<img src=x");
      assertThat(root.select("script, img")).isEmpty();
      assertThat(root.text()).contains("=cmd|calc!A1 <img src=x onerror=alert(2)>");
    }
    String page = Renderer.of(Renderer.Format.HTML).render(run);
    assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "=cmd|calc!A1 &lt;img src=x").doesNotContain(
        "<script>alert", "<img src=x");
    assertThat(Jsoup.parse(page).select("blockquote").text()).contains(quote);
    assertThat(Jsoup.parse(page).select("option").eachText()).contains("=cmd|calc!A1 <img src=x onerror=alert(2)>");
  }

  @Test
  void page_isTheRunFragmentWithAFilterAndOneScript() {
    String page = Renderer.of(Renderer.Format.HTML).render(examples);
    Document doc = Jsoup.parse(page);
    assertThat(doc.select("script")).hasSize(1);
    assertThat(doc.select("body > div.crosscheck").outerHtml()).isEqualTo(Jsoup.parseBodyFragment(examples.toHtml())
        .body().child(0).outerHtml());
    assertThat(doc.select("form#filter select").eachAttr("name")).containsExactly("place", "measure", "outlet", "verdict");
    assertThat(doc.select("select[name=outlet] option").eachText()).contains("Mashreq News Agency", "Observer Network");
  }

  @Test
  void wording_pluralsToleranceAndDependentSources() {
    String text = Renderer.of(Renderer.Format.TEXT).render(examples);
    assertThat(text).contains("Observer Network: estimated accuracy 0.75 (90% interval 0.56\u20130.95), 2 claims, 1 agrees with the consensus",
        "Furat Today: estimated accuracy", "dependent on Mashreq News Agency",
        "unnamed local source (Observer Network)", "beyond the 0.5-point tolerance for shares",
        "no tolerance: counts match only when equal");
    assertThat(text).doesNotContain("(05_observer.txt)", "(no tolerance)", "1 agree with");
    String md = Renderer.of(Renderer.Format.MARKDOWN).render(examples);
    assertThat(md).contains("| Furat Today | 0.89 | 0.77\u20131.00 | 8 | 8 | Mashreq News Agency |");
  }

  /**
   * A source with two claims: its estimate and how little it rests on are shown in every format
   * (issue 14: no bare accuracy), the same figures in each.
   */
  @Test
  void smallSource_uncertaintyInEveryFormat() throws Exception {
    String interval = "0.56\u20130.95";
    assertThat(Renderer.of(Renderer.Format.TEXT).render(examples))
        .contains("Observer Network: estimated accuracy 0.75 (90% interval " + interval + "), 2 claims");
    assertThat(Renderer.of(Renderer.Format.MARKDOWN).render(examples))
        .contains("| Observer Network | 0.75 | " + interval + " | 2 |");
    Element row = assertFragment(examples.toHtml()).select("table.cc-sources tbody tr").stream()
        .filter(tr -> tr.child(0).text().equals("Observer Network")).findFirst().orElseThrow();
    assertThat(row.child(1).text()).isEqualTo("0.75");
    assertThat(row.child(2).text()).isEqualTo(interval);
    assertThat(row.child(3).text()).isEqualTo("2");
    com.fasterxml.jackson.databind.JsonNode sources = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(Renderer.of(Renderer.Format.JSON).render(examples)).get("sources");
    com.fasterxml.jackson.databind.JsonNode observer = null;
    for (com.fasterxml.jackson.databind.JsonNode n : sources) {
      if (n.get("source").asText().equals("Observer Network")) observer = n;
    }
    assertThat(observer).isNotNull();
    assertThat(observer.get("accuracy").asDouble()).isEqualTo(0.75, org.assertj.core.data.Offset.offset(0.005));
    assertThat(observer.get("accuracy_interval").get(0).asDouble()).isEqualTo(0.56, org.assertj.core.data.Offset.offset(0.005));
    assertThat(observer.get("accuracy_interval").get(1).asDouble()).isEqualTo(0.95, org.assertj.core.data.Offset.offset(0.005));
    assertThat(observer.get("claims").asLong()).isEqualTo(2);
    assertThat(observer.get("evidence").asDouble()).isEqualTo(12.0);
  }
}
