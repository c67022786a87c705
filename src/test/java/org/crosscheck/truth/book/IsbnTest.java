package org.crosscheck.truth.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IsbnTest {

  @Test
  void toIsbn13_fromIsbn10() {
    assertThat(Isbn.toIsbn13("0201853949")).isEqualTo("9780201853940");
    assertThat(Isbn.toIsbn13("0-12-644551-6")).isEqualTo("9780126445510");
    assertThat(Isbn.toIsbn13("080442957X")).isEqualTo("9780804429573");
  }

  @Test
  void toIsbn13_keepsIsbn13() {
    assertThat(Isbn.toIsbn13("9780072223194")).isEqualTo("9780072223194");
  }

  @Test
  void toIsbn13_rejectsOtherLengthsWithTheText() {
    assertThatThrownBy(() -> Isbn.toIsbn13("02018539")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'02018539'").hasMessageContaining("10 characters");
    assertThatThrownBy(() -> Isbn.toIsbn13("97800722231X4")).hasMessageContaining("13 digits");
  }
}
