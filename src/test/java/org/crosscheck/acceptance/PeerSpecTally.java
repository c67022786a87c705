package org.crosscheck.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The tally of a peer test suite (Recognizers-Text, Duckling) against one language's parsers: each
 * case passes, fails, or is rejected by an entry of the language's rejection list (suite TAB input
 * to its reason). Shared by the Arabic and English peer-spec checks, which differ only in how they
 * read and run a case. Prints {@code peer specs<label>: P of Q in scope passed}, the figures by
 * suite, every rejection with its reason and every failure.
 */
public final class PeerSpecTally {
  private final Map<String, String> rejections;
  private final Map<String, int[]> bySuite = new LinkedHashMap<>();
  private final List<String> failures = new ArrayList<>();
  private final List<String> rejectedButPassing = new ArrayList<>();
  private final Map<String, Integer> rejectedUse = new LinkedHashMap<>();
  private int passed;
  private int inScope;

  /** A tally against these rejections (suite TAB input to reason). */
  public PeerSpecTally(Map<String, String> rejections) {
    this.rejections = rejections;
    rejections.keySet().forEach(k -> rejectedUse.put(k, 0));
  }

  /**
   * Counts one case of {@code suite}: {@code failure} is {@code null} when it passed, else what was
   * found; {@code expected} is shown with a failure.
   */
  public void count(String suite, String input, Object expected, @org.jspecify.annotations.Nullable String failure) {
    int[] counts = bySuite.computeIfAbsent(suite, k -> new int[3]);
    String key = suite + "\t" + input;
    boolean ok = failure == null;
    if (rejections.containsKey(key)) {
      rejectedUse.merge(key, 1, Integer::sum);
      counts[2]++;
      if (ok) rejectedButPassing.add(suite + " | " + input);
      return;
    }
    inScope++;
    counts[1]++;
    if (ok) {
      passed++;
      counts[0]++;
    } else {
      failures.add(suite + " | " + input + " | expected " + expected + " | " + failure);
    }
  }

  /** Counts every case, run by {@code run} ({@code null} when it passes). */
  public <C> void countAll(List<C> cases, Function<C, String> suite, Function<C, String> input,
      Function<C, Object> expected, Function<C, String> run) {
    for (C c : cases) count(suite.apply(c), input.apply(c), expected.apply(c), run.apply(c));
  }

  /** Prints the figures (the first line with {@code label} after "peer specs", as in " (en)"). */
  public void print(String label) {
    System.out.printf(Locale.ROOT, "peer specs%s: %d of %d in scope passed%n", label, passed, inScope);
    bySuite.forEach((suite, n) -> System.out.printf(Locale.ROOT, "  %-18s %3d of %3d passed, %3d rejected%n", suite,
        n[0], n[1], n[2]));
    System.out.printf(Locale.ROOT, "rejected cases (%d entries, peer-spec-rejections.tsv):%n", rejections.size());
    rejections.forEach((k, reason) -> System.out.println("  " + k.replace("\t", " | ") + " | " + reason));
    System.out.printf(Locale.ROOT, "failures in scope (%d):%n", failures.size());
    failures.forEach(f -> System.out.println("  " + f));
    if (!rejectedButPassing.isEmpty()) {
      System.out.println("rejected but passing (the rejection may no longer be needed):");
      rejectedButPassing.forEach(f -> System.out.println("  " + f));
    }
  }

  /** Fails on a rejection that matches no case, or when fewer than {@code percent}% of the cases in scope pass. */
  public void check(int percent) {
    List<String> stale = rejectedUse.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
    assertThat(stale).as("rejections that match no case").isEmpty();
    assertThat(passed * 100L).as("passed of %d in scope", inScope).isGreaterThanOrEqualTo((long) percent * inScope);
  }
}
