package org.crosscheck.arabic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crosscheck.claim.Scope;
import org.junit.jupiter.api.Test;

class LexiconEntriesTest {
  private static List<Lexicon.Line> lines(String content) {
    return Lexicon.read("test.txt", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
  }

  private static Lexicon.Line line(String content) {
    return lines(content).get(0);
  }

  @Test
  void eventCue_readsTypeAndDating() {
    assertThat(LexiconEntries.EventCueEntry.of(line("\u0627\u0642\u062A\u062D\u0645\tentered\tyes")))
        .isEqualTo(new LexiconEntries.EventCueEntry("entered", LexiconEntries.Dating.PUBLICATION_DAY));
    assertThat(LexiconEntries.EventCueEntry.of(line("\u0642\u062A\u0627\u0644\tfighting-began\tsince")).dating())
        .isEqualTo(LexiconEntries.Dating.SINCE);
    assertThat(LexiconEntries.EventCueEntry.of(line("\u062D\u0635\u0627\u0631\tsiege-broken\tno")).dating())
        .isEqualTo(LexiconEntries.Dating.DATE_IN_TEXT);
  }

  @Test
  void eventCue_unknownDating_namesTheLine() {
    assertThatThrownBy(() -> LexiconEntries.EventCueEntry.of(line("# comment\n\u062F\u062E\u0644\tentered\tmaybe")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("test.txt line 2").hasMessageContaining("maybe");
    assertThatThrownBy(() -> LexiconEntries.EventCueEntry.of(line("\u062F\u062E\u0644\tentered")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 1");
  }

  @Test
  void measureCue_whereFitsTheSideOfTheNumber() {
    LexiconEntries.MeasureCue before = LexiconEntries.MeasureCue.of(line("\u0646\u0632\u0648\u062D\tdisplaced\tBEFORE"));
    assertThat(before).isEqualTo(new LexiconEntries.MeasureCue("displaced", LexiconEntries.Where.BEFORE));
    assertThat(LexiconEntries.Where.BEFORE.fits(true, false)).isTrue();
    assertThat(LexiconEntries.Where.BEFORE.fits(false, true)).isFalse();
    assertThat(LexiconEntries.Where.AFTER.fits(true, false)).isFalse();
    assertThat(LexiconEntries.Where.AFTER.fits(false, true)).isTrue();
    assertThat(LexiconEntries.Where.NEAR.fits(false, true)).isTrue();
    assertThat(LexiconEntries.Where.NEAR.fits(false, false)).isFalse();
    assertThatThrownBy(() -> LexiconEntries.MeasureCue.of(line("\u0646\u0632\u0648\u062D\tdisplaced\tAROUND")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("AROUND").hasMessageContaining("NEAR");
  }

  @Test
  void actor_roleAndGenericName() {
    LexiconEntries.Actor agency = LexiconEntries.Actor.of(line("\u0648\u0643\u0627\u0644\u0629 \u0645\u0627\tSome Agency\tnews-agency"));
    assertThat(agency.role()).isEqualTo(LexiconEntries.Role.AGENCY);
    assertThat(agency.generic()).isFalse();
    assertThat(LexiconEntries.Actor.of(line("\u0627\u0644\u062A\u0646\u0638\u064A\u0645\t*\tarmed-group")).generic()).isTrue();
    assertThatThrownBy(() -> LexiconEntries.Actor.of(line("\u062C\u0647\u0629\tBody\tclub")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("club")
        .hasMessageContaining("armed-group, state-force");
  }

  @Test
  void scopeCue_extentOrProximity() {
    LexiconEntries.ScopeCue countryside = LexiconEntries.ScopeCue.of(line("\u0631\u064A\u0641\tEXTENT\tCOUNTRYSIDE"));
    assertThat(countryside.applyTo(Scope.WHOLE)).isEqualTo(Scope.WHOLE.withExtent(Scope.Extent.COUNTRYSIDE));
    LexiconEntries.ScopeCue near = LexiconEntries.ScopeCue.of(line("\u0642\u0631\u0628\tPROXIMITY\tNEAR"));
    assertThat(near.applyTo(Scope.WHOLE)).isEqualTo(Scope.WHOLE.withProximity(Scope.Proximity.NEAR));
    assertThatThrownBy(() -> LexiconEntries.ScopeCue.of(line("\u0642\u0631\u0628\tDISTANCE\tNEAR")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("EXTENT or PROXIMITY");
  }

  @Test
  void builtInLexicons_loadIntoTypedEntries() {
    ArabicLexicons lex = ArabicLexicons.standard();
    // a word the built-in actors list types as an armed group: the organization (generic)
    CueTable.Hit<LexiconEntries.Actor> h = lex.actors().match(List.of("\u0627\u0644\u062A\u0646\u0638\u064A\u0645"), 0);
    assertThat(h).isNotNull();
    assertThat(h.value().role()).isEqualTo(LexiconEntries.Role.ARMED);
  }
}
