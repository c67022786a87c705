package org.crosscheck.english.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import org.crosscheck.arabic.internal.Gazetteer;
import org.crosscheck.extract.Rule;
import org.junit.jupiter.api.Test;

/**
 * The word classes a document marks per token (months, weekdays, number, fraction and quantity-start
 * words) answer as the word lists do, and a document cut without the lexicon (no marks: every list
 * tried) reads the same dates and quantities as one cut with it.
 */
class WordClassTest {
  private static final Lexicon LEXICON = Lexicon.standard();
  private static final String TEXT = "On Monday, late in Sept. 2019, some two and a half thousand families left; by"
      + " Thursday night at least a third of the 4,500 residents, about 40% \u00bd of them, had gone three weeks ago,"
      + " a dozen officials said in May.";

  @Test
  void marksPerToken_agreeWithTheWordLists() {
    EnglishDocument d = EnglishDocument.of(TEXT, LEXICON);
    int months = 0;
    int numbers = 0;
    for (int i = 0; i < d.size(); i++) {
      String key = d.key(i);
      assertThat(LEXICON.month(d, i)).as(key).isEqualTo(LEXICON.months.get(key));
      assertThat(LEXICON.weekday(d, i)).as(key).isEqualTo(LEXICON.weekdays.get(key));
      assertThat(LEXICON.numberWord(d, i)).as(key).isEqualTo(LEXICON.numberWords.get(key));
      assertThat(LEXICON.fractionWord(d, i)).as(key).isEqualTo(LEXICON.fractionWords.get(key));
      assertThat(LEXICON.quantityStart(d, i)).as(key).isEqualTo(LEXICON.quantityStarts.contains(key));
      if (LEXICON.month(d, i) != null) months++;
      if (LEXICON.numberWord(d, i) != null) numbers++;
    }
    assertThat(months).isEqualTo(2); // Sept, May
    assertThat(numbers).isGreaterThanOrEqualTo(4); // two, thousand, dozen, three ("third" is an ordinal too)
    assertThat(LEXICON.month(d, -1)).isNull();
    assertThat(LEXICON.month(d, d.size())).isNull();
  }

  @Test
  void aDocumentWithoutMarks_readsTheSameDatesAndQuantities() {
    EnglishDocument marked = EnglishDocument.of(TEXT, LEXICON);
    EnglishDocument plain = EnglishDocument.of(TEXT, LEXICON.abbreviations());
    assertThat(plain.starts().isEmpty()).isTrue();
    assertThat(plain.tokens()).isEqualTo(marked.tokens());
    EnglishDates dates = new EnglishDates(LEXICON);
    LocalDate pub = LocalDate.of(2019, 10, 10);
    assertThat(dates.findAll(plain, pub, new boolean[plain.size()]))
        .isEqualTo(dates.findAll(marked, pub, new boolean[marked.size()]))
        .hasSizeGreaterThanOrEqualTo(4);
    EnglishQuantities quantities = new EnglishQuantities(LEXICON);
    assertThat(quantities.findAll(plain)).isEqualTo(quantities.findAll(marked)).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void agoIsReadOnlyBeforeTheLastAgo() {
    EnglishDates dates = new EnglishDates(LEXICON);
    LocalDate pub = LocalDate.of(2020, 5, 20);
    EnglishDocument d = EnglishDocument.of("Two years ago the town fell; it fell again two years later.", LEXICON);
    var found = dates.findAll(d, pub, new boolean[d.size()]);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).rule()).isEqualTo(Rules.DATE_YEARS_AGO);
    // the public reader, token by token, agrees
    assertThat(dates.read(d, 0, pub)).isEqualTo(found.get(0));
    assertThat(dates.read(d, 9, pub)).isNull();
  }

  @Test
  void aGazetteerPlace_isTheSameEachTimeItIsAskedFor() {
    EnglishPlaces places = new EnglishPlaces(LEXICON, Gazetteer.standard());
    assertThat(places.fromGazetteer("Raqqa", "Raqqa", false)).isNotNull()
        .isEqualTo(places.fromGazetteer("Raqqa", "Raqqa", false));
    assertThat(places.fromGazetteer("Nowhereville Upon Nothing", "Nowhereville Upon Nothing", false)).isNull();
  }

  @Test
  void intParameter_readsTheNumberBeforeItsUnit() {
    Rule r = new Rule("test.window", "a window", ImmutableMap.of("window", "12 tokens", "bare", "7", "bad", " 3"));
    assertThat(r.intParameter("window")).isEqualTo(12);
    assertThat(r.intParameter("bare")).isEqualTo(7);
    assertThatThrownBy(() -> r.intParameter("bad")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> r.intParameter("missing")).isInstanceOf(IllegalArgumentException.class);
  }
}
