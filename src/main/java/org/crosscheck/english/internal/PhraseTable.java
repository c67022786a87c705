package org.crosscheck.english.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Phrases of one word list, matched over token keys: the longest phrase that starts at a token
 * wins. Phrases are cut by the same tokenizer as documents, so {@code "U.S.-led coalition"} matches
 * the tokens of the text. Lookup is one hash probe on the first token.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the typed entry a phrase stands for
 */
public final class PhraseTable<T> {

  /**
   * A match: tokens {@code from} to {@code to} (exclusive) and the entry.
   *
   * @param from the first token
   * @param to one past the last token
   * @param value the entry
   * @param <T> the entry type
   */
  public record Hit<T>(int from, int to, T value) {}

  private record Phrase<T>(String[] keys, T value) {}

  /**
   * The phrases by the vocabulary id of their first key, each as the ids of its keys: what {@link
   * #match} reads for a document cut with the same vocabulary.
   *
   * @param vocabulary the vocabulary the ids are of
   * @param byFirst per first id, the phrases' ids, longest first; {@code null} where none starts
   * @param values per first id, the phrases' entries, in the same order
   */
  private record Index(Vocabulary vocabulary, int[][][] byFirst, Object[][] values) {}

  /** Set once, by the lexicon that owns this table, to its vocabulary's index. */
  private volatile @Nullable Index index;

  private final ImmutableMap<String, ImmutableList<Phrase<T>>> byFirst;
  private final boolean caseSensitive;
  /** This table's bit in a document's start masks, or 0 when the table has none. */
  private final int bit;

  private PhraseTable(Map<String, List<Phrase<T>>> byFirst, boolean caseSensitive) {
    ImmutableMap.Builder<String, ImmutableList<Phrase<T>>> b = ImmutableMap.builder();
    byFirst.forEach((k, v) -> {
      v.sort(Comparator.comparingInt((Phrase<T> p) -> -p.keys().length));
      b.put(k, ImmutableList.copyOf(v));
    });
    this.byFirst = b.buildOrThrow();
    this.caseSensitive = caseSensitive;
    this.bit = 0;
  }

  private PhraseTable(PhraseTable<T> table, int bit) {
    this.byFirst = table.byFirst;
    this.caseSensitive = table.caseSensitive;
    this.bit = bit;
  }

  /** This table with a bit in the start masks of documents cut with the same lexicon. */
  PhraseTable<T> withBit(int newBit) {
    return new PhraseTable<>(this, newBit);
  }

  /**
   * This table with {@code first} added before its own phrases: a phrase of {@code first} that this
   * table also has replaces it, and the bit stays this table's.
   */
  PhraseTable<T> plus(Map<String, T> first) {
    Map<String, List<Phrase<T>>> merged = new HashMap<>();
    java.util.Set<List<String>> added = new java.util.HashSet<>();
    of(first, caseSensitive).byFirst.forEach((k, v) -> {
      merged.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v);
      for (Phrase<T> p : v) added.add(List.of(p.keys()));
    });
    byFirst.forEach((k, v) -> {
      for (Phrase<T> p : v) if (!added.contains(List.of(p.keys()))) merged.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
    });
    return new PhraseTable<>(new PhraseTable<>(merged, caseSensitive), bit);
  }

  /**
   * Indexes this table by the ids of {@code vocabulary}, which holds every key of its phrases: a
   * document cut with the same vocabulary is then matched by ids.
   *
   * @throws IllegalStateException if the table is already bound to another vocabulary, or a key is not in it
   */
  void bind(Vocabulary vocabulary) {
    Index current = index;
    if (current != null) {
      if (current.vocabulary() != vocabulary) throw new IllegalStateException("a phrase table has one vocabulary");
      return;
    }
    int[][][] byId = new int[vocabulary.size()][][];
    Object[][] values = new Object[vocabulary.size()][];
    byFirst.forEach((first, phrases) -> {
      int id = vocabulary.id(first);
      if (id == Vocabulary.OTHER) throw new IllegalStateException("not in the vocabulary: " + first);
      byId[id] = new int[phrases.size()][];
      values[id] = new Object[phrases.size()];
      for (int p = 0; p < phrases.size(); p++) {
        String[] keys = phrases.get(p).keys();
        int[] ids = new int[keys.length];
        for (int k = 0; k < keys.length; k++) {
          ids[k] = vocabulary.id(keys[k]);
          if (ids[k] == Vocabulary.OTHER) throw new IllegalStateException("not in the vocabulary: " + keys[k]);
        }
        byId[id][p] = ids;
        values[id][p] = phrases.get(p).value();
      }
    });
    index = new Index(vocabulary, byId, values);
  }

  /** This table, unbound: a lexicon built from another binds it to its own vocabulary. */
  PhraseTable<T> copy() {
    return new PhraseTable<>(this, bit);
  }

  /** Every key of every phrase, as the phrases compare them. */
  java.util.Set<String> allKeys() {
    java.util.Set<String> out = new java.util.HashSet<>();
    byFirst.values().forEach(v -> v.forEach(p -> out.addAll(List.of(p.keys()))));
    return out;
  }

  /** The first words of the phrases, in lower case. */
  java.util.Set<String> firstKeys() {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String k : byFirst.keySet()) out.add(k.toLowerCase(java.util.Locale.ROOT));
    return out;
  }

  int bit() {
    return bit;
  }

  /** A table of phrases to entries; phrases compare in lower case unless {@code caseSensitive}. */
  public static <T> PhraseTable<T> of(Map<String, T> phrases, boolean caseSensitive) {
    checkNotNull(phrases, "phrases");
    Map<String, List<Phrase<T>>> byFirst = new HashMap<>();
    phrases.forEach((phrase, value) -> {
      List<Token> tokens = EnglishDocument.tokenize(phrase);
      checkArgument(!tokens.isEmpty(), "an empty phrase in a word list");
      String[] keys = tokens.stream().map(t -> caseSensitive ? t.text() : t.key()).toArray(String[]::new);
      byFirst.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(new Phrase<>(keys, value));
    });
    return new PhraseTable<>(byFirst, caseSensitive);
  }

  /** The longest phrase starting at token {@code i} and ending before {@code limit}, or {@code null}. */
  public @Nullable Hit<T> match(EnglishDocument d, int i, int limit) {
    if (i < 0 || i >= limit) return null;
    // one array read tells whether any phrase of this table starts with the token
    if (bit != 0 && !d.mayStart(i, bit)) return null;
    Index x = index;
    if (x != null && d.vocabulary() == x.vocabulary()) return matchIds(x, d.ids(caseSensitive), i, limit);
    List<Phrase<T>> candidates = byFirst.get(caseSensitive ? d.token(i).text() : d.key(i));
    if (candidates == null) return null;
    for (int c = 0, size = candidates.size(); c < size; c++) {
      Phrase<T> p = candidates.get(c);
      int n = p.keys().length;
      if (i + n > limit) continue;
      boolean ok = true;
      for (int k = 1; k < n && ok; k++) {
        Token t = d.token(i + k);
        ok = p.keys()[k].equals(caseSensitive ? t.text() : t.key());
      }
      if (ok) return new Hit<>(i, i + n, p.value());
    }
    return null;
  }

  /** {@link #match} by the vocabulary ids {@code ids} of the document's tokens. */
  @SuppressWarnings("unchecked")
  private @Nullable Hit<T> matchIds(Index x, int[] ids, int i, int limit) {
    int[][] candidates = x.byFirst()[ids[i]];
    if (candidates == null) return null;
    for (int c = 0; c < candidates.length; c++) {
      int[] p = candidates[c];
      int n = p.length;
      if (i + n > limit) continue;
      boolean ok = true;
      for (int k = 1; k < n && ok; k++) ok = ids[i + k] == p[k];
      if (ok) return new Hit<>(i, i + n, (T) x.values()[ids[i]][c]);
    }
    return null;
  }

  /** The longest phrase starting at token {@code i} within the document. */
  public @Nullable Hit<T> match(EnglishDocument d, int i) {
    return match(d, i, d.size());
  }

  /** The longest phrase ending right before token {@code end} and starting at or after {@code floor}. */
  public @Nullable Hit<T> matchEndingAt(EnglishDocument d, int end, int floor) {
    for (int from = Math.max(floor, end - 6); from < end; from++) {
      Hit<T> h = match(d, from, end);
      if (h != null && h.to() == end) return h;
    }
    return null;
  }
}
