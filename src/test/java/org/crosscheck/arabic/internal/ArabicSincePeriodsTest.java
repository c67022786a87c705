package org.crosscheck.arabic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.arabic.ArabicExtractor;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules quantity.since-period and quantity.war-to-date on sentences the team wrote, in an article of 20 November 2017. */
class ArabicSincePeriodsTest {
  static final ArabicExtractor EXTRACTOR = new ArabicExtractor();

  /** Each figure's claim as {@code topic = value (as of validity)}, with "-" for no stated time of validity. */
  static List<String> claims(String text) {
    return EXTRACTOR.extract(new Article("t.txt", text, Metadata.of("Team Wire", LocalDate.of(2017, 11, 20), "ar")))
        .claims().stream().filter(c -> c.value() instanceof org.crosscheck.value.Quantity)
        .map(c -> c.topic() + " = " + c.value() + " (as of " + (c.validAt() == null ? "-" : c.validAt()) + ")")
        .toList();
  }

  static Stream<Arguments> sentences() {
    return Stream.of(
        // since a date: from that day to the article's day
        Arguments.of("وارتفعت حصيلة الجرحى منذ الثاني عشر من آذار/مارس إلى 4600 جريح، بحسب مصادر طبية.",
            List.of("wounded = 4600 (as of 2017-03-12..2017-11-20)")),
        // the day of the statement ends the period: Friday 17 November in an article of Monday the 20th
        Arguments.of("وأعلنت الوزارة يوم الجمعة أن عدد القتلى منذ بدء الحرب ارتفع إلى 3100 قتيل.",
            List.of("killed = 3100 (as of \u2264 2017-11-17)")),
        Arguments.of("وقالت المنظمة الجمعة إن حصيلة الجرحى منذ الأول من أيار/مايو بلغت 2750 جريحا.",
            List.of("wounded = 2750 (as of 2017-05-01..2017-11-17)")),
        // since an event began: a period whose start the text does not date
        Arguments.of("وقالت المنظمة إن 1350 مدنيا قتلوا منذ بدء الحرب في البلاد.",
            List.of("killed = 1350 civilians (as of \u2264 2017-11-20)")),
        Arguments.of("ومنذ اندلاع القتال، نزح أكثر من 52 ألف شخص من مدينة الرقة.",
            List.of("displaced@Ar Raqqah = (52000..+\u221e) (as of \u2264 2017-11-20)")),
        Arguments.of("وقتل 640 جنديا منذ أن بدأت العملية العسكرية.",
            List.of("killed = 640 (as of \u2264 2017-11-20)")),
        Arguments.of("وأعلنت الوزارة ارتفاع عدد الجرحى إلى 880 جريحا منذ بدء العدوان على المدينة.",
            List.of("wounded = 880 (as of \u2264 2017-11-20)")),
        // a day's count in the same sentence, cut off by a comma or by its own day, keeps no period
        Arguments.of("وقتل 12 شخصا اليوم، فيما بلغ عدد القتلى منذ بدء الحرب 7200 قتيل.",
            List.of("killed = 12 (as of -)", "killed = 7200 (as of \u2264 2017-11-20)")),
        Arguments.of("وقتل 12 شخصا اليوم فيما بلغ عدد القتلى منذ بدء الحرب 7200 قتيل.",
            List.of("killed = 12 (as of -)", "killed = 7200 (as of \u2264 2017-11-20)")),
        // quantity.war-to-date: a war's toll up to now, with no since; an accident is no war
        Arguments.of("وقتل في الحرب حتى الآن أكثر من 900 شخص في أنحاء البلاد.",
            List.of("killed = (900..+\u221e) (as of \u2264 2017-11-20)")),
        Arguments.of("وأصيب 45 شخصا حتى الآن في حادث سير على الطريق السريع.", List.of("wounded = 45 (as of -)")),
        // a season is no event a toll runs from; a share is not a count
        Arguments.of("ونزح 300 شخص منذ بداية الموسم.", List.of("displaced = 300 (as of -)")),
        Arguments.of("وخسر التنظيم 60 في المئة من المدينة منذ بدء الهجوم.",
            List.of("share of territory lost = 60% (as of -)")));
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void countSince_isValidOverThePeriodToTheArticlesDay(String sentence, List<String> expected) {
    assertThat(claims(sentence)).containsExactlyElementsOf(expected);
  }

  @Test
  void evidence_namesTheRules() {
    assertThat(EXTRACTOR.extract(new Article("t.txt", "وقتل 640 جنديا منذ أن بدأت العملية العسكرية.",
        Metadata.of("Team Wire", LocalDate.of(2017, 11, 20), "ar"))).claims())
        .singleElement().satisfies(c -> assertThat(c.evidence().rules()).contains("quantity.since-period"));
    assertThat(EXTRACTOR.extract(new Article("t.txt", "وقتل في الحرب حتى الآن أكثر من 900 شخص.",
        Metadata.of("Team Wire", LocalDate.of(2017, 11, 20), "ar"))).claims())
        .singleElement().satisfies(c -> assertThat(c.evidence().rules()).contains("quantity.war-to-date")
            .doesNotContain("quantity.since-period"));
    assertThat(ArabicRules.QUANTITY_SINCE_PERIOD.intParameter("window")).isEqualTo(SincePeriods.WINDOW);
  }
}
