package org.crosscheck.arabic.internal;

import org.crosscheck.arabic.ArabicExtractor;
import org.crosscheck.arabic.ArabicWordLists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.crosscheck.extract.ActorType;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Arabic actors list: a type per actor (issue 16), and actors of one's own. */
class ArabicActorsTest {
  @TempDir Path dir;

  static List<String> claims(ArabicExtractor x, String text) {
    return x.extract(new Article("t.txt", text, Metadata.of("Sahel Daily", LocalDate.of(2024, 3, 4), "ar"))).claims()
        .stream().map(c -> c.subject().id() + " " + c.measure().id() + " = " + c.value() + " | "
            + c.attribution().speaker()).toList();
  }

  @Test
  void builtInActors_haveATypeAndTheRoleItGives() {
    List<LexiconEntries.Actor> all = ArabicLexicons.standard().actors().values();
    assertThat(all).extracting(LexiconEntries.Actor::type).contains(ActorType.ARMED_GROUP, ActorType.STATE_FORCE,
        ActorType.MINISTRY, ActorType.UN_AGENCY, ActorType.NGO, ActorType.MEDIA, ActorType.NEWS_AGENCY);
    assertThat(all).allSatisfy(a -> assertThat(a.role()).isEqualTo(LexiconEntries.Role.of(a.type())));
    assertThat(LexiconEntries.Role.of(ActorType.GOVERNMENT)).isEqualTo(LexiconEntries.Role.STATE);
    assertThat(LexiconEntries.Role.of(ActorType.NEWS_AGENCY)).isEqualTo(LexiconEntries.Role.AGENCY);
    assertThat(LexiconEntries.Role.of(ActorType.UN_AGENCY)).isEqualTo(LexiconEntries.Role.BODY);
  }

  @Test
  void actorsFile_namesAPartyTheBuiltInListDoesNotKnow() throws Exception {
    Path file = Files.writeString(dir.resolve("actors.txt"), "# our parties\nكتيبة الكثيب الأحمر\tRed Dune Brigade\t"
        + "armed-group\nشبكة إغاثة الرمال\tSand Relief Network\tngo\n", StandardCharsets.UTF_8);
    String text = "وقالت شبكة إغاثة الرمال إن نحو 2000 مسلح من كتيبة الكثيب الأحمر تجمعوا قرب الحدود.";
    ArabicExtractor own = ArabicExtractor.builder().wordLists(ArabicWordLists.standard().withActors(file)).build();
    assertThat(claims(new ArabicExtractor(), text)).noneMatch(c -> c.contains("Red Dune Brigade"));
    assertThat(claims(own, text)).containsExactly("red-dune-brigade fighters = ~2000 | Sand Relief Network");
    assertThat(ArabicLexicons.standard().withActors(file)).hasToString("built-in lexicons with the actors of actors.txt");
  }

  @Test
  void actorsFile_anUnknownType_namesTheLineAndTheKnownTypes() throws Exception {
    Path file = Files.writeString(dir.resolve("bad.txt"), "# ours\nكتيبة الكثيب الأحمر\tRed Dune Brigade\tmilitia\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ArabicLexicons.standard().withActors(file)).isInstanceOf(IllegalStateException.class)
        .hasMessage(file + " line 2: unknown actor type \"militia\"; one of " + ActorType.known()
            + " (an actor is Arabic name <TAB> English name <TAB> type)");
  }
}
