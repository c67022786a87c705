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
 * Issue 3's acceptance: the Arabic extractor on the seed articles with their manifest, scored against
 * the gold claims ({@link ExtractionScore} defines the four figures).
 */
@Tag("acceptance")
class ExtractionAcceptanceTest {

  @Test
  void seeds_againstGoldClaims() throws Exception {
    Path shared = Shared.dir();
    Path seeds = shared.resolve("seeds");
    Documents.Loaded loaded = new Documents().read(List.of(seeds), seeds.resolve("manifest.json"));
    Pipeline pipeline = Pipeline.withInstalledExtractors(RuleSet.defaults());
    List<Extraction> extractions = pipeline.extractAll(loaded.articles(), i -> { });
    ExtractionScore s = ExtractionScore.score(ExtractionScore.gold(shared), extractions);
    s.lines.forEach(System.out::println);
    s.summary().forEach(System.out::println);
    assertThat(loaded.failures()).isEmpty();
    assertThat(extractions).noneMatch(Extraction::failed);
    assertThat(s.highFound * 100).as("recall (high salience) >= 90%%").isGreaterThanOrEqualTo(90 * s.highTotal);
    assertThat(s.emittedOverlapping * 100).as("precision >= 95%%").isGreaterThanOrEqualTo(95 * s.emitted);
    assertThat(s.measureRight * 100).as("measure correct >= 85%%").isGreaterThanOrEqualTo(85 * s.found);
    assertThat(s.dateRight * 100).as("dates right >= 85%%").isGreaterThanOrEqualTo(85 * s.dateOverlapped);
  }
}
