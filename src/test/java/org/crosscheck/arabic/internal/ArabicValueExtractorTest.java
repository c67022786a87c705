package org.crosscheck.arabic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ArabicValueExtractorTest {
  private final ArabicValueExtractor extractor = ArabicValueExtractor.standard();

  private static final String REPORT = "أعلنت القوات أمس الأحد سيطرتها على بلدة الباغوز في ريف دير الزور بعد معارك دامت"
      + " شهرين، وقال متحدث إن ما يقدر بنحو 400 مسلح استسلموا، وإن التنظيم خسر أكثر من 90 في المئة من أراضيه."
      + " وكانت القوات دخلت المدينة في 3 آذار، وبعد خمسة أيام سيطرت على الجسر.";

  @Test
  void extract_readsQuantitiesDatesAndPlacesOfOneText() {
    ArabicValues v = extractor.extract(REPORT, LocalDate.of(2019, 3, 25));
    assertThat(v.dates()).extracting(d -> d.value().toString())
        .containsExactly("2019-03-24", "2019-03-03", "2019-03-08");
    assertThat(v.quantities()).extracting(q -> q.quantity().toString())
        .containsExactly("2 months", "~400 (estimated)", "(90..+∞)%");
    assertThat(v.places()).extracting(PlaceMatch::text).containsExactly("الباغوز", "دير الزور");
    assertThat(v.numbers()).extracting(NumberMatch::text).contains("3", "خمسة");
  }

  @Test
  void extract_numbersInsideDatesAreNotQuantities() {
    ArabicValues v = extractor.extract("وصلت في 3 آذار 2019 وبعد خمسة أيام غادرت", null);
    assertThat(v.quantities()).isEmpty();
    assertThat(v.dates()).hasSize(2);
  }

  @Test
  void extract_durationInsideAnEventRelativeDateStaysAQuantity() {
    ArabicValues v = extractor.extract("استسلم بعد 12 يوما من المعارك", LocalDate.of(2019, 3, 25));
    assertThat(v.quantities()).extracting(q -> q.quantity().toString()).containsExactly("12 days");
    assertThat(v.dates()).singleElement().satisfies(d -> assertThat(d.note()).isEqualTo(DateMatch.EVENT_RELATIVE));
  }

  @Test
  void extract_withoutAnchor_usesADatePrintedInTheText() {
    ArabicValues v = extractor.extract("الجمعة 2019/03/22\nقالت الوزارة أمس إن القصف توقف", null);
    assertThat(v.anchor()).isEqualTo(LocalDate.of(2019, 3, 22));
    assertThat(v.diagnostics()).extracting(Diagnostic::code).contains("date.anchor-from-text");
    assertThat(v.dates()).extracting(d -> d.value().toString()).contains("2019-03-21");
  }

  @Test
  void extract_badInput_isReportedNotThrown() {
    assertThat(extractor.extract("", null).diagnostics()).extracting(Diagnostic::code).containsExactly("text.empty");
    assertThat(extractor.extract("The army said 300 people fled.", null).diagnostics()).extracting(Diagnostic::code)
        .contains("text.not-arabic");
    assertThat(extractor.extract("قال \uFFFD\uFFFD المتحدث", null).diagnostics()).extracting(Diagnostic::code)
        .contains("text.broken-encoding");
    assertThat(extractor.extract("1234567890".repeat(10), null).diagnostics()).extracting(Diagnostic::code)
        .contains("text.no-letters", "number.too-many-digits");
  }

  @Test
  @Tag("slow")
  @Timeout(120)
  void extract_severalMegabytes_completes() {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 3_000_000) sb.append(REPORT).append('\n');
    ArabicValues v = extractor.extract(sb.toString(), LocalDate.of(2019, 3, 25));
    assertThat(v.quantities()).hasSizeGreaterThan(10_000);
    String digits = "٣".repeat(2_000_000);
    assertThat(extractor.extract(digits, null).numbers()).isEmpty();
  }

  @Test
  void toString_summarizes() {
    assertThat(extractor.extract("قتل 5 أشخاص أمس", LocalDate.of(2019, 3, 25)))
        .hasToString("1 numbers, 1 quantities, 1 dates, 0 places, 0 diagnostics (anchor 2019-03-25)");
  }
}
