package org.crosscheck.claim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTest {
  @Test
  void hamzaAlefsMaqsuraAndTehMarbutaFoldForMatching() {
    assertThat(Folding.fold("\u0623\u0645\u064A\u0631\u0629")).isEqualTo("\u0627\u0645\u064A\u0631\u0647");
    assertThat(Folding.fold("\u0639\u0644\u0649")).isEqualTo(Folding.fold("\u0639\u0644\u064A"));
    assertThat(Folding.fold("\u0622\u0645\u0627\u0644")).startsWith("\u0627");
  }

  @Test
  void marksAndTatweelAreDroppedAndBelongToTheCharBefore() {
    // kataba with its three fathas and a tatweel inside
    assertThat(Folding.fold("\u0643\u064E\u062A\u0640\u064E\u0628\u064E")).isEqualTo("\u0643\u062A\u0628");
    assertThat(Folding.action('\u064E')).isEqualTo(Folding.DROP_ATTACHED);
    assertThat(Folding.action('\u200F')).isEqualTo(Folding.DROP);
  }

  @Test
  void digitsOfEveryScriptBecomeAscii() {
    assertThat(Folding.fold("\u0661\u0667 \u06F2\u06F5 \uFF13")).isEqualTo("17 25 3");
  }

  @Test
  void ligaturesExpandAndPersianLettersFold() {
    assertThat(Folding.action('\uFEFB')).isEqualTo(Folding.EXPAND);
    assertThat(Folding.fold("\uFEFB")).isEqualTo("\u0644\u0627");
    assertThat(Folding.fold("\u06A9\u06CC")).isEqualTo("\u0643\u064A");
    assertThat(Folding.expansion('a')).isEmpty();
  }

  @Test
  void latinLettersLoseCaseAndAccents() {
    assertThat(Folding.fold("\u0100lb\u016B Kam\u0101l")).isEqualTo("albu kamal");
  }

  @Test
  void foldingIsIdempotentOnEveryChar() {
    for (int c = 0; c < 0x10000; c++) {
      String once = Folding.fold(String.valueOf((char) c));
      assertThat(Folding.fold(once)).as("U+%04X", c).isEqualTo(once);
    }
  }

  @Test
  void nameKeysUseTheSameFoldingAsArticleText() {
    // a name spelled with keheh, Farsi yeh and Persian digits keys like its Arabic spelling
    assertThat(Names.key("\u06A9\u062A\u06CC\u0628\u0629 \u06F1\u06F7"))
        .isEqualTo(Names.key("\u0643\u062A\u064A\u0628\u0647 17"));
    assertThat(Names.key("\u0623\u0628\u0648 \u0643\u0645\u0627\u0644")).isEqualTo(Names.key("\u0627\u0628\u0648\u0643\u0645\u0627\u0644"));
    assertThat(Names.key("Al Qa'im")).isEqualTo("alqaim");
    assertThat(Names.key("\u00C9vry-Courcouronnes")).isEqualTo("evrycourcouronnes");
  }
}
