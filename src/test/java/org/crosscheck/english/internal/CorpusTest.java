package org.crosscheck.english.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule-family corpora: files {@code <family>.corpus} beside this class, one case a line,
 * {@code input → expected}, sentences the team wrote. A line {@code @published 2017-11-08} sets the
 * publication date for the lines after it. One loader reads them all; a new phrasing is a new line
 * there before it is a line of code.
 */
class CorpusTest {
  static final Lexicon LEXICON = Lexicon.standard();
  static final EnglishQuantities QUANTITIES = new EnglishQuantities(LEXICON);
  static final EnglishDates DATES = new EnglishDates(LEXICON);

  static List<Arguments> cases(String family) throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = CorpusTest.class.getResourceAsStream(family + ".corpus")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      LocalDate published = null;
      int line = 0;
      for (String l : text.split("\n")) {
        line++;
        if (l.isBlank() || l.startsWith("#")) continue;
        if (l.startsWith("@published ")) {
          published = LocalDate.parse(l.substring(11).strip());
          continue;
        }
        int arrow = l.indexOf(" \u2192 ");
        if (arrow < 0) throw new IllegalStateException(family + ".corpus line " + line + " has no ' \u2192 ': " + l);
        out.add(Arguments.of(family + ":" + line, l.substring(0, arrow), l.substring(arrow + 3).strip(), published));
      }
    }
    return out;
  }

  static List<Arguments> numbers() throws IOException {
    return cases("numbers");
  }

  static List<Arguments> quantities() throws IOException {
    return cases("quantities");
  }

  static List<Arguments> dates() throws IOException {
    return cases("dates");
  }

  static List<Arguments> sentences() throws IOException {
    return cases("sentences");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("numbers")
  void numbers_readAsWritten(String where, String input, String expected, LocalDate published) {
    EnglishDocument d = EnglishDocument.of(input);
    String got = QUANTITIES.numbers().findAll(d).stream()
        .map(m -> d.text(m.from(), m.to()) + " = " + m).collect(Collectors.joining(" | "));
    assertThat(got).as(where).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("quantities")
  void quantities_readAsWritten(String where, String input, String expected, LocalDate published) {
    EnglishDocument d = EnglishDocument.of(input);
    boolean[] taken = new boolean[d.size()];
    DATES.findAll(d, published, taken);
    String got = QUANTITIES.findAll(d, 0, d.size(), taken).stream()
        .map(m -> d.text(m.from(), m.to()) + " = " + m.quantity()).collect(Collectors.joining(" | "));
    assertThat(got).as(where).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("dates")
  void dates_resolvedAgainstPublication(String where, String input, String expected, LocalDate published) {
    EnglishDocument d = EnglishDocument.of(input);
    String got = DATES.findAll(d, published, new boolean[d.size()]).stream()
        .map(m -> d.text(m.from(), m.to()) + " = " + m.value()).collect(Collectors.joining(" | "));
    assertThat(got).as(where).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("sentences")
  void sentences_splitWhereTheyEnd(String where, String input, String expected, LocalDate published) {
    EnglishDocument d = EnglishDocument.of(input.replace("\\n", "\n"));
    String got = d.sentences().stream().map(d::text).collect(Collectors.joining(" | "));
    assertThat(got).as(where).isEqualTo(expected);
  }
}
