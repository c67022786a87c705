package org.crosscheck.truth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A problem large enough for every shortcut of the passes: a warm start on a sample, sampled pair
 * counts for copy detection, fixed, bulk, regular and general items, a newly found offset moving
 * items to the general path. The shortcuts must not make the result depend on the input order or
 * the thread count, and must still find what there is to find.
 */
class TruthDiscoveryLargeTest {
  static final int ITEMS = 60_000;

  /** One observation: item key, attribute (0 a time, 1 a count), source, value. */
  record Obs(String item, int attribute, String source, double value) {}

  static List<Obs> observations;

  /**
   * 24 sources with accuracies from 0.65 to 0.95; "copy-a" and "copy-b" repeat "s05"; "late" is
   * 30 minutes late on every time it gives; times within a minute of each other support each
   * other, counts only when equal. 8 distinct sources on every item (plus the copies and the late
   * one), so copy detection samples.
   */
  @BeforeAll
  static void generate() {
    SplittableRandom random = new SplittableRandom(17);
    List<String> sources = new ArrayList<>();
    for (int s = 0; s < 20; s++) sources.add(String.format(Locale.ROOT, "s%02d", s));
    observations = new ArrayList<>();
    for (int i = 0; i < ITEMS; i++) {
      int attribute = i % 3 == 0 ? 1 : 0;
      String key = "item" + i;
      double truth = attribute == 0 ? 1_000_000 + 10 * i : i % 40;
      double s05 = Double.NaN;
      int[] order = new int[sources.size()];
      for (int k = 0; k < order.length; k++) order[k] = k;
      for (int k = 0; k < 8; k++) {
        int pick = k + random.nextInt(order.length - k); // 8 distinct sources
        int s = order[pick];
        order[pick] = order[k];
        order[k] = s;
        double accuracy = 0.65 + 0.3 * s / (sources.size() - 1);
        double v = truth;
        if (random.nextDouble() >= accuracy) v = attribute == 0 ? truth + 2 + random.nextInt(30) : (truth + 1 + random.nextInt(5)) % 40;
        else if (attribute == 0 && random.nextInt(4) == 0) v = truth + 1; // rounding: supports the truth
        if (s == 5) s05 = v;
        observations.add(new Obs(key, attribute, sources.get(s), v));
      }
      if (!Double.isNaN(s05)) {
        observations.add(new Obs(key, attribute, "copy-a", s05));
        observations.add(new Obs(key, attribute, "copy-b", s05));
      }
      if (attribute == 0 && random.nextInt(3) == 0) observations.add(new Obs(key, 0, "late", truth + 30));
    }
  }

  static TruthProblem problem(List<Obs> obs) {
    TruthProblem.Builder b = TruthProblem.builder();
    int time = b.attribute(Attribute.continuous("time", 1));
    int count = b.attribute(Attribute.continuous("count", 0));
    for (Obs o : obs) {
      b.observe(b.item(o.item(), o.attribute() == 0 ? time : count), b.source(o.source()), o.value(), o.value());
    }
    return b.build();
  }

  static TreeMap<String, String> byKey(TruthResult r) {
    TreeMap<String, String> out = new TreeMap<>();
    Consensus c = r.consensus();
    for (int i = 0; i < c.problem().itemCount(); i++) {
      out.put(c.problem().itemKey(i), c.describe(i) + " @" + c.confidence(i));
    }
    return out;
  }

  @Test
  void run_largeProblem_sameResultForReversedInputAndAnyThreadCount() {
    TruthProblem p = problem(observations);
    List<Obs> reversed = new ArrayList<>(observations);
    java.util.Collections.reverse(reversed);
    TruthProblem q = problem(reversed);

    TruthResult one = TruthDiscovery.run(p, TruthConfig.defaults().withThreads(1));
    TruthResult three = TruthDiscovery.run(q, TruthConfig.defaults().withThreads(3));

    assertThat(one.toString()).contains("on a 1-in-8 sample"); // the warm start ran
    assertThat(three.toString()).isEqualTo(one.toString());
    assertThat(three.table()).isEqualTo(one.table());
    assertThat(byKey(three)).isEqualTo(byKey(one));
  }

  @Test
  void run_largeProblem_findsTheCopiesAndTheOffset() {
    TruthProblem p = problem(observations);
    TruthResult r = TruthDiscovery.run(p, TruthConfig.defaults());

    assertThat(r.dependentPairs()).extracting(d -> d.first() + "~" + d.second())
        .contains("copy-a~copy-b", "copy-a~s05", "copy-b~s05");
    assertThat(r.systematicDifferences()).extracting(SystematicDifference::toString)
        .anySatisfy(d -> assertThat(d).startsWith("late, time: OFFSET, median +30"));
    int right = 0;
    for (int i = 0; i < ITEMS; i++) {
      double truth = i % 3 == 0 ? i % 40 : 1_000_000 + 10 * i;
      if (r.consensus().lo(p.itemId("item" + i).getAsInt()) == truth) right++;
    }
    assertThat(right / (double) ITEMS).isGreaterThan(0.95);
  }

  /**
   * The deviation histogram of the regular items is built once and then kept up to date: moved
   * along with the items whose value changes, and losing the items a newly found offset moves to
   * the general path. At the end it must equal a fresh sweep of the final consensus. On a third
   * of the items there is no warm start, so the offset is found in the passes themselves; on all
   * of them the warm start finds it, and the first pass sweeps the histogram as it resolves.
   */
  @Test
  void run_liveHistogram_equalsAFreshSweepAtTheEnd() {
    TruthProblem third = problem(observations.stream()
        .filter(o -> Integer.parseInt(o.item().substring(4)) < ITEMS / 3).toList());
    assertLiveHistogramFresh(third, false);
    assertLiveHistogramFresh(problem(observations), true);
  }

  private static void assertLiveHistogramFresh(TruthProblem p, boolean warmStart) {
    TruthDiscovery.Run run = new TruthDiscovery.Run(p, TruthConfig.defaults().withThreads(2), null, null);
    try {
      TruthResult r = run.execute();
      assertThat(r.toString().contains("sample")).isEqualTo(warmStart);
      assertThat(r.systematicDifferences()).extracting(SystematicDifference::toString)
          .anySatisfy(d -> assertThat(d).startsWith("late, time: OFFSET"));
      assertThat(run.layout.generalCount).isPositive();
      assertThat(run.histogramLive).isTrue();
      long[] live = run.regularHistogram.clone();

      run.histogramLive = false;
      run.sweptInPass = false;
      run.histogram(run.last);

      assertThat(java.util.Arrays.equals(run.regularHistogram, live))
          .as("the live histogram equals a fresh sweep (warm start: %s)", warmStart).isTrue();
    } finally {
      run.close();
    }
  }

  /** More sources than the dense pair table takes: the pair counts go to a hash table, and copies are still found. */
  @Test
  void run_manySources_pairCountsInAHashTable() {
    SplittableRandom random = new SplittableRandom(3);
    TruthProblem.Builder b = TruthProblem.builder();
    int a = b.attribute(Attribute.continuous("n", 0));
    for (int i = 0; i < 400; i++) {
      int item = b.item("item" + i, a);
      double truth = 100 * i;
      double copied = random.nextInt(3) == 0 ? truth + 7 : truth;
      b.observe(item, b.source("copy-a"), copied, copied);
      b.observe(item, b.source("copy-b"), copied, copied);
      for (int k = 0; k < 8; k++) {
        String source = String.format(Locale.ROOT, "s%05d", random.nextInt(20_000));
        double v = random.nextInt(5) == 0 ? truth + 1 + random.nextInt(20) : truth;
        b.observe(item, b.source(source), v, v);
      }
    }
    TruthProblem p = b.build();
    assertThat(p.sourceCount()).isGreaterThan(Dependence.DENSE_SOURCES);

    TruthResult r = TruthDiscovery.run(p, TruthConfig.defaults());

    assertThat(r.copyDetectionSkipped()).isFalse();
    assertThat(r.dependentPairs()).extracting(d -> d.first() + "~" + d.second()).containsExactly("copy-a~copy-b");
  }
}
