package org.crosscheck.truth.echo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.Crosscheck.*;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claim.Claim;
import org.crosscheck.io.ClaimsFile;
import org.crosscheck.io.Pipeline;
import org.junit.jupiter.api.Test;

/** Translated stories found from their figures: same figures, same order, another language. */
class FigureEchoDetectorTest {
  static final LocalDate DAY = LocalDate.of(2019, 3, 4);

  /** A wire story's figures: fighters near a town, the dead, the displaced, and the day a village fell. */
  static List<Claim> story() {
    return List.of(
        claim(FIGHTERS, place("Rawa"), between(800, 1200)),
        claim(KILLED, place("Rawa"), exactly(37)),
        claim(DISPLACED, place("Rawa"), about(4000)),
        event(CAPTURED, place("Hasiba"), onDay(2019, 3, 2)));
  }

  static FigureEchoDetector.Document doc(String id, String language, LocalDate published, List<Claim> claims) {
    return new FigureEchoDetector.Document(id, language, published, claims);
  }

  @Test
  void aTranslation_isAnEchoOfTheEarlierStory_withTheSharedFigures() {
    List<Echo> echoes = new FigureEchoDetector().detect(List.of(
        doc("wire-en.txt", "en", DAY.plusDays(1), story()), doc("wire-ar.txt", "ar", DAY, story())), List.of());
    assertThat(echoes).hasSize(1);
    Echo e = echoes.get(0);
    assertThat(e.rewrite()).isEqualTo("wire-en.txt");
    assertThat(e.original()).isEqualTo("wire-ar.txt");
    assertThat(e.basis()).isEqualTo(Echo.Basis.FIGURES);
    assertThat(e.sharedFigures()).isEqualTo(4);
    assertThat(e.containment()).isEqualTo(1.0);
    assertThat(e.examples()).hasSize(3).first().asString().contains("800").contains("\u21d4");
    assertThat(e).hasToString("wire-en.txt echoes wire-ar.txt across languages (4 figures in the same order, 1.00 of"
        + " the shorter's)");
  }

  @Test
  void onOneDay_theArticleGivingMoreFigures_isTheOriginal() {
    List<Claim> condensed = story().subList(0, 3);
    List<Echo> echoes = new FigureEchoDetector().detect(List.of(
        doc("a-short.txt", "ar", DAY, condensed), doc("z-long.txt", "en", DAY, story())), List.of());
    assertThat(echoes).singleElement().satisfies(e -> {
      assertThat(e.original()).isEqualTo("z-long.txt");
      assertThat(e.sharedFigures()).isEqualTo(3);
    });
  }

  @Test
  void theSameFiguresInAnotherOrder_areNotATranslation() {
    List<Claim> shuffled = List.of(story().get(3), story().get(2), story().get(1), story().get(0));
    assertThat(new FigureEchoDetector().detect(List.of(
        doc("en.txt", "en", DAY, story()), doc("ar.txt", "ar", DAY, shuffled)), List.of())).isEmpty();
  }

  @Test
  void hedgesAndNotation_doNotMatter_butValuesPlacesAndEventsDo() {
    List<Claim> rewritten = List.of(
        claim(FIGHTERS, place("Rawa"), between(800, 1200)),
        claim(KILLED, place("Rawa"), about(37)),           // "about 37": the number is the figure
        claim(DISPLACED, place("Rawa"), about(4000)),
        event(CAPTURED, place("Hasiba"), onDay(2019, 3, 2)));
    assertThat(new FigureEchoDetector().detect(List.of(
        doc("en.txt", "en", DAY, story()), doc("ar.txt", "ar", DAY, rewritten)), List.of())).hasSize(1);

    List<Claim> otherFacts = List.of(
        claim(FIGHTERS, place("Anah"), between(800, 1200)),   // another town
        claim(KILLED, place("Rawa"), exactly(38)),             // another number
        claim(DISPLACED, place("Rawa"), about(4000)),
        event(LIBERATED, place("Hasiba"), onDay(2019, 3, 2))); // another event
    assertThat(new FigureEchoDetector().detect(List.of(
        doc("en.txt", "en", DAY, story()), doc("ar.txt", "ar", DAY, otherFacts)), List.of())).isEmpty();
  }

  @Test
  void articlesInOneLanguage_areLeftToTheTextDetector() {
    assertThat(new FigureEchoDetector().detect(List.of(
        doc("one.txt", "en", DAY, story()), doc("two.txt", "en", DAY, story())), List.of())).isEmpty();
  }

  @Test
  void articlesDaysApart_orSharingFewFigures_areNotEchoes() {
    assertThat(new FigureEchoDetector().detect(List.of(
        doc("en.txt", "en", DAY.plusDays(FigureEchoDetector.MAX_DAYS_APART + 1), story()),
        doc("ar.txt", "ar", DAY, story())), List.of())).isEmpty();
    assertThat(new FigureEchoDetector().detect(List.of(
        doc("en.txt", "en", DAY, story().subList(0, 2)), doc("ar.txt", "ar", DAY, story())), List.of())).isEmpty();
    // three shared figures among ten of each: a shared briefing inside two different stories
    List<Claim> a = new ArrayList<>(story().subList(0, 3));
    List<Claim> b = new ArrayList<>(story().subList(0, 3));
    for (int i = 0; i < 7; i++) {
      a.add(claim(WOUNDED, place("Rawa"), exactly(100 + i)));
      b.add(claim(WOUNDED, place("Anah"), exactly(200 + i)));
    }
    assertThat(new FigureEchoDetector().detect(List.of(doc("en.txt", "en", DAY, a), doc("ar.txt", "ar", DAY, b)),
        List.of())).isEmpty();
  }

  @Test
  void aFigureEveryoneGives_isNoFingerprint() {
    List<FigureEchoDetector.Document> docs = new ArrayList<>();
    docs.add(doc("en.txt", "en", DAY, story()));
    docs.add(doc("ar.txt", "ar", DAY, story()));
    // the killed figure and the displaced figure repeated by many articles in a third language
    for (int i = 0; i < FigureEchoDetector.MAX_HOLDERS; i++) {
      docs.add(doc("fr" + i + ".txt", "fr", DAY, List.of(story().get(1), story().get(2))));
    }
    // two distinctive figures are left, fewer than the minimum
    assertThat(new FigureEchoDetector().detect(docs, List.of()))
        .noneMatch(e -> e.rewrite().equals("en.txt") || e.rewrite().equals("ar.txt"));
  }

  @Test
  void aPairTheTextDetectorFound_isNotReportedAgain() {
    Echo byText = new Echo("ar.txt", "en.txt", 40, 0.3, 4, List.of());
    assertThat(new FigureEchoDetector().detect(List.of(
        doc("en.txt", "en", DAY, story()), doc("ar.txt", "ar", DAY, story())), List.of(byText))).isEmpty();
  }

  @Test
  void theOrderOfTheDocuments_changesNothing() {
    var a = doc("en.txt", "en", DAY, story());
    var b = doc("ar.txt", "ar", DAY, story());
    var c = doc("fr.txt", "fr", DAY.plusDays(1), story());
    FigureEchoDetector d = new FigureEchoDetector();
    assertThat(d.detect(List.of(a, b, c), List.of())).isEqualTo(d.detect(List.of(c, b, a), List.of())).hasSize(3);
  }

  @Test
  void commonSubsequence_keepsOrder() {
    assertThat(FigureEchoDetector.commonSubsequence(List.of("a", "b", "c", "d"), List.of("b", "a", "c", "d")))
        .hasSize(3).endsWith("c", "d");
  }

  @Test
  void aFigureEcho_survivesTheClaimsFile() throws Exception {
    Echo e = new Echo("en.txt", "ar.txt", Echo.Basis.FIGURES, 0, 0.75, 0, 3, List.of("x \u21d4 y"));
    Pipeline.Extracted batch = new Pipeline.Extracted(com.google.common.collect.ImmutableList.of(),
        com.google.common.collect.ImmutableList.of(), com.google.common.collect.ImmutableList.of(),
        com.google.common.collect.ImmutableList.of(e), com.google.common.collect.ImmutableList.of());
    StringWriter w = new StringWriter();
    ClaimsFile.write(batch, w);
    assertThat(w.toString()).contains("\"basis\":\"FIGURES\"").contains("\"shared_figures\":3");
    Pipeline.Extracted back = ClaimsFile.read(new StringReader(w.toString()), "claims.jsonl");
    assertThat(back.echoes()).containsExactly(e);
  }
}
