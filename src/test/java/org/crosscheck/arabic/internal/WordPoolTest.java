package org.crosscheck.arabic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The word pool, the per-word answers kept for tables, and the tests that let a scanner skip a word. */
class WordPoolTest {
  // sentences of our own: "the forces entered the city of Qasr on Tuesday, the fifth of March, after
  // two days of fighting", with an attached و and ب, a Latin word and digits
  private static final String TEXT = "\u062F\u062E\u0644\u062A \u0627\u0644\u0642\u0648\u0627\u062A "
      + "\u0645\u062F\u064A\u0646\u0629 \u0627\u0644\u0642\u0635\u0631 \u064A\u0648\u0645 \u0627\u0644\u062B\u0644\u0627\u062B\u0627\u0621\u060C "
      + "\u0627\u0644\u062E\u0627\u0645\u0633 \u0645\u0646 \u0645\u0627\u0631\u0633\u060C \u0628\u0639\u062F "
      + "\u064A\u0648\u0645\u064A\u0646 \u0645\u0646 \u0627\u0644\u0642\u062A\u0627\u0644 \u0648\u0628\u0627\u0644\u0623\u0645\u0633 "
      + "\u0648\u0623\u0643\u062B\u0631 \u0645\u0646 40 report \u0644\u0644\u0645\u062F\u064A\u0646\u0629";

  @Test
  void term_isOnePerWord_foundByItsCharsInPlace() {
    char[] a = "xx\u0642\u0635\u0631yy".toCharArray();
    char[] b = "\u0642\u0635\u0631".toCharArray();
    Term first = WordPool.term(a, 2, 5);
    Term second = WordPool.term(b, 0, 3);
    assertThat(second).isSameAs(first);
    assertThat(first.text).isEqualTo("\u0642\u0635\u0631");
    assertThat(first.hash).isEqualTo(first.text.hashCode());
    assertThat(first.id).isGreaterThanOrEqualTo(0);
    assertThat(WordPool.term(a, 2, 4)).isNotSameAs(first);
    assertThat(WordPool.word(b, 0, 3)).isSameAs(first.text);
    assertThat(first.readings()).isEqualTo(Clitics.readings(first.text));
  }

  /**
   * Memos kept as bits of the term and memos kept in arrays (those made after the first {@link
   * TermMemo#SLOTS}) answer as their questions do, asked in any order, again and again: one memo's
   * answers never disturb another's.
   */
  @Test
  void termMemos_manyAtOnce_answerAsTheirQuestions() {
    Tokens t = Tokens.of(ArabicNormalizer.normalize(TEXT));
    List<Term> terms = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) if (t.isWord(i)) terms.add(t.term(i));
    List<TermMemo> memos = new ArrayList<>();
    List<java.util.function.Predicate<Term>> questions = new ArrayList<>();
    for (int k = 0; k < TermMemo.SLOTS + 8; k++) {
      int length = k % 7;
      int parity = k % 2;
      java.util.function.Predicate<Term> q = term -> term.text.length() > length && term.text.length() % 2 == parity;
      questions.add(q);
      memos.add(new TermMemo(q));
    }
    for (int round = 0; round < 3; round++) {
      for (int m = round % 2 == 0 ? 0 : memos.size() - 1; m >= 0 && m < memos.size(); m += round % 2 == 0 ? 1 : -1) {
        for (Term term : terms) {
          assertThat(memos.get(m).test(term)).as("memo %s on %s", m, term).isEqualTo(questions.get(m).test(term));
        }
      }
    }
  }

  @Test
  void tokens_andDocumentWords_shareTheirTerms() {
    NormalizedText nt = ArabicNormalizer.normalize(TEXT);
    Tokens t = Tokens.of(nt);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (t.isWord(i)) {
        Term term = java.util.Objects.requireNonNull(t.term(i));
        assertThat(term.text).isEqualTo(nt.text().substring(t.start(i), t.end(i)));
        assertThat(t.text(i)).isSameAs(term.text);
        assertThat(t.readings(i)).isEqualTo(Clitics.readings(term.text));
        words.add(term.text);
      } else {
        assertThat(t.term(i)).isNull();
      }
    }
    assertThat(words).hasSizeGreaterThan(15);
  }

  @Test
  void memo_givesTheQuestionsAnswer_andAsksItOncePerTerm() {
    AtomicInteger asked = new AtomicInteger();
    TermMemo memo = new TermMemo(term -> {
      asked.incrementAndGet();
      return term.text.length() > 4;
    });
    Tokens t = Tokens.of(ArabicNormalizer.normalize(TEXT));
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < t.size(); i++) {
        Term term = t.term(i);
        if (term != null) assertThat(memo.test(term)).isEqualTo(term.text.length() > 4);
      }
    }
    long distinct = java.util.stream.IntStream.range(0, t.size()).mapToObj(t::term)
        .filter(java.util.Objects::nonNull).distinct().count();
    assertThat(asked.get()).isEqualTo((int) distinct);
    Term unkept = new Term("\u0642\u0635\u0631\u0647\u0627\u0645".toCharArray(), Term.UNKEPT);
    assertThat(memo.test(unkept)).isTrue();
    assertThat(memo.test(unkept)).isTrue();
    assertThat(asked.get()).isEqualTo((int) distinct + 2);
  }

  @Test
  void phraseTableTest_neverSaysNoWhereAPhraseStarts() {
    PhraseTable<String> table = new PhraseTable<>();
    table.put(Lexicon.key("\u0623\u0643\u062B\u0631 \u0645\u0646"), "more than");
    table.put(Lexicon.key("\u0627\u0644\u0623\u0645\u0633"), "yesterday");
    table.put(Lexicon.key("\u064A\u0648\u0645"), "day");
    Tokens t = Tokens.of(ArabicNormalizer.normalize(TEXT));
    int found = 0;
    for (int i = 0; i < t.size(); i++) {
      Term term = t.term(i);
      for (boolean conj : new boolean[] {false, true}) {
        for (boolean prep : new boolean[] {false, true}) {
          if (table.match(t, i, conj, prep) == null) continue;
          found++;
          assertThat(term).isNotNull();
          assertThat(table.mayStart(java.util.Objects.requireNonNull(term))).as("token %d", i).isTrue();
        }
      }
    }
    // و+أكثر من (with the conjunction), و+ب+الأمس (with both), يوم
    assertThat(found).isGreaterThanOrEqualTo(4);
    Term first = java.util.Objects.requireNonNull(t.term(0));
    assertThat(table.mayStart(first)).isFalse();
    // a phrase put after the table was asked is found: the kept answers start again
    table.put(first.text, "entered");
    assertThat(table.mayStart(first)).isTrue();
    assertThat(table.match(t, 0, false)).isNotNull();
  }

  @Test
  void collapsedStartsWith_isTheCollapsedKeysStartsWith() {
    String text = "  \u0627\u0644\u0645\u0632\u064A\u062F   \u0645\u0646\t\u0627\u0644\u0623\u062E\u0628\u0627\u0631 \n"
        + "\u0627\u0642\u0631\u0623 \u0623\u064A\u0636\u0627  ";
    String n = ArabicNormalizer.normalizeToString(text);
    char[] chars = n.toCharArray();
    List<String> prefixes = new ArrayList<>();
    String key = Lexicon.key(text);
    for (int k = 1; k <= key.length(); k++) prefixes.add(key.substring(0, k));
    prefixes.add(Lexicon.key("\u0627\u0644\u0645\u0632\u064A\u062F \u0639\u0646"));
    prefixes.add("\u0645\u0646");
    for (int from = 0; from <= n.length(); from++) {
      for (int to = from; to <= n.length(); to++) {
        for (String p : prefixes) {
          assertThat(Lexicon.collapsedStartsWith(chars, from, to, p)).as("[%d..%d) %s", from, to, p)
              .isEqualTo(Lexicon.collapsed(n, from, to, p.length()).startsWith(p));
        }
      }
    }
  }
}
