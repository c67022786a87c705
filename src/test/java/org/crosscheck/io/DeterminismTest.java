package org.crosscheck.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.crosscheck.rules.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * The main job on the example articles gives byte-identical JSON and HTML under the default locales
 * ar-EG and en-US, with one thread and with many.
 */
class DeterminismTest {

  static String[] run(String locale, int threads) throws Exception {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag(locale));
      Path articles = Path.of("examples", "articles");
      Documents.Loaded loaded = new Documents().read(List.of(articles), null);
      Run run = Pipeline.withInstalledExtractors(RuleSet.defaults()).withThreads(threads).run(loaded, i -> { });
      return new String[] {ReportJson.write(run), Renderer.of(Renderer.Format.HTML).render(run),
          Renderer.of(Renderer.Format.TEXT).render(run), Renderer.of(Renderer.Format.CSV).render(run)};
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void mainJob_isByteIdenticalAcrossLocalesAndThreads() throws Exception {
    String[] reference = run("en-US", 1);
    assertThat(reference[0]).contains("\"claims\"").hasSizeGreaterThan(10_000);
    assertThat(run("ar-EG", 1)).containsExactly(reference);
    assertThat(run("en-US", 4)).containsExactly(reference);
    assertThat(run("ar-EG", 4)).containsExactly(reference);
    assertThat(reference[0]).doesNotContain("\u0661\u0665\u0660\u0660"); // no Arabic-Indic digits from formatting
  }
}
