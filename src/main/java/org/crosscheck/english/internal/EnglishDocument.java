package org.crosscheck.english.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.claim.Span;

/**
 * One English article cut once: its tokens and its sentences. Every later stage reads this model;
 * none tokenizes again.
 *
 * <p>Tokens: a run of letters (with inner apostrophes, and initials joined by full stops such as
 * {@code U.S}) is a word; digits with thousands separators, a decimal point and an ordinal suffix
 * ({@code 1,500}, {@code 1.5}, {@code 29th}) are a number; every other non-space character is a mark.
 *
 * <p>Sentences (rule {@code sentence.split}): a sentence ends at a newline, and at {@code . ! ?}
 * (with any closing quotes or brackets) followed by white space, except after a word listed in
 * {@code abbreviations.txt} (rule {@code sentence.no-break-after-abbreviation}: Col. Lt. Gen. Maj.
 * Aug. Sept. Oct. Nov. Dec. U.S. …) and after a single capital letter (an initial).
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the original text
 * @param tokens the tokens in text order
 * @param sentences the sentences, as token index ranges with their character spans
 * @param starts per token, a bit for each word list of the lexicon with a phrase that starts with the
 *     token's key; empty when the document was cut without a lexicon (every list is then tried)
 */
public record EnglishDocument(String text, ImmutableList<Token> tokens, ImmutableList<Sentence> sentences,
    com.google.common.primitives.ImmutableIntArray starts) {

  /**
   * A sentence: tokens {@code from} (inclusive) to {@code to} (exclusive) and its character span.
   *
   * @param index the sentence's number, from 0
   * @param from the first token
   * @param to one past the last token
   * @param span the characters, from the first token's start to the last token's end
   */
  public record Sentence(int index, int from, int to, Span span) {}

  /**
   * Copies the token and sentence lists.
   *
   * @throws NullPointerException if {@code text}, {@code starts}, a list or one of its elements is {@code null}
   */
  public EnglishDocument {
    checkNotNull(text, "text");
    tokens = ImmutableList.copyOf(tokens);
    sentences = ImmutableList.copyOf(sentences);
    checkNotNull(starts, "starts");
  }

  /** Cuts {@code text} into tokens and sentences with the standard lexicon. */
  public static EnglishDocument of(String text) {
    return of(text, Lexicon.standard());
  }

  /** Cuts {@code text} with {@code lexicon}'s abbreviations, and marks where its word lists may start. */
  public static EnglishDocument of(String text, Lexicon lexicon) {
    checkNotNull(text, "text");
    List<Token> tokens = tokenize(text);
    int[] starts = new int[tokens.size()];
    for (int i = 0; i < starts.length; i++) starts[i] = lexicon.startMask(tokens.get(i).key());
    return cut(text, tokens, lexicon.abbreviations(), com.google.common.primitives.ImmutableIntArray.copyOf(starts));
  }

  /** Whether a phrase of the word list with {@code bit} may start at token {@code i}. */
  boolean mayStart(int i, int bit) {
    if (starts.isEmpty()) return true;
    return i >= 0 && i < starts.length() && (starts.get(i) & bit) != 0;
  }

  /** Cuts {@code text} into tokens and sentences, not breaking after {@code abbreviations}. */
  public static EnglishDocument of(String text, Set<String> abbreviations) {
    checkNotNull(text, "text");
    return cut(text, tokenize(text), abbreviations, com.google.common.primitives.ImmutableIntArray.of());
  }

  /** The document of {@code tokens}, split into sentences, with the start masks {@code starts}. */
  private static EnglishDocument cut(String text, List<Token> tokens, Set<String> abbreviations,
      com.google.common.primitives.ImmutableIntArray starts) {
    List<Sentence> sentences = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < tokens.size(); i++) {
      boolean end = i + 1 == tokens.size();
      if (!end) {
        Token t = tokens.get(i);
        Token next = tokens.get(i + 1);
        boolean newline = false;
        for (int c = t.end(); c < next.start() && !newline; c++) newline = text.charAt(c) == '\n';
        if (newline) {
          end = true;
        } else if (next.start() > t.end() && endsSentence(tokens, i, abbreviations)) {
          end = true;
        }
      }
      if (end) {
        sentences.add(new Sentence(sentences.size(), from, i + 1,
            new Span(tokens.get(from).start(), tokens.get(i).end())));
        from = i + 1;
      }
    }
    return new EnglishDocument(text, ImmutableList.copyOf(tokens), ImmutableList.copyOf(sentences), starts);
  }

  /** Whether a sentence may end after token {@code i} (white space follows it). */
  private static boolean endsSentence(List<Token> tokens, int i, Set<String> abbreviations) {
    int k = i;
    // closing quotes and brackets after the stop
    while (k >= 0 && tokens.get(k).kind() == Token.Kind.MARK && "\"'\u201d\u2019)]".contains(tokens.get(k).text())) k--;
    if (k < 0) return false;
    Token stop = tokens.get(k);
    if (!(stop.text().equals(".") || stop.text().equals("!") || stop.text().equals("?"))) return false;
    if (stop.text().equals(".") && k > 0 && !tokens.get(k).spaceBefore()) {
      Token before = tokens.get(k - 1);
      if (before.isWord() && abbreviations.contains(before.text())) return false;
      if (before.isWord() && before.text().length() == 1 && Character.isUpperCase(before.text().charAt(0))) return false;
    }
    return true;
  }

  static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>(text.length() / 5 + 1);
    int n = text.length();
    int i = 0;
    boolean space = true;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f') {
        space = true;
        i++;
        continue;
      }
      int start = i;
      Token.Kind kind;
      if (Character.isLetter(c)) {
        i++;
        while (i < n) {
          char d = text.charAt(i);
          if (Character.isLetter(d)) {
            i++;
          } else if ((d == '\'' || d == '\u2019') && i + 1 < n && Character.isLetter(text.charAt(i + 1))
              && !(i + 2 <= n && isPossessive(text, i))) {
            i++;
          } else if (d == '.' && i + 1 < n && Character.isLetter(text.charAt(i + 1)) && i - start == 1
              && Character.isUpperCase(text.charAt(start))) {
            // initials: U.S, U.N (the last full stop stays a mark)
            i += 2;
            while (i + 1 < n && text.charAt(i) == '.' && Character.isUpperCase(text.charAt(i + 1))
                && (i + 2 == n || !Character.isLetter(text.charAt(i + 2)))) i += 2;
          } else {
            break;
          }
        }
        kind = Token.Kind.WORD;
      } else if (c >= '0' && c <= '9' || c == '.' && i + 1 < n && isDigit(text.charAt(i + 1))
          && (i == 0 || !isDigit(text.charAt(i - 1)) && !Character.isLetter(text.charAt(i - 1)))) {
        // digits; a comma only before exactly three digits (1,500; not 22,24); one decimal point (.08, 1.5)
        boolean point = c == '.';
        i++;
        while (i < n) {
          char d = text.charAt(i);
          if (isDigit(d)) {
            i++;
          } else if (d == ',' && !point && i + 3 < n && isDigit(text.charAt(i + 1)) && isDigit(text.charAt(i + 2))
              && isDigit(text.charAt(i + 3)) && (i + 4 == n || !isDigit(text.charAt(i + 4)))) {
            i++;
          } else if (d == '.' && !point && i + 1 < n && isDigit(text.charAt(i + 1))) {
            point = true;
            i++;
          } else {
            break;
          }
        }
        int suffix = ordinalSuffix(text, i);
        i += suffix;
        kind = Token.Kind.NUMBER;
      } else {
        i++;
        kind = Token.Kind.MARK;
      }
      String t = text.substring(start, i);
      boolean upper = false;
      for (int k = start; k < i && !upper; k++) {
        char ch = text.charAt(k);
        upper = ch < 128 ? ch >= 'A' && ch <= 'Z' : Character.isUpperCase(ch);
      }
      out.add(new Token(t, upper ? t.toLowerCase(Locale.ROOT) : t, start, i, kind, space));
      space = false;
    }
    return out;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code 's} or {@code s'} ends a word: "the group's" is "group" + "'s". */
  private static boolean isPossessive(String text, int apostrophe) {
    int after = apostrophe + 1;
    return (text.charAt(after) == 's' || text.charAt(after) == 'S')
        && (after + 1 == text.length() || !Character.isLetter(text.charAt(after + 1)));
  }

  /** The length of an ordinal suffix (st, nd, rd, th) right after digits, or 0. */
  private static int ordinalSuffix(String text, int i) {
    if (i + 2 > text.length()) return 0;
    String two = text.substring(i, i + 2).toLowerCase(Locale.ROOT);
    boolean ordinal = two.equals("st") || two.equals("nd") || two.equals("rd") || two.equals("th");
    if (!ordinal) return 0;
    if (i + 2 < text.length() && Character.isLetter(text.charAt(i + 2))) return 0;
    return 2;
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
    return tokens.get(i);
  }

  /** The lower-case key of token {@code i}, or {@code ""} past either end. */
  public String key(int i) {
    return i < 0 || i >= tokens.size() ? "" : tokens.get(i).key();
  }

  /** The number of tokens. */
  public int size() {
    return tokens.size();
  }

  /** The character span of tokens {@code from} to {@code to} (exclusive). */
  public Span span(int from, int to) {
    return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /** The original text of tokens {@code from} to {@code to} (exclusive). */
  public String text(int from, int to) {
    return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /** The text of a sentence. */
  public String text(Sentence s) {
    return s.span().of(text);
  }
}
