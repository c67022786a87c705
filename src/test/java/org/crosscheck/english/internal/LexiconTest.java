package org.crosscheck.english.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.crosscheck.arabic.internal.Gazetteer;
import org.crosscheck.extract.Rule;
import org.junit.jupiter.api.Test;

class LexiconTest {

  @Test
  void standard_loadsEveryWordList() {
    Lexicon l = Lexicon.standard();
    assertThat(l.abbreviations()).contains("Col", "Gen", "Nov", "U.S");
    assertThat(l.month("sept")).isEqualTo(9);
    assertThat(l.month("december")).isEqualTo(12);
    assertThat(l.month("monday")).isNull();
  }

  @Test
  void placeVariants_resolveToTheSameGazetteerPlaceAsTheArabicName() {
    EnglishPlaces places = new EnglishPlaces(Lexicon.standard(), Gazetteer.standard());
    for (String[] pair : new String[][] {{"Albu Kamal", "Abu Kamal"}, {"Boukamal", "Abu Kamal"},
        {"Deir Ezzor", "Deir al-Zor"}, {"Deir ez-Zor", "Deir al-Zor"}, {"Baghouz", "Baghuz"}, {"Raqqah", "Raqqa"}}) {
      String a = places.findAll(EnglishDocument.of("in " + pair[0] + " today")).get(0).place().id();
      String b = places.findAll(EnglishDocument.of("in " + pair[1] + " today")).get(0).place().id();
      assertThat(a).as(pair[0] + " and " + pair[1]).isEqualTo(b).startsWith("wof:");
    }
  }

  @Test
  void placeVariants_inTheGazetteerAllResolve() throws Exception {
    EnglishPlaces places = new EnglishPlaces(Lexicon.standard(), Gazetteer.standard());
    try (var in = Lexicon.class.getResourceAsStream("places.txt")) {
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t");
        if (f[1].startsWith("=")) continue;
        assertThat(places.fromGazetteer(f[1], f[0], false)).as("places.txt: %s -> %s", f[0], f[1]).isNotNull();
      }
    }
  }

  @Test
  void rules_haveUniqueDottedIds() {
    Set<String> ids = new HashSet<>();
    for (Rule r : Rules.ALL) assertThat(ids.add(r.id())).as("duplicate rule id %s", r.id()).isTrue();
    assertThat(Rules.EVENT_DATE_NEAREST.toString()).isEqualTo("event.date-nearest (max-distance = 20 tokens)");
    assertThat(Rules.EVENT_DATE_NEAREST.intParameter("max-distance")).isEqualTo(20);
  }
}
