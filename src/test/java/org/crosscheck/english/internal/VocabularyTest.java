package org.crosscheck.english.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.crosscheck.claim.Measure;
import org.crosscheck.extract.DeclaredMeasure;
import org.junit.jupiter.api.Test;

/**
 * The token ids a document cut with a lexicon carries, and the phrase tables that compare them: they
 * find exactly what the same tables find comparing strings in a document cut without the lexicon.
 */
class VocabularyTest {
  private static final Lexicon LEXICON = Lexicon.standard();
  /** Mixed case, initials, capitals beyond ASCII, curly quotes, ordinals, actors as written and in capitals. */
  private static final String TEXT = "THE MILITANTS said on Monday that at least 2,000 people had fled the"
      + " eastern countryside of Raqqah, while Islamic State fighters, the U.S.-led coalition and ISIS\u2019s"
      + " allies clashed; \u201cAbout a third of the town is in their hands,\u201d a spokesman told Reuters on"
      + " the 3RD of May. \u00c9LITE troops recaptured the village \u2013 some 15 km (9 miles) away \u2013 in"
      + " late September, according to state media, citing a military source. Dozens were killed.";

  private static List<PhraseTable<?>> tables(Lexicon l) {
    return List.of(l.quantifiers, l.vague, l.units, l.nouns, l.verbs, l.shares, l.events, l.speech, l.actors,
        l.places, l.scopes, l.heads, l.statuses);
  }

  @Test
  void everyTable_matchesByIds_whatItMatchesByStrings() {
    EnglishDocument byIds = EnglishDocument.of(TEXT, LEXICON);
    EnglishDocument byStrings = EnglishDocument.of(TEXT, LEXICON.abbreviations());
    assertThat(byIds.vocabulary()).isSameAs(LEXICON.vocabulary());
    assertThat(byStrings.vocabulary()).isNull();
    assertThat(byIds.tokens()).isEqualTo(byStrings.tokens());
    int hits = 0;
    for (PhraseTable<?> table : tables(LEXICON)) {
      for (int i = 0; i < byIds.size(); i++) {
        for (int limit : new int[] {byIds.size(), Math.min(byIds.size(), i + 2)}) {
          PhraseTable.Hit<?> h = table.match(byIds, i, limit);
          assertThat(h).as("token %s, limit %s", byIds.token(i), limit).isEqualTo(table.match(byStrings, i, limit));
          if (h != null) hits++;
        }
      }
    }
    assertThat(hits).as("phrases found").isGreaterThan(20);
  }

  @Test
  void keysAndTexts_haveTheIdsOfTheirForms_andOtherWordsNone() {
    EnglishDocument d = EnglishDocument.of(TEXT, LEXICON);
    Vocabulary v = LEXICON.vocabulary();
    int known = 0;
    for (int i = 0; i < d.size(); i++) {
      Token t = d.token(i);
      assertThat(d.ids(false)[i]).as(t.key()).isEqualTo(v.id(t.key()));
      assertThat(d.ids(true)[i]).as(t.text()).isEqualTo(v.id(t.text()));
      if (d.ids(false)[i] != Vocabulary.OTHER) {
        assertThat(v.form(d.ids(false)[i])).isEqualTo(t.key());
        known++;
      }
    }
    assertThat(known).isGreaterThan(10);
    // "THE" and "MILITANTS" are read in lower case; "ÉLITE" (a capital beyond ASCII) too
    assertThat(d.key(0)).isEqualTo("the");
    assertThat(d.ids(false)[0]).isEqualTo(v.id("the")).isNotEqualTo(Vocabulary.OTHER);
    assertThat(d.tokens().stream().map(Token::key)).contains("\u00e9lite", "3rd");
    // a case-sensitive list's form has an id of its own beside its key
    assertThat(v.id("ISIS")).isNotEqualTo(Vocabulary.OTHER).isNotEqualTo(v.id("isis"));
    assertThat(v.id("no-such-word-here")).isEqualTo(Vocabulary.OTHER);
  }

  @Test
  void ids_followTheFormsSortedOrder_andFindReadsAtoZInLowerCase() {
    Vocabulary v = new Vocabulary(List.of("gamma", "alpha", "Beta"), Map.of("delta", 4, "alpha", 1));
    assertThat(v.size()).isEqualTo(5);
    assertThat(List.of(v.id("Beta"), v.id("alpha"), v.id("delta"), v.id("gamma"))).containsExactly(1, 2, 3, 4);
    assertThat(v.mask(v.id("alpha"))).isEqualTo(1);
    assertThat(v.mask(v.id("delta"))).isEqualTo(4);
    assertThat(v.mask(v.id("gamma"))).isZero();
    char[] text = "an ALPHA and a Gamma".toCharArray();
    assertThat(v.find(text, 3, 8, true, hash("alpha"))).isEqualTo(v.id("alpha"));
    assertThat(v.find(text, 3, 8, false, hash("ALPHA"))).isEqualTo(Vocabulary.OTHER);
    assertThat(v.find(text, 15, 20, true, hash("gamma"))).isEqualTo(v.id("gamma"));
    assertThat(v.find(text, 0, 2, false, hash("an"))).isEqualTo(Vocabulary.OTHER);
  }

  @Test
  void aTableHasOneVocabulary() {
    Vocabulary other = new Vocabulary(List.of("said"), Map.of());
    assertThatThrownBy(() -> LEXICON.speech.bind(other)).isInstanceOf(IllegalStateException.class);
    PhraseTable<String> unbound = PhraseTable.of(Map.of("told reporters", "x"), false);
    assertThatThrownBy(() -> unbound.bind(other)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("told");
  }

  @Test
  void aLexiconWithDeclaredNouns_hasItsOwnIds_andTheStandardOneKeepsItsOwn() {
    Measure m = new Measure("water-tanks", "water tanks", Measure.Kind.COUNT, Measure.Trend.VARIES);
    Lexicon more = LEXICON.withMeasures(List.of(DeclaredMeasure.of(m).withNouns("en", "water tank")));
    assertThat(more.vocabulary()).isNotSameAs(LEXICON.vocabulary());
    String text = "Some 40 water tanks and 300 people reached the town.";
    EnglishDocument withMore = EnglishDocument.of(text, more);
    EnglishDocument standard = EnglishDocument.of(text, LEXICON);
    EnglishDocument plain = EnglishDocument.of(text, LEXICON.abbreviations());
    assertThat(more.nouns.match(withMore, 2)).isNotNull().isEqualTo(more.nouns.match(plain, 2));
    assertThat(more.nouns.match(withMore, 2).value().measure()).isEqualTo(m);
    // the standard lexicon has no such noun, by ids or by strings
    assertThat(LEXICON.nouns.match(standard, 2)).isNull();
    assertThat(LEXICON.nouns.match(plain, 2)).isNull();
    // a document of the derived lexicon read with the standard tables is compared by strings
    assertThat(LEXICON.nouns.match(withMore, 6)).isEqualTo(LEXICON.nouns.match(standard, 6)).isNotNull();
  }

  @Test
  void aWordOfNoDateList_startsNoDate_soTheMarkedDocumentReadsTheSameDates() {
    String text = "Early March saw fighting; by the end of 2019 and between 5 and 7 May the town changed hands. From"
        + " March 3 to 5, and again yesterday, today and the day before yesterday, shelling went on. Last week,"
        + " earlier this month, in the past year, the previous month and this year were calm; the current year"
        + " is not. A week ago, two days ago and three years ago, and a dozen years ago, they left. On Tuesday"
        + " night, in mid-2020, in late September, on 10 September 2017, on Nov. 3 and since 2014 they came back"
        + " a second time, half a year after the first, for a fortnight.";
    EnglishDates dates = new EnglishDates(LEXICON);
    java.time.LocalDate pub = java.time.LocalDate.of(2021, 4, 14);
    EnglishDocument marked = EnglishDocument.of(text, LEXICON);
    EnglishDocument plain = EnglishDocument.of(text, LEXICON.abbreviations());
    java.util.Set<org.crosscheck.extract.Rule> rules = new java.util.HashSet<>();
    for (int i = 0; i < marked.size(); i++) {
      DateMention m = dates.read(marked, i, pub);
      assertThat(m).as("token %s", marked.token(i)).isEqualTo(dates.read(plain, i, pub));
      assertThat(dates.read(marked, i, null)).isEqualTo(dates.read(plain, i, null));
      if (m != null) rules.add(m.rule());
    }
    assertThat(rules).as("readers that found a date").hasSizeGreaterThanOrEqualTo(7);
    var found = dates.findAll(marked, pub, new boolean[marked.size()]);
    assertThat(found).isEqualTo(dates.findAll(plain, pub, new boolean[plain.size()])).hasSizeGreaterThanOrEqualTo(15);
  }

  private static int hash(String s) {
    int h = 0;
    for (int k = 0; k < s.length(); k++) h = 31 * h + s.charAt(k);
    return h;
  }
}
