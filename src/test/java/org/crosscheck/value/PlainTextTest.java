package org.crosscheck.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void isolate_wrapsRightToLeftTextOnly() {
    assertThat(PlainText.isolate("القائم")).isEqualTo("\u2068القائم\u2069");
    assertThat(PlainText.isolate("מוסול")).isEqualTo("\u2068מוסול\u2069");
    assertThat(PlainText.isolate("al-Qaim")).isEqualTo("al-Qaim");
    assertThat(PlainText.isolate("1500")).isEqualTo("1500");
    assertThat(PlainText.isolate("")).isEmpty();
    // mixed text is isolated as a whole; its own direction comes from its first strong letter
    assertThat(PlainText.isolate("Al-Arab عن مصدر")).isEqualTo("\u2068Al-Arab عن مصدر\u2069");
  }

  @Test
  void isolate_doesNotIsolateTwice_butIsolatesTwoIsolatesAsAWhole() {
    String once = PlainText.isolate("القائم");
    assertThat(PlainText.isolate(once)).isEqualTo(once);
    String two = "\u2068أ\u2069 and \u2068ب\u2069";
    assertThat(PlainText.isolate(two)).isEqualTo("\u2068" + two + "\u2069");
  }

  @Test
  void stripIsolates_givesTheTextBack() {
    assertThat(PlainText.stripIsolates("fighters@\u2068القائم\u2069 = 3")).isEqualTo("fighters@القائم = 3");
  }

  @Test
  void width_countsColumnsAsAMonospacedViewShowsThem() {
    assertThat(PlainText.width("al-Qaim")).isEqualTo(7);
    assertThat(PlainText.width("\u2068القائم\u2069")).as("isolates take no column").isEqualTo(6);
    assertThat(PlainText.width("القَائِم")).as("Arabic vowel marks combine").isEqualTo(6);
    assertThat(PlainText.width("e\u0301")).as("a combining accent").isEqualTo(1);
    assertThat(PlainText.width("東京")).as("East Asian wide").isEqualTo(4);
    assertThat(PlainText.width("ｶﾀｶﾅ")).as("halfwidth katakana").isEqualTo(4);
    assertThat(PlainText.width("\uD840\uDC0B")).as("a CJK extension B ideograph, one code point of two chars").isEqualTo(2);
    assertThat(PlainText.width("\u200d\u200f")).as("joiner and mark of direction").isZero();
  }

  @Test
  void pad_padsToDisplayWidth() {
    assertThat(PlainText.padEnd("東京", 6)).isEqualTo("東京  ");
    assertThat(PlainText.padStart("\u2068القائم\u2069", 8)).isEqualTo("  \u2068القائم\u2069");
    assertThat(PlainText.padEnd("too wide", 3)).isEqualTo("too wide");
  }
}
