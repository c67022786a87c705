package org.crosscheck.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValueSimilarityTest {
  static final ValueSimilarity NAMES = ValueSimilarity.nameTokens();

  @Test
  void nameTokens_equalListsWhateverTheOrderCaseAndDiacritics() {
    assertThat(NAMES.similarity("knuth donald e", "donald e knuth")).isEqualTo(1);
    assertThat(NAMES.similarity("Marcel GAGNÉ", "gagne marcel")).isEqualTo(1);
    assertThat(NAMES.similarity("x", "x")).isEqualTo(1);
  }

  @Test
  void nameTokens_aFirstAuthorAloneSupportsTheFullListMoreThanTheReverse() {
    // observed "knuth", candidate "donald e knuth": 1 matched, 2 missing -> 1 / (1 + 2/2)
    assertThat(NAMES.similarity("knuth", "donald e knuth")).isEqualTo(0.5);
    // observed the full list, candidate "knuth": 1 matched, 2 extra -> 1 / 3
    assertThat(NAMES.similarity("donald e knuth", "knuth")).isCloseTo(1 / 3.0, within(1e-12));
  }

  @Test
  void nameTokens_initialsAndPrefixesMatchByOneHalf() {
    // d ~ donald: matched 2.5 (e, knuth, half of d), extra 0.5, missing 0.5
    assertThat(NAMES.similarity("d e knuth", "donald e knuth")).isCloseTo(2.5 / 3.25, within(1e-12));
    assertThat(NAMES.similarity("pete smith", "peter smith")).isCloseTo(1.5 / 2.25, within(1e-12));
    // two letters are neither an initial nor a prefix worth a match
    assertThat(NAMES.similarity("do", "donald")).isZero();
    assertThat(NAMES.similarity("alpha beta", "gamma delta")).isZero();
  }

  @Test
  void nameTokens_fillTokenizesOnceAndAgreesWithSimilarity() {
    List<String> values = List.of("knuth", "donald e knuth", "d knuth");
    double[] m = new double[9];
    NAMES.fill(values, m, 0);
    for (int j = 0; j < 3; j++) {
      for (int k = 0; k < 3; k++) {
        assertThat(m[j * 3 + k]).isEqualTo(j == k ? 1 : NAMES.similarity(values.get(k), values.get(j)));
      }
    }
  }

  @Test
  void members_diceOverTrimmedCaseFoldedMembers() {
    ValueSimilarity towns = ValueSimilarity.members(";");
    assertThat(towns.similarity("al-Qaim; Rawa", "rawa;AL-QAIM")).isEqualTo(1);
    assertThat(towns.similarity("al-Qaim", "al-Qaim; Rawa")).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(towns.similarity("Anah", "al-Qaim; Rawa")).isZero();
    assertThat(towns).hasToString("members split by ;");
    assertThatThrownBy(() -> ValueSimilarity.members("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("members() needs a separator");
  }

  @Test
  void numeric_closenessWithinTheScale() {
    ValueSimilarity n = ValueSimilarity.numeric(10);
    assertThat(n.similarity("1500", "1495")).isEqualTo(0.5);
    assertThat(n.similarity("1,500", "1500")).isEqualTo(1);
    assertThat(n.similarity("1500", "1600")).isZero();
    assertThat(n.similarity("many", "1500")).isZero();
    assertThat(n).hasToString("numeric within 10");
    assertThatThrownBy(() -> ValueSimilarity.numeric(0)).hasMessageContaining("finite scale > 0, got 0.0");
  }

  @Test
  void exact_isTheDefaultOfACategoricalAttribute() {
    assertThat(Attribute.categorical("gate").similarity()).isSameAs(ValueSimilarity.exact());
    assertThat(ValueSimilarity.exact().isExact()).isTrue();
    assertThat(NAMES.isExact()).isFalse();
    assertThat(Attribute.categorical("gate")).hasToString("gate (categorical)");
    assertThat(Attribute.categorical("authors", NAMES)).hasToString("authors (categorical, name tokens)");
  }

  @Test
  void attribute_aContinuousAttributeTakesNoSimilarity() {
    assertThatThrownBy(() -> new Attribute("t", Attribute.Kind.CONTINUOUS, 1, NAMES))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'name tokens' for 't'")
        .hasMessageContaining("Attribute.categorical(name, similarity)");
  }

  @Test
  void run_aValueOutsideZeroToOneIsRejectedWithBothTexts() {
    TruthProblem.Builder b = TruthProblem.builder();
    int a = b.attribute(Attribute.categorical("x", (observed, candidate) -> observed.equals(candidate) ? 1 : 2));
    int item = b.item("i", a);
    b.observe(item, b.source("s"), org.crosscheck.value.Label.of("p"));
    b.observe(item, b.source("t"), org.crosscheck.value.Label.of("q"));
    assertThatThrownBy(() -> TruthDiscovery.run(b.build(), TruthConfig.defaults()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("of 'q' to 'p' is 2.0")
        .hasMessageContaining("values in [0..1]");
  }

  /** Two say the first author alone, two the full list: partial support breaks the tie for the full list. */
  @Test
  void run_partialSupportPrefersTheListThatCompletesTheOthers() {
    for (ValueSimilarity similarity : List.of(ValueSimilarity.exact(), NAMES)) {
      TruthProblem.Builder b = TruthProblem.builder();
      int a = b.attribute(Attribute.categorical("authors", similarity));
      int item = b.item("book", a);
      for (String s : List.of("s1", "s2")) b.observe(item, b.source(s), org.crosscheck.value.Label.of("knuth"));
      for (String s : List.of("s3", "s4")) b.observe(item, b.source(s), org.crosscheck.value.Label.of("zed knuth"));
      Consensus c = TruthDiscovery.run(b.build(), TruthConfig.defaults()).consensus();
      // exact: a tie, to the lower value; with name tokens "zed knuth" is supported by "knuth" (1/2) more
      // than "knuth" by it (1/3)
      assertThat(c.describe(0)).isEqualTo(similarity.isExact() ? "knuth" : "zed knuth");
    }
  }
}
