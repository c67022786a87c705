package org.crosscheck.arabic.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A table of multi-word cue phrases (normalized) with a value each, matched against a document's
 * words with attached prefixes stripped: the first word of a cue may carry و، ف، ب، ل، ال and their
 * combinations, the other words may too. Longest match wins. Lookups are a hash probe per reading of
 * the first word, so a scan is linear in the text.
 *
 * @param <V> the value of a cue
 */
final class CueTable<V> {
  /** A cue found in the words: where it starts and ends (word indices, end exclusive) and its value. */
  record Hit<V>(int from, int to, V value, boolean prefixed, Clitics.Reading first) {}

  private record Entry<V>(String[] words, V value) {}

  private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();
  private boolean inflected;
  /** Whether a cue may start at a word: one of its readings (or, inflected, one without its endings) starts a cue. */
  private final TermMemo mayStart = new TermMemo(this::mayStart);

  /**
   * Object pronouns and then subject endings a verb cue may carry (Arabic past tense): اقتحمتها is
   * اقتحم + ت + ها, سيطروا is سيطر + وا. Longest first.
   */
  private static final List<String> OBJECT_SUFFIXES = List.of("هما", "هم", "ها", "ه");
  private static final List<String> SUBJECT_SUFFIXES = List.of("وا", "ت", "ا");

  /**
   * This table also matching its first words with verb endings (rule {@code cue.inflected}): a
   * word that is no cue as written is tried without an object pronoun and a subject ending, when
   * at least three letters remain. Exact entries win.
   */
  CueTable<V> inflected() {
    CueTable<V> t = new CueTable<>();
    t.byFirst.putAll(byFirst);
    t.inflected = true;
    return t;
  }

  /** Reads {@code resource} (a {@link Lexicon} file); {@code parse} turns a line into its typed value. */
  static <V> CueTable<V> read(String resource, Function<Lexicon.Line, V> parse) {
    return of(Lexicon.read(resource), parse);
  }

  /** Every entry's value, in no particular order. */
  List<V> values() {
    return byFirst.values().stream().flatMap(List::stream).map(Entry::value).toList();
  }

  /** The table of lexicon lines already read, each line parsed to its typed value. */
  static <V> CueTable<V> of(List<Lexicon.Line> lines, Function<Lexicon.Line, V> parse) {
    CueTable<V> t = new CueTable<>();
    for (Lexicon.Line line : lines) {
      String[] words = line.key().split(" ");
      t.byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry<>(words, parse.apply(line)));
    }
    return t;
  }

  /**
   * Words a table is matched against: their text and their clitic readings, which a document
   * computes once per word ({@link ArticleText}).
   */
  interface Words {
    /** How many words. */
    int size();

    /** The normalized text of word {@code i}. */
    String text(int i);

    /** The clitic readings of word {@code i} ({@link Clitics#readings}). */
    List<Clitics.Reading> readings(int i);

    /** The pooled term of word {@code i} ({@link WordPool}), or {@code null} when it has none. */
    default @Nullable Term term(int i) {
      return null;
    }

    /**
     * Where {@code table}'s answers for these words are kept, one slot per word, or {@code null}
     * when they are not kept: a table's answer at a word never changes, and the stages of one
     * article ask the same tables at the same words again and again.
     */
    default Object @Nullable [] answers(CueTable<?> table) {
      return null;
    }

    /**
     * Whether word {@code i} was written with a final ta marbuta (ة), which normalizes to the ha of
     * an object pronoun: such a word is a noun, not a verb with its pronoun (rule {@code
     * cue.inflected}). Unknown for plain strings: {@code false}.
     */
    default boolean endsInTaMarbuta(int i) {
      return false;
    }
  }

  /** A kept answer meaning "no cue starts here". */
  private static final Object NO_CUE = new Object();

  /** Words given as a list of strings, their readings computed on each request. */
  private record ListWords(List<String> list) implements Words {
    @Override
    public int size() {
      return list.size();
    }

    @Override
    public String text(int i) {
      return list.get(i);
    }

    @Override
    public List<Clitics.Reading> readings(int i) {
      return Clitics.readings(list.get(i));
    }
  }

  /** The longest cue starting at word {@code i} of a list of normalized words, or {@code null}. */
  @Nullable Hit<V> match(List<String> words, int i) {
    return match(new ListWords(words), i);
  }

  /** The longest cue starting at word {@code i}, or {@code null}. */
  @SuppressWarnings("unchecked")
  @Nullable Hit<V> match(Words words, int i) {
    Term term = words.term(i);
    if (term != null && !mayStart.test(term)) return null;
    Object[] kept = words.answers(this);
    if (kept == null) return find(words, i);
    Object answer = kept[i];
    if (answer == null) {
      Hit<V> h = find(words, i);
      kept[i] = h == null ? NO_CUE : h;
      return h;
    }
    return answer == NO_CUE ? null : (Hit<V>) answer;
  }

  private @Nullable Hit<V> find(Words words, int i) {
    Hit<V> best = null;
    List<Clitics.Reading> readings = words.readings(i);
    // indexed: the readings' iterator is allocated on every call otherwise
    for (int ri = 0; ri < readings.size(); ri++) {
      Clitics.Reading r = readings.get(ri);
      List<Entry<V>> entries = byFirst.get(r.stem());
      // a final ta marbuta is no object pronoun: وزارة (ministry) is not زار (visited) + ه
      if (entries == null && inflected && !words.endsInTaMarbuta(i)) entries = byFirst.get(uninflected(r.stem()));
      if (entries == null) continue;
      for (int ei = 0; ei < entries.size(); ei++) {
        Entry<V> e = entries.get(ei);
        int len = e.words.length;
        if (i + len > words.size()) continue;
        boolean ok = true;
        for (int k = 1; k < len && ok; k++) ok = wordMatches(words, i + k, e.words[k]);
        if (ok && (best == null || len > best.to() - best.from())) best = new Hit<>(i, i + len, e.value, !r.bare(), r);
      }
    }
    return best;
  }

  /** Whether {@link #find} may find a cue at a word of this term: the test of its first word alone. */
  private boolean mayStart(Term term) {
    List<Clitics.Reading> readings = term.readings();
    for (int ri = 0; ri < readings.size(); ri++) {
      String stem = readings.get(ri).stem();
      if (byFirst.containsKey(stem) || inflected && byFirst.containsKey(uninflected(stem))) return true;
    }
    return false;
  }

  /** {@code stem} without one object pronoun and one subject ending, or {@code ""} when nothing is left to strip. */
  static String uninflected(String stem) {
    // the length kept after each strip, so that at most one string is cut
    int end = stem.length();
    for (String suffix : OBJECT_SUFFIXES) {
      if (end - suffix.length() >= 3 && stem.startsWith(suffix, end - suffix.length())) {
        end -= suffix.length();
        break;
      }
    }
    for (String suffix : SUBJECT_SUFFIXES) {
      if (end - suffix.length() >= 3 && stem.startsWith(suffix, end - suffix.length())) {
        end -= suffix.length();
        break;
      }
    }
    return end == stem.length() ? "" : stem.substring(0, end);
  }

  private static boolean wordMatches(Words words, int i, String want) {
    if (words.text(i).equals(want)) return true;
    List<Clitics.Reading> readings = words.readings(i);
    for (int ri = 0; ri < readings.size(); ri++) if (readings.get(ri).stem().equals(want)) return true;
    return false;
  }

  /** Whether {@code word} (with or without prefixes) is one of the one-word cues. */
  boolean containsWord(String word) {
    List<Clitics.Reading> readings = Clitics.readings(word);
    // indexed: the readings' iterator is allocated on every call otherwise
    for (int ri = 0; ri < readings.size(); ri++) {
      Clitics.Reading r = readings.get(ri);
      List<Entry<V>> entries = byFirst.get(r.stem());
      if (entries != null) for (Entry<V> e : entries) if (e.words.length == 1) return true;
    }
    return false;
  }
}
