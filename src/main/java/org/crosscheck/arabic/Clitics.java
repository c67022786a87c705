package org.crosscheck.arabic;

import java.util.ArrayList;
import java.util.List;

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

  /** Every split of {@code word}: the word itself first, then stripped forms by growing prefix. */
  static List<Reading> readings(String word) {
    List<Reading> out = new ArrayList<>(8);
    out.add(new Reading(0, (char) 0, (char) 0, false, word));
    splits(out, word, 0, (char) 0);
    if (word.length() > 3 && (word.charAt(0) == WAW || word.charAt(0) == FEH)) {
      char conj = word.charAt(0);
      add(out, word, 1, conj, (char) 0, false, word.substring(1));
      splits(out, word, 1, conj);
    }
    return out;
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
