package org.crosscheck.english.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.claim.Span;
import org.jspecify.annotations.Nullable;

/**
 * One English article cut once: its tokens and its sentences. Every later stage reads this model;
 * none tokenizes again.
 *
 * <p>Tokens: a run of letters (with inner apostrophes, and initials joined by full stops such as
 * {@code U.S}) is a word; digits with thousands separators, a decimal point and an ordinal suffix
 * ({@code 1,500}, {@code 1.5}, {@code 29th}) are a number; every other non-space character is a mark.
 * A document cut with a lexicon also holds, per token, the ids of its key and of its text in the
 * lexicon's {@link Vocabulary} (looked up once, from the characters of the text) and the bits of the
 * word lists that may start there; its phrase tables compare those ids.
 *
 * <p>Sentences (rule {@code sentence.split}): a sentence ends at a newline, and at {@code . ! ?}
 * (with any closing quotes or brackets) followed by white space, except after a word listed in
 * {@code abbreviations.txt} (rule {@code sentence.no-break-after-abbreviation}: Col. Lt. Gen. Maj.
 * Aug. Sept. Oct. Nov. Dec. U.S. …) and after a single capital letter (an initial).
 *
 * <p>Immutable and thread-safe.
 */
public final class EnglishDocument {

  /**
   * A sentence: tokens {@code from} (inclusive) to {@code to} (exclusive) and its character span.
   *
   * @param index the sentence's number, from 0
   * @param from the first token
   * @param to one past the last token
   * @param span the characters, from the first token's start to the last token's end
   */
  public record Sentence(int index, int from, int to, Span span) {}

  private final String text;
  private final ImmutableList<Sentence> sentences;
  /** The number of tokens; the arrays below may be longer. */
  private final int size;
  private final Token[] tokenArray;
  private final String[] keys;
  /** Per token, the vocabulary id of its key and of its text; empty without a vocabulary. */
  private final int[] keyIds;
  private final int[] textIds;
  /** Per token, the start-mask bits; empty without a lexicon. */
  private final int[] masks;
  private final @Nullable Vocabulary vocabulary;

  private EnglishDocument(String text, Tokens t, ImmutableList<Sentence> sentences, @Nullable Vocabulary vocabulary) {
    this.text = text;
    this.size = t.count();
    this.tokenArray = t.tokens();
    this.keys = t.keys();
    this.sentences = sentences;
    this.vocabulary = vocabulary;
    this.keyIds = t.keyIds();
    this.textIds = t.textIds();
    this.masks = t.masks();
  }

  /** The original text. */
  public String text() {
    return text;
  }

  /** The tokens in text order. */
  public ImmutableList<Token> tokens() {
    return ImmutableList.copyOf(Arrays.asList(tokenArray).subList(0, size));
  }

  /** The sentences, as token index ranges with their character spans. */
  public ImmutableList<Sentence> sentences() {
    return sentences;
  }

  /**
   * Per token, a bit for each word list of the lexicon with a phrase that starts with the token's
   * key; empty when the document was cut without a lexicon (every list is then tried).
   */
  public com.google.common.primitives.ImmutableIntArray starts() {
    return com.google.common.primitives.ImmutableIntArray.copyOf(Arrays.copyOf(masks, vocabulary == null ? 0 : size));
  }

  /** Cuts {@code text} into tokens and sentences with the standard lexicon. */
  public static EnglishDocument of(String text) {
    return of(text, Lexicon.standard());
  }

  /** Cuts {@code text} with {@code lexicon}'s abbreviations, and marks where its word lists may start. */
  public static EnglishDocument of(String text, Lexicon lexicon) {
    checkNotNull(text, "text");
    Vocabulary v = lexicon.vocabulary();
    Tokens t = tokenize(text, v);
    return new EnglishDocument(text, t, cut(text, t.tokens(), t.count(), lexicon.abbreviations()), v);
  }

  /** Whether a phrase of the word list with {@code bit} may start at token {@code i}. */
  boolean mayStart(int i, int bit) {
    if (vocabulary == null) return true;
    return i >= 0 && i < size && (masks[i] & bit) != 0;
  }

  /** The vocabulary the token ids are of, or {@code null} for a document cut without a lexicon. */
  @Nullable Vocabulary vocabulary() {
    return vocabulary;
  }

  /**
   * Per token, the vocabulary id of its key (of its text when {@code written}); not to be written to,
   * and longer than {@link #size()} may be.
   */
  int[] ids(boolean written) {
    return written ? textIds : keyIds;
  }

  /** Cuts {@code text} into tokens and sentences, not breaking after {@code abbreviations}. */
  public static EnglishDocument of(String text, Set<String> abbreviations) {
    checkNotNull(text, "text");
    Tokens t = tokenize(text, null);
    return new EnglishDocument(text, t, cut(text, t.tokens(), t.count(), abbreviations), null);
  }

  /** The sentences of the first {@code size} {@code tokens}, not breaking after {@code abbreviations}. */
  private static ImmutableList<Sentence> cut(String text, Token[] tokens, int size, Set<String> abbreviations) {
    ImmutableList.Builder<Sentence> sentences = ImmutableList.builder();
    int count = 0;
    int from = 0;
    for (int i = 0; i < size; i++) {
      boolean end = i + 1 == size;
      if (!end) {
        Token t = tokens[i];
        Token next = tokens[i + 1];
        boolean newline = false;
        for (int c = t.end(); c < next.start() && !newline; c++) newline = text.charAt(c) == '\n';
        if (newline) {
          end = true;
        } else if (next.start() > t.end() && endsSentence(tokens, i, abbreviations)) {
          end = true;
        }
      }
      if (end) {
        sentences.add(new Sentence(count++, from, i + 1, new Span(tokens[from].start(), tokens[i].end())));
        from = i + 1;
      }
    }
    return sentences.build();
  }

  /** Whether a sentence may end after token {@code i} (white space follows it). */
  private static boolean endsSentence(Token[] tokens, int i, Set<String> abbreviations) {
    int k = i;
    // closing quotes and brackets after the stop
    while (k >= 0 && tokens[k].kind() == Token.Kind.MARK && "\"'\u201d\u2019)]".contains(tokens[k].text())) k--;
    if (k < 0) return false;
    Token stop = tokens[k];
    if (!(stop.text().equals(".") || stop.text().equals("!") || stop.text().equals("?"))) return false;
    if (stop.text().equals(".") && k > 0 && !tokens[k].spaceBefore()) {
      Token before = tokens[k - 1];
      if (before.isWord() && abbreviations.contains(before.text())) return false;
      if (before.isWord() && before.text().length() == 1 && Character.isUpperCase(before.text().charAt(0))) return false;
    }
    return true;
  }

  /**
   * The first {@code count} elements of each array: the tokens of a text, their keys, and per token
   * the vocabulary ids of its key and of its text and its start mask (empty arrays when cut without a
   * vocabulary).
   */
  private record Tokens(int count, Token[] tokens, String[] keys, int[] keyIds, int[] textIds, int[] masks) {}

  /** The tokens of {@code text}, as {@link #of(String)} cuts them. */
  static List<Token> tokenize(String text) {
    Tokens t = tokenize(text, null);
    return Arrays.asList(t.tokens()).subList(0, t.count());
  }

  /**
   * The tokens of {@code text}; with a vocabulary, each token's key and text are looked up once from
   * the characters of the text, and a known form is shared rather than cut out again.
   */
  private static Tokens tokenize(String text, @Nullable Vocabulary vocabulary) {
    int n = text.length();
    char[] cs = text.toCharArray();
    int capacity = n / 5 + 1;
    Token[] out = new Token[capacity];
    String[] keys = new String[capacity];
    int[] keyIds = vocabulary == null ? new int[0] : new int[capacity];
    int[] textIds = keyIds.length == 0 ? keyIds : new int[capacity];
    int[] masks = keyIds.length == 0 ? keyIds : new int[capacity];
    int count = 0;
    int i = 0;
    boolean space = true;
    while (i < n) {
      char c = cs[i];
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f') {
        space = true;
        i++;
        continue;
      }
      int start = i;
      Token.Kind kind;
      if (Character.isLetter(c)) {
        i = wordEnd(cs, i);
        kind = Token.Kind.WORD;
      } else if (c >= '0' && c <= '9' || c == '.' && i + 1 < n && isDigit(cs[i + 1])
          && (i == 0 || !isDigit(cs[i - 1]) && !Character.isLetter(cs[i - 1]))) {
        i = numberEnd(cs, i);
        kind = Token.Kind.NUMBER;
      } else {
        i++;
        kind = Token.Kind.MARK;
      }
      // one pass: whether a letter is upper case, whether all are ASCII, the hash as written and lowered
      boolean upper = false;
      boolean ascii = true;
      int written31 = 0;
      int lowered31 = 0;
      for (int k = start; k < i; k++) {
        char ch = cs[k];
        written31 = 31 * written31 + ch;
        if (ch < 128) {
          boolean up = ch >= 'A' && ch <= 'Z';
          upper |= up;
          lowered31 = 31 * lowered31 + (up ? ch + ('a' - 'A') : ch);
        } else {
          ascii = false;
          upper |= Character.isUpperCase(ch);
          lowered31 = 31 * lowered31 + ch;
        }
      }
      if (count == out.length) {
        out = Arrays.copyOf(out, count * 2);
        keys = Arrays.copyOf(keys, count * 2);
        if (vocabulary != null) {
          keyIds = Arrays.copyOf(keyIds, count * 2);
          textIds = Arrays.copyOf(textIds, count * 2);
          masks = Arrays.copyOf(masks, count * 2);
        }
      }
      String written;
      String key;
      if (vocabulary == null) {
        written = text.substring(start, i);
        key = upper ? written.toLowerCase(Locale.ROOT) : written;
      } else {
        int textId = vocabulary.find(cs, start, i, false, written31);
        written = textId != Vocabulary.OTHER ? vocabulary.form(textId) : text.substring(start, i);
        int keyId;
        if (!upper) {
          keyId = textId;
          key = written;
        } else if (ascii) {
          // A to Z lowered in place: the same key as toLowerCase, looked up without a copy
          keyId = vocabulary.find(cs, start, i, true, lowered31);
          key = keyId != Vocabulary.OTHER ? vocabulary.form(keyId) : written.toLowerCase(Locale.ROOT);
        } else {
          key = written.toLowerCase(Locale.ROOT);
          keyId = vocabulary.id(key);
        }
        keyIds[count] = keyId;
        textIds[count] = textId;
        masks[count] = vocabulary.mask(keyId);
      }
      keys[count] = key;
      out[count++] = new Token(written, key, start, i, kind, space);
      space = false;
    }
    return new Tokens(count, out, keys, keyIds, textIds, masks);
  }

  /** The end of the word that starts at {@code i}: letters, inner apostrophes, initials ({@code U.S}). */
  private static int wordEnd(char[] cs, int i) {
    int n = cs.length;
    int start = i;
    i++;
    while (i < n) {
      char d = cs[i];
      if (Character.isLetter(d)) {
        i++;
      } else if ((d == '\'' || d == '\u2019') && i + 1 < n && Character.isLetter(cs[i + 1])
          && !(i + 2 <= n && isPossessive(cs, i))) {
        i++;
      } else if (d == '.' && i + 1 < n && Character.isLetter(cs[i + 1]) && i - start == 1
          && Character.isUpperCase(cs[start])) {
        // initials: U.S, U.N (the last full stop stays a mark)
        i += 2;
        while (i + 1 < n && cs[i] == '.' && Character.isUpperCase(cs[i + 1])
            && (i + 2 == n || !Character.isLetter(cs[i + 2]))) i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  /**
   * The end of the number that starts at {@code i}: digits; a comma only before exactly three digits
   * (1,500; not 22,24); one decimal point (.08, 1.5); an ordinal suffix.
   */
  private static int numberEnd(char[] cs, int i) {
    int n = cs.length;
    boolean point = cs[i] == '.';
    i++;
    while (i < n) {
      char d = cs[i];
      if (isDigit(d)) {
        i++;
      } else if (d == ',' && !point && i + 3 < n && isDigit(cs[i + 1]) && isDigit(cs[i + 2])
          && isDigit(cs[i + 3]) && (i + 4 == n || !isDigit(cs[i + 4]))) {
        i++;
      } else if (d == '.' && !point && i + 1 < n && isDigit(cs[i + 1])) {
        point = true;
        i++;
      } else {
        break;
      }
    }
    return i + ordinalSuffix(cs, i);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code 's} or {@code s'} ends a word: "the group's" is "group" + "'s". */
  private static boolean isPossessive(char[] cs, int apostrophe) {
    int after = apostrophe + 1;
    return (cs[after] == 's' || cs[after] == 'S')
        && (after + 1 == cs.length || !Character.isLetter(cs[after + 1]));
  }

  /** The length of an ordinal suffix (st, nd, rd, th, in any case) right after digits, or 0. */
  private static int ordinalSuffix(char[] cs, int i) {
    if (i + 2 > cs.length) return 0;
    char a = lowerAscii(cs[i]);
    char b = lowerAscii(cs[i + 1]);
    boolean ordinal = a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h';
    if (!ordinal) return 0;
    if (i + 2 < cs.length && Character.isLetter(cs[i + 2])) return 0;
    return 2;
  }

  /** {@code c} lowered if it is A to Z: no other character lowers to one of the suffixes' letters. */
  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** The sentence holding token {@code i}. */
  public Sentence sentenceOf(int i) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (sentences.get(mid).from() <= i) lo = mid;
      else hi = mid - 1;
    }
    return sentences.get(lo);
  }

  /**
   * The token at {@code i}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= i < size()}
   */
  public Token token(int i) {
    return tokenArray[java.util.Objects.checkIndex(i, size)];
  }

  /** The lower-case key of token {@code i}, or {@code ""} past either end. */
  public String key(int i) {
    return i < 0 || i >= size ? "" : keys[i];
  }

  /** The number of tokens. */
  public int size() {
    return size;
  }

  /** The character span of tokens {@code from} to {@code to} (exclusive). */
  public Span span(int from, int to) {
    return new Span(token(from).start(), token(to - 1).end());
  }

  /** The original text of tokens {@code from} to {@code to} (exclusive). */
  public String text(int from, int to) {
    return text.substring(token(from).start(), token(to - 1).end());
  }

  /** The text of a sentence. */
  public String text(Sentence s) {
    return s.span().of(text);
  }
}
