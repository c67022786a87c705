package org.crosscheck.arabic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HashFilterTest {
  private static final List<String> WORDS = List.of("دير", "الزور", "ابو", "كمال", "", "a", "Kamal", "\u0627\u0644\u0642\u0627\u0626\u0645",
      "x y", "123");

  @Test
  void joinedHash_isTheHashOfTheJoinedString() {
    for (String a : WORDS) {
      for (String b : WORDS) {
        assertThat(HashFilter.joinedHash(a.hashCode(), b)).as("%s|%s", a, b).isEqualTo((a + " " + b).hashCode());
      }
    }
    // three words: joined twice
    int h = HashFilter.joinedHash(HashFilter.joinedHash("صلاح".hashCode(), "الدين"), "الشرقي");
    assertThat(h).isEqualTo("صلاح الدين الشرقي".hashCode());
  }

  @Test
  void mayContain_neverDeniesAnAddedString() {
    HashFilter f = new HashFilter();
    for (String w : WORDS) f.add(w.hashCode());
    for (String w : WORDS) assertThat(f.mayContain(w.hashCode())).as(w).isTrue();
    // of a thousand strings never added, nearly all are told absent (a few colliding bits at most)
    int perhaps = 0;
    for (int i = 0; i < 1000; i++) if (f.mayContain(("absent-" + i).hashCode())) perhaps++;
    assertThat(perhaps).isLessThan(5);
  }

  @Test
  void gazetteer_twoWordNamesAfterAHyphenOrAcrossWords() {
    Gazetteer g = Gazetteer.standard();
    assertThat(g.find("وصل الرتل إلى أبو-كمال فجرا")).extracting(PlaceMatch::text).containsExactly("أبو-كمال");
    assertThat(g.find("قرب دير الزور وفي البو كمال")).extracting(PlaceMatch::text).containsExactly("دير الزور", "البو كمال");
  }
}
