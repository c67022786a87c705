package org.crosscheck.truth.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuthorListTest {

  static Stream<Arguments> listings() {
    return Stream.of(
        Arguments.of("Knuth, Donald E.", "donald e knuth"),
        Arguments.of("Donald E. Knuth", "donald e knuth"),
        Arguments.of("DONALD E KNUTH", "donald e knuth"),
        Arguments.of("Knuth", "knuth"),
        Arguments.of("Gagn&eacute;, Marcel", "gagne marcel"),
        Arguments.of("Marcel Gagn&Atilde;&copy;", "gagne marcel"),
        Arguments.of("Marcel Gagn&Atilde;", "gagn marcel"),
        Arguments.of("Nick Rozanski, E&oacute;in Woods", "eoin nick rozanski woods"),
        Arguments.of("Aho &amp; Lam", "aho lam"),
        Arguments.of("By (author) Calvert, Kenneth L. By (author) Donahoo, Michael J.",
            "calvert donahoo j kenneth l michael"),
        Arguments.of("Patterson, Tom (Author) Blue, Scott Gleeson (With)", "blue gleeson patterson scott tom"),
        Arguments.of("HAN, JIAWEI (SIMON FRASER (BC) UNIVERSITY)", "han jiawei"),
        Arguments.of("o'leary, timothy j.;  o'leary, linda i.;", "i j linda oleary oleary timothy"),
        Arguments.of("Andrew Conry-Murray; Vincent Weafer", "andrew conry murray vincent weafer"),
        Arguments.of("Reddy, J.N.", "j n reddy"),
        Arguments.of("Smith et al., edited by Jones", "jones smith"),
        Arguments.of("Not Available", ""),
        Arguments.of("  not available ", ""),
        Arguments.of("", ""),
        Arguments.of("(Author)", ""));
  }

  @ParameterizedTest(name = "[{index}] {0} -> \"{1}\"")
  @MethodSource("listings")
  void normalize_table(String listing, String expected) {
    assertThat(AuthorList.normalize(listing)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("listings")
  void normalize_isIdempotent(String listing, String expected) {
    assertThat(AuthorList.normalize(AuthorList.normalize(listing))).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void tokens_keepTheListingsOrder() {
    assertThat(AuthorList.tokens("Russell, Stuart J.; Norvig, Peter"))
        .containsExactly("russell", "stuart", "j", "norvig", "peter");
  }

  @org.junit.jupiter.api.Test
  void repairMojibake_leavesTextThatIsNotMojibake() {
    assertThat(AuthorList.repairMojibake("Jürgen Müller")).isEqualTo("Jürgen Müller");
    assertThat(AuthorList.repairMojibake("J\u00C3\u00BCrgen")).isEqualTo("Jürgen");
  }
}
