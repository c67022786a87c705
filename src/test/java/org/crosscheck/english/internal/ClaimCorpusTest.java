package org.crosscheck.english.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.crosscheck.claim.Claim;
import org.crosscheck.english.EnglishExtractor;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.Metadata;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The claim rule families (measure.*, share.*, event.*, status.*, subject.*, place.*,
 * attribution.*): {@code claims.corpus}, one sentence of ours a line, {@code input → claims}, each
 * claim printed as {@code "value text" topic = value} and, when it has one, {@code ← speaker}.
 */
class ClaimCorpusTest {
  static final EnglishExtractor EXTRACTOR = new EnglishExtractor();

  static List<Arguments> claims() throws IOException {
    return CorpusTest.cases("claims");
  }

  static String show(Claim c, String text) {
    String speaker = c.attribution().speaker() == null ? "" : " \u2190 " + c.attribution().speaker().name();
    String asOf = c.validAt() == null ? "" : " (as of " + c.validAt() + ")";
    return "\"" + c.evidence().value().of(text) + "\" " + c.topic() + " = " + c.value() + asOf + speaker;
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("claims")
  void claims_builtByNamedRules(String where, String input, String expected, LocalDate published) {
    Article a = new Article("t.txt", input, Metadata.of("Test Post", published, "en"));
    String got = EXTRACTOR.extract(a).claims().stream().map(c -> show(c, input)).collect(Collectors.joining(" | "));
    assertThat(got).as(where).isEqualTo(expected.equals("(none)") ? "" : expected);
  }
}
