package org.crosscheck.claim.internal;

import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The Latin reading of an Arabic source name, printed next to it in reports so that a reader who
 * does not read Arabic can tell sources apart, say them and search for them: {@code رايان ديلون
 * (Ryan Dilun)}, {@code العميد يحيى رسول (Brig. Gen. Yahya Rasul)}, {@code مصادر ميدانية (field
 * sources)}.
 *
 * <p>Three steps, each a rule of its own:
 *
 * <ol>
 *   <li><b>gloss</b>: a description of an unnamed source, all of whose words are in the {@code
 *       source-words.tsv} resource, is given in English, adjectives before the noun in English
 *       order ({@code مصدر أمني عراقي} reads {@code Iraqi security source});
 *   <li><b>names</b>: a word in the {@code latin-names.tsv} resource (titles and ranks, name
 *       particles, common given and family names) takes the spelling news in English gives it,
 *       also after the article ({@code البغدادي} reads {@code al-Baghdadi}); {@code عبد} joins the
 *       next word ({@code عبد الله} reads {@code Abdullah}, {@code عبد الكريم} {@code Abdul Karim});
 *   <li><b>letters</b>: any other word is romanized letter by letter in a simplified news style
 *       (no diacritics: {@code ش} is {@code sh}, {@code خ} {@code kh}, {@code ع} is dropped or read
 *       as a vowel); {@code و} and {@code ي} are read as the long vowels {@code u} and {@code i}
 *       between consonants and as {@code w} and {@code y} elsewhere; a word that would begin with two
 *       consonants takes a vowel between them ({@code i} before {@code y}, {@code u} before {@code w},
 *       else {@code a}), because Arabic writes no short vowels.
 * </ol>
 *
 * <p>The letter rule cannot know the short vowels Arabic does not write, so a name it romanizes
 * is a reading aid, not the spelling the person uses ({@code ديلون} reads {@code Dilun}). Stateless
 * and thread-safe; the resources are read once.
 */
final class Romanizer {
  private Romanizer() {}

  private static final ImmutableMap<String, String> NAMES = table("latin-names.tsv", 2);
  private static final ImmutableMap<String, String> WORDS = table("source-words.tsv", 3);

  /**
   * The Latin reading of {@code name}, or {@code null} when it has no Arabic letter or already
   * has Latin letters (a name given in both scripts needs no second reading).
   */
  static @Nullable String latin(String name) {
    boolean arabic = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') return null;
      if (isArabicLetter(c)) arabic = true;
    }
    if (!arabic) return null;
    List<String> words = words(name);
    if (words.isEmpty()) return null;
    String gloss = gloss(words);
    return gloss != null ? gloss : romanize(words);
  }

  /** The words of a name: Arabic letter runs, without diacritics and the elongation mark. */
  private static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= name.length(); i++) {
      char c = i < name.length() ? name.charAt(i) : ' ';
      if (isMark(c)) continue;
      if (isArabicLetter(c)) {
        w.append(c);
      } else if (w.length() > 0) {
        words.add(w.toString());
        w.setLength(0);
      }
    }
    return words;
  }

  /** English for a description made only of source words with at least one noun; else null. */
  private static @Nullable String gloss(List<String> words) {
    List<String> nouns = new ArrayList<>();
    List<String> adjectives = new ArrayList<>();
    for (String w : words) {
      String entry = WORDS.get(w);
      if (entry == null && w.startsWith(ARTICLE) && w.length() > 3) entry = WORDS.get(w.substring(2));
      if (entry == null) return null;
      int tab = entry.indexOf('\t');
      String english = entry.substring(0, tab);
      if (entry.endsWith("\tnoun")) {
        nouns.add(english);
      } else {
        adjectives.add(0, english);   // Arabic puts the adjectives after the noun, innermost first
      }
    }
    if (nouns.isEmpty()) return null;
    List<String> out = new ArrayList<>(adjectives);
    out.addAll(nouns);
    return String.join(" ", out);
  }

  private static final String ARTICLE = "\u0627\u0644";
  private static final String ABD = "\u0639\u0628\u062f";
  private static final String ALLAH = "\u0627\u0644\u0644\u0647";

  /** Name words by the names table, other words letter by letter; {@code عبد} joins the next word. */
  private static String romanize(List<String> words) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w.equals(ABD) && i + 1 < words.size() && words.get(i + 1).startsWith(ARTICLE)) {
        String next = words.get(++i);
        out.add(next.equals(ALLAH) ? "Abdullah" : "Abdul " + capitalized(bare(next.substring(2))));
        continue;
      }
      out.add(word(w));
    }
    return String.join(" ", out);
  }

  private static String word(String w) {
    String listed = NAMES.get(w);
    if (listed != null) return listed;
    if (w.startsWith(ARTICLE) && w.length() > 3) return "al-" + capitalized(bare(w.substring(2)));
    return capitalized(bare(w));
  }

  /** A word without the article: by the names table, else letter by letter. */
  private static String bare(String w) {
    String listed = NAMES.get(w);
    return listed != null ? listed : letters(w);
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /** Letter by letter, in a simplified news style; see the class comment. */
  static String letters(String w) {
    StringBuilder b = new StringBuilder();
    int n = w.length();
    int segments = 0;
    boolean firstIsConsonant = false;
    for (int i = 0; i < n; i++) {
      char c = w.charAt(i);
      char prev = i > 0 ? w.charAt(i - 1) : 0;
      char next = i + 1 < n ? w.charAt(i + 1) : 0;
      String latin;
      boolean vowel;
      switch (c) {
        case '\u0627', '\u0622', '\u0649' -> { latin = "a"; vowel = true; }          // alif, alif madda, alif maqsura
        case '\u0623' -> { latin = i == 0 ? "a" : "'"; vowel = i == 0; }          // alif with hamza above
        case '\u0625' -> { latin = "i"; vowel = true; }                            // alif with hamza below
        case '\u0621' -> { latin = i == n - 1 ? "" : "'"; vowel = false; }        // hamza
        case '\u0626' -> { latin = prev == '\u0627' ? "e" : "'"; vowel = prev == '\u0627'; }   // yeh with hamza
        case '\u0624' -> { latin = next == '\u0627' ? "u" : "'"; vowel = next == '\u0627'; }   // waw with hamza
        case '\u0629' -> { latin = "a"; vowel = true; }                            // teh marbuta
        case '\u0639' -> {                                                          // ain: silent, or a vowel
          boolean nearVowel = isAlif(prev) || isAlif(next) || next == '\u064A' || next == '\u0648';
          latin = nearVowel || i == n - 1 ? "" : "a";
          vowel = !latin.isEmpty();
        }
        case '\u0648' -> {                                                          // waw
          boolean consonant = i == 0 || isAlif(prev) || isAlif(next);
          latin = consonant ? "w" : "u";
          vowel = !consonant;
        }
        case '\u064A' -> {                                                          // yeh
          boolean consonant = i == 0 || isAlif(prev) || isAlif(next) || next == '\u0648';
          latin = consonant ? "y" : next == '\u0629' ? "iy" : "i";
          vowel = !consonant;
        }
        default -> {
          latin = CONSONANTS.getOrDefault(c, "");
          vowel = false;
        }
      }
      if (latin.isEmpty()) continue;
      // Arabic writes no short vowels: a word that begins with two consonants takes an "a" between them
      if (segments == 0) firstIsConsonant = !vowel;
      if (segments == 1 && firstIsConsonant && !vowel) b.append(latin.equals("y") ? 'i' : latin.equals("w") ? 'u' : 'a');
      segments++;
      b.append(latin);
    }
    return b.toString();
  }

  private static boolean isAlif(char c) {
    return c == '\u0627' || c == '\u0622' || c == '\u0623' || c == '\u0625' || c == '\u0649';
  }

  private static final ImmutableMap<Character, String> CONSONANTS = ImmutableMap.<Character, String>builder()
      .put('\u0628', "b").put('\u062A', "t").put('\u062B', "th").put('\u062C', "j").put('\u062D', "h")
      .put('\u062E', "kh").put('\u062F', "d").put('\u0630', "dh").put('\u0631', "r").put('\u0632', "z")
      .put('\u0633', "s").put('\u0634', "sh").put('\u0635', "s").put('\u0636', "d").put('\u0637', "t")
      .put('\u0638', "z").put('\u063A', "gh").put('\u0641', "f").put('\u0642', "q").put('\u0643', "k")
      .put('\u0644', "l").put('\u0645', "m").put('\u0646', "n").put('\u0647', "h")
      .put('\u067E', "p").put('\u06A4', "v").put('\u06AF', "g").put('\u0686', "ch")
      .buildOrThrow();

  private static boolean isArabicLetter(char c) {
    return c >= '\u0621' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3';
  }

  /** Diacritics, the superscript alif and the elongation mark (tatweel), which a reading ignores. */
  private static boolean isMark(char c) {
    return c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640';
  }

  /** A tab-separated resource of this package: the first column to the rest of the line. */
  private static ImmutableMap<String, String> table(String resource, int columns) {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    try (InputStream in = Romanizer.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("resource " + resource + " is missing from the jar");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t", -1);
        if (f.length != columns) {
          throw new IllegalStateException(resource + ":" + lineNo + ": expected " + columns + " tab-separated"
              + " columns, got " + f.length);
        }
        b.put(f[0].strip(), line.substring(line.indexOf('\t') + 1).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
    return b.buildOrThrow();
  }
}
