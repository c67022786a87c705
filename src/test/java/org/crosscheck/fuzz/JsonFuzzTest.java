package org.crosscheck.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import org.crosscheck.io.ClaimJson;
import org.crosscheck.io.FormatException;
import org.crosscheck.io.ReportJson;

/**
 * Fuzzes the JSON readers: whatever the bytes, the only exception that may escape is the documented
 * {@link FormatException} (bad input named with line and column). The normal test run replays the
 * committed corpus in {@code src/test/resources/org/crosscheck/fuzz/JsonFuzzTestInputs}; to fuzz,
 * run {@code JAZZER_FUZZ=1 mvn test -Dtest=JsonFuzzTest#claims}.
 */
class JsonFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void claims(FuzzedDataProvider data) throws Exception {
    String text = data.consumeRemainingAsString();
    try {
      ClaimJson.readLines(new StringReader(text), "fuzz.jsonl");
    } catch (FormatException expected) {
      // documented
    }
  }

  @FuzzTest(maxDuration = "10m")
  void reports(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    try {
      ReportJson.readClaims(text, "fuzz.json");
    } catch (FormatException expected) {
      // documented
    }
  }
}
