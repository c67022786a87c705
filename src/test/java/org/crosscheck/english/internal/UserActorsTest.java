package org.crosscheck.english.internal;

import org.crosscheck.english.EnglishExtractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.crosscheck.claim.Measure;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.DeclaredMeasure;
import org.crosscheck.extract.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Actors of one's own for the English extractor (issue 16: the actors lexicon is user-extendable). */
class UserActorsTest {
  @TempDir Path dir;

  static List<String> subjects(EnglishExtractor x, String text) {
    return x.extract(new Article("t.txt", text, Metadata.of("Team Wire", LocalDate.of(2024, 3, 4), "en"))).claims()
        .stream().map(c -> c.subject().id() + " " + c.measure().id() + " = " + c.value()).toList();
  }

  @Test
  void actorsFile_namesAPartyTheBuiltInListDoesNotKnow() throws Exception {
    Path file = Files.writeString(dir.resolve("actors.txt"), "# our parties\nRed Dune Brigade\tRed Dune Brigade\tarmed-group\n"
        + "the dune fighters\tRed Dune Brigade\tArmed-Group\n", StandardCharsets.UTF_8);
    String text = "Some 2,000 Red Dune Brigade fighters massed near the border.";
    assertThat(subjects(new EnglishExtractor(), text)).containsExactly("- fighters = ~2000");
    EnglishExtractor own = EnglishExtractor.builder().actors(file).build();
    assertThat(subjects(own, text)).containsExactly("red-dune-brigade fighters = ~2000");
    // the actors stay when measures are declared, on the builder or later
    Measure convoys = new Measure("convoys", "convoys", Measure.Kind.COUNT, Measure.Trend.VARIES);
    List<DeclaredMeasure> declared = List.of(DeclaredMeasure.of(convoys).withNouns("en", "convoy"));
    EnglishExtractor both = EnglishExtractor.builder().actors(file).measures(declared).build();
    assertThat(subjects(both, text + " Twelve convoys arrived.")).containsExactly("red-dune-brigade fighters = ~2000",
        "- convoys = 12");
    assertThat(subjects(own.withMeasures(declared), text + " Twelve convoys arrived."))
        .containsExactly("red-dune-brigade fighters = ~2000", "- convoys = 12");
    assertThat(subjects(both.withMeasures(List.of()), text + " Twelve convoys arrived."))
        .contains("red-dune-brigade fighters = ~2000").doesNotContain("- convoys = 12");
  }

  @Test
  void actorsFile_aBadLine_namesTheFileLineAndFormat() throws Exception {
    Path file = Files.writeString(dir.resolve("bad.txt"), "Red Dune Brigade\tRed Dune Brigade\tmilitia\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> EnglishExtractor.builder().actors(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(file + " line 1: unknown actor type \"militia\"; one of armed-group, state-force,"
            + " ministry, un-agency, ngo, media, coalition, government, news-agency; an actor is name <TAB> canonical"
            + " name <TAB> type (");
    Path short_ = Files.writeString(dir.resolve("short.txt"), "# two fields\n\nRed Dune Brigade\tarmed-group\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> EnglishExtractor.builder().actors(short_))
        .hasMessageStartingWith(short_ + " line 3: three fields are needed; an actor is name <TAB> canonical name");
  }

  @Test
  void actorTypes_saySpeakerOrParty() throws Exception {
    Path file = Files.writeString(dir.resolve("actors.txt"), "Sand Relief Network\tSRN\tngo\n"
        + "Red Dune Brigade\tRed Dune Brigade\tarmed-group\nDune Radio\tDune Radio\tmedia\n", StandardCharsets.UTF_8);
    EnglishExtractor own = EnglishExtractor.builder().actors(file).build();
    // an NGO gives the figure: the speaker, not the subject
    var claims = own.extract(new Article("t.txt", "Some 300 families fled Wadi Nurat last week, the Sand Relief Network"
        + " said.", Metadata.of("Team Wire", LocalDate.of(2024, 3, 4), "en"))).claims();
    assertThat(claims).isNotEmpty().allSatisfy(c -> {
      assertThat(c.subject().id()).isEqualTo("-");
      assertThat(c.attribution().speaker()).hasToString("SRN");
    });
    assertThat(Lexicon.Actor.of("Dune Radio", "media"))
        .isEqualTo(new Lexicon.Actor("Dune Radio", org.crosscheck.extract.ActorType.MEDIA, Lexicon.ActorRole.MEDIA));
    assertThat(Lexicon.Actor.of("Dune Council", "Government").role()).isEqualTo(Lexicon.ActorRole.OFFICIAL);
    assertThat(Lexicon.Actor.of("Dune Guard", "state-force").role()).isEqualTo(Lexicon.ActorRole.ARMED);
    assertThat(Lexicon.Actor.of("*", "armed-group").role()).isEqualTo(Lexicon.ActorRole.COREFERENT);
  }

  @Test
  void theMilitants_isTheLastArmedActorNamedBefore_orNone() {
    EnglishExtractor x = new EnglishExtractor();
    String named = "Houthi forces shelled the port on Monday. Two days later the militants said 40 of their men had"
        + " been wounded.";
    var claims = x.extract(new Article("t.txt", named, Metadata.of("Team Wire", LocalDate.of(2024, 3, 4), "en"))).claims();
    assertThat(claims).extracting(c -> String.valueOf(c.attribution().speaker())).contains("Houthis");
    var none = x.extract(new Article("t.txt", "The militants said 40 of their men had been wounded.",
        Metadata.of("Team Wire", LocalDate.of(2024, 3, 4), "en"))).claims();
    assertThat(none).extracting(c -> String.valueOf(c.attribution().speaker())).doesNotContain("ISIS");
  }
}
