package org.crosscheck.truth.echo;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.crosscheck.claim.Claim;
import org.jspecify.annotations.Nullable;

/**
 * Finds articles that translate other articles: a story rewritten in another language shares no
 * words with its original, but it gives the same figures about the same places and events, in the
 * same order. A translated wire story is one source, not independent corroboration.
 *
 * <p>A figure is language-neutral: the claim's measure, the numbers and dates of its value as
 * canonical decimals and ISO dates (not as written, and not its hedge, which translation may
 * render differently), its place id and its event type. Two articles in different languages,
 * published at most {@value #MAX_DAYS_APART} days apart when both dates are known, are an echo
 * when at least {@value #MIN_FIGURES} of their figures appear in both in the same order (the
 * longest common subsequence of their figure sequences), and those make up at least {@value
 * #MIN_CONTAINMENT} of the figures of the article that gives fewer. Figures that more than {@value
 * #MAX_HOLDERS} articles give (an official toll everyone repeats) do not count.
 *
 * <p>The original is the earlier publication; on one day (or with a date unknown), the article
 * giving more figures (a rewrite condenses), then the smaller id. Articles in one language are left
 * to {@link EchoDetector}, which compares their text: two reports in one language that quote one
 * briefing share its figures without one rewriting the other.
 *
 * <p>Immutable and thread-safe.
 */
public final class FigureEchoDetector {
  /** Figures two articles must give in the same order. */
  public static final int MIN_FIGURES = 3;
  /** Share of the figures of the article giving fewer that the shared ones must reach. */
  public static final double MIN_CONTAINMENT = 0.5;
  /** Days between the publications beyond which two articles are not compared. */
  public static final int MAX_DAYS_APART = 2;
  /** Articles giving one figure beyond which the figure is common knowledge, not a fingerprint. */
  public static final int MAX_HOLDERS = 20;

  private static final Pattern NUMBER_OR_DATE = Pattern.compile("-?\\d+(\\.\\d+)?|\\d{4}-\\d{2}(-\\d{2})?");

  /** A detector with the thresholds above. */
  public FigureEchoDetector() {}

  /**
   * An article to compare: its claims in text order.
   *
   * @param id its id
   * @param language its language (ISO 639-1); articles in one language are not compared
   * @param published its publication date, or {@code null}
   * @param claims its claims, in text order
   */
  public record Document(String id, String language, @Nullable LocalDate published, List<Claim> claims) {
    /** Checks the fields and copies the claims. */
    public Document {
      checkNotNull(id, "id");
      checkNotNull(language, "language");
      claims = ImmutableList.copyOf(claims);
    }
  }

  private record Figures(Document doc, List<String> keys, Map<String, Claim> first) {}

  /**
   * The echoes among {@code documents}, ordered by rewrite then original; a pair already in {@code
   * known} (either way round) is not reported again.
   */
  public ImmutableList<Echo> detect(List<Document> documents, List<Echo> known) {
    Set<String> ids = new HashSet<>();
    for (Document d : documents) checkArgument(ids.add(d.id()), "two documents share the id '%s'", d.id());
    Set<String> knownPairs = new HashSet<>();
    for (Echo e : known) {
      knownPairs.add(e.rewrite() + "\n" + e.original());
      knownPairs.add(e.original() + "\n" + e.rewrite());
    }
    List<Figures> figures = documents.stream().map(FigureEchoDetector::figures).toList();
    Map<String, List<Integer>> holders = new HashMap<>();
    for (int i = 0; i < figures.size(); i++) {
      for (String k : figures.get(i).keys) holders.computeIfAbsent(k, x -> new ArrayList<>(2)).add(i);
    }
    // candidate pairs: articles in different languages sharing at least MIN_FIGURES distinctive figures
    Map<Long, Integer> shared = new TreeMap<>();
    for (List<Integer> h : holders.values()) {
      if (h.size() < 2 || h.size() > MAX_HOLDERS) continue;
      for (int a = 0; a < h.size(); a++) {
        for (int b = a + 1; b < h.size(); b++) {
          if (!figures.get(h.get(a)).doc.language().equals(figures.get(h.get(b)).doc.language())) {
            shared.merge(((long) h.get(a) << 32) | h.get(b), 1, Integer::sum);
          }
        }
      }
    }
    List<Echo> echoes = new ArrayList<>();
    for (Map.Entry<Long, Integer> e : shared.entrySet()) {
      if (e.getValue() < MIN_FIGURES) continue;
      Figures a = figures.get((int) (e.getKey() >>> 32));
      Figures b = figures.get((int) (e.getKey() & 0xffffffffL));
      if (knownPairs.contains(a.doc.id() + "\n" + b.doc.id()) || !closeInTime(a.doc, b.doc)) continue;
      Echo echo = compare(a, b, holders);
      if (echo != null) echoes.add(echo);
    }
    echoes.sort(Comparator.comparing(Echo::rewrite).thenComparing(Echo::original));
    return ImmutableList.copyOf(echoes);
  }

  /**
   * The figure of a claim, or {@code null} when its value carries no number or date: {@code
   * fighters|1500|place:al-qaim|none}.
   */
  static @Nullable String figure(Claim c) {
    String value = null;
    for (String part : c.canonicalKey()) {
      if (part.startsWith("value=")) value = part.substring("value=".length());
    }
    if (value == null) return null;
    StringBuilder numbers = new StringBuilder();
    for (String token : value.split(":")) {
      if (NUMBER_OR_DATE.matcher(token).matches()) {
        if (numbers.length() > 0) numbers.append('/');
        numbers.append(token);
      }
    }
    if (numbers.length() == 0) return null;
    return c.measure().id() + "|" + numbers + "|" + (c.place().isNowhere() ? "-" : c.place().id()) + "|"
        + c.event().id();
  }

  private static Figures figures(Document d) {
    Map<String, Claim> first = new LinkedHashMap<>();
    for (Claim c : d.claims()) {
      String k = figure(c);
      if (k != null) first.putIfAbsent(k, c);
    }
    return new Figures(d, List.copyOf(first.keySet()), first);
  }

  private static boolean closeInTime(Document a, Document b) {
    if (a.published() == null || b.published() == null) return true;
    return Math.abs(ChronoUnit.DAYS.between(a.published(), b.published())) <= MAX_DAYS_APART;
  }

  private static @Nullable Echo compare(Figures a, Figures b, Map<String, List<Integer>> holders) {
    List<String> x = distinctive(a.keys, holders);
    List<String> y = distinctive(b.keys, holders);
    List<String> common = commonSubsequence(x, y);
    int fewer = Math.min(x.size(), y.size());
    if (common.size() < MIN_FIGURES || fewer == 0) return null;
    double containment = (double) common.size() / fewer;
    if (containment < MIN_CONTAINMENT) return null;
    boolean aIsOriginal = isOriginal(a, b);
    Figures original = aIsOriginal ? a : b;
    Figures rewrite = aIsOriginal ? b : a;
    List<String> examples = new ArrayList<>();
    for (String k : common) {
      if (examples.size() == 3) break;
      Claim r = rewrite.first.get(k);
      Claim o = original.first.get(k);
      if (r != null && o != null) {
        examples.add(r.topic() + ": " + r.valueAsWritten() + " \u21d4 " + o.valueAsWritten());
      }
    }
    return new Echo(rewrite.doc.id(), original.doc.id(), Echo.Basis.FIGURES, 0, containment, 0, common.size(),
        examples);
  }

  private static List<String> distinctive(List<String> keys, Map<String, List<Integer>> holders) {
    List<String> out = new ArrayList<>(keys.size());
    for (String k : keys) {
      List<Integer> h = holders.get(k);
      if (h == null || h.size() <= MAX_HOLDERS) out.add(k);
    }
    return out;
  }

  private static boolean isOriginal(Figures a, Figures b) {
    LocalDate pa = a.doc.published();
    LocalDate pb = b.doc.published();
    if (pa != null && pb != null && !pa.equals(pb)) return pa.isBefore(pb);
    if (a.keys.size() != b.keys.size()) return a.keys.size() > b.keys.size();
    return a.doc.id().compareTo(b.doc.id()) < 0;
  }

  /** The longest common subsequence of two lists of distinct keys (dynamic programming, in order). */
  static List<String> commonSubsequence(List<String> x, List<String> y) {
    int[][] len = new int[x.size() + 1][y.size() + 1];
    for (int i = x.size() - 1; i >= 0; i--) {
      for (int j = y.size() - 1; j >= 0; j--) {
        len[i][j] = x.get(i).equals(y.get(j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
      }
    }
    List<String> out = new ArrayList<>(len[0][0]);
    int i = 0;
    int j = 0;
    while (i < x.size() && j < y.size()) {
      if (x.get(i).equals(y.get(j))) {
        out.add(x.get(i));
        i++;
        j++;
      } else if (len[i + 1][j] >= len[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    return out;
  }
}
