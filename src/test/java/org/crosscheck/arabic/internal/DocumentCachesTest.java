package org.crosscheck.arabic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The caches and shortcuts of the document model give what the plain computations give. */
class DocumentCachesTest {
  // a text of our own with diacritics, tatweel, a ligature, alef variants, Latin and digits
  private static final String TEXT = "\u0642\u0627\u0644\u064E \u0627\u0644\u0645\u062A\u062D\u062F\u062B\u0640\u0640 "
      + "\u0625\u0646 \u0627\u0644\u0642\u0648\u0627\u062A\n\u062F\u062E\u0644\u062A \uFEFB\u0633\u064A\u0645\u0627 "
      + "\u0628\u0644\u062F\u0629 \u0623\u062E\u0631\u0649 \u0641\u064A 3 Nov.\n\n  \u0648\u0644\u0644\u0645\u062F\u064A\u0646\u0629 "
      + "\u00C9t\u00E9 \u0661\u0662\u0663";

  /**
   * The article's words, taken from the value parsers' tokens, are the runs of letters and digits
   * of the normalized text, a point or comma between two digits joining a number: checked on
   * random texts of the chars where tokens and words could part (URLs, Latin glued to digits,
   * signs inside Arabic words, other scripts' digits, surrogates).
   */
  @Test
  void articleWords_areTheRunsOfLettersAndDigits() {
    String[] pieces = {"\u0642\u0627\u0644", "\u0628", " ", "  ", "\n", ".", ",", "1", "500", "F", "ab", "http://",
        "www.", "/", "\u06FD", "\u06FE", "\u0670", "\u0640", "\u0966", "\u0661", "\u05D0", "\uD83D\uDE00", "\u060C",
        "-", "%", "\u00E9", "\u061F"};
    java.util.Random random = new java.util.Random(42);
    for (int round = 0; round < 3000; round++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + random.nextInt(14);
      for (int k = 0; k < n; k++) b.append(pieces[random.nextInt(pieces.length)]);
      String text = b.toString();
      NormalizedText nt = ArabicNormalizer.normalize(text);
      ArticleText doc = new ArticleText(text, nt, ArabicLexicons.standard(), new ArrayList<>());
      doc.tokenize(Tokens.of(nt));
      List<String> expected = new ArrayList<>();
      char[] c = nt.text().toCharArray();
      for (int i = 0; i < c.length; ) {
        if (!Character.isLetterOrDigit(c[i])) {
          i++;
          continue;
        }
        int start = i;
        while (i < c.length && (Character.isLetterOrDigit(c[i]) || (c[i] == '.' || c[i] == ',') && i + 1 < c.length
            && Character.isDigit(c[i - 1]) && Character.isDigit(c[i + 1]))) {
          i++;
        }
        expected.add(start + ":" + nt.text().substring(start, i));
      }
      List<String> actual = new ArrayList<>();
      for (Word w : doc.words) actual.add(w.start() + ":" + w.text());
      assertThat(actual).as("%s", text).isEqualTo(expected);
    }
  }

  @Test
  void wordClass_keptAnswerIsTheStrippedWordsMembership() {
    // "and he still ... and the still one": the class word with and without prefixes, twice (kept answers)
    String text = "\u0648\u0645\u0627 \u064A\u0632\u0627\u0644 \u0627\u0644\u0632\u0627\u0644 \u0648\u0628\u0627\u0644\u0632\u0627\u0644 "
        + "\u064A\u0632\u0627\u0644 12 \u0632\u0627\u0644\u062A";
    NormalizedText nt = ArabicNormalizer.normalize(text);
    ArticleText doc = new ArticleText(text, nt, ArabicLexicons.standard(), new ArrayList<>());
    doc.tokenize(Tokens.of(nt));
    WordClass still = WordClass.ofStripped("\u0632\u0627\u0644", "\u064A\u0632\u0627\u0644");
    List<Boolean> kept = new ArrayList<>();
    List<Boolean> plain = new ArrayList<>();
    for (int i = 0; i < doc.size(); i++) {
      kept.add(still.at(doc, i));
      plain.add(still.contains(doc.stripped(i)));
    }
    assertThat(kept).isEqualTo(plain).containsExactly(false, true, true, true, true, false, false);
    // asked on any reading: the word with the article and with و+ب+article are also read bare; "and what"
    // is too short to lose its و, and the present tense has no bare reading
    WordClass any = WordClass.ofAnyReading("\u0632\u0627\u0644", "\u0645\u0627");
    List<Boolean> anyKept = new ArrayList<>();
    for (int i = 0; i < doc.size(); i++) {
      anyKept.add(any.at(doc, i));
      assertThat(any.at(doc, i)).isEqualTo(doc.readings(i).stream().anyMatch(r -> any.contains(r.stem())));
    }
    assertThat(anyKept).containsExactly(false, false, true, true, false, false, false);
  }

  @Test
  void letterOrDigit_agreesWithCharacterForEveryChar() {
    for (int c = 0; c <= 0xFFFF; c++) {
      assertThat(ArticleText.letterOrDigit((char) c)).as("U+%04X", c).isEqualTo(Character.isLetterOrDigit((char) c));
    }
  }

  @Test
  void firstFrom_givesTheNormalizedTextOfAnyOriginalRange() {
    NormalizedText nt = ArabicNormalizer.normalize(TEXT);
    for (int a = 0; a <= TEXT.length(); a++) {
      for (int b = a; b <= TEXT.length(); b++) {
        assertThat(nt.text().substring(nt.firstFrom(a), nt.firstFrom(b)))
            .as("[%d..%d)", a, b).isEqualTo(ArabicNormalizer.normalizeToString(TEXT.substring(a, b)));
      }
    }
  }

  @Test
  void collapsed_isTheKeyCutAtTheLimit() {
    String n = ArabicNormalizer.normalizeToString(TEXT);
    String key = Lexicon.key(TEXT);
    assertThat(Lexicon.collapsed(n, 0, n.length(), Integer.MAX_VALUE)).isEqualTo(key);
    for (int limit = 0; limit <= key.length() + 2; limit++) {
      String cut = Lexicon.collapsed(n, 0, n.length(), limit);
      assertThat(cut.length()).isLessThanOrEqualTo(limit);
      assertThat(key).startsWith(cut);
      assertThat(cut.length()).isEqualTo(Math.min(limit, key.length()));
    }
  }

  @Test
  void tokens_cutOnceAndReadAsThePlainSubstring() {
    Tokens t = Tokens.of(ArabicNormalizer.normalize(TEXT));
    String n = t.source().text();
    for (int i = 0; i < t.size(); i++) {
      String plain = n.substring(t.start(i), t.end(i));
      assertThat(t.text(i)).isEqualTo(plain).isSameAs(t.text(i));
      if (t.isWord(i)) {
        // the hash the tokenizer computed finds the one pooled term of the word
        assertThat(t.term(i)).isSameAs(WordPool.term(plain.toCharArray(), 0, plain.length()));
        assertThat(t.term(i).hash).isEqualTo(plain.hashCode());
      }
      assertThat(t.readings(i)).isEqualTo(Clitics.readings(plain)).isSameAs(t.readings(i));
      assertThat(t.withoutConjunction(i)).isEqualTo(DateRules.stripConj(plain));
      for (int from = 0; from <= Math.min(3, plain.length()); from++) {
        assertThat(t.textFrom(i, from)).isEqualTo(plain.substring(from));
      }
    }
  }

  @Test
  void cueTable_keptAnswersEqualFreshOnes() {
    Tokens t = Tokens.of(ArabicNormalizer.normalize(TEXT));
    List<String> words = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) if (t.isWord(i)) words.add(t.text(i));
    Object[] kept = new Object[words.size()];
    CueTable.Words keeping = new CueTable.Words() {
      @Override
      public int size() {
        return words.size();
      }

      @Override
      public String text(int i) {
        return words.get(i);
      }

      @Override
      public List<Clitics.Reading> readings(int i) {
        return Clitics.readings(words.get(i));
      }

      @Override
      public Object[] answers(CueTable<?> table) {
        return kept;
      }
    };
    CueTable<LexiconEntries.EventCueEntry> events = ArabicLexicons.standard().eventCues();
    int found = 0;
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < words.size(); i++) {
        CueTable.Hit<LexiconEntries.EventCueEntry> fresh = events.match(words, i);
        assertThat(events.match(keeping, i)).isEqualTo(fresh);
        if (fresh != null) found++;
      }
    }
    assertThat(found).as("the text has an event cue (entered)").isPositive();
  }
}
