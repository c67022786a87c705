package org.crosscheck.english.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.claim.Claim;
import org.crosscheck.english.EnglishExtractor;
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
class SourceAndSinceTest {
  static final EnglishExtractor X = new EnglishExtractor();

  static Extraction extract(String text) {
    return X.extract(new Article("t.txt", text, Metadata.of("Team Wire", LocalDate.of(2017, 11, 20), "en")));
  }

  /** Each claim as {@code topic = value}. */
  static List<String> claims(String text) {
    return extract(text).claims().stream().map(c -> c.topic() + " = " + c.value()).toList();
  }

  static Stream<Arguments> subjects() {
    return Stream.of(
        // the reporting party is no holder of the share it reports
        Arguments.of("The SDF said 20% of the province remains outside government control.",
            List.of("share of territory held = 20%")),
        Arguments.of("The Houthis reported that 35% of the district was out of the government's hands.",
            List.of("share of territory held = 35%")),
        // the party that speaks of itself holds what it reports
        Arguments.of("The SDF said it now holds 54% of the province.", List.of("SDF share of territory held = 54%")),
        Arguments.of("The regime controlled 20% of the country, the SDF said.",
            List.of("regime share of territory held = 20%")),
        // a party counted keeps its figure, whether another or itself reports it
        Arguments.of("The SDF said 40 ISIS fighters were killed in the raid.", List.of("ISIS killed = 40")),
        Arguments.of("At least 30 SDF fighters were killed, the SDF said.", List.of("SDF killed = [30..+\u221e)")),
        // a body that reports a toll is nobody's side
        Arguments.of("The Health Ministry said 289 were wounded in the shelling.", List.of("wounded = 289")),
        Arguments.of("According to the United Nations, 57 people were killed in the strikes.",
            List.of("killed = 57")),
        Arguments.of("The army said it killed 30 militants near the border.", List.of("killed = 30")));
  }

  @ParameterizedTest
  @MethodSource("subjects")
  void theReportingSource_isNotTheSubject(String sentence, List<String> expected) {
    assertThat(claims(sentence)).containsExactlyElementsOf(expected);
  }

  @Test
  void aSourceSetAside_isNamedInTheRules() {
    Claim c = extract("The SDF said 20% of the province remains outside government control.").claims().get(0);
    assertThat(c.subject().isNone()).isTrue();
    assertThat(c.evidence().rules()).contains("subject.not-the-source");
    assertThat(c.attribution().speaker()).isNotNull();
  }

  static Stream<Arguments> sinceStarts() {
    return Stream.of(
        Arguments.of("The toll since the war began rose to 41,000, the ministry said."),
        Arguments.of("More than 2,000 people have been displaced since the offensive started."),
        Arguments.of("Since the fighting erupted in the valley, 300 families have fled."),
        Arguments.of("Aid agencies counted 900 wounded since the war started on Saturday."));
  }

  @ParameterizedTest
  @MethodSource("sinceStarts")
  void aStartToldAfterSince_isNoEvent(String sentence) {
    Extraction e = extract(sentence);
    assertThat(e.claims()).noneMatch(c -> c.value() instanceof DateValue);
    assertThat(e.diagnostics()).anyMatch(d -> d.code().equals("event.since-reference"));
  }

  @Test
  void aStatementOfARunningCount_isDatedNextToItsVerb() {
    assertThat(claims("The agency said on Saturday that 900 people had fled since the fighting began."))
        .contains("announced = 2017-11-18").noneMatch(c -> c.startsWith("conflict began"));
  }

  @Test
  void aStartReported_isStillDated() {
    assertThat(claims("The offensive began on Saturday, officials said."))
        .containsExactly("operation began = 2017-11-18");
    assertThat(claims("The war began on Saturday, and since then 200 people were killed."))
        .contains("conflict began = 2017-11-18");
  }
}
