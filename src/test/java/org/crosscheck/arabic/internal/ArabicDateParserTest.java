package org.crosscheck.arabic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ArabicDateParserTest {
  private final ArabicDateParser parser = ArabicDateParser.instance();
  /** A Monday. */
  private static final LocalDate MONDAY = LocalDate.of(2021, 6, 14);

  private String found(String text, LocalDate anchor) {
    return parser.find(text, anchor).matches().stream()
        .map(m -> (m.qualifier() == DateMatch.Qualifier.AT ? "" : m.qualifier() + " ") + m.value() + " \"" + m.text() + "\"")
        .collect(Collectors.joining(" | "));
  }

  /**
   * Every month name of the Arab world's usages (issue 16): Egyptian and Gulf transliterations,
   * Levantine and Iraqi (Syriac) names, Tunisian and Algerian (French) names, Moroccan names; each
   * with a day before it and a year after it, in a sentence of our own.
   */
  @ParameterizedTest(name = "{0} = {1}")
  @org.junit.jupiter.params.provider.CsvSource({
      "يناير, 1", "فبراير, 2", "مارس, 3", "أبريل, 4", "مايو, 5", "يونيو, 6", "يوليو, 7", "أغسطس, 8", "سبتمبر, 9",
      "أكتوبر, 10", "نوفمبر, 11", "ديسمبر, 12",
      "كانون الثاني, 1", "شباط, 2", "آذار, 3", "نيسان, 4", "أيار, 5", "حزيران, 6", "تموز, 7", "آب, 8", "أيلول, 9",
      "تشرين الأول, 10", "تشرين الثاني, 11", "كانون الأول, 12",
      "جانفي, 1", "فيفري, 2", "أفريل, 4", "ماي, 5", "جوان, 6", "جويلية, 7", "أوت, 8",
      "يوليوز, 7", "غشت, 8", "شتنبر, 9", "نونبر, 11", "دجنبر, 12"})
  void find_monthNamesOfEveryUsage(String name, int month) {
    String expected = String.format(java.util.Locale.ROOT, "2024-%02d-14", month);
    assertThat(found("وصلت القافلة إلى المدينة في 14 " + name + " 2024 بعد أسبوع من الانتظار.", MONDAY))
        .isEqualTo(expected + " \"14 " + name + " 2024\"");
  }

  static Stream<Arguments> explicitDates() {
    return Stream.of(
        Arguments.of("وقع الهجوم في 5 أيار 2021", "2021-05-05 \"5 أيار 2021\""),
        Arguments.of("وقع الهجوم في 5 مايو/أيار 2021", "2021-05-05 \"5 مايو/أيار 2021\""),
        Arguments.of("انسحبت القوات في العاشر من حزيران", "2021-06-10 \"العاشر من حزيران\""),
        Arguments.of("بدأت العملية في 2 يونيو(حزيران)", "2021-06-02 \"2 يونيو(حزيران)\""),
        Arguments.of("افتتح الجسر في الثالث والعشرين من أيار", "2021-05-23 \"الثالث والعشرين من أيار\""),
        Arguments.of("صدر القرار في1 يونيو", "2021-06-01 \"1 يونيو\""),
        Arguments.of("نشر التقرير 2021/06/01", "2021-06-01 \"2021/06/01\""),
        Arguments.of("نشر التقرير 01-06-2021", "2021-06-01 \"01-06-2021\""),
        Arguments.of("نشر التقرير 1.6.2021", "2021-06-01 \"1.6.2021\""),
        Arguments.of("تأسست الجمعية عام 2009", "2009 \"عام 2009\""),
        Arguments.of("تأسست في العام 2009", "2009 \"في العام 2009\""),
        Arguments.of("يعمل هنا منذ 2009", "SINCE 2009 \"منذ 2009\""),
        Arguments.of("ستبقى حتى عام 2030", "UNTIL 2030 \"حتى عام 2030\""),
        Arguments.of("عمل هناك بين 2010 و2015", "2010-01-01..2015-12-31 \"بين 2010 و2015\""),
        Arguments.of("في شباط/ فبراير 2020 توقف", "2020-02 \"شباط/ فبراير 2020\""),
        Arguments.of("يوم الجمعة 2021/06/11 أعلن", "2021-06-11 \"يوم الجمعة 2021/06/11\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("explicitDates")
  void find_explicitDates(String text, String expected) {
    assertThat(found(text, MONDAY)).isEqualTo(expected);
  }

  static Stream<Arguments> relativeDates() {
    return Stream.of(
        Arguments.of("وصل الوفد اليوم", "2021-06-14 \"اليوم\""),
        Arguments.of("وصل الوفد أمس", "2021-06-13 \"أمس\""),
        Arguments.of("وصل الوفد أمس الأحد", "2021-06-13 \"أمس الأحد\""),
        Arguments.of("وصل الوفد أول أمس", "2021-06-12 \"أول أمس\""),
        // a day word with the date written out is one date, and the written date wins
        Arguments.of("قال المتحدث اليوم الأحد 13 حزيران 2021 إن", "2021-06-13 \"اليوم الأحد 13 حزيران 2021\""),
        Arguments.of("وصل الوفد أمس السبت 12 جوان", "2021-06-12 \"أمس السبت 12 جوان\""),
        Arguments.of("يصل الوفد غدا", "2021-06-15 \"غدا\""),
        Arguments.of("وقع الانفجار الخميس", "2021-06-10 \"الخميس\""),
        Arguments.of("بدأ الاجتماع الاثنين", "2021-06-14 \"الاثنين\""),
        Arguments.of("وقع الانفجار مساء السبت", "2021-06-12 \"مساء السبت\""),
        Arguments.of("جرى ذلك الاثنين الماضي", "2021-06-07 \"الاثنين الماضي\""),
        Arguments.of("سيجري ذلك الأربعاء المقبل", "2021-06-16 \"الأربعاء المقبل\""),
        Arguments.of("من المقرر أن يصل الوزير الجمعة", "2021-06-18 \"الجمعة\""),
        Arguments.of("ستزور اللجنة المدينة الخميس", "2021-06-17 \"الخميس\""),
        Arguments.of("انطلقت الحملة الأسبوع الماضي", "2021-06-05..2021-06-13 \"الأسبوع الماضي\""),
        Arguments.of("تراجعت الأسعار الشهر الماضي", "2021-05 \"الشهر الماضي\""),
        Arguments.of("في الشهر الجاري", "2021-06 \"الشهر الجاري\""),
        Arguments.of("هذا العام", "2021 \"هذا العام\""),
        Arguments.of("العام الماضي", "2020 \"العام الماضي\""),
        Arguments.of("تغيرت الأوضاع خلال الأشهر الماضية", "≤ 2021-06-14 \"الأشهر الماضية\""),
        Arguments.of("عاد مطلع الشهر", "2021-06-01..2021-06-10 \"مطلع الشهر\""),
        Arguments.of("في أوائل أيار", "2021-05-01..2021-05-10 \"أوائل أيار\""),
        Arguments.of("في أواخر العام الماضي", "2020-09-01..2020-12-31 \"أواخر العام الماضي\""),
        Arguments.of("في الخامس من الشهر الجاري", "2021-06-05 \"الخامس من الشهر الجاري\""),
        Arguments.of("خلال العشرة أيام الأولى من الشهر", "2021-06-01..2021-06-10 \"خلال العشرة أيام الأولى من الشهر\""),
        Arguments.of("منذ أسبوعين", "SINCE 2021-05-31 \"منذ أسبوعين\""),
        Arguments.of("قبل ثلاثة أيام", "2021-06-11 \"قبل ثلاثة أيام\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("relativeDates")
  void find_relativeDates(String text, String expected) {
    assertThat(found(text, MONDAY)).isEqualTo(expected);
  }

  @Test
  void find_relativeToThePreviousDate() {
    String text = "سقطت البلدة في 2 حزيران، وبعد ثلاثة أيام سقطت القرية، وفي اليوم التالي انسحب المسلحون";
    assertThat(found(text, MONDAY)).isEqualTo(
        "2021-06-02 \"2 حزيران\" | 2021-06-05 \"بعد ثلاثة أيام\" | 2021-06-06 \"في اليوم التالي\"");
  }

  @Test
  void find_ghadatEvent_isTheDayBeforeTheSentenceDate() {
    String text = "شن المسلحون هجوما الخميس غداة إعلان الهدنة";
    List<DateMatch> found = parser.find(text, MONDAY).matches();
    assertThat(found).extracting(m -> m.value().toString()).containsExactly("2021-06-10", "2021-06-09");
    assertThat(found.get(1).resolution()).isEqualTo(DateMatch.Resolution.RELATIVE_TO_DATE);
  }

  @Test
  void find_ghadatDate_isTheDayAfter() {
    assertThat(found("وصل غداة 3 حزيران", MONDAY)).isEqualTo("2021-06-04 \"غداة 3 حزيران\"");
  }

  @ParameterizedTest(name = "{0} at {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "في سبتمبر | 2019-03-14 | 2018-09",
      "في آذار | 2019-03-14 | 2019-03",
      "في نيسان | 2019-03-14 | 2019-04",
      "في أيار | 2019-03-14 | 2018-05",
      "في 20 نيسان | 2019-03-14 | 2019-04-20",
      "في 20 أيار | 2019-03-14 | 2018-05-20",
      "في كانون الأول | 2019-01-05 | 2018-12",
  })
  void find_yearRule_takesTheAnchorYearUnlessTheMonthStartsMoreThan31DaysAhead(String text, LocalDate anchor, String expected) {
    assertThat(parser.find(text, anchor).matches()).singleElement()
        .satisfies(m -> assertThat(m.value()).hasToString(expected));
  }

  @Test
  void find_weekdayEqualToTheAnchor_isTheAnchor() {
    assertThat(found("دخلت القوات الاثنين", MONDAY)).isEqualTo("2021-06-14 \"الاثنين\"");
  }

  @Test
  void find_weekdayThatDisagrees_isKeptWithADiagnostic() {
    ParseResult<DateMatch> r = parser.find("أمس الجمعة", MONDAY);
    assertThat(r.matches()).singleElement().satisfies(m -> assertThat(m.value()).hasToString("2021-06-13"));
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("date.weekday-mismatch");
  }

  @Test
  void find_withoutAnchor_relativeDatesAreUnresolvedAndReported() {
    ParseResult<DateMatch> r = parser.find("وصل أمس ويغادر في 3 حزيران", null);
    assertThat(r.matches()).hasSize(2).allSatisfy(m -> {
      assertThat(m.isResolved()).isFalse();
      assertThat(m.resolution()).isEqualTo(DateMatch.Resolution.UNRESOLVED);
      assertThat(m.note()).isNotBlank();
    });
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsOnly("date.unresolved");
  }

  @Test
  void find_ambiguousMonthNames_needADateContext() {
    assertThat(found("الرجل الذي مارس الضغط أب لطفلين", MONDAY)).isEmpty();
    assertThat(found("في آب", MONDAY)).isEqualTo("2020-08 \"آب\"");
    assertThat(found("12 مارس", MONDAY)).isEqualTo("2021-03-12 \"12 مارس\"");
  }

  @Test
  void find_invalidDate_isADiagnostic() {
    ParseResult<DateMatch> r = parser.find("في 30 شباط 2021", MONDAY);
    assertThat(r.matches()).singleElement().satisfies(m -> assertThat(m.isResolved()).isFalse());
    assertThat(r.diagnostics()).extracting(Diagnostic::code).contains("date.invalid");
  }

  static Stream<Arguments> hijriDates() {
    return Stream.of(
        Arguments.of("خرج المحتجون يوم 15 صفر 1439 هـ إلى الساحات", "2017-11-04 \"15 صفر 1439 هـ\""),
        Arguments.of("وقعت الحادثة في الخامس عشر من صفر 1439", "2017-11-04 \"الخامس عشر من صفر 1439\""),
        Arguments.of("يحج المسلمون في العاشر من ذي الحجة", "2021-07-20 \"العاشر من ذي الحجة\""),
        Arguments.of("صام الناس شهر رمضان 1442 في ظروف صعبة", "2021-04-13..2021-05-12 \"رمضان 1442\""),
        Arguments.of("تأسست الجمعية عام 1442 هـ", "2020-08-20..2021-08-08 \"عام 1442 هـ\""),
        Arguments.of("افتتح المسجد في شهر ربيع الأول 1443 للهجرة", "2021-10-07..2021-11-05 \"ربيع الأول 1443 للهجرة\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hijriDates")
  void find_hijriDates_areConvertedByUmmAlQura(String text, String expected) {
    assertThat(found(text, MONDAY)).isEqualTo(expected);
  }

  @Test
  void find_hijriMonthAloneWithoutYear_takesTheAnchorsHijriYear() {
    // the anchor, 14 June 2021, is 4 Dhu al-Qa'da 1442: Shawwal 1442 is the month before it
    ParseResult<DateMatch> r = parser.find("عاد اللاجئون في شوال", MONDAY);
    assertThat(r.matches()).singleElement().satisfies(m -> {
      assertThat(m.value()).hasToString("2021-05-13..2021-06-10");
      assertThat(m.resolution()).isEqualTo(DateMatch.Resolution.YEAR_FROM_ANCHOR);
      assertThat(m.note()).contains("Umm al-Qura");
    });
  }

  @Test
  void find_hijriMonthNamesThatAreCommonWords_needAYearOrTheWordMonth() {
    assertThat(found("سجلت المدينة صفر إصابات جديدة", MONDAY)).isEmpty();
    assertThat(found("استقبل الرئيس رجب طيب أردوغان", MONDAY)).isEmpty();
    assertThat(found("في 3 رجب", MONDAY)).isEmpty();
    assertThat(found("في 3 شهر رجب", MONDAY)).isNotEmpty();
  }

  @Test
  void find_hijriYearOutsideTheUmmAlQuraRange_isKeptUnresolvedWithADiagnostic() {
    ParseResult<DateMatch> r = parser.find("بني القصر عام 1250 هـ", MONDAY);
    assertThat(r.matches()).singleElement().satisfies(m -> assertThat(m.isResolved()).isFalse());
    assertThat(r.diagnostics()).filteredOn(d -> d.code().equals("date.hijri-out-of-range")).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("1250").contains("1300").contains("1600"));
  }

  @Test
  void find_hijriDayBeyondTheMonth_isNotARealDate() {
    // Safar 1439 has 29 days in the Umm al-Qura calendar
    ParseResult<DateMatch> r = parser.find("في 30 صفر 1439", MONDAY);
    assertThat(r.matches()).singleElement().satisfies(m -> assertThat(m.isResolved()).isFalse());
    assertThat(r.diagnostics()).extracting(Diagnostic::code).contains("date.invalid");
  }

  @Test
  void findPublicationDate_prefersAPrintedDateWithAgreeingWeekday() {
    String text = "صحيفة المساء - الأحد 2021/06/13\nعقد المجلس جلسته في 2021/05/30 وناقش الميزانية";
    assertThat(parser.findPublicationDate(text)).hasValueSatisfying(
        m -> assertThat(m.value()).hasToString("2021-06-13"));
    assertThat(parser.findPublicationDate("لا تاريخ هنا")).isEmpty();
  }

  @Test
  void monthNames_comeFromCldrForBothCalendars() {
    var names = parser.monthNames();
    assertThat(names.get(Month.NOVEMBER)).contains(Lexicon.key("نوفمبر"), Lexicon.key("تشرين الثاني"));
    assertThat(names.get(Month.AUGUST)).contains(Lexicon.key("أغسطس"), Lexicon.key("آب"));
    assertThat(names.values()).allSatisfy(list -> assertThat(list).hasSizeGreaterThanOrEqualTo(2));
  }

  @Test
  void toString_isOneLine() {
    DateMatch m = parser.find("أمس الأحد", MONDAY).matches().get(0);
    assertThat(m).hasToString("2021-06-13 \"أمس الأحد\" [0..9) RELATIVE_TO_ANCHOR (weekday agrees)");
  }
}
