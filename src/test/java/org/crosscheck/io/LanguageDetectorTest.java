package org.crosscheck.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.Extractor;
import org.crosscheck.extract.Metadata;
import org.crosscheck.rules.RuleSet;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

  @Test
  void detect_englishByFunctionWords() {
    LanguageDetector.Guess g = LanguageDetector.detect("The mayor said on Monday that the bridge was closed for repairs.");
    assertThat(g.language()).isEqualTo("en");
    assertThat(g.confidence()).isGreaterThan(0.9);
  }

  @Test
  void detect_arabicByScript() {
    assertThat(LanguageDetector.detect("قال رئيس البلدية إن الجسر أغلق للصيانة يوم الاثنين").language()).isEqualTo("ar");
  }

  @Test
  void detect_arabicWhenArabicLettersAreAtLeastAsMany() {
    assertThat(LanguageDetector.detect("سيطر الجيش on Friday").language()).isEqualTo("ar");
  }

  @Test
  void detect_latinScriptWithoutEnglishFunctionWordsIsUndetermined() {
    LanguageDetector.Guess g = LanguageDetector.detect("Le maire a annoncé lundi que le pont restera fermé pour travaux.");
    assertThat(g.language()).isEqualTo("und");
  }

  @Test
  void detect_noLettersIsUndetermined() {
    assertThat(LanguageDetector.detect("12 345 -- 678").language()).isEqualTo("und");
    assertThat(LanguageDetector.detect("12 345 -- 678").confidence()).isZero();
  }

  @Test
  void toString_showsConfidenceWithTwoDecimals() {
    assertThat(new LanguageDetector.Guess("en", 0.875).toString()).isEqualTo("en (0.88)");
  }

  @Test
  void pipeline_detectsTheLanguageWhenTheMetadataGivesNone() {
    Pipeline p = Pipeline.withInstalledExtractors(RuleSet.defaults());
    Article a = new Article("a.txt", "Some 300 families fled their homes on Monday, the ministry said.",
        new Metadata("Test Post", LocalDate.of(2021, 3, 12), "", null, null, null));
    Extraction x = p.extract(a);
    assertThat(x.failed()).isFalse();
    assertThat(x.article().metadata().language()).isEqualTo("en");
    assertThat(x.diagnostics()).anyMatch(d -> d.code().equals("language.detected") && d.message().contains("en ("));
    assertThat(x.claims()).isNotEmpty();
  }

  @Test
  void documents_detectTheLanguageOfManifestEntriesWithoutOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Files.writeString(dir.resolve("a.txt"), "The army said it had retaken the town on Friday.");
    java.nio.file.Files.writeString(dir.resolve("b.txt"), "قال الجيش إنه استعاد البلدة يوم الجمعة.");
    java.nio.file.Files.writeString(dir.resolve("manifest.json"),
        "[{\"file\":\"a.txt\",\"outlet\":\"A\"},{\"file\":\"b.txt\",\"outlet\":\"B\",\"language\":\"ar\"}]");
    Documents.Loaded loaded = new Documents().read(List.of(dir), null);
    assertThat(loaded.articles()).extracting(x -> x.metadata().language()).containsExactly("en", "ar");
  }

  @Test
  void installedExtractors_readEnglish() {
    List<String> languages = java.util.ServiceLoader.load(Extractor.class).stream()
        .flatMap(pr -> pr.get().languages().stream()).sorted().toList();
    assertThat(languages).contains("ar", "en");
  }
}
