package org.crosscheck.arabic.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The attached prefixes (proclitics) of an Arabic word, in normalized spelling: a conjunction و or ف,
 * then a preposition ب، ل or ك, then the article ال, each optional (وال، بال، فال، كال، وبال، لل = ل + ال).
 *
 * <p>{@link #readings} lists every way to split a word into prefix and stem, the unsplit word first
 * and then by growing prefix, so a caller takes the first reading its lexicon knows. A stem keeps at
 * least two letters.
 */
final class Clitics {
  private Clitics() {}

  static final char WAW = '\u0648';
  static final char FEH = '\u0641';
  static final char BEH = '\u0628';
  static final char LAM = '\u0644';
  static final char KAF = '\u0643';
  private static final char ALEF = '\u0627';

  /**
   * One split of a word.
   *
   * @param prefixLength how many leading chars of the word the prefix takes
   * @param conjunction و or ف, or 0
   * @param preposition ب، ل or ك, or 0
   * @param definite whether the prefix ends with the article (or is لل)
   * @param stem the rest; for لل the article is put back (للمدينه gives المدينه as well as مدينه)
   */
  record Reading(int prefixLength, char conjunction, char preposition, boolean definite, String stem) {
    boolean bare() {
      return prefixLength == 0;
    }
  }

  /**
   * Most words whose readings are kept ({@link #readings}): news vocabulary is a few tens of
   * thousands of forms, so a kept word list stays a few megabytes; words met after it is full are
   * split on each request.
   */
  static final int KEPT_WORDS = 100_000;

  /**
   * The readings of every word split so far, shared by all documents and threads: a word's readings
   * never change, each document meets mostly words the ones before it met, and a kept reading's stem
   * is one string whose hash code is computed once, however many tables and documents probe with it.
   */
  private static final ConcurrentHashMap<String, List<Reading>> KEPT = new ConcurrentHashMap<>();

  /**
   * Every split of {@code word}: the word itself first, then stripped forms by growing prefix.
   * The list is immutable, and the same list for the same word (kept; see {@link #KEPT_WORDS}).
   */
  static List<Reading> readings(String word) {
    List<Reading> kept = KEPT.get(word);
    if (kept != null) return kept;
    List<Reading> split = split(word);
    if (KEPT.size() < KEPT_WORDS) {
      List<Reading> raced = KEPT.putIfAbsent(word, split);
      if (raced != null) return raced;
    }
    return split;
  }

  private static List<Reading> split(String word) {
    List<Reading> out = new ArrayList<>(8);
    out.add(new Reading(0, (char) 0, (char) 0, false, word));
    splits(out, word, 0, (char) 0);
    if (word.length() > 3 && (word.charAt(0) == WAW || word.charAt(0) == FEH)) {
      char conj = word.charAt(0);
      add(out, word, 1, conj, (char) 0, false, word.substring(1));
      splits(out, word, 1, conj);
    }
    return List.copyOf(out);
  }

  private static void splits(List<Reading> out, String word, int at, char conj) {
    if (article(word, at)) add(out, word, at + 2, conj, (char) 0, true, word.substring(at + 2));
    if (word.length() <= at + 2) return;
    char p = word.charAt(at);
    if (p != BEH && p != LAM && p != KAF) return;
    if (p == LAM && word.charAt(at + 1) == LAM && word.length() > at + 3) {
      add(out, word, at + 2, conj, LAM, true, ALEF + word.substring(at + 1));
      add(out, word, at + 2, conj, LAM, true, word.substring(at + 2));
      return;
    }
    add(out, word, at + 1, conj, p, false, word.substring(at + 1));
    if (article(word, at + 1)) add(out, word, at + 3, conj, p, true, word.substring(at + 3));
  }

  private static boolean article(String word, int at) {
    return word.length() > at + 3 && word.charAt(at) == ALEF && word.charAt(at + 1) == LAM;
  }

  private static void add(List<Reading> out, String word, int prefixLength, char conj, char prep, boolean def,
      String stem) {
    if (stem.length() < 2) return;
    out.add(new Reading(prefixLength, conj, prep, def, stem));
  }
}
