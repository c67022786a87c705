package org.crosscheck.truth.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.crosscheck.truth.Consensus;
import org.crosscheck.truth.TruthDiscovery;
import org.crosscheck.truth.TruthProblem;
import org.junit.jupiter.api.Test;

class BookDatasetTest {

  static final List<String> ROWS = List.of(
      "Store A\t0201853949\tThe Art of Computer Programming\tKnuth, Donald E.",
      "Store B\t0201853949\tArt of Computer Programming\tDonald E. Knuth",
      "Store C\t9780201853940\tART OF COMPUTER PROGRAMMING\tKnuth",
      "Store C\t0201853949\tArt of Computer Programming\tKnuth, Donald",
      "Store D\t0201853949\tArt of Computer Programming\tNot Available",
      "Store A\t0126445516\tData Modeling Essentials\tSimsion, Graeme; Witt, Graham",
      "Store D\t0126445516\tData Modeling Essentials\tGraeme Simsion");

  static BookDataset data(List<String> rows) {
    return BookDataset.parse(rows, "test", BookDataset.authorsAttribute());
  }

  @Test
  void parse_oneItemPerBookOneObservationPerStoreAndBook() {
    BookDataset d = data(ROWS);
    TruthProblem p = d.problem();
    assertThat(p.itemCount()).isEqualTo(2);
    assertThat(p.sourceNames()).containsExactly("Store A", "Store B", "Store C", "Store D");
    assertThat(p.observationCount()).isEqualTo(5);
    assertThat(d.rows()).isEqualTo(7);
    assertThat(d.empty()).isEqualTo(1);
    assertThat(d.merged()).isEqualTo(1);
    assertThat(p.itemId("9780201853940")).isPresent();
    assertThat(p.itemId("9780126445510")).isPresent();
    assertThat(d.report()).isEqualTo(
        "7 rows: 5 observations, 4 stores, 2 books; 1 name nobody, 1 repeat a (store, book)");
  }

  @Test
  void parse_aStoreListingABookTwiceGivesItsMostCompleteListing() {
    Consensus vote = TruthDiscovery.majorityVote(data(ROWS).problem());
    int knuth = vote.problem().itemId("9780201853940").getAsInt();
    // A and B give "donald e knuth"; C gives "donald knuth" (two tokens beat its other listing, "knuth")
    assertThat(vote.describe(knuth)).isEqualTo("donald e knuth");
    assertThat(BookDataset.moreComplete("donald knuth", "knuth")).isTrue();
    assertThat(BookDataset.moreComplete("a b", "a c")).isTrue();
    assertThat(BookDataset.moreComplete("a c", "a b")).isFalse();
  }

  @Test
  void parse_doesNotDependOnTheOrderOfTheRows() {
    List<String> reversed = new ArrayList<>(ROWS);
    Collections.reverse(reversed);
    Consensus a = TruthDiscovery.majorityVote(data(ROWS).problem());
    Consensus b = TruthDiscovery.majorityVote(data(reversed).problem());
    for (String isbn : List.of("9780201853940", "9780126445510")) {
      assertThat(b.describe(b.problem().itemId(isbn).getAsInt()))
          .isEqualTo(a.describe(a.problem().itemId(isbn).getAsInt()));
    }
  }

  @Test
  void parse_rejectsMalformedRowsWithTheirNumber() {
    assertThatThrownBy(() -> data(List.of("Store A\t0201853949\tno authors field")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("test row 1").hasMessageContaining("4 tab");
    assertThatThrownBy(() -> data(List.of("Store A\t12345\tTitle\tKnuth")))
        .hasMessageContaining("test row 1").hasMessageContaining("'12345'");
  }

  @Test
  void fields_areWhatSplitGivesSaveTheTitle() {
    assertThat(BookDataset.fields("S\t123\tA title\tAnn Lee")).containsExactly("S", "123", "", "Ann Lee");
    assertThat(BookDataset.fields("S\t123\t\t")).containsExactly("S", "123", "", "");
    assertThat(BookDataset.fields("S\t123\tT")).containsExactly("S", "123", "T");
    assertThat(BookDataset.fields("S\t1\tT\tA\tB")).containsExactly("S", "1", "T", "A", "B");
    assertThatThrownBy(() -> data(List.of("Store A\t0201853949\tTitle\tKnuth\textra")))
        .hasMessageContaining("test row 1").hasMessageContaining("got 5");
  }

  @Test
  void parse_repeatedListingsAreNormalizedAlikeWhereverTheyStand() {
    // the same author field and ISBN in many rows: one category, whatever row came first
    List<String> rows = new ArrayList<>();
    for (int s = 0; s < 6; s++) rows.add("Store " + s + "\t0201853949\tTitle\tKNUTH, Donald E.");
    rows.add("Store 9\t9780201853940\tTitle\tDonald E Knuth");
    TruthProblem p = data(rows).problem();
    assertThat(p.itemCount()).isEqualTo(1);
    assertThat(p.observationCount()).isEqualTo(7);
    assertThat(TruthDiscovery.majorityVote(p).describe(0)).isEqualTo("donald e knuth");
    assertThat(p.classCount()).isEqualTo(1);
  }
}
