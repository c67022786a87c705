package org.crosscheck.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A point in decimal degrees: its ranges and its one-line form. */
class CoordinatesTest {
  @Test
  void toString_isLatitudeThenLongitude_inPlainDecimals_whateverTheLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      assertThat(new Coordinates(15.5, 32.56)).hasToString("15.5, 32.56");
      assertThat(new Coordinates(-0.00001, 0)).hasToString("-0.00001, 0");
      assertThat(new Coordinates(-90, 180.0)).hasToString("-90, 180");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void constructor_rejectsOutOfRangeOrNotANumber() {
    assertThatThrownBy(() -> new Coordinates(90.5, 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("coordinates need a latitude in [-90, 90] and a longitude in [-180, 180], got 90.5 and 10.0"
            + " (latitude first)");
    assertThatThrownBy(() -> new Coordinates(10, -180.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Coordinates(Double.NaN, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Coordinates(10, Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
  }
}
