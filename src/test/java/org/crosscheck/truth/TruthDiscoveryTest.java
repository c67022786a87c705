package org.crosscheck.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TruthDiscoveryTest {

  /** One observation of a hand-made case. */
  record Obs(String item, String source, double value) {}

  private static TruthProblem problem(List<Obs> observations, Attribute attribute) {
    TruthProblem.Builder b = TruthProblem.builder();
    int a = b.attribute(attribute);
    for (Obs o : observations) b.observe(b.item(o.item(), a), b.source(o.source()), o.value(), o.value());
    return b.build();
  }

  /** Truth of item k: 1000 + 10 k. */
  private static double truth(int k) {
    return 1000 + 10 * k;
  }

  /**
   * One accurate source, two fair independent ones, and four copies of one careless site: the
   * copies outvote everyone else on the items where they are wrong.
   */
  private static List<Obs> copierCase() {
    Random random = new Random(7);
    List<Obs> out = new ArrayList<>();
    for (int k = 0; k < 300; k++) {
      String item = "item" + k;
      double t = truth(k);
      out.add(new Obs(item, "accurate", t));
      for (String fair : List.of("fair1", "fair2")) {
        out.add(new Obs(item, fair, random.nextDouble() < 0.85 ? t : t + 100 + random.nextInt(50)));
      }
      double copied = random.nextDouble() < 0.5 ? t : t + 5;
      for (int c = 1; c <= 4; c++) out.add(new Obs(item, "copy" + c, copied));
    }
    return out;
  }

  private static double precision(Consensus consensus, int items) {
    int right = 0;
    for (int k = 0; k < items; k++) {
      int i = consensus.problem().itemId("item" + k).getAsInt();
      if (consensus.lo(i) == truth(k)) right++;
    }
    return right / (double) items;
  }

  @Test
  void run_copierClusterDoesNotOutvoteAnAccurateSource() {
    TruthProblem p = problem(copierCase(), Attribute.continuous("count", 0));
    double vote = precision(TruthDiscovery.majorityVote(p), 300);
    TruthResult result = TruthDiscovery.run(p, TruthConfig.defaults());
    double ours = precision(result.consensus(), 300);

    assertThat(vote).isLessThan(0.6);
    assertThat(ours).isGreaterThanOrEqualTo(0.97);
    assertThat(result.dependentPairs()).extracting(d -> d.first() + "~" + d.second())
        .contains("copy1~copy2", "copy1~copy4", "copy3~copy4")
        .noneMatch(s -> s.contains("accurate"));
    assertThat(result.sources().get(p.sourceId("copy1").getAsInt()).dependents())
        .containsExactly("copy2", "copy3", "copy4");
    assertThat(result.sources().get(p.sourceId("accurate").getAsInt()).accuracy()).isGreaterThan(0.9);
  }

  @Test
  void run_withoutCopyDetection_theCopiesWin() {
    TruthProblem p = problem(copierCase(), Attribute.continuous("count", 0));
    TruthResult result = TruthDiscovery.run(p, TruthConfig.defaults().withCopyDetection(false));
    assertThat(precision(result.consensus(), 300)).isLessThan(0.6);
    assertThat(result.dependentPairs()).isEmpty();
  }

  /**
   * Three independent sources, each wrong on one item in ten, on items 0..199; a source an hour
   * late everywhere, alone on items 200..299.
   */
  private static List<Obs> offsetCase() {
    Random random = new Random(5);
    List<Obs> out = new ArrayList<>();
    for (int k = 0; k < 300; k++) {
      String item = "item" + k;
      double t = truth(k);
      if (k < 200) {
        for (String s : List.of("a", "b", "c")) out.add(new Obs(item, s, random.nextInt(10) == 0 ? t - 30 - random.nextInt(300) : t));
      }
      out.add(new Obs(item, "late", t + 60));
    }
    return out;
  }

  @Test
  void run_constantOffsetIsReportedAndCorrected() {
    TruthProblem p = problem(offsetCase(), Attribute.continuous("departure", 1));
    TruthResult result = TruthDiscovery.run(p, TruthConfig.defaults());

    assertThat(result.systematicDifferences()).hasSize(1);
    SystematicDifference d = result.systematicDifferences().get(0);
    assertThat(d.toString()).isEqualTo("late, departure: OFFSET, median +60 (spread 0), 100% of 196 near values differ");
    // where the late source speaks alone, its value is shifted back by the offset
    assertThat(precision(result.consensus(), 300)).isGreaterThanOrEqualTo(0.99);
    assertThat(precision(TruthDiscovery.majorityVote(p), 300)).isLessThan(0.7);
  }

  /**
   * The offset case in hundreds (a count of people): the same source 5,000 too high everywhere.
   * In units of 100 the deviation lies within the window of 60 units and is found and corrected;
   * in units of one it is far outside the window of 60, a gross error like any other.
   */
  @Test
  void run_offsetJudgedInTheAttributesOwnUnit() {
    List<Obs> people = new ArrayList<>();
    for (Obs o : offsetCase()) {
      double t = truth(Integer.parseInt(o.item().substring(4)));
      people.add(new Obs(o.item(), o.source(), t * 100 + (o.value() - t) * 500 / 6));
    }
    TruthProblem inHundreds = problem(people, Attribute.continuous("fighters", 100).withUnit(100));
    TruthResult result = TruthDiscovery.run(inHundreds, TruthConfig.defaults());
    assertThat(result.systematicDifferences()).extracting(Object::toString)
        .containsExactly("late, fighters: OFFSET, median +5000 (spread 0), 100% of 196 near values differ");
    int right = 0;
    for (int k = 0; k < 300; k++) {
      if (result.consensus().lo(inHundreds.itemId("item" + k).getAsInt()) == truth(k) * 100) right++;
    }
    assertThat(right).isGreaterThanOrEqualTo(297);

    TruthProblem inOnes = problem(people, Attribute.continuous("fighters", 100));
    assertThat(TruthDiscovery.run(inOnes, TruthConfig.defaults()).systematicDifferences()).isEmpty();
  }

  /**
   * Three independent sources, each wrong on one item in ten; four that report a later event
   * (truth + 8..20 minutes, as take-off is to gate departure) on every item.
   */
  @Test
  void run_differentMeaningIsReportedAsScopeAndLeftOut() {
    Random random = new Random(3);
    List<Obs> obs = new ArrayList<>();
    for (int k = 0; k < 200; k++) {
      double t = truth(k);
      for (String s : List.of("a", "b", "c")) obs.add(new Obs("item" + k, s, random.nextInt(10) == 0 ? t - 30 - random.nextInt(300) : t));
      for (String s : List.of("takeoff1", "takeoff2", "takeoff3", "takeoff4")) {
        obs.add(new Obs("item" + k, s, t + 8 + random.nextInt(13)));
      }
    }
    TruthProblem p = problem(obs, Attribute.continuous("departure", 1));
    TruthResult result = TruthDiscovery.run(p, TruthConfig.defaults());
    assertThat(result.systematicDifferences()).extracting(SystematicDifference::source, SystematicDifference::kind)
        .allMatch(t -> t.toList().get(1) == SystematicDifference.Kind.SCOPE)
        .hasSize(4);
    // wrong only where two of the three erred on the same item
    assertThat(precision(result.consensus(), 200)).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void run_sameResultForShuffledInputAndAnyThreadCount() {
    List<Obs> obs = copierCase();
    obs.addAll(offsetCase().stream().map(o -> new Obs("x" + o.item(), o.source(), o.value())).toList());
    TruthProblem p = problem(obs, Attribute.continuous("count", 1));
    List<Obs> shuffled = new ArrayList<>(obs);
    Collections.shuffle(shuffled, new Random(11));
    TruthProblem q = problem(shuffled, Attribute.continuous("count", 1));

    TruthResult one = TruthDiscovery.run(p, TruthConfig.defaults().withThreads(1));
    TruthResult other = TruthDiscovery.run(q, TruthConfig.defaults().withThreads(4));
    assertThat(byKey(other)).isEqualTo(byKey(one));
    assertThat(other.table()).isEqualTo(one.table());
  }

  private static TreeMap<String, String> byKey(TruthResult r) {
    TreeMap<String, String> out = new TreeMap<>();
    Consensus c = r.consensus();
    for (int i = 0; i < c.problem().itemCount(); i++) {
      out.put(c.problem().itemKey(i), c.describe(i) + " @" + c.confidence(i));
    }
    return out;
  }

  @Test
  void majorityVote_tiesGoToTheLowerValue() {
    TruthProblem p = problem(List.of(new Obs("i", "a", 5), new Obs("i", "b", 3), new Obs("j", "a", 1),
        new Obs("j", "b", 2), new Obs("j", "c", 2)), Attribute.continuous("n", 0));
    Consensus c = TruthDiscovery.majorityVote(p);
    assertThat(c.describe(p.itemId("i").getAsInt())).isEqualTo("3");
    assertThat(c.describe(p.itemId("j").getAsInt())).isEqualTo("2");
    assertThat(c.toString()).isEqualTo("Consensus[majority vote, 2 items]");
  }

  @Test
  void run_categoricalValues() {
    TruthProblem.Builder b = TruthProblem.builder();
    int gate = b.attribute(Attribute.categorical("gate"));
    int item = b.item("AA-1 gate", gate);
    b.observe(item, b.source("x"), org.crosscheck.value.Label.of("D5"));
    b.observe(item, b.source("y"), org.crosscheck.value.Label.of(" d5 "));
    b.observe(item, b.source("z"), org.crosscheck.value.Label.of("D7"));
    TruthProblem p = b.build();
    assertThat(p.classCount()).isEqualTo(2);
    assertThat(TruthDiscovery.run(p, TruthConfig.defaults()).consensus().describe(0)).isEqualTo("D5");
  }

  @Test
  void run_emptyProblem_says_so() {
    TruthProblem.Builder b = TruthProblem.builder();
    b.attribute(Attribute.categorical("gate"));
    TruthProblem p = b.build();
    assertThatThrownBy(() -> TruthDiscovery.run(p, TruthConfig.defaults())).hasMessageContaining("no items");
  }
}
