package org.crosscheck.arabic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNormalizerTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "أحمد إبراهيم آمن ٱلقرية | احمد ابراهيم امن القريه",
      "على مستشفى | علي مستشفي",
      "ثلاثةٌ وعشرونَ | ثلاثه وعشرون",
      "بـ1200 | ب1200",
      "١٢٣٤٥٦٧٨٩٠ | 1234567890",
      "۱۲۳۴۵ | 12345",
      "٣٫٥ | 3.5",
      "١٬٠٠٠ | 1,000",
      "٪٢٥ | %25",
      "ﻻ ﺑﺪ | لا بد",
      "ﷲ | الله",
      "کتاب ایران | كتاب ايران",
      "Ālbū Kamāl | albu kamal",
      "Al Qā’im | al qa'im",
      "1500–2500 | 1500-2500",
  })
  void normalize_rules(String original, String expected) {
    assertThat(ArabicNormalizer.normalize(original).text()).isEqualTo(expected);
  }

  @Test
  void normalize_noBreakSpaceBecomesSpace() {
    assertThat(ArabicNormalizer.normalize("خسر\u00a095%").text()).isEqualTo("خسر 95%");
  }

  @Test
  void normalize_controlsRemovedAndOutsideSpans() {
    NormalizedText n = ArabicNormalizer.normalize("\u200f95%\u200e");
    assertThat(n.text()).isEqualTo("95%");
    assertThat(n.toOriginal(0, 3)).isEqualTo(new Span(1, 4));
  }

  @Test
  void normalize_marksBelongToTheLetterBefore() {
    String original = "ألفًا";
    NormalizedText n = ArabicNormalizer.normalize(original);
    assertThat(n.text()).isEqualTo("الفا");
    assertThat(n.toOriginal(0, n.length())).isEqualTo(new Span(0, original.length()));
  }

  @Test
  void normalize_tatweelSpanOfDigitsExcludesPrefix() {
    NormalizedText n = ArabicNormalizer.normalize("بـ1200");
    assertThat(n.toOriginal(1, 5).of(n.original())).isEqualTo("1200");
    assertThat(n.toOriginal(0, 1).of(n.original())).isEqualTo("بـ");
  }

  @Test
  void normalize_presentationFormExpansionMapsToItsSourceChar() {
    NormalizedText n = ArabicNormalizer.normalize("x\ufdf2y");
    assertThat(n.text()).isEqualTo("xاللهy");
    assertThat(n.toOriginal(2, 3)).isEqualTo(new Span(1, 2));
  }

  @Test
  void normalize_isolatedHarakaFormIsAMarkNotASpace() {
    assertThat(ArabicNormalizer.normalize("ب\ufe70").text()).isEqualTo("ب");
  }

  @Test
  void toNormalized_findsTheCharOfAnOriginalOffset() {
    NormalizedText n = ArabicNormalizer.normalize("قتلَ 35");
    assertThat(n.toNormalized(5)).isEqualTo(4);
    assertThat(n.text().charAt(n.toNormalized(5))).isEqualTo('3');
  }

  @Test
  void toOriginal_outsideText_throws() {
    NormalizedText n = ArabicNormalizer.normalize("abc");
    assertThatThrownBy(() -> n.toOriginal(2, 5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[2..5)");
  }

  @Test
  void normalize_null_throwsNamingTheArgument() {
    assertThatThrownBy(() -> ArabicNormalizer.normalize(null)).hasMessageContaining("text");
  }

  // ---- properties ------------------------------------------------------------------------------

  @Provide
  Arbitrary<String> arabicish() {
    return Arbitraries.strings()
        .withCharRange('\u0600', '\u06ff')
        .withCharRange('\u08d0', '\u08ff')
        .withCharRange('\ufb50', '\ufdff')
        .withCharRange('\ufe70', '\ufeff')
        .withCharRange('\u2000', '\u206f')
        .withCharRange('\u00a0', '\u017f')
        .withCharRange('\ud800', '\udfff')
        .withChars(" \n\t.,-%/0123456789AZaz\u0640\u202f\uff10")
        .ofMaxLength(80);
  }

  @Provide
  Arbitrary<String> anything() {
    return Arbitraries.strings().all().ofMaxLength(80);
  }

  @Property
  void normalize_isIdempotent(@ForAll("arabicish") String s) {
    String once = ArabicNormalizer.normalize(s).text();
    assertThat(ArabicNormalizer.normalize(once).text()).isEqualTo(once);
  }

  @Property
  void normalize_isIdempotentOnAnyChars(@ForAll("anything") String s) {
    String once = ArabicNormalizer.normalize(s).text();
    assertThat(ArabicNormalizer.normalize(once).text()).isEqualTo(once);
  }

  @Property
  void normalize_groupsAreOrderedValidOriginalRanges(@ForAll("arabicish") String s) {
    NormalizedText n = ArabicNormalizer.normalize(s);
    for (int i = 0; i < n.length(); i++) {
      int start = n.originalStart(i);
      int end = n.originalEnd(i);
      assertThat(start).isBetween(0, s.length() - 1);
      assertThat(end).isBetween(start + 1, s.length());
      if (i > 0) {
        boolean sameSource = n.originalStart(i - 1) == start;
        assertThat(sameSource || n.originalEnd(i - 1) <= start).as("groups %s and %s overlap", i - 1, i).isTrue();
      }
    }
  }

  @Property
  void toOriginal_anyRangeIsValidAndRoundTrips(@ForAll("arabicish") String s, @ForAll int a, @ForAll int b) {
    NormalizedText n = ArabicNormalizer.normalize(s);
    int len = n.length();
    int x = Math.floorMod(a, len + 1);
    int y = Math.floorMod(b, len + 1);
    int from = Math.min(x, y);
    int to = Math.max(x, y);
    Span span = n.toOriginal(from, to);
    assertThat(span.start()).isBetween(0, s.length());
    assertThat(span.end()).isBetween(span.start(), s.length());
    boolean cleanCut = (from == 0 || from == len || n.originalStart(from) != n.originalStart(from - 1))
        && (to == 0 || to == len || n.originalStart(to) != n.originalStart(to - 1));
    if (cleanCut) {
      assertThat(ArabicNormalizer.normalize(span.of(s)).text()).isEqualTo(n.text().substring(from, to));
    }
  }
}
