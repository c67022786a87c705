package org.crosscheck.english.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.claim.Measure;
import org.crosscheck.extract.DeclaredMeasure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plurals the English extractor makes of a declared noun given in the singular. */
class DeclaredNounsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"aid truck, aid trucks", "truck of aid, trucks of aid", "ambulance, ambulances", "bus, buses",
      "food box, food boxes", "relief convoy, relief convoys", "casualty, casualties", "child, children",
      "fireman, firemen", "Woman, Women", "human, humans", "search dish, search dishes"})
  void plural_onTheHeadNoun(String singular, String plural) {
    assertThat(DeclaredNouns.plural(singular)).isEqualTo(plural);
  }

  @org.junit.jupiter.api.Test
  void of_mapsSingularAndPluralToTheMeasure_asNounsOfThings() {
    Measure m = new Measure("aid-trucks", "aid trucks", Measure.Kind.COUNT, Measure.Trend.VARIES);
    var nouns = DeclaredNouns.of(List.of(DeclaredMeasure.of(m).withNouns("en", "aid  truck")));
    assertThat(nouns).containsOnlyKeys("aid truck", "aid trucks");
    assertThat(nouns.get("aid trucks")).isEqualTo(new Lexicon.CountedNoun(m, Lexicon.NounClass.THING));
  }
}
