package org.crosscheck.arabic;

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

  /** Reads {@code resource} (a {@link Lexicon} file); {@code parse} turns a line's fields into the value. */
  static <V> CueTable<V> read(String resource, Function<String[], V> parse) {
    CueTable<V> t = new CueTable<>();
    for (Lexicon.Line line : Lexicon.read(resource)) {
      String[] words = line.key().split(" ");
      t.byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry<>(words, parse.apply(line.fields())));
    }
    return t;
  }

  /** The longest cue starting at word {@code i}, or {@code null}. */
  @Nullable Hit<V> match(List<String> words, int i) {
    Hit<V> best = null;
    for (Clitics.Reading r : Clitics.readings(words.get(i))) {
      List<Entry<V>> entries = byFirst.get(r.stem());
      if (entries == null) continue;
      for (Entry<V> e : entries) {
        int len = e.words.length;
        if (i + len > words.size()) continue;
        boolean ok = true;
        for (int k = 1; k < len && ok; k++) ok = wordMatches(words.get(i + k), e.words[k]);
        if (ok && (best == null || len > best.to() - best.from())) best = new Hit<>(i, i + len, e.value, !r.bare(), r);
      }
    }
    return best;
  }

  private static boolean wordMatches(String word, String want) {
    if (word.equals(want)) return true;
    for (Clitics.Reading r : Clitics.readings(word)) if (r.stem().equals(want)) return true;
    return false;
  }

  /** Whether {@code word} (with or without prefixes) is one of the one-word cues. */
  boolean containsWord(String word) {
    for (Clitics.Reading r : Clitics.readings(word)) {
      List<Entry<V>> entries = byFirst.get(r.stem());
      if (entries != null) for (Entry<V> e : entries) if (e.words.length == 1) return true;
    }
    return false;
  }
}
