package org.crosscheck.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.Set;

/**
 * Guesses the language of a document whose manifest gives none, from its script and its function
 * words: Arabic when Arabic letters are at least as many as Latin ones; English when Latin letters
 * dominate and common English function words (the, of, and, said…) make up a fair share of the
 * words; otherwise {@code "und"} (undetermined), which no extractor reads, so the document fails
 * with that reason instead of being read in the wrong language.
 *
 * <p>Stateless and thread-safe.
 */
public final class LanguageDetector {
  /** English function words: closed-class words frequent in any English news text. */
  private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "a", "an", "is", "was", "were",
      "are", "said", "that", "on", "for", "with", "by", "from", "at", "it", "its", "has", "have", "had", "as", "this",
      "but", "not", "be", "been", "which", "who", "their", "they", "he", "she", "after", "than", "more", "into");
  /** Share of English function words among Latin words above which a text is English. */
  static final double ENGLISH_SHARE = 0.15;

  private LanguageDetector() {}

  /**
   * A guess: the ISO 639-1 code ({@code "ar"}, {@code "en"}) or {@code "und"}, and its confidence.
   *
   * @param language the language code
   * @param confidence in [0..1]: the share of letters in the script, times the share of function
   *     words relative to the threshold for English (capped at 1)
   */
  public record Guess(String language, double confidence) {
    @Override
    public String toString() {
      return language + String.format(Locale.ROOT, " (%.2f)", confidence);
    }
  }

  /** The language of {@code text}. */
  public static Guess detect(String text) {
    checkNotNull(text, "text");
    int arabic = 0;
    int latin = 0;
    int words = 0;
    int function = 0;
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F' || c >= '\uFB50' && c <= '\uFEFF') {
        arabic++;
      } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
        latin++;
        word.append((char) (c | 0x20));
        continue;
      }
      if (word.length() > 0) {
        words++;
        if (ENGLISH.contains(word.toString())) function++;
        word.setLength(0);
      }
    }
    int letters = arabic + latin;
    if (letters == 0) return new Guess("und", 0);
    if (arabic >= latin) return new Guess("ar", (double) arabic / letters);
    double share = words == 0 ? 0 : (double) function / words;
    if (share < ENGLISH_SHARE && words >= 5) return new Guess("und", 1 - share / ENGLISH_SHARE);
    return new Guess("en", (double) latin / letters * Math.min(1, share / ENGLISH_SHARE + (words < 5 ? 0.5 : 0)));
  }
}
