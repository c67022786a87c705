package org.crosscheck.truth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.crosscheck.value.Label;

/**
 * Laws of truth discovery: renaming the sources or reordering the observations changes nothing
 * (chosen values — multi-truth sets too —, accuracies and dependent pairs, with a link from
 * outside the data among them, read back under the old names, exactly;
 * confidences to 12 digits, as they are softmaxes of weights summed in source order).
 * The problems are small enough for copy detection to count every pair; on a large problem the
 * pairs drawn follow the sources' order, so a renaming may change which pairs are drawn.
 */
class TruthDiscoveryPropertiesTest {

  record Row(String item, String source, String value) {}

  /** A random problem: 40 items, 8 sources of varied accuracy, two of which copy a third. */
  static List<Row> rows(long seed) {
    Random random = new Random(seed);
    List<Row> rows = new ArrayList<>();
    double[] accuracy = {0.9, 0.8, 0.7, 0.6, 0.85, 0.5, 0.5, 0.5};
    for (int k = 0; k < 40; k++) {
      String[] given = new String[accuracy.length];
      for (int s = 0; s < accuracy.length; s++) {
        if (s < 5 && random.nextDouble() < 0.2) continue; // not every source speaks of every item
        given[s] = random.nextDouble() < accuracy[s] ? "v" + k : "w" + random.nextInt(4);
        if (s >= 6 && given[5] != null && random.nextDouble() < 0.8) given[s] = given[5];
        rows.add(new Row("item" + k, "source" + s, given[s]));
      }
    }
    return rows;
  }

  /**
   * Runs the rows with sources renamed; source 7 is linked as a copier of source 5 (as an echo
   * would link them). Multi-truth: each value is a set, the row's value and a member that depends
   * on the row alone.
   */
  static TruthResult run(List<Row> rows, Map<String, String> rename, ValueSimilarity similarity, boolean multi) {
    TruthProblem.Builder b = TruthProblem.builder();
    Attribute attribute = Attribute.categorical("value", similarity);
    int a = b.attribute(multi ? attribute.multiTruth("+") : attribute);
    for (Row r : rows) {
      String value = multi ? r.value() + "+m" + Math.floorMod((r.item() + r.source()).hashCode(), 3) : r.value();
      b.observe(b.item(r.item(), a), b.source(rename.get(r.source())), Label.of(value));
    }
    b.link(b.source(rename.get("source7")), b.source(rename.get("source5")));
    return TruthDiscovery.run(b.build(), TruthConfig.defaults());
  }

  /** What a result says, under the original source names. */
  static Map<String, Object> summary(TruthResult r, Map<String, String> back) {
    Map<String, Object> out = new TreeMap<>();
    Consensus c = r.consensus();
    for (int i = 0; i < c.problem().itemCount(); i++) {
      // a confidence is a softmax of weights summed in source order: equal to 12 digits, not to the last bit
      out.put("item " + c.problem().itemKey(i),
          c.describe(i) + " @ " + String.format(Locale.ROOT, "%.12f", c.confidence(i)));
    }
    for (SourceReliability s : r.sources()) {
      out.put("source " + back.get(s.source()), s.accuracy() + " / " + s.claims());
    }
    TreeSet<String> pairs = new TreeSet<>();
    for (DependentPair d : r.dependentPairs()) {
      String x = back.get(d.first());
      String y = back.get(d.second());
      String copier = d.likelyCopier().isEmpty() ? "-" : back.get(d.likelyCopier());
      pairs.add((x.compareTo(y) < 0 ? x + "~" + y : y + "~" + x) + " " + d.dependence() + " copier " + copier);
    }
    out.put("pairs", pairs);
    return out;
  }

  @Property(tries = 12)
  void renamingSourcesAndReorderingRowsChangesNothing(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
      @ForAll boolean names, @ForAll boolean multi) {
    List<Row> rows = rows(seed);
    ValueSimilarity similarity = names ? ValueSimilarity.nameTokens() : ValueSimilarity.exact();
    Map<String, String> same = new HashMap<>();
    Map<String, String> renamed = new HashMap<>();
    Map<String, String> back = new HashMap<>();
    List<String> newNames = new ArrayList<>();
    for (int s = 0; s < 8; s++) newNames.add("outlet-" + (char) ('a' + s));
    Collections.shuffle(newNames, new Random(seed + 1)); // a renaming that changes the sources' order
    for (int s = 0; s < 8; s++) {
      same.put("source" + s, "source" + s);
      renamed.put("source" + s, newNames.get(s));
      back.put(newNames.get(s), "source" + s);
      back.put("source" + s, "source" + s);
    }
    List<Row> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(seed + 2));

    Map<String, Object> before = summary(run(rows, same, similarity, multi), back);
    Map<String, Object> after = summary(run(shuffled, renamed, similarity, multi), back);

    assertThat(after).isEqualTo(before);
  }
}
