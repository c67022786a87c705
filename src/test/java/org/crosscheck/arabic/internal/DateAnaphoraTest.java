package org.crosscheck.arabic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates that lean on another date of the text (sentences by the team). */
class DateAnaphoraTest {
  static final LocalDate PUBLISHED = LocalDate.of(2019, 5, 20);

  static List<String> dates(String text) {
    return ArabicValueExtractor.withoutPlaces().extract(text, PUBLISHED).dates().stream()
        .map(d -> d.text() + " = " + d.value()).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // date.of-year: the year given after من
      "وبدأ الهجوم في أواخر آذار (مارس) من العام الماضي. | أواخر آذار (مارس) من العام الماضي = 2018-03-21..2018-03-31",
      "وانسحب المسلحون في تموز/يوليو من عام 2016. | تموز/يوليو من عام 2016 = 2016-07",
      "واندلعت المعارك في 2015، وسقطت المدينة في أيار/مايو من العام نفسه. | أيار/مايو من العام نفسه = 2015-05",
      // date.same-as-before
      "ودخلت القوات البلدة في 3 آذار، وسيطرت في اليوم نفسه على الجسر. | اليوم نفسه = 2019-03-03",
      // a unit alone after قبل is one of it
      "وانطلقت العملية قبل أسبوع. | قبل أسبوع = 2019-05-13"})
  void datesResolvedFromAnotherDate(String sentence, String expected) {
    assertThat(dates(sentence)).contains(expected);
  }
}
