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
    // Issue 10's thresholds are 90 / 85 / 90 / 90; floors at the figures reached: recall (high salience)
    // 96.6% (56 of 58), recall 88.2% (105 of 119), precision 95%, measure and value 92% (97 of 105).
    assertThat(s.highFound * 100).as("recall (high salience) >= 96%%").isGreaterThanOrEqualTo(96 * s.highTotal);
    assertThat(s.found * 100).as("recall >= 88%%").isGreaterThanOrEqualTo(88 * s.total);
    assertThat(s.emittedOverlapping * 100).as("precision >= 95%%").isGreaterThanOrEqualTo(95 * s.emitted);
    assertThat(s.right * 100).as("measure and value correct >= 92%%").isGreaterThanOrEqualTo(92 * s.found);
  }

  @Test
  void english_againstGoldClaims() throws Exception {
    DevCorpusScore s = score("en");
    // Floors at the figures reached (100.0 / 94.0 / 91.2 / 93.6); issue 11's targets are 90 / 85 / 90 / 90.
    assertThat(s.highFound * 100).as("recall (high salience)").isGreaterThanOrEqualTo(100 * s.highTotal);
    assertThat(s.found * 100).as("recall").isGreaterThanOrEqualTo(93 * s.total);
    assertThat(s.emittedOverlapping * 100).as("precision").isGreaterThanOrEqualTo(91 * s.emitted);
    assertThat(s.right * 100).as("measure and value correct").isGreaterThanOrEqualTo(93 * s.found);
  }

  /**
   * Issue 16's figure: the "Other conflicts" articles of the dev corpus (Sudan, Yemen, Libya, Gaza:
   * ar11, ar12, ar14, en11 to en14), Arabic and English together.
   */
  @Test
  void otherConflicts_againstGoldClaims() throws Exception {
    Path shared = Shared.dir();
    List<Extraction> extractions = new java.util.ArrayList<>();
    List<ExtractionScore.Gold> gold = new java.util.ArrayList<>();
    for (String lang : List.of("ar", "en")) {
      Path dir = shared.resolve("dev-corpus").resolve(lang);
      Documents.Loaded loaded = new Documents().read(List.of(dir), dir.resolve("manifest.json"));
      Pipeline pipeline = Pipeline.withInstalledExtractors(RuleSet.defaults());
      pipeline.extractAll(loaded.articles(), i -> { }).stream().filter(x -> otherConflict(x.article().id()))
          .forEach(extractions::add);
      ExtractionScore.goldFile(shared.resolve("dev-corpus/gold/dev-" + lang + "-claims.jsonl")).stream()
          .filter(g -> otherConflict(g.doc())).forEach(gold::add);
    }
    DevCorpusScore s = DevCorpusScore.score(gold, extractions);
    System.out.println("dev corpus recall (other conflicts): " + ExtractionScore.pct(s.found, s.total) + " (" + s.found
        + " of " + s.total + ")");
    System.out.println("dev corpus precision (other conflicts): " + ExtractionScore.pct(s.emittedOverlapping, s.emitted)
        + " (" + s.emittedOverlapping + " of " + s.emitted + ")");
    assertThat(extractions).as("the other-conflict articles").hasSize(7);
    // issue 16 threshold: 85%; floor at the figure reached, 95.0% (96 of 101)
    assertThat(s.found * 100).as("recall (other conflicts)").isGreaterThanOrEqualTo(FLOOR_OTHER_CONFLICTS * s.total);
  }

  private static final int FLOOR_OTHER_CONFLICTS = 95;

  private static boolean otherConflict(String doc) {
    return doc.matches("(ar1[1-4]|en1[1-4])_.*");
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
