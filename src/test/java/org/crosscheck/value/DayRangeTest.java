package org.crosscheck.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayRangeTest {
  private static final DayRange NOVEMBER = new DayRange(LocalDate.of(2017, 11, 1), LocalDate.of(2017, 12, 1));

  @Test
  void encloses_theRangesWhollyInside_boundedOnly() {
    assertThat(NOVEMBER.encloses(DayRange.of(LocalDate.of(2017, 11, 3)))).isTrue();
    assertThat(NOVEMBER.encloses(DayRange.of(LocalDate.of(2017, 11, 30)))).isTrue();
    assertThat(NOVEMBER.encloses(NOVEMBER)).isTrue();
    assertThat(NOVEMBER.encloses(DayRange.of(LocalDate.of(2017, 12, 1)))).isFalse();
    assertThat(NOVEMBER.encloses(DayRange.closed(LocalDate.of(2017, 10, 31), LocalDate.of(2017, 11, 2)))).isFalse();
    assertThat(DayRange.of(LocalDate.of(2017, 11, 3)).encloses(NOVEMBER)).isFalse();
    DayRange since = new DayRange(LocalDate.of(2014, 1, 1), null);
    assertThat(since.encloses(NOVEMBER)).isFalse();
    assertThat(NOVEMBER.encloses(since)).isFalse();
  }
}
