package org.crosscheck.arabic.internal;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The tokens of a normalized text, in parallel arrays to stay small on long inputs: Arabic words,
 * Latin words, digit runs, single punctuation chars and whole URLs. White space is not a token; each
 * token records whether white space, and whether a line break, came before it.
 *
 * <p>Digit runs are bare ({@code 1,500} is three tokens {@code 1 , 500}); the number scanner joins
 * them, because only it knows when a comma groups thousands.
 *
 * <p>Linear in the length of the text. The text of a token and its clitic readings are cut once,
 * on first use, and kept: the readers ask for the same token many times (rule families, phrase
 * tables, the gazetteer), and a kept string also keeps its hash code. Not thread-safe (one per
 * document).
 */
final class Tokens {
  static final byte ARABIC = 1;
  static final byte LATIN = 2;
  static final byte DIGITS = 3;
  static final byte PUNCT = 4;
  static final byte URL = 5;

  private static final byte SPACE_BEFORE = 1;
  private static final byte BREAK_BEFORE = 2;
  /** An Arabic word token with a char that is not a letter (the Sindhi signs U+06FD, U+06FE). */
  private static final byte NOT_ALL_LETTERS = 4;

  private final NormalizedText source;
  private final String text;
  private byte[] types;
  private int[] starts;
  private int[] ends;
  private byte[] flags;
  /** A word token's {@link String#hashCode()}, computed while it is cut (the pool looks words up by it). */
  private int[] hashes;
  private int size;
  private String @Nullable [] texts;
  private Term @Nullable [] terms;
  private @Nullable List<Clitics.Reading> @Nullable [] readings;
  private String @Nullable [] @Nullable [] suffixes;

  private Tokens(NormalizedText source) {
    this.source = source;
    this.text = source.text();
    int cap = Math.max(16, text.length() / 4);
    types = new byte[cap];
    starts = new int[cap];
    ends = new int[cap];
    flags = new byte[cap];
    hashes = new int[cap];
  }

  /** Tokenizes a normalized text. */
  static Tokens of(NormalizedText nt) {
    Tokens t = new Tokens(nt);
    t.scan();
    return t;
  }

  private void scan() {
    int n = text.length();
    int i = 0;
    boolean space = true;
    boolean lineBreak = true;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        space = true;
        lineBreak = true;
        i++;
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        i++;
        continue;
      }
      int start = i;
      byte type;
      boolean allLetters = true;
      int hash = 0;
      if (ArabicNormalizer.isArabicLetter(c)) {
        char d;
        while (i < n && ArabicNormalizer.isArabicLetter(d = text.charAt(i))) {
          if (d == '\u06FD' || d == '\u06FE') allLetters = false;
          hash = 31 * hash + d;
          i++;
        }
        type = ARABIC;
      } else if (c >= '0' && c <= '9') {
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') i++;
        type = DIGITS;
      } else if (Character.isLetter(c)) {
        if (startsUrl(i)) {
          while (i < n && !Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) i++;
          type = URL;
        } else {
          char d;
          while (i < n && Character.isLetter(d = text.charAt(i)) && !ArabicNormalizer.isArabicLetter(d)) {
            hash = 31 * hash + d;
            i++;
          }
          type = LATIN;
        }
      } else {
        i += Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
        type = PUNCT;
      }
      add(type, start, i, space, lineBreak);
      hashes[size - 1] = hash;
      if (!allLetters) flags[size - 1] |= NOT_ALL_LETTERS;
      space = false;
      lineBreak = false;
    }
  }

  private boolean startsUrl(int i) {
    return text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("www.", i);
  }

  private void add(byte type, int start, int end, boolean space, boolean lineBreak) {
    if (size == types.length) {
      int cap = size + (size >> 1) + 16;
      types = Arrays.copyOf(types, cap);
      starts = Arrays.copyOf(starts, cap);
      ends = Arrays.copyOf(ends, cap);
      flags = Arrays.copyOf(flags, cap);
      hashes = Arrays.copyOf(hashes, cap);
    }
    types[size] = type;
    starts[size] = start;
    ends[size] = end;
    flags[size] = (byte) ((space ? SPACE_BEFORE : 0) | (lineBreak ? BREAK_BEFORE : 0));
    size++;
  }

  NormalizedText source() {
    return source;
  }

  int size() {
    return size;
  }

  byte type(int i) {
    return types[i];
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  /** The normalized text of token {@code i}, cut once and kept (a word's is its pooled {@link Term}'s). */
  String text(int i) {
    String[] cache = texts;
    if (cache == null) {
      cache = new String[size];
      texts = cache;
    }
    String s = cache[i];
    if (s == null) {
      // words are pooled (their hash codes kept across documents); digits, URLs and marks are cut
      Term term = term(i);
      s = term != null ? term.text : text.substring(starts[i], ends[i]);
      cache[i] = s;
    }
    return s;
  }

  /** The pooled term ({@link WordPool}) of token {@code i} when it is a word, or {@code null}. */
  @Nullable Term term(int i) {
    if (types[i] != ARABIC && types[i] != LATIN) return null;
    Term[] cache = terms;
    if (cache == null) {
      cache = new Term[size];
      terms = cache;
    }
    Term term = cache[i];
    if (term == null) {
      term = WordPool.term(source.chars(), starts[i], ends[i], hashes[i]);
      cache[i] = term;
    }
    return term;
  }

  /**
   * The normalized text of token {@code i} without its first {@code from} chars (an attached
   * conjunction or preposition), cut once and kept for {@code from} 1 and 2.
   */
  String textFrom(int i, int from) {
    if (from == 0) return text(i);
    if (from > 2) return WordPool.word(source.chars(), starts[i] + from, ends[i]);
    String[][] cache = suffixes;
    if (cache == null) {
      cache = new String[2][];
      suffixes = cache;
    }
    String[] row = cache[from - 1];
    if (row == null) {
      row = new String[size];
      cache[from - 1] = row;
    }
    String s = row[i];
    if (s == null) {
      s = WordPool.word(source.chars(), starts[i] + from, ends[i]);
      row[i] = s;
    }
    return s;
  }

  /**
   * Token {@code i} without an attached و or ف when it has four letters or more ({@link
   * DateRules#stripConj}), cut once and kept.
   */
  String withoutConjunction(int i) {
    String w = text(i);
    return w.length() > 3 && (w.charAt(0) == Clitics.WAW || w.charAt(0) == Clitics.FEH) ? textFrom(i, 1) : w;
  }

  /** The clitic readings of token {@code i} ({@link Clitics#readings}), computed once and kept. */
  @SuppressWarnings("unchecked")
  List<Clitics.Reading> readings(int i) {
    Term term = term(i);
    if (term != null) return term.readings();
    List<Clitics.Reading>[] cache = readings;
    if (cache == null) {
      cache = (List<Clitics.Reading>[]) new List<?>[size];
      readings = cache;
    }
    List<Clitics.Reading> r = cache[i];
    if (r == null) {
      r = Clitics.readings(text(i));
      cache[i] = r;
    }
    return r;
  }

  /** Whether white space (or the start of the text) comes before token {@code i}; past either end, true. */
  boolean spaceBefore(int i) {
    return i < 0 || i >= size || (flags[i] & SPACE_BEFORE) != 0;
  }

  /**
   * Whether a line break (or the start of the text) comes before token {@code i}; past either end,
   * true: the edges of the text break like lines (a reader looking one token ahead at the end must
   * not fail).
   */
  boolean breakBefore(int i) {
    return i < 0 || i >= size || (flags[i] & BREAK_BEFORE) != 0;
  }

  /**
   * Whether token {@code i} is letters or digits throughout ({@link ArticleText#letterOrDigit}):
   * a word or a digit run, not a mark or a URL.
   */
  boolean lettersOrDigits(int i) {
    byte type = types[i];
    return type == LATIN || type == DIGITS || type == ARABIC && (flags[i] & NOT_ALL_LETTERS) == 0;
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && (types[i] == ARABIC || types[i] == LATIN);
  }

  boolean isArabic(int i) {
    return i >= 0 && i < size && types[i] == ARABIC;
  }

  boolean isDigits(int i) {
    return i >= 0 && i < size && types[i] == DIGITS;
  }

  /** Whether token {@code i} is the single punctuation char {@code c}. */
  boolean isPunct(int i, char c) {
    return i >= 0 && i < size && types[i] == PUNCT && text.charAt(starts[i]) == c;
  }

  /** Whether token {@code i} is a punctuation char that ends a sentence or clause. */
  boolean isSentenceEnd(int i) {
    if (i < 0 || i >= size || types[i] != PUNCT) return false;
    char c = text.charAt(starts[i]);
    return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u061B' || c == ';' || c == '\u06D4';
  }

  /** The original span of tokens {@code first..last}, both included. */
  Span span(int first, int last) {
    return source.toOriginal(starts[first], ends[last]);
  }

  /** The original text of tokens {@code first..last}, both included. */
  String originalText(int first, int last) {
    return span(first, last).of(source.original());
  }

  /** Whether tokens {@code i} and {@code i+1} touch (no white space between them). */
  boolean glued(int i) {
    return i + 1 < size && i >= 0 && !spaceBefore(i + 1);
  }
}
