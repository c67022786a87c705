package org.crosscheck.jupyter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.Crosscheck.*;
import static org.crosscheck.Fixtures.*;

import java.util.List;
import java.util.ServiceLoader;
import org.crosscheck.claim.Claim;
import org.crosscheck.io.Run;
import org.crosscheck.reconcile.Reconciler;
import org.crosscheck.reconcile.Report;
import org.crosscheck.rules.RuleSet;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;

/**
 * The Jupyter display hook with the JJava kernel's own renderer (its library on the test class
 * path): a report, run, group, assessment or claim renders as its HTML fragment, with its plain
 * text beside it, and the kernel's service lookup finds the extension.
 */
class JupyterDisplayTest {
  static final Claim A = claim(FIGHTERS, AL_QAIM, between(1500, 2500)).by(REUTERS.quoting(DILLON)).withId("a");
  static final Claim B = claim(FIGHTERS, AL_QAIM, about(600)).by(AL_ARAB).withId("b");

  static Renderer renderer() {
    Renderer r = new Renderer();
    JupyterDisplay.register(r);
    return r;
  }

  @Test
  void report_rendersAsItsHtmlFragment_andItsText() {
    Report report = Reconciler.with(RuleSet.defaults()).reconcile(List.of(A, B));
    DisplayData shown = renderer().render(report);
    assertThat(shown.getData(MIMEType.TEXT_HTML)).isEqualTo(report.toHtml());
    assertThat((String) shown.getData(MIMEType.TEXT_HTML)).startsWith("<div class=\"crosscheck cc-report\"")
        .contains("<svg class=\"cc-row\"", "<table class=\"cc-claims\"");
    assertThat(shown.getData(MIMEType.TEXT_PLAIN)).isEqualTo(report.toString());
  }

  @Test
  void runGroupAssessmentAndClaim_renderAsTheirFragments() {
    Report report = Reconciler.with(RuleSet.defaults()).reconcile(List.of(A, B));
    Run run = Run.of(report);
    Renderer r = renderer();
    assertThat(r.render(run).getData(MIMEType.TEXT_HTML)).isEqualTo(run.toHtml());
    assertThat(r.render(report.groups().get(0)).getData(MIMEType.TEXT_HTML)).isEqualTo(report.groups().get(0).toHtml());
    assertThat(r.render(report.assessments().get(0)).getData(MIMEType.TEXT_HTML))
        .isEqualTo(report.assessments().get(0).toHtml());
    assertThat(r.render(A).getData(MIMEType.TEXT_HTML)).isEqualTo(A.toHtml());
    assertThat(r.render(A).getData(MIMEType.TEXT_PLAIN)).isEqualTo(A.toString());
  }

  @Test
  void otherValues_keepThePlainText() {
    DisplayData shown = renderer().render("just text");
    assertThat(shown.hasDataForType(MIMEType.TEXT_HTML)).isFalse();
    assertThat(new Renderer().render(A).hasDataForType(MIMEType.TEXT_HTML)).as("without the hook").isFalse();
  }

  @Test
  void theKernelsServiceLookup_findsTheExtension() {
    assertThat(ServiceLoader.load(Extension.class).stream().map(ServiceLoader.Provider::type).toList())
        .contains(JupyterDisplay.class);
  }
}
