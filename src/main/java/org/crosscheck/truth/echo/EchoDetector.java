package org.crosscheck.truth.echo;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.text.similarity.CosineSimilarity;
import org.crosscheck.claim.internal.Names;
import org.jspecify.annotations.Nullable;

/**
 * Finds articles that rewrite other articles: long shared passages (five-word shingles) and
 * near-duplicate sentences (cosine similarity of word counts, Apache Commons Text).
 *
 * <p>A pair is an echo when at least {@value #MIN_NEAR_DUPLICATES} sentences of one nearly repeat
 * sentences of the other, or when two do and the shared shingles make up at least {@value
 * #MIN_CONTAINMENT} of the shorter text's; in either case they share at least {@value #MIN_SHARED}
 * shingles. Two reports of one event that quote one official share a sentence, however short the
 * reports; a rewrite shares several. The original is the earlier publication; on one day, the one whose
 * text the other covers more of.
 *
 * <p>Words are compared by name key ({@link Names#key}): case, diacritics and Arabic letter
 * variants do not matter. Only pairs that share a shingle are compared sentence by sentence, so the
 * work grows with the overlap, not with the square of the folder.
 *
 * <p>Immutable and thread-safe.
 */
public final class EchoDetector {
  /** A detector with the thresholds below. */
  public EchoDetector() {}

  /** Words per shingle. */
  public static final int SHINGLE = 5;
  /** Near-duplicate sentences from which two documents are one story rewritten. */
  public static final int MIN_NEAR_DUPLICATES = 3;
  /** Share of the shorter text's shingles found in the other that, with one near duplicate fewer, still makes an echo. */
  public static final double MIN_CONTAINMENT = 0.2;
  /** Shingles two documents must share before their sentences are compared. */
  public static final int MIN_SHARED = 10;
  /** Cosine similarity from which two sentences are near duplicates. */
  public static final double NEAR_DUPLICATE = 0.7;
  /** Sentences shorter than this many words are not compared. */
  public static final int MIN_SENTENCE_WORDS = 6;

  /**
   * A document to compare.
   *
   * @param id its id
   * @param text its text
   * @param published its publication date, or {@code null}
   */
  public record Document(String id, String text, @Nullable LocalDate published) {
    /**
     * A document to compare, with its publication date if known.
     *
     * @throws NullPointerException if the id or the text is null
     */
    public Document {
      checkNotNull(id, "id");
      checkNotNull(text, "text");
    }
  }

  private record Prepared(Document doc, long[] shingles, List<Map<CharSequence, Integer>> sentences,
      List<String> sentenceTexts) {}

  /** The echoes among {@code documents}, ordered by rewrite then original. */
  public ImmutableList<Echo> detect(List<Document> documents) {
    Set<String> ids = new HashSet<>();
    for (Document d : documents) checkArgument(ids.add(d.id()), "two documents share the id '%s'", d.id());
    List<Prepared> prepared = documents.stream().map(EchoDetector::prepare).toList();
    // shingle -> documents holding it, to find candidate pairs
    Map<Long, List<Integer>> index = new HashMap<>();
    for (int i = 0; i < prepared.size(); i++) {
      for (long s : prepared.get(i).shingles) index.computeIfAbsent(s, k -> new ArrayList<>(2)).add(i);
    }
    Map<Long, Integer> shared = new TreeMap<>();
    for (List<Integer> holders : index.values()) {
      if (holders.size() < 2 || holders.size() > 50) continue; // boilerplate every page repeats says nothing
      for (int a = 0; a < holders.size(); a++) {
        for (int b = a + 1; b < holders.size(); b++) shared.merge(pair(holders.get(a), holders.get(b)), 1, Integer::sum);
      }
    }
    List<Echo> echoes = new ArrayList<>();
    for (Map.Entry<Long, Integer> e : shared.entrySet()) {
      if (e.getValue() < MIN_SHARED) continue;
      Prepared a = prepared.get((int) (e.getKey() >>> 32));
      Prepared b = prepared.get((int) (e.getKey() & 0xffffffffL));
      Echo echo = compare(a, b, e.getValue());
      if (echo != null) echoes.add(echo);
    }
    echoes.sort(Comparator.comparing(Echo::rewrite).thenComparing(Echo::original));
    return ImmutableList.copyOf(echoes);
  }

  /** Echo links as {@code rewrite -> original}, for {@link org.crosscheck.reconcile.Independence#withEchoes}. */
  public static Map<String, String> links(List<Echo> echoes) {
    Map<String, String> m = new LinkedHashMap<>();
    for (Echo e : echoes) m.putIfAbsent(e.rewrite(), e.original());
    return m;
  }

  private static long pair(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }

  private static @Nullable Echo compare(Prepared a, Prepared b, int sharedShingles) {
    double containment = (double) sharedShingles / Math.max(1, Math.min(a.shingles.length, b.shingles.length));
    CosineSimilarity cosine = new CosineSimilarity();
    int nearAinB = 0;
    int nearBinA = 0;
    List<String> examples = new ArrayList<>();
    boolean[] matchedB = new boolean[b.sentences.size()];
    for (int i = 0; i < a.sentences.size(); i++) {
      boolean found = false;
      for (int j = 0; j < b.sentences.size(); j++) {
        double c = cosine.cosineSimilarity(a.sentences.get(i), b.sentences.get(j));
        if (c >= NEAR_DUPLICATE) {
          matchedB[j] = true;
          if (!found && examples.size() < 3) examples.add(a.sentenceTexts.get(i) + " \u21d4 " + b.sentenceTexts.get(j));
          found = true;
        }
      }
      if (found) nearAinB++;
    }
    for (boolean m : matchedB) if (m) nearBinA++;
    int near = Math.min(nearAinB, nearBinA);
    boolean echo = near >= MIN_NEAR_DUPLICATES || (near >= MIN_NEAR_DUPLICATES - 1 && containment >= MIN_CONTAINMENT);
    if (!echo) return null;
    boolean aIsRewrite = isRewrite(a, b, nearAinB, nearBinA);
    Prepared rewrite = aIsRewrite ? a : b;
    Prepared original = aIsRewrite ? b : a;
    return new Echo(rewrite.doc.id(), original.doc.id(), sharedShingles, containment, near, examples);
  }

  /** The later publication is the rewrite; on one day (or unknown dates), the one the other covers more of. */
  private static boolean isRewrite(Prepared a, Prepared b, int nearAinB, int nearBinA) {
    LocalDate da = a.doc.published();
    LocalDate db = b.doc.published();
    if (da != null && db != null && !da.equals(db)) return da.isAfter(db);
    double coverA = (double) nearAinB / Math.max(1, a.sentences.size());
    double coverB = (double) nearBinA / Math.max(1, b.sentences.size());
    if (coverA != coverB) return coverA > coverB;
    return a.doc.id().compareTo(b.doc.id()) > 0;
  }

  private static Prepared prepare(Document d) {
    List<String> words = words(d.text());
    Set<Long> shingles = new HashSet<>();
    for (int i = 0; i + SHINGLE <= words.size(); i++) shingles.add(hash(words, i, SHINGLE));
    long[] s = shingles.stream().mapToLong(Long::longValue).sorted().toArray();
    List<Map<CharSequence, Integer>> vectors = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (String sentence : sentences(d.text())) {
      List<String> w = words(sentence);
      if (w.size() < MIN_SENTENCE_WORDS) continue;
      Map<CharSequence, Integer> v = new HashMap<>();
      for (String x : w) v.merge(x, 1, Integer::sum);
      vectors.add(v);
      String t = sentence.strip();
      texts.add(t.length() > 120 ? t.substring(0, 120) + "\u2026" : t);
    }
    return new Prepared(d, s, vectors, texts);
  }

  /** Words of the text as name keys, in order. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !isWordChar(text.charAt(i))) i++;
      int start = i;
      while (i < n && isWordChar(text.charAt(i))) i++;
      if (i > start) {
        String k = Names.key(text.substring(start, i));
        if (!k.isEmpty()) out.add(k);
      }
    }
    return out;
  }

  private static boolean isWordChar(char c) {
    int t = Character.getType(c);
    return Character.isLetterOrDigit(c) || t == Character.NON_SPACING_MARK || c == '\u0640';
  }

  /** Sentences: split at . ! ? ؟ and line breaks. */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\n') {
        if (i > start) out.add(text.substring(start, i));
        start = i + 1;
      }
    }
    if (start < text.length()) out.add(text.substring(start));
    return out;
  }

  private static long hash(List<String> words, int from, int k) {
    long h = 1125899906842597L;
    for (int i = from; i < from + k; i++) {
      String w = words.get(i);
      for (int j = 0; j < w.length(); j++) h = 31 * h + w.charAt(j);
      h = 31 * h + ' ';
    }
    return h;
  }
}
