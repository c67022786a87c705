package org.crosscheck.arabic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rule quantity.valid-at on sentences the team wrote, in an article of Monday 20 November 2017. */
class ArabicValidDaysTest {

  static Stream<Arguments> sentences() {
    return Stream.of(
        // a weekday after the figure: the Thursday before the article's Monday
        Arguments.of("وقتل 9 أشخاص في غارة جوية على قرية حدودية يوم الخميس.",
            List.of("killed = 9 (as of 2017-11-16)")),
        // an explicit date after the figure
        Arguments.of("وأصيب 23 شخصا في انفجار سيارة مفخخة في الثالث من تشرين الثاني/نوفمبر.",
            List.of("wounded = 23 (as of 2017-11-03)")),
        // the day of the statement gives way to the day of the event
        Arguments.of("وأعلنت الوزارة يوم الأحد أن 14 شخصا قتلوا في القصف يوم الخميس.",
            List.of("killed = 14 (as of 2017-11-16)")),
        // the statement's day alone is the only day the clause names
        Arguments.of("وأعلنت الوزارة يوم الأحد أن 14 شخصا قتلوا في القصف.",
            List.of("killed = 14 (as of 2017-11-19)")),
        // a date opening the sentence, closed by its own comma
        Arguments.of("ويوم الأربعاء، قتل 5 مدنيين في قصف مدفعي.",
            List.of("killed = 5 civilians (as of 2017-11-15)")),
        // a date in another clause, after a comma, is not the count's
        Arguments.of("وقتل 7 جنود في كمين، فيما أعلن الجيش يوم الخميس عن حملة جديدة.",
            List.of("killed = 7 (as of -)")),
        // no date: the count stays valid on the article's day
        Arguments.of("وأصيب 31 شخصا في الاشتباكات العنيفة.", List.of("wounded = 31 (as of -)")),
        // a date beyond the window is not the count's
        Arguments.of("وقتل 6 أشخاص في هجوم شنه مسلحون مجهولون على حاجز للشرطة عند مدخل البلدة الشمالي يوم الخميس.",
            List.of("killed = 6 (as of -)")),
        // a count since a date keeps its period
        Arguments.of("وارتفع عدد الجرحى منذ الأول من أيار/مايو إلى 2750 جريحا يوم الخميس.",
            List.of("wounded = 2750 (as of 2017-05-01..2017-11-20)")));
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void count_isValidOnTheDayItsClauseNames(String sentence, List<String> expected) {
    assertThat(ArabicSincePeriodsTest.claims(sentence)).containsExactlyElementsOf(expected);
  }

  @Test
  void evidence_namesTheRule() {
    assertThat(ArabicSincePeriodsTest.EXTRACTOR.extract(new Article("t.txt",
        "وقتل 9 أشخاص في غارة جوية يوم الخميس.", Metadata.of("Team Wire", LocalDate.of(2017, 11, 20), "ar")))
        .claims()).singleElement().satisfies(c -> assertThat(c.evidence().rules()).contains("quantity.valid-at"));
    assertThat(ArabicSincePeriodsTest.EXTRACTOR.extract(new Article("t.txt",
        "وأصيب 31 شخصا في الاشتباكات.", Metadata.of("Team Wire", LocalDate.of(2017, 11, 20), "ar")))
        .claims()).singleElement().satisfies(c -> assertThat(c.evidence().rules()).doesNotContain("quantity.valid-at"));
    assertThat(ArabicRules.QUANTITY_VALID_AT.intParameter("window")).isEqualTo(ValidDays.WINDOW);
  }
}
