package org.crosscheck.claim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import static org.crosscheck.Crosscheck.*;
import static org.crosscheck.Fixtures.*;

import org.crosscheck.claim.Claim;
import org.crosscheck.value.PlainText;
import org.junit.jupiter.api.Test;

/** The Latin reading printed next to an Arabic source name: gloss, names table, letters. */
class RomanizerTest {

  @Test
  void letters_readWawAndYehAsLongVowelsBetweenConsonants() {
    assertThat(Romanizer.letters("\u062f\u064a\u0644\u0648\u0646")).isEqualTo("dilun");        // dylwn
    assertThat(Romanizer.letters("\u0633\u0648\u0631\u064a\u0629")).isEqualTo("suriya");      // swryh
    assertThat(Romanizer.letters("\u0648\u0627\u062f\u064a")).isEqualTo("wadi");              // wady: w at the start
    assertThat(Romanizer.letters("\u062f\u064a\u0627\u0631")).isEqualTo("diyar");             // dyar: y before alif, i before it
  }

  @Test
  void letters_useDigraphsAndAVowelInAnInitialCluster() {
    assertThat(Romanizer.letters("\u0634\u0645\u0633")).isEqualTo("shams");                  // shms
    assertThat(Romanizer.letters("\u062e\u0644\u0641")).isEqualTo("khalf");                   // khlf
    assertThat(Romanizer.letters("\u0641\u0624\u0627\u062f")).isEqualTo("fuad");             // hamza on waw
  }

  @Test
  void letters_ignoreDiacriticsAndTatweel() {
    // the same word with and without its short-vowel marks and an elongation mark
    assertThat(Romanizer.latin("\u0633\u064e\u0640\u0627\u0645\u0650\u0631"))
        .isEqualTo(Romanizer.latin("\u0633\u0627\u0645\u0631")).isEqualTo("Samr");
  }

  @Test
  void names_takeTheNewsSpellingAlsoAfterTheArticle() {
    // Brig. Gen. Ahmed al-Obaidi
    assertThat(Romanizer.latin("\u0627\u0644\u0639\u0645\u064a\u062f \u0623\u062d\u0645\u062f \u0627\u0644\u0639\u0628\u064a\u062f\u064a"))
        .isEqualTo("Brig. Gen. Ahmed al-Obaidi");
    // Abdullah, and Abdul joined to a listed name after the article
    assertThat(Romanizer.latin("\u0639\u0628\u062f \u0627\u0644\u0644\u0647")).isEqualTo("Abdullah");
    assertThat(Romanizer.latin("\u0639\u0628\u062f \u0627\u0644\u0643\u0631\u064a\u0645 \u0633\u0639\u064a\u062f"))
        .isEqualTo("Abdul Karim Saeed");
  }

  @Test
  void names_unlistedWordsFallBackToLetters() {
    // a listed given name, then an unlisted family name with the article
    assertThat(Romanizer.latin("\u062e\u0627\u0644\u062f \u0627\u0644\u0634\u0645\u0631\u0627\u0646\u064a"))
        .isEqualTo("Khaled al-Shamrani");
  }

  @Test
  void gloss_givesAnUnnamedDescriptionInEnglishOrder() {
    assertThat(Romanizer.latin("\u0645\u0635\u0627\u062f\u0631 \u0645\u064a\u062f\u0627\u0646\u064a\u0629"))
        .isEqualTo("field sources");
    // noun, then two adjectives: English puts the outer adjective first
    assertThat(Romanizer.latin("\u0645\u0635\u062f\u0631 \u0623\u0645\u0646\u064a \u0639\u0631\u0627\u0642\u064a"))
        .isEqualTo("Iraqi security source");
    assertThat(Romanizer.latin("\u0627\u0644\u0636\u0627\u0628\u0637 \u0627\u0644\u0633\u0648\u0631\u064a"))
        .isEqualTo("Syrian officer");
    // adjectives alone are not a description: romanized
    assertThat(Romanizer.latin("\u0645\u064a\u062f\u0627\u0646\u064a\u0629")).isEqualTo("Midaniya");
  }

  @Test
  void latin_isNullForNamesWithoutArabicOrAlreadyInLatin() {
    assertThat(Romanizer.latin("Reuters")).isNull();
    assertThat(Romanizer.latin("\u0631\u0648\u064a\u062a\u0631\u0632 Reuters")).isNull();
    assertThat(Romanizer.latin("12")).isNull();
  }

  @Test
  void report_showsTheReadingAfterTheIsolatedArabic() {
    Claim c = claim(FIGHTERS, AL_QAIM, about(1500))
        .by(outlet("Wire").quoting(person("\u0633\u0627\u0645\u064a \u0627\u0644\u062d\u0644\u0628\u064a")));
    assertThat(Html.source(c)).isEqualTo("Wire \u2190 \u0633\u0627\u0645\u064a \u0627\u0644\u062d\u0644\u0628\u064a (Sami al-Halabi)");
    assertThat(Html.isolatedName("\u0633\u0627\u0645\u064a \u0627\u0644\u062d\u0644\u0628\u064a (Sami al-Halabi)"))
        .isEqualTo(PlainText.isolate("\u0633\u0627\u0645\u064a \u0627\u0644\u062d\u0644\u0628\u064a") + " (Sami al-Halabi)");
    assertThat(Html.sourceHtml(c)).contains("<bdi dir=\"ltr\"><bdi dir=\"rtl\" lang=\"ar\">"
        + "\u0633\u0627\u0645\u064a \u0627\u0644\u062d\u0644\u0628\u064a</bdi> (Sami al-Halabi)</bdi>");
  }
}
