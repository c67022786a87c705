package org.crosscheck.truth.flight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FlightGatesTest {

  static Stream<Arguments> gates() {
    return Stream.of(
        Arguments.of("F78", "\"F78\" (G)"),
        Arguments.of(" D12    ", "\"D12\" (G)"),
        Arguments.of(" b84n", "\"B84N\" (G)"),
        Arguments.of("Term C - C44", "\"C44\" (Term T - G)"),
        Arguments.of("Terminal 3 - 84", "\"84\" (Term T - G)"),
        Arguments.of("North Term - D9", "\"D9\" (Term T - G)"),
        Arguments.of("Main Term - 3rd Lvl - 12", "\"12\" (Term T - G)"),
        Arguments.of("C20/C", "\"C20\" (G/T)"),
        Arguments.of("47B/T4", "\"47B\" (G/T)"),
        Arguments.of("39?", "\"39\" (G?)"),
        Arguments.of("C-44", "\"C44\" (A-9)"),
        Arguments.of("-11-", "\"11\" (G (punctuation))"),
        Arguments.of(" A14$", "\"A14\" (G (punctuation))"),
        Arguments.of("--", "statement: gate not assigned"),
        Arguments.of(" -", "statement: gate not assigned"),
        Arguments.of("TBA?", "statement: gate not assigned"),
        Arguments.of("Not provided by airline", "statement: gate not assigned"),
        Arguments.of("Terminal 8", "statement: terminal only"),
        Arguments.of("Intl Term", "statement: terminal only"),
        Arguments.of("\u00a0", "unparsed: 'blank'"),
        Arguments.of("B2-56", "unparsed: 'B9-9'"));
  }

  @ParameterizedTest
  @MethodSource("gates")
  void parse_everyFormat(String text, String expected) {
    assertThat(FlightGates.parse(text).toString()).isEqualTo(expected);
  }
}
