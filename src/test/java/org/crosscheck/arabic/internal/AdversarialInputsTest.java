package org.crosscheck.arabic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.crosscheck.arabic.ArabicExtractor;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.Metadata;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One-megabyte inputs of pathological shapes: the extractor returns, with claims or a diagnostic,
 * never an exception. (Time per megabyte is measured by {@code AdversarialBenchmark} in the
 * {@code bench-extraction} profile; the bound here only catches a run-away.)
 */
class AdversarialInputsTest {
  static final ArabicExtractor EXTRACTOR = new ArabicExtractor();

  static Stream<Arguments> inputs() {
    return AdversarialInputs.of(1_000_000).entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @Tag("slow")
  @MethodSource("inputs")
  void megabyte_ofPathologicalText_isHandled(String shape, String text) {
    long t0 = System.nanoTime();
    Extraction x = EXTRACTOR.extract(new Article("adversarial.txt", text, Metadata.of("Fuzz", LocalDate.of(2017, 11, 20), "ar")));
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertThat(x.diagnostics().stream().noneMatch(d -> d.code().equals("extract.crashed")))
        .as("%s: %s", shape, x.diagnostics().stream().filter(d -> d.code().equals("extract.crashed")).toList()).isTrue();
    assertThat(x.claims().isEmpty() && x.diagnostics().isEmpty()).as("%s gives claims or diagnostics", shape).isFalse();
    assertThat(seconds).as("%s took %.1f s for 1 MB", shape, seconds).isLessThan(30);
    if (java.util.Set.of("bidi controls", "replacement chars", "one line without punctuation").contains(shape)) {
      assertThat(x.claims()).as("%s still carries claims", shape).isNotEmpty();
    }
  }

}
