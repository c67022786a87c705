package org.crosscheck.arabic.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.extract.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * The document one article is read as: the normalized text with offsets back to the original, its
 * words (cut once), its sentences with what is not read (headings, boilerplate after "more in this
 * section"; rule {@code heading.figures} reads a headline's figures), and lookups from offsets to
 * words. Built once by {@link #tokenize()}; read-only after that.
 */
final class ArticleText implements CueTable.Words {
  final String text;
  final NormalizedText nt;
  final List<Word> words = new ArrayList<>();
  final List<String> texts = new ArrayList<>();
  final List<Sentence> sentences = new ArrayList<>();
  private final List<String> boilerplate;
  private final List<Diagnostic> diagnostics;
  /** Where the page's other content (links to other stories) starts; nothing from there on is read. */
  int boilerplateFrom = Integer.MAX_VALUE;

  ArticleText(String text, NormalizedText nt, ArabicLexicons lexicons, List<Diagnostic> diagnostics) {
    this.text = text;
    this.nt = nt;
    this.boilerplate = lexicons.boilerplate();
    this.diagnostics = diagnostics;
  }

  /** Longer sentences are read in chunks of this many words. */
  static final int MAX_SENTENCE_WORDS = 120;

  /** Leading lines without punctuation up to this many words are the title block. */
  static final int MAX_TITLE_WORDS = 25;
  // ---- words, sentences, skipped parts -----------------------------------------------------

  /**
   * Cuts the words and sentences; a word that is one word token of {@code tokens} (the value
   * parsers' tokens of the same normalized text) takes that token's pooled term.
   */
  void tokenize(Tokens tokens) {
    String n = nt.text();
    char[] chars = nt.chars();
    int len = n.length();
    // boilerplate: nothing after a line that starts a "more in this section" block is read
    int stop = text.length();
    int lineStart = 0;
    int normalizedLineStart = 0;
    for (int i = text.indexOf('\n'); ; i = text.indexOf('\n', i + 1)) {
      if (i < 0) i = text.length();
      // the line's own normalized chars (each char is normalized alone), as far as a phrase can reach
      int normalizedLineEnd = i == text.length() ? len : nt.firstFrom(i);
      int lineFrom = normalizedLineStart;
      normalizedLineStart = i == text.length() ? len : nt.firstFrom(i + 1);
      for (String b : boilerplate) {
        if (!b.isEmpty() && Lexicon.collapsedStartsWith(chars, lineFrom, normalizedLineEnd, b)) {
          stop = Math.min(stop, lineStart);
          diagnostics.add(Diagnostic.info("text.boilerplate", "the page's other content starts here and is not read",
              new org.crosscheck.claim.Span(lineStart, i)));
        }
      }
      lineStart = i + 1;
      if (i == text.length()) break;
    }
    boilerplateFrom = stop;
    // the words' offsets first, from the value parsers' tokens; each word is made once, when its sentence is known
    cuts = new int[3 * Math.max(16, tokens.size())];
    cutCount = 0;
    int wordStart = -1;
    int wordEnd = -1;
    int wordToken = -1;
    for (int k = 0; k < tokens.size(); k++) {
      int s = tokens.start(k);
      int e = tokens.end(k);
      if (tokens.lettersOrDigits(k)) {
        // a whole word token (most tokens): one word, or glued to the word before ("F16")
        if (wordEnd == s) {
          wordToken = -1;
        } else {
          if (wordEnd >= 0) addCut(wordStart, wordEnd, wordToken);
          wordStart = s;
          wordToken = k;
        }
        wordEnd = e;
        continue;
      }
      // marks, URLs, odd letters: char by char, a point or comma between digits joining a number
      for (int i = s; i < e; i++) {
        if (letterOrDigit(chars[i]) || wordEnd == i && joinsNumber(chars, len, i)) {
          if (wordEnd != i) {
            if (wordEnd >= 0) addCut(wordStart, wordEnd, wordToken);
            wordStart = i;
          }
          wordEnd = i + 1;
          wordToken = -1;
        }
      }
    }
    if (wordEnd >= 0) addCut(wordStart, wordEnd, wordToken);
    int count = cutCount;
    int[] starts = new int[count + 1];
    int[] ends = new int[count + 1];
    int[] single = new int[count + 1];
    for (int k = 0; k < count; k++) {
      starts[k] = cuts[3 * k];
      ends[k] = cuts[3 * k + 1];
      single[k] = cuts[3 * k + 2];
    }
    cuts = new int[0];
    // sentence ends: . ! ? ؟ and line breaks in the original (not a dot inside a number)
    List<int[]> spans = new ArrayList<>();
    int start = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      boolean end = c == '\n' || c == '!' || c == '?' || c == '\u061F'
          || (c == '.' && !(k > 0 && k + 1 < text.length() && Character.isDigit(text.charAt(k - 1))
              && Character.isDigit(text.charAt(k + 1))));
      if (end) {
        if (k > start) spans.add(new int[] {start, k + 1});
        start = k + 1;
      }
    }
    if (start < text.length()) spans.add(new int[] {start, text.length()});
    terms = new Term[count];
    this.tokens = tokens;
    List<Word> assigned = words;
    boolean bodyStarted = false;
    boolean wordsSeen = false; // whether a line with words came before (the headline is the first)
    int w = 0;
    for (int[] sp : spans) {
      int ns = nt.toNormalized(sp[0]);
      int ne = sp[1] >= text.length() ? len : nt.toNormalized(sp[1]);
      int from = w;
      while (w < count && starts[w] < ne) {
        assigned.add(new Word(cut(n, w, starts[w], ends[w], single[w]), starts[w], ends[w], sentences.size()));
        w++;
      }
      String original = text.substring(sp[0], sp[1]).strip();
      boolean heading = isHeading(original, w - from)
          || (!bodyStarted && !punctuated(original) && w - from <= MAX_TITLE_WORDS);
      if (!original.isEmpty() && punctuated(original) && w - from > 3) bodyStarted = true;
      boolean skipped = sp[0] >= stop || heading || w == from;
      // the first line of the page, when it is a heading, is the headline
      boolean title = heading && w > from && sp[0] < stop && !wordsSeen;
      wordsSeen |= w > from;
      if (w - from <= MAX_SENTENCE_WORDS || skipped) {
        sentences.add(new Sentence(sp[0], sp[1], from, w, skipped, title));
      } else {
        // a run-on "sentence" (a page without punctuation) is read in chunks, so every window stays short
        for (int c = from; c < w; c += MAX_SENTENCE_WORDS) {
          int cEnd = Math.min(w, c + MAX_SENTENCE_WORDS);
          int startOriginal = c == from ? sp[0] : nt.toOriginal(starts[c], ends[c]).start();
          int endOriginal = cEnd == w ? sp[1] : nt.toOriginal(starts[cEnd], ends[cEnd]).start();
          int index = sentences.size();
          for (int k = c; k < cEnd; k++) {
            Word x = assigned.get(k);
            assigned.set(k, new Word(x.text(), x.start(), x.end(), index));
          }
          sentences.add(new Sentence(startOriginal, endOriginal, c, cEnd, false));
        }
      }
    }
    while (w < count) {
      assigned.add(new Word(cut(n, w, starts[w], ends[w], single[w]), starts[w], ends[w], Math.max(0, sentences.size() - 1)));
      w++;
    }
    for (int k = 0; k < words.size(); k++) texts.add(words.get(k).text());
  }

  /** Start, end and single token (or -1) of each word found so far, while {@link #tokenize} runs. */
  private int[] cuts = new int[0];
  private int cutCount;

  private void addCut(int start, int end, int token) {
    if (3 * cutCount + 3 > cuts.length) cuts = Arrays.copyOf(cuts, cuts.length * 2 + 3);
    cuts[3 * cutCount] = start;
    cuts[3 * cutCount + 1] = end;
    cuts[3 * cutCount + 2] = token;
    cutCount++;
  }

  /**
   * Word {@code w}, {@code [start..end)} of normalized text {@code n}: the pooled term ({@link
   * WordPool}) of the one token it is, if it is one, or of its chars; but a figure is cut.
   */
  private String cut(String n, int w, int start, int end, int token) {
    char c = n.charAt(start);
    if (c >= '0' && c <= '9') return n.substring(start, end);
    Tokens t = tokens;
    Term term = t != null && token >= 0 ? t.term(token) : null;
    if (term == null) term = WordPool.term(nt.chars(), start, end);
    terms[w] = term;
    return term.text;
  }

  /** The value parsers' tokens, while {@link #tokenize} runs. */
  private @Nullable Tokens tokens;

  /** {@link Character#isLetterOrDigit}, with the Arabic letters and ASCII (most of a text) told without the Unicode tables. */
  static boolean letterOrDigit(char c) {
    if (c < 0x80) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    if (c >= '\u0621' && c <= '\u063A' || c >= '\u0641' && c <= '\u064A') return true;
    return Character.isLetterOrDigit(c);
  }

  /** Whether char {@code i} of the first {@code len} of {@code n} is a point or comma between digits. */
  static boolean joinsNumber(char[] n, int len, int i) {
    char c = n[i];
    return (c == '.' || c == ',') && i > 0 && i + 1 < len && Character.isDigit(n[i - 1])
        && Character.isDigit(n[i + 1]);
  }

  /** A short line without sentence punctuation: a title, a sub-heading or a dateline. */
  boolean isHeading(String line, int wordCount) {
    if (line.isEmpty()) return true;
    return !punctuated(line) && wordCount <= 10;
  }

  boolean punctuated(String line) {
    if (line.isEmpty()) return false;
    char last = line.charAt(line.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == '\u061F' || last == ':' || last == '"'
        || last == '\u201D' || last == '\u00BB' || last == '\u2026';
  }

  int sentenceOf(int originalOffset) {
    int n = nt.toNormalized(originalOffset);
    int w = wordAt(n);
    return w < 0 ? 0 : words.get(w).sentence();
  }

  /** The index of the word holding (or first after) normalized offset {@code n}; -1 if none. */
  int wordAt(int n) {
    int lo = 0;
    int hi = words.size() - 1;
    int ans = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (words.get(mid).end() > n) {
        ans = mid;
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    return ans;
  }

  int wordAtOriginal(int originalOffset) {
    return wordAt(nt.toNormalized(originalOffset));
  }

  org.crosscheck.claim.Span originalSpanOfWords(int from, int to) {
    Span s = nt.toOriginal(words.get(from).start(), words.get(to - 1).end());
    return new org.crosscheck.claim.Span(s.start(), s.end());
  }

  String stripped(String word) {
    List<Clitics.Reading> r = Clitics.readings(word);
    return r.get(r.size() - 1).stem();
  }

  /** Word {@code i} without all its prefixes (the last of its readings), computed once. */
  String stripped(int i) {
    List<Clitics.Reading> r = readings(i);
    return r.get(r.size() - 1).stem();
  }

  @Override
  public int size() {
    return texts.size();
  }

  @Override
  public String text(int i) {
    return texts.get(i);
  }

  /** The pooled term of word {@code i}, or {@code null} for a figure. */
  @Override
  public @Nullable Term term(int i) {
    return i < terms.length ? terms[i] : null;
  }

  @Override
  public boolean endsInTaMarbuta(int i) {
    Word w = words.get(i);
    return w.end() > w.start() && nt.originalCharAt(w.end() - 1) == '\u0629';
  }

  /** The clitic readings of word {@code i}, computed on first use and kept. */
  @Override
  @SuppressWarnings("unchecked")
  public List<Clitics.Reading> readings(int i) {
    Term term = term(i);
    if (term != null) return term.readings();
    List<Clitics.Reading>[] cache = readings;
    if (cache == null || cache.length != texts.size()) {
      cache = (List<Clitics.Reading>[]) new List<?>[texts.size()];
      readings = cache;
    }
    List<Clitics.Reading> r = cache[i];
    if (r == null) {
      r = Clitics.readings(texts.get(i));
      cache[i] = r;
    }
    return r;
  }

  private @Nullable List<Clitics.Reading> @Nullable [] readings;
  /** The pooled term of each word, {@code null} for a figure; set by {@link #tokenize()}. */
  private @Nullable Term[] terms = new Term[0];
  private final Map<CueTable<?>, Object[]> answers = new IdentityHashMap<>();

  /** Every table's answers at these words, kept for the article (its words are cut once). */
  @Override
  public Object[] answers(CueTable<?> table) {
    Object[] a = answers.get(table);
    if (a == null || a.length != texts.size()) {
      a = new Object[texts.size()];
      answers.put(table, a);
    }
    return a;
  }


  boolean commaBetween(int originalEnd, int cueWord) {
    int to = originalSpanOfWords(cueWord, cueWord + 1).start();
    for (int i = originalEnd; i < to && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u060C' || c == ',') return true;
    }
    return false;
  }

  /** A date printed as the publication date of the article (a dateline), not the date of an event. */
  boolean isPrintedPublicationDate(DateMatch d) {
    int w = wordAtOriginal(d.span().start());
    return w >= 0 && sentences.get(words.get(w).sentence()).skipped();
  }
}
