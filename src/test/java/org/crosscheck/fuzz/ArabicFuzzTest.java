package org.crosscheck.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import org.crosscheck.arabic.internal.ArabicDateParser;
import org.crosscheck.arabic.ArabicExtractor;
import org.crosscheck.arabic.internal.ArabicNumberParser;
import org.crosscheck.arabic.internal.ArabicParseException;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.Metadata;

/**
 * Fuzzes the Arabic extractor and the number and date parsers. The extractor and the finders may
 * throw nothing; {@code ArabicNumberParser.parse} may throw only its documented
 * {@link ArabicParseException}. The normal test run replays the committed inputs in
 * {@code src/test/resources/org/crosscheck/fuzz/ArabicFuzzTestInputs/<method>}; to fuzz one target,
 * run {@code JAZZER_FUZZ=1 mvn test -Dtest=ArabicFuzzTest#extractor}.
 */
class ArabicFuzzTest {
  static final ArabicExtractor EXTRACTOR = new ArabicExtractor();

  @FuzzTest(maxDuration = "10m")
  void extractor(FuzzedDataProvider data) {
    boolean dated = data.consumeBoolean();
    int day = data.consumeInt(0, 20_000);
    String text = data.consumeRemainingAsString();
    EXTRACTOR.extract(new Article("fuzz.txt", text,
        Metadata.of("Fuzz", dated ? LocalDate.of(1990, 1, 1).plusDays(day) : null, "ar")));
  }

  @FuzzTest(maxDuration = "10m")
  void numbers(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    ArabicNumberParser.instance().find(text);
    try {
      ArabicNumberParser.instance().parse(text);
    } catch (ArabicParseException documented) {
      // the text is not one number: documented
    }
  }

  @FuzzTest(maxDuration = "10m")
  void dates(FuzzedDataProvider data) {
    boolean dated = data.consumeBoolean();
    int day = data.consumeInt(0, 40_000);
    String text = data.consumeRemainingAsString();
    ArabicDateParser.instance().find(text, dated ? LocalDate.of(1950, 1, 1).plusDays(day) : null);
    ArabicDateParser.instance().findPublicationDate(text);
  }
}
