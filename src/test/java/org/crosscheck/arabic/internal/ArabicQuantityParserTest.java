package org.crosscheck.arabic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crosscheck.value.Hedge;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.Unit;
import org.crosscheck.value.VagueQuantifier;
import org.crosscheck.value.Values;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArabicQuantityParserTest {
  private final ArabicQuantityParser parser = ArabicQuantityParser.instance();

  /** Every quantity as {@code toString "text"}, joined by " | ". */
  private String found(String text) {
    return parser.find(text).matches().stream().map(m -> m.quantity() + " \"" + m.text() + "\"")
        .collect(Collectors.joining(" | "));
  }

  static Stream<Arguments> hedgesAndBounds() {
    return Stream.of(
        Arguments.of("غادر المخيم نحو 800 شخص", "~800 \"نحو 800\""),
        Arguments.of("سقط حوالي 12 صاروخا", "~12 \"حوالي 12\""),
        Arguments.of("احتجز المسلحون قرابة 300 رهينة", "~300 (nearly) \"قرابة 300\""),
        Arguments.of("فر ما يقارب 5 آلاف مدني", "~5000 (nearly) \"ما يقارب 5 آلاف\""),
        Arguments.of("يضم الفوج ما يقدر بـ900 جندي", "~900 (estimated) \"ما يقدر بـ900\""),
        Arguments.of("يضم اللواء ما يقدر بنحو ألفي عنصر", "~2000 (estimated) \"ما يقدر بنحو ألفي\""),
        Arguments.of("تقع البلدة على بعد 25 كيلومترا تقريبا", "~25 km (approximately) \"25 كيلومترا تقريبا\""),
        Arguments.of("قطعت القافلة تقريبا 90 كيلومترا", "~90 km (approximately) \"تقريبا 90 كيلومترا\""),
        Arguments.of("وصل أكثر من 400 لاجئ", "(400..+∞) \"أكثر من 400\""),
        Arguments.of("بقي أقل من 50 مقاتلا", "(-∞..50) \"أقل من 50\""),
        Arguments.of("أصيب ما لا يقل عن 70 شخصا", "[70..+∞) \"ما لا يقل عن 70\""),
        Arguments.of("قتل 15 شخصا على الأقل", "[15..+∞) \"15 شخصا على الأقل\""),
        Arguments.of("يحق لمن بلغ 18 عاما فأكثر", "[18..+∞) years \"18 عاما فأكثر\""),
        Arguments.of("يتسع لما يصل إلى 600 شخص", "(-∞..600] \"ما يصل إلى 600\""),
        Arguments.of("ارتفعت الأسعار فوق 20 بالمائة", "(20..+∞)% \"فوق 20 بالمائة\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hedgesAndBounds")
  void find_hedgesAndBounds(String text, String expected) {
    assertThat(found(text)).isEqualTo(expected);
  }

  static Stream<Arguments> ranges() {
    return Stream.of(
        Arguments.of("يقدر عددهم بما بين 700 و900 مسلح", "[700..900] \"ما بين 700 و900\""),
        Arguments.of("تتراوح المسافة بين 10 و15 كيلومترا", "[10..15] km \"بين 10 و15 كيلومترا\""),
        Arguments.of("نزح من 3 إلى 4 آلاف شخص", "[3000..4000] \"من 3 إلى 4 آلاف\""),
        Arguments.of("يعيش هناك بين 2 و3 ملايين نسمة", "[2000000..3000000] \"بين 2 و3 ملايين\""),
        Arguments.of("بين 500 و3 آلاف", "[500..3000] \"بين 500 و3 آلاف\""),
        Arguments.of("شارك 1200-1800 متطوع", "[1200..1800] \"1200-1800\""),
        Arguments.of("تراوحت النسبة بين 20 و30 في المئة", "[20..30]% \"بين 20 و30 في المئة\""),
        Arguments.of("بين ألفين وثلاثة آلاف مقاتل", "[2000..3000] \"بين ألفين وثلاثة آلاف\""),
        Arguments.of("ارتفع عدد الضحايا من 10 إلى 25", "10 \"10\" | 25 \"25\""),
        Arguments.of("من 2014 إلى 2017 عاش هناك", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ranges")
  void find_ranges(String text, String expected) {
    assertThat(found(text)).isEqualTo(expected);
  }

  static Stream<Arguments> vagueAndUnits() {
    return Stream.of(
        Arguments.of("بقي في الجيب بضعة آلاف من المسلحين", "a few thousand [2000..9000] \"بضعة آلاف\""),
        Arguments.of("عبر الحدود الآلاف من العائلات", "thousands [2000..+∞) \"الآلاف\""),
        Arguments.of("جرح العشرات في الانفجار", "dozens [20..99] \"العشرات\""),
        Arguments.of("تجمع مئات المحتجين", "hundreds [200..999] \"مئات\""),
        Arguments.of("نزح عشرات الآلاف من السكان", "tens of thousands [20000..99999] \"عشرات الآلاف\""),
        Arguments.of("فقد مئات الآلاف منازلهم", "hundreds of thousands [200000..999999] \"مئات الآلاف\""),
        Arguments.of("يهدد الجفاف الملايين", "millions [2000000..+∞) \"الملايين\""),
        Arguments.of("تقدم الجنود مئات الأمتار", "hundreds m [200..999] \"مئات الأمتار\""),
        Arguments.of("بقيت المدينة محاصرة لسنوات", "several years [2..+∞) \"لسنوات\""),
        Arguments.of("سيطر على معظم الأحياء", "most (50..100]% \"معظم\""),
        Arguments.of("دمرت تقريبا كل المنازل", "almost all [90..100]% \"تقريبا كل\""),
        Arguments.of("استمر الحصار 12 يوما", "12 days \"12 يوما\""),
        Arguments.of("دام القتال ثلاثة أسابيع", "3 weeks \"ثلاثة أسابيع\""),
        Arguments.of("امتدت المعارك شهرين", "2 months \"شهرين\""),
        Arguments.of("خسر التنظيم ثلث أراضيه", "1/3 (33.3%) \"ثلث\""),
        Arguments.of("يسيطر على نحو ربع المحافظة", "~25% \"نحو ربع\""),
        Arguments.of("فاز بأكثر من نصف الأصوات", "(50..+∞)% \"أكثر من نصف\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vagueAndUnits")
  void find_vagueQuantifiersAndUnits(String text, String expected) {
    assertThat(found(text)).isEqualTo(expected);
  }

  @Test
  void find_hedgedValueEqualsValueAlgebraFactory() {
    QuantityMatch m = parser.find("قدر المسؤول العدد بنحو 1500 مسلح").matches().get(0);
    assertThat(m.quantity()).isEqualTo(Values.approximately(new java.math.BigDecimal("1500"), Hedge.ABOUT, Unit.ONE));
    assertThat(m.cue()).isEqualTo("نحو");
    assertThat(m.noun()).isEqualTo("مسلح");
  }

  @Test
  void find_vagueUsesTheValueAlgebra() {
    QuantityMatch m = parser.find("بضعة آلاف").matches().get(0);
    assertThat(m.quantity()).isEqualTo(new Quantity.Vague(VagueQuantifier.A_FEW_THOUSAND, Unit.ONE));
  }

  @Test
  void find_nounAfterMin_isTheCountedNoun() {
    QuantityMatch m = parser.find("غادر الآلاف من المدنيين").matches().get(0);
    assertThat(m.noun()).isEqualTo("المدنيين");
    assertThat(m.nounSpan()).isNotNull();
  }

  @Test
  void find_reversedRange_isADiagnosticNotAValue() {
    ParseResult<QuantityMatch> r = parser.find("بين 900 و700 جندي");
    assertThat(r.matches()).isEmpty();
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("quantity.range-reversed");
      assertThat(d.message()).contains("900").contains("700");
    });
  }

  @Test
  void find_shareAbove100_isADiagnostic() {
    ParseResult<QuantityMatch> r = parser.find("قفزت الأسعار 250%");
    assertThat(r.matches()).isEmpty();
    assertThat(r.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).contains("250"));
  }

  @Test
  void find_negativeNumber_isADiagnostic() {
    ParseResult<QuantityMatch> r = parser.find("الحرارة -5 درجات");
    assertThat(r.matches()).isEmpty();
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("quantity.negative");
  }

  @Test
  void find_yearsDatesAndPhonesAreNotQuantities() {
    assertThat(found("في العام 2014 وفي 3/11/2017 اتصل على +964-770-1234567")).isEmpty();
  }

  @Test
  void toString_showsValueTextAndSpan() {
    QuantityMatch m = parser.find("نحو 25 % من الريف").matches().get(0);
    assertThat(m).hasToString("~25% \"نحو 25 %\" [0..8) of الريف");
  }
}
