package org.crosscheck.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.crosscheck.arabic.internal.AdversarialInputs;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.Metadata;
import org.crosscheck.rules.RuleSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extraction needs no deep stack. The tests once ran with {@code -Xss4m} and the extractors caught
 * {@link StackOverflowError}; both are gone. Here the deepest inputs we know (the pathological
 * shapes of {@link AdversarialInputs}, nested reported speech, long chains of conjoined numbers,
 * one unpunctuated line) are extracted on a thread with a 256 KB stack, a quarter of the JVM's
 * default: a recursion that grows with the input overflows it long before these inputs end.
 */
class ExtractionStackDepthTest {
  static final Pipeline PIPELINE = Pipeline.withInstalledExtractors(RuleSet.defaults());
  static final long STACK = 256 * 1024;

  static Map<String, String[]> inputs() {
    Map<String, String[]> out = new LinkedHashMap<>();
    AdversarialInputs.of(20_000).forEach((shape, text) -> out.put("ar: " + shape, new String[] {"ar", text}));
    out.put("ar: nested reported speech", new String[] {"ar",
        "قال المتحدث إن ".repeat(2_000) + "عدد المقاتلين بلغ 1500 مقاتل في البلدة."});
    out.put("ar: conjoined numbers", new String[] {"ar",
        "قتل " + "ثلاثة وعشرون و".repeat(2_000) + "خمسة أشخاص."});
    out.put("en: nested reported speech", new String[] {"en",
        "A spokesman said that ".repeat(2_000) + "1,500 fighters remained in the town."});
    out.put("en: conjoined figures", new String[] {"en",
        "At least " + "12 soldiers and ".repeat(2_000) + "30 rebels were killed on 3 November 2017."});
    out.put("en: one line of numbers", new String[] {"en", "about 1,500 and ".repeat(3_000)});
    return out;
  }

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> cases() {
    return inputs().entrySet().stream()
        .map(e -> org.junit.jupiter.params.provider.Arguments.of(e.getKey(), e.getValue()[0], e.getValue()[1]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void deepInput_isExtractedOnASmallStack(String name, String language, String text) throws InterruptedException {
    AtomicReference<Object> result = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        result.set(PIPELINE.extract(new Article("deep.txt", text,
            Metadata.of("Fuzz", LocalDate.of(2017, 11, 20), language))));
      } catch (Throwable e) {
        result.set(e);
      }
    }, "small-stack", STACK);
    t.start();
    t.join();
    assertThat(result.get()).as(name).isInstanceOf(Extraction.class);
    Extraction x = (Extraction) result.get();
    assertThat(x.diagnostics()).as(name).noneMatch(d -> d.code().equals("extract.crashed"));
  }
}
