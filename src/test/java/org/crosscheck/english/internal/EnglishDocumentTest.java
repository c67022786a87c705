package org.crosscheck.english.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EnglishDocumentTest {

  private static String tokens(String text) {
    return EnglishDocument.of(text).tokens().stream().map(Token::text).collect(Collectors.joining(" | "));
  }

  @Test
  void tokenize_initialsAreOneWordAndTheLastStopAMark() {
    assertThat(tokens("the U.S.-led force")).isEqualTo("the | U.S | . | - | led | force");
  }

  @Test
  void tokenize_possessiveSplitsButInnerApostropheStays() {
    assertThat(tokens("the group's O'Brien")).isEqualTo("the | group | ' | s | O'Brien");
  }

  @Test
  void tokenize_numbersKeepSeparatorsDecimalsAndOrdinalSuffixes() {
    assertThat(tokens("1,500 and 2.5 and .08 on the 29th")).isEqualTo("1,500 | and | 2.5 | and | .08 | on | the | 29th");
  }

  @Test
  void tokenize_aCommaBeforeOtherThanThreeDigitsSeparatesNumbers() {
    assertThat(tokens("pages 22,24,26")).isEqualTo("pages | 22 | , | 24 | , | 26");
  }

  @Test
  void tokenize_spansIndexTheOriginalText() {
    EnglishDocument d = EnglishDocument.of("  About 40 rebels");
    assertThat(d.token(1).start()).isEqualTo(8);
    assertThat(d.text(1, 3)).isEqualTo("40 rebels");
    assertThat(d.span(0, 2).toString()).isEqualTo(new org.crosscheck.claim.Span(2, 10).toString());
  }

  @Test
  void sentenceOf_findsTheSentenceOfAToken() {
    EnglishDocument d = EnglishDocument.of("One. Two three. Four.");
    assertThat(d.sentences()).hasSize(3);
    assertThat(d.sentenceOf(3).index()).isEqualTo(1);
    assertThat(d.sentenceOf(d.size() - 1).index()).isEqualTo(2);
  }

  @Test
  void of_emptyTextHasNoTokensAndNoSentences() {
    EnglishDocument d = EnglishDocument.of("   ");
    assertThat(d.size()).isZero();
    assertThat(d.sentences()).isEmpty();
  }
}
