package org.crosscheck.truth.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BookGoldTest {

  @Test
  void parse_normalizesAndKeysByIsbn13() {
    BookGold gold = BookGold.parse(List.of(
        "9780201853940\tknuth, donald e.;  ",
        "",
        "0126445516\tsimsion, graeme c.;  witt, graham c.;  "), "gold");
    assertThat(gold.size()).isEqualTo(2);
    assertThat(gold.authors()).containsEntry("9780201853940", "donald e knuth")
        .containsEntry("9780126445510", "c c graeme graham simsion witt");
  }

  @Test
  void parse_rejectsABookGivenTwiceAndLinesWithoutATab() {
    assertThatThrownBy(() -> BookGold.parse(List.of("0201853949\tknuth", "9780201853940\tknuth"), "gold"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gold line 2")
        .hasMessageContaining("9780201853940 is given twice");
    assertThatThrownBy(() -> BookGold.parse(List.of("0201853949 knuth"), "gold"))
        .hasMessageContaining("gold line 1").hasMessageContaining("ISBN <tab> authors");
  }
}
