package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.Crosscheck.*;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Measures;
import org.crosscheck.extract.Extraction;
import org.crosscheck.io.Run;
import org.crosscheck.rules.Facts;
import org.junit.jupiter.api.Test;

/** The one-import facade does the whole job: claims by hand, articles to a report, rendering, rules. */
class CrosscheckTest {

  @Test
  void everyBuiltInMeasure_isAConstant() throws IllegalAccessException {
    List<Object> constants = new ArrayList<>();
    for (Field f : Crosscheck.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == Measure.class) constants.add(f.get(null));
    }
    assertThat(constants).containsAll(Measures.all()).contains(WOUNDED);
  }

  @Test
  void report_ofAFolder_isWhatTheCommandLineReads() {
    Run run = report(Path.of("examples/articles"));
    assertThat(run.extractions()).hasSize(6);
    assertThat(run.failures()).isEmpty();
    assertThat(run.echoes()).hasSize(1);
    assertThat(run).hasToString("Run[6 documents, 0 failed, 1 echo; " + run.report().summary() + "]");
    assertThat(render(run, "text")).startsWith("Crosscheck report\n=================\nRules: defaults\n6 documents, 0 failed\n");
    assertThat(render(run, "MARKDOWN")).startsWith("# Crosscheck report\n");
    assertThat(render(run, "json")).startsWith("{");
    // isolates are for display: the data formats carry names as they are
    assertThat(render(run, "json")).contains("Al Qa'im").doesNotContain("\u2068", "\u2069");
    assertThat(render(run, "csv")).contains("رايان ديلون").doesNotContain("\u2068", "\u2069");
    assertThat(render(run, "text")).contains("\u2068رايان ديلون\u2069");
    assertThat(run.table()).isEqualTo(run.report().table());
  }

  @Test
  void report_underNamedRules_saysWhichRules() {
    var newsroom = defaults().with(relativeTolerance(0.10).forMeasure(FIGHTERS).because("wire copy rounds counts"))
        .named("newsroom");
    assertThat(render(report(Path.of("examples/articles"), newsroom), "text")).contains("\nRules: newsroom\n");
  }

  @Test
  void report_ofAMissingFolder_saysWhatToGive() {
    assertThatThrownBy(() -> report(Path.of("no-such-folder")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no such file or folder: ").hasMessageContaining("no-such-folder")
        .hasMessageContaining("give the folder of articles");
  }

  @Test
  void render_anUnknownFormat_namesTheChoices() {
    assertThatThrownBy(() -> render(reconcile(), "pdf"))
        .hasMessage("unknown format 'pdf'; choose one of text, markdown, html, json, csv");
  }

  @Test
  void extract_readsTextInALanguage_andResolvesDatesAgainstThePublicationDay() {
    Extraction ar = extract("وقال مسؤول محلي إن نحو 800 مسلح ما زالوا في مدينة الميادين.", "ar", date(2017, 11, 3));
    assertThat(ar.claims()).as(ar.diagnostics().toString()).extracting(Claim::toString).anySatisfy(s -> assertThat(s).contains("@Mayadin = ~800"));
    Extraction en = extract("At least 40 people were killed in Mosul on Friday, police said.", "en", date(2017, 11, 6));
    assertThat(en.claims()).extracting(c -> c.measure().id()).contains("killed");
    assertThat(extract("About 300 families fled Raqqa.", "EN").claims()).isNotEmpty();
    assertThatThrownBy(() -> extract("texte", "fr"))
        .hasMessage("extract(): no extractor for language 'fr'; installed: [ar, en]");
  }

  /** explain() is a value: JShell prints its lines, not a quoted string with \n escapes. */
  @Test
  void explain_isAValuePrintedAsLines() {
    Claim a = claim(FIGHTERS, place("al-Qaim").aka("القائم"), between(1500, 2500)).by(outlet("Reuters"));
    Claim b = claim(FIGHTERS, place("القائم"), about(1500)).by(outlet("Al-Arab"));
    Facts facts = explain(a, b);
    assertThat(facts.value("verdict")).isEqualTo("COMPATIBLE");
    assertThat(facts.value("rule")).isEqualTo("quantity.containment");
    assertThat(facts.toString()).startsWith("verdict:     COMPATIBLE\nleft:        fighters@al-Qaim = [1500..2500]")
        .contains("\nrule:        quantity.containment\n").endsWith("\n").doesNotContain("\r");
    assertThat(facts.value("right")).startsWith("fighters@\u2068القائم\u2069 = ~1500  (Al-Arab)");
    assertThat(facts.lines()).hasSize(facts.facts().size());
    assertThat(explain(rules("strict"), a, b).value("verdict")).isEqualTo("COMPATIBLE");
  }
}
