package org.crosscheck.arabic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArabicNumberParserTest {
  private final ArabicNumberParser parser = ArabicNumberParser.instance();

  /** Every match as {@code value:KIND:text}, joined by " | ". */
  private String found(String text) {
    return parser.find(text).matches().stream()
        .map(m -> (m.kind() == NumberMatch.Kind.FRACTION ? m.numerator() + "/" + m.denominator() : m.value().toPlainString())
            + ":" + m.kind() + ":" + m.text() + (m.noun() == null ? "" : ":" + m.noun()))
        .collect(Collectors.joining(" | "));
  }

  static Stream<Arguments> digits() {
    return Stream.of(
        Arguments.of("وصل عدد النازحين إلى 1,500 شخص", "1500:INTEGER:1,500"),
        Arguments.of("بلغت الكلفة ١٬٢٥٠٬٠٠٠ دولار", "1250000:INTEGER:١٬٢٥٠٬٠٠٠"),
        Arguments.of("سجل الإحصاء ١،٢٣٤،٥٦٧ نسمة", "1234567:INTEGER:١،٢٣٤،٥٦٧"),
        Arguments.of("ارتفع المؤشر ٣٫٧ نقطة", "3.7:DECIMAL:٣٫٧"),
        Arguments.of("بلغ الوزن ٤,٨ كيلوغرام", "4.8:DECIMAL:٤,٨"),
        Arguments.of("النسبة 0,125 فقط", "0.125:DECIMAL:0,125"),
        Arguments.of("المبلغ 12،220,13 دينارا", "12220.13:DECIMAL:12،220,13"),
        Arguments.of("المبلغ 1.234.567 يورو", "1234567:INTEGER:1.234.567"),
        Arguments.of("قرأ 1.500 صفحة", "1.5:DECIMAL:1.500"),
        Arguments.of("يسكن القرية 40 000 شخص", "40000:INTEGER:40 000"),
        Arguments.of("يسكن المدينة 1\u202f234\u202f567 شخصا", "1234567:INTEGER:1\u202f234\u202f567"),
        Arguments.of("العنوان 10.0.0.1 داخلي", "10:INTEGER:10 | 0:INTEGER:0 | 0:INTEGER:0 | 1:INTEGER:1"),
        Arguments.of("وصلت تعزيزات بـ1200 عنصر", "1200:INTEGER:1200"),
        Arguments.of("سقطت القرية في17 من الشهر", "17:INTEGER:17"),
        Arguments.of("بين 1500 و2500 مقاتل", "1500:INTEGER:1500 | 2500:INTEGER:2500"),
        Arguments.of("درجة الحرارة -3 ليلا", "-3:INTEGER:-3"),
        Arguments.of("نطاق 1500-2500", "1500:INTEGER:1500 | 2500:INTEGER:2500"),
        Arguments.of("أنجز 3/4 العمل", "3/4:FRACTION:3/4"),
        Arguments.of("مضى 2 1/2 يوم", "5/2:FRACTION:2 1/2"),
        Arguments.of("صدر في 2017/11/03 بيان", "2017:INTEGER:2017 | 11:INTEGER:11 | 3:INTEGER:03"),
        Arguments.of("طائرات F16 وشبكات 4G", ""),
        Arguments.of("زوروا https://example.org/a?x=30%25 للمزيد", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("digits")
  void find_digits(String text, String expected) {
    assertThat(found(text)).isEqualTo(expected);
  }

  static Stream<Arguments> words() {
    return Stream.of(
        Arguments.of("استسلم ثلاثة آلاف مسلح", "3000:INTEGER:ثلاثة آلاف"),
        Arguments.of("خرج ستين ألفًا من المخيم", "60000:INTEGER:ستين ألفًا"),
        Arguments.of("دفع ألفين من الجنيهات", "2000:INTEGER:ألفين"),
        Arguments.of("قرأت مائة وستة عشر كتابا", "116:INTEGER:مائة وستة عشر"),
        Arguments.of("حضر خمسة وعشرون طالبا", "25:INTEGER:خمسة وعشرون"),
        Arguments.of("بلغ العدد ثلاثة آلاف وخمسمائة وأربعين", "3540:INTEGER:ثلاثة آلاف وخمسمائة وأربعين"),
        Arguments.of("اشترى السيارة بألفين ومائتين", "2200:INTEGER:ألفين ومائتين"),
        Arguments.of("نزح نصف مليون إنسان", "500000:INTEGER:نصف مليون"),
        Arguments.of("يسكنها مليون ونصف", "1500000:INTEGER:مليون ونصف"),
        Arguments.of("أنفقت الحكومة 1.2 مليار", "1200000000:INTEGER:1.2 مليار"),
        Arguments.of("وصل 10 آلاف لاجئ", "10000:INTEGER:10 آلاف"),
        Arguments.of("وصل ٤آلاف لاجئ", "4000:INTEGER:٤آلاف"),
        Arguments.of("قتل ثلاثة آلاف و500 شخص", "3500:INTEGER:ثلاثة آلاف و500"),
        Arguments.of("عاد إحدى عشرة أسرة", "11:INTEGER:إحدى عشرة"),
        Arguments.of("في السجن اثنا عشر معتقلا", "12:INTEGER:اثنا عشر"),
        Arguments.of("اعتقل ثلاثمائة وواحد وستون", "361:INTEGER:ثلاثمائة وواحد وستون"),
        Arguments.of("جاء ثلاثمائة ومائتين", "300:INTEGER:ثلاثمائة | 200:INTEGER:مائتين"),
        Arguments.of("قضى ثلاث ساعات وأربع دقائق", "3:INTEGER:ثلاث | 4:INTEGER:أربع"),
        Arguments.of("خسر التنظيم ثلث الأراضي", "1/3:FRACTION:ثلث"),
        Arguments.of("سيطروا على ثلثي المدينة", "2/3:FRACTION:ثلثي"),
        Arguments.of("دمرت ثلاثة أرباع المنازل", "3/4:FRACTION:ثلاثة أرباع"),
        Arguments.of("انتظر ساعة واحد ونصف", "3/2:FRACTION:واحد ونصف"),
        Arguments.of("أكلت خمس الكعكة", "1/5:FRACTION:خمس"),
        Arguments.of("مكث خمس سنوات", "5:INTEGER:خمس"),
        Arguments.of("الطول واحد فاصلة خمسة متر", "1.5:DECIMAL:واحد فاصلة خمسة"),
        Arguments.of("سجلت الحرارة سالب عشرة", "-10:INTEGER:سالب عشرة"),
        Arguments.of("قال بالحرف خمسمية وتلاتين", "530:INTEGER:خمسمية وتلاتين"),
        Arguments.of("صفر أخطاء", "0:INTEGER:صفر"),
        Arguments.of("أي واحد منهم؟", ""),
        Arguments.of("للسهم الواحد", ""),
        Arguments.of("يوم الاثنين", ""),
        Arguments.of("لست متأكدا", ""),
        Arguments.of("أحد القادة", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("words")
  void find_words(String text, String expected) {
    assertThat(found(text)).isEqualTo(expected);
  }

  static Stream<Arguments> percentsOrdinalsDuals() {
    return Stream.of(
        Arguments.of("خسر 95% من أراضيه", "95:PERCENT:95%"),
        Arguments.of("يسيطر على 35 في المئة منها", "35:PERCENT:35 في المئة"),
        Arguments.of("تراجع بنحو 25 % فقط", "25:PERCENT:25 %"),
        Arguments.of("ارتفع ١٢ ٪ هذا العام", "12:PERCENT:١٢ ٪"),
        Arguments.of("زادت بنسبة %30", "30:PERCENT:%30"),
        Arguments.of("عشرين بالمائة من السكان", "20:PERCENT:عشرين بالمائة"),
        Arguments.of("عشرة في المائة", "10:PERCENT:عشرة في المائة"),
        Arguments.of("سقطت في الثالث من الشهر", "3:ORDINAL:الثالث"),
        Arguments.of("في الحادي عشر من الشهر", "11:ORDINAL:الحادي عشر"),
        Arguments.of("حتى الخامس والعشرين منه", "25:ORDINAL:الخامس والعشرين"),
        Arguments.of("في تشرين الثاني الماضي", ""),
        Arguments.of("في العشرين من الشهر", "20:INTEGER:العشرين"),
        Arguments.of("لم يبق له سوى بلدتين اثنتين", "2:INTEGER:بلدتين اثنتين:بلدة"),
        Arguments.of("استمرت المعركة شهرين", "2:INTEGER:شهرين:شهر"),
        Arguments.of("شن المسلحون هجومين على الحاجز", "2:INTEGER:هجومين:هجوم"),
        Arguments.of("خلال اليومين الماضيين", "2:INTEGER:اليومين:يوم"),
        Arguments.of("بعد عامين من الحصار", "2:INTEGER:عامين:عام"),
        Arguments.of("وصل المقاتلين إلى البلدة", ""),
        Arguments.of("زار فلسطين ولبنان وعمان", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("percentsOrdinalsDuals")
  void find_percentsOrdinalsDuals(String text, String expected) {
    assertThat(found(text)).isEqualTo(expected);
  }

  @Test
  void find_spansIndexTheOriginalText() {
    String text = "قُتِلَ ثلاثةٌ وعشرونَ شخصًا";
    NumberMatch m = parser.find(text).matches().get(0);
    assertThat(m.span().of(text)).isEqualTo("ثلاثةٌ وعشرونَ");
    assertThat(m.value()).isEqualByComparingTo("23");
  }

  @Test
  void toString_isOneReadableLine() {
    NumberMatch m = parser.find("استمر شهرين").matches().get(0);
    assertThat(m).hasToString("2 (شهر) \"شهرين\" [6..11)");
    assertThat(parser.find("35 في المئة").matches().get(0).toString()).isEqualTo("35% \"35 في المئة\" [0..11)");
  }

  @Test
  void parse_oneNumber_returnsIt() {
    assertThat(parser.parse(" مائتان وخمسون ").value()).isEqualByComparingTo(new BigDecimal("250"));
  }

  @Test
  void parse_noNumber_throwsWithTextAndIndex() {
    assertThatThrownBy(() -> parser.parse("  مرحبا"))
        .isInstanceOf(ArabicParseException.class)
        .hasMessageContaining("no number")
        .hasMessageContaining("at index 2");
  }

  @Test
  void parse_twoNumbers_throwsAtTheSecond() {
    assertThatThrownBy(() -> parser.parse("12 و 13"))
        .isInstanceOf(ArabicParseException.class)
        .hasMessageContaining("more than one number")
        .hasMessageContaining("at index 5");
  }

  @Test
  void find_overlongDigitRun_isReportedNotRead() {
    ParseResult<NumberMatch> r = parser.find("الرمز " + "7".repeat(45) + " انتهى");
    assertThat(r.matches()).isEmpty();
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("number.too-many-digits");
      assertThat(d.message()).contains("45 digits");
    });
  }

  @Test
  @Tag("slow")
  @Timeout(60)
  void find_megabytesOfDigitsAndWords_staysLinear() {
    String digits = "1234567890".repeat(300_000);
    assertThat(parser.find(digits).diagnostics()).hasSize(1);
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 3_000_000) sb.append("ثلاثة آلاف و 1,500 و ");
    List<NumberMatch> found = parser.find(sb.toString()).matches();
    assertThat(found).isNotEmpty();
    StringBuilder chain = new StringBuilder();
    while (chain.length() < 2_000_000) chain.append("1.2.3.4/5/6-7-8 ");
    assertThat(parser.find(chain.toString()).matches()).isNotEmpty();
  }
}
