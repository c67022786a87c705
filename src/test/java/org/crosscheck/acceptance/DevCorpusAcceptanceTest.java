package org.crosscheck.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.extract.Extraction;
import org.crosscheck.io.Documents;
import org.crosscheck.io.Pipeline;
import org.crosscheck.rules.RuleSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issues 10 and 11's acceptance: the Arabic and English extractors on {@code ../shared/dev-corpus/ar}
 * and {@code en}, articles the extractors were not written against, scored by {@link DevCorpusScore}.
 */
@Tag("acceptance")
class DevCorpusAcceptanceTest {

  @Test
  void arabic_againstGoldClaims() throws Exception {
    DevCorpusScore s = score("ar");
    // Issue 10's thresholds (90 / 85 / 90 / 90); precision held at the 95% reached.
    assertThat(s.highFound * 100).as("recall (high salience) >= 90%%").isGreaterThanOrEqualTo(90 * s.highTotal);
    assertThat(s.found * 100).as("recall >= 85%%").isGreaterThanOrEqualTo(85 * s.total);
    assertThat(s.emittedOverlapping * 100).as("precision >= 95%%").isGreaterThanOrEqualTo(95 * s.emitted);
    assertThat(s.right * 100).as("measure and value correct >= 90%%").isGreaterThanOrEqualTo(90 * s.found);
  }

  @Test
  void english_againstGoldClaims() throws Exception {
    DevCorpusScore s = score("en");
    // Floors at the figures reached (100.0 / 92.8 / 91.1 / 93.5); issue 11's targets are 90 / 85 / 90 / 90.
    assertThat(s.highFound * 100).as("recall (high salience)").isGreaterThanOrEqualTo(100 * s.highTotal);
    assertThat(s.found * 100).as("recall").isGreaterThanOrEqualTo(92 * s.total);
    assertThat(s.emittedOverlapping * 100).as("precision").isGreaterThanOrEqualTo(91 * s.emitted);
    assertThat(s.right * 100).as("measure and value correct").isGreaterThanOrEqualTo(93 * s.found);
  }

  static DevCorpusScore score(String lang) throws Exception {
    Path shared = Shared.dir();
    Path dir = shared.resolve("dev-corpus").resolve(lang);
    Documents.Loaded loaded = new Documents().read(List.of(dir), dir.resolve("manifest.json"));
    Pipeline pipeline = Pipeline.withInstalledExtractors(RuleSet.defaults());
    List<Extraction> extractions = pipeline.extractAll(loaded.articles(), i -> { });
    DevCorpusScore s = DevCorpusScore.score(
        ExtractionScore.goldFile(shared.resolve("dev-corpus/gold/dev-" + lang + "-claims.jsonl")), extractions);
    s.lines.forEach(System.out::println);
    s.summary(lang).forEach(System.out::println);
    assertThat(loaded.failures()).isEmpty();
    return s;
  }
}
