package org.crosscheck.arabic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.arabic.ArabicExtractor;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.Metadata;
import org.crosscheck.value.DateValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rules subject.not-the-source and event.since-reference on sentences the team wrote, in an article
 * of Monday 20 November 2017.
 */
class ArabicSourceAndSinceTest {
  static final ArabicExtractor EXTRACTOR = new ArabicExtractor();

  static Extraction extract(String text) {
    return EXTRACTOR.extract(new Article("t.txt", text, Metadata.of("Team Wire", LocalDate.of(2017, 11, 20), "ar")));
  }

  /** Each claim as {@code topic = value}. */
  static List<String> claims(String text) {
    return extract(text).claims().stream().map(c -> c.topic() + " = " + c.value()).toList();
  }

  static Stream<Arguments> subjects() {
    return Stream.of(
        // a body named after a source cue reports the toll: it is nobody's side
        Arguments.of("قتل 57 شخصا وفق الأمم المتحدة في الغارات على المرفأ.", List.of("killed = 57")),
        Arguments.of("أصيب 289 شخصا بحسب وزارة الصحة في القصف.", List.of("wounded = 289")),
        Arguments.of("قتل 70 شخصا، حسب منظمة الصحة العالمية.", List.of("killed = 70")),
        Arguments.of("وفق الأمم المتحدة، قتل 57 شخصا في الغارات.", List.of("killed = 57")),
        // the lam of "according to" written on the name, and a speech verb after the figure
        Arguments.of("نزح 1200 شخص وفقا للمنظمة الدولية للهجرة.", List.of("displaced = 1200")),
        Arguments.of("قتل 25 شخصا، قالت وزارة الصحة.", List.of("killed = 25")),
        // the fighters counted are the group's, whoever reports them
        Arguments.of("قتل 40 مسلحا من داعش بحسب المرصد السوري لحقوق الإنسان.", List.of("ISIS killed = 40")),
        Arguments.of("وقال الجيش العراقي إنه قتل 30 مسلحا من داعش قرب الحدود.", List.of("ISIS killed = 30")),
        // the armed party that speaks killed the fighters it counts: they are the other side's, unnamed,
        // even when that party is the one the article names most
        Arguments.of("وتقاتل قوات الدعم السريع في الريف. وقالت قوات الدعم السريع إنها قتلت 40 مسلحا في الاشتباكات.",
            List.of("killed = 40")));
  }

  @ParameterizedTest
  @MethodSource("subjects")
  void theReportingSource_isNotTheSubject(String sentence, List<String> expected) {
    assertThat(claims(sentence)).containsExactlyElementsOf(expected);
  }

  @Test
  void aSourceSetAside_isNamedInTheRulesAndSpeaks() {
    var c = extract("أصيب 289 شخصا بحسب وزارة الصحة في القصف.").claims().get(0);
    assertThat(c.subject().isNone()).isTrue();
    assertThat(c.evidence().rules()).contains("subject.not-the-source");
    assertThat(c.attribution().speaker()).isNotNull();
    assertThat(c.attribution().speaker().name()).isEqualTo("Health Ministry");
    var lam = extract("نزح 1200 شخص وفقا للمنظمة الدولية للهجرة.").claims().get(0);
    assertThat(lam.attribution().speaker()).isNotNull();
    assertThat(lam.attribution().speaker().name()).isEqualTo("IOM");
  }

  static Stream<Arguments> sinceStarts() {
    return Stream.of(
        Arguments.of("وارتفعت حصيلة القتلى منذ بدء الحرب يوم السبت إلى 41 ألف قتيل."),
        Arguments.of("وقتل 640 جنديا منذ أن بدأت العملية العسكرية يوم السبت."),
        Arguments.of("ومنذ بدء الهجوم يوم السبت نزح 3 آلاف شخص."));
  }

  @ParameterizedTest
  @MethodSource("sinceStarts")
  void aStartToldAfterSince_isNoEvent(String sentence) {
    Extraction e = extract(sentence);
    assertThat(e.claims()).isNotEmpty().noneMatch(c -> c.value() instanceof DateValue);
    assertThat(e.diagnostics()).anyMatch(d -> d.code().equals("event.since-reference"));
  }

  @Test
  void aStartReported_isStillDated() {
    assertThat(claims("وبدأت العملية العسكرية يوم السبت.")).containsExactly("operation began = 2017-11-18");
  }
}
