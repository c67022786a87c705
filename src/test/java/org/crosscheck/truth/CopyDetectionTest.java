package org.crosscheck.truth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crosscheck.value.Label;
import org.junit.jupiter.api.Test;

/**
 * Bayesian copy detection on a synthetic problem whose copiers are known: a careless original
 * whose values three copiers take four times in five (false ones included), six fair independent
 * sources, and one honest source that is right 97 times in 100 and so agrees with the truth, and
 * with every fair source, a lot.
 */
class CopyDetectionTest {
  static final int ITEMS = 300;
  static final List<String> COPIERS = List.of("copier1", "copier2", "copier3");
  static final List<String> FAIR = List.of("fair1", "fair2", "fair3", "fair4", "fair5", "fair6");

  record Row(String item, String source, String value) {}

  /** The rows; the truth of item k is "t" + k, false values come from a pool of 40 per item. */
  static List<Row> rows(long seed) {
    Random random = new Random(seed);
    List<Row> rows = new ArrayList<>();
    for (int k = 0; k < ITEMS; k++) {
      String item = "item" + k;
      String truth = "t" + k;
      String original = random.nextDouble() < 0.6 ? truth : "f" + random.nextInt(40);
      rows.add(new Row(item, "original", original));
      for (String c : COPIERS) {
        String own = random.nextDouble() < 0.6 ? truth : "f" + random.nextInt(40);
        rows.add(new Row(item, c, random.nextDouble() < 0.8 ? original : own));
      }
      for (String f : FAIR) {
        if (random.nextDouble() < 0.7) {
          rows.add(new Row(item, f, random.nextDouble() < 0.75 ? truth : "f" + random.nextInt(40)));
        }
      }
      rows.add(new Row(item, "honest", random.nextDouble() < 0.97 ? truth : "f" + random.nextInt(40)));
    }
    return rows;
  }

  static TruthProblem problem(List<Row> rows) {
    TruthProblem.Builder b = TruthProblem.builder();
    int a = b.attribute(Attribute.categorical("value"));
    for (Row r : rows) b.observe(b.item(r.item(), a), b.source(r.source()), Label.of(r.value()));
    return b.build();
  }

  static double precision(Consensus c) {
    int right = 0;
    for (int k = 0; k < ITEMS; k++) {
      if (c.describe(c.problem().itemId("item" + k).getAsInt()).equals("t" + k)) right++;
    }
    return right / (double) ITEMS;
  }

  static List<String> pairs(TruthResult r) {
    return r.dependentPairs().stream().map(d -> d.first() + "~" + d.second()).toList();
  }

  @Test
  void bayesian_findsTheCopiersOfFalseValuesAndNotTheHonestSource() {
    TruthProblem p = problem(rows(11));
    TruthResult r = TruthDiscovery.run(p, TruthConfig.defaults());

    assertThat(pairs(r)).contains("copier1~copier2", "copier1~copier3", "copier2~copier3", "copier1~original",
        "copier2~original", "copier3~original");
    assertThat(pairs(r)).allMatch(pair -> pair.matches("(copier\\d|original)~(copier\\d|original)"));
    // where the data gives a direction it is the right one: the original copies nobody
    assertThat(r.dependentPairs()).noneMatch(d -> d.likelyCopier().equals("original"));
    assertThat(precision(r.consensus())).isGreaterThan(precision(TruthDiscovery.majorityVote(p)));
    assertThat(r.copyRounds()).isBetween(1, TruthConfig.defaults().copyRounds());
    assertThat(r.toString()).endsWith(" rounds of copy detection]");
  }

  /**
   * The copiers copy four values in five: on contested items they agree with the original less
   * often than the agreement test's floor (90%), so only the evidence of their shared false values
   * betrays them.
   */
  @Test
  void agreementAlone_missesCopiersThatCopyFourValuesInFive() {
    TruthProblem p = problem(rows(11));
    TruthResult agreement = TruthDiscovery.run(p, TruthConfig.defaults().withBayesianCopies(0, 0.2, 0.8));
    TruthResult bayesian = TruthDiscovery.run(p, TruthConfig.defaults());

    assertThat(pairs(agreement)).doesNotContain("copier1~original", "copier2~original", "copier3~original");
    assertThat(pairs(bayesian)).contains("copier1~original", "copier2~original", "copier3~original");
    double vote = precision(TruthDiscovery.majorityVote(p));
    assertThat(precision(bayesian.consensus())).isGreaterThan(vote).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void bayesian_sameResultOnOneThreadAndOnThree() {
    TruthProblem p = problem(rows(5));
    TruthResult one = TruthDiscovery.run(p, TruthConfig.defaults());
    TruthResult three = TruthDiscovery.run(p, TruthConfig.defaults().withThreads(3));
    assertThat(three.table()).isEqualTo(one.table());
    for (int i = 0; i < p.itemCount(); i++) {
      assertThat(three.consensus().describe(i)).isEqualTo(one.consensus().describe(i));
      assertThat(three.consensus().confidence(i)).isEqualTo(one.consensus().confidence(i));
    }
  }

  @Test
  void config_rejectsParametersOutOfRangeNamingThem() {
    TruthConfig d = TruthConfig.defaults();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> d.withBayesianCopies(-1, 0.2, 0.8))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("copyRounds must be >= 0")
        .hasMessageContaining("got -1");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> d.withBayesianCopies(2, 1, 0.8))
        .hasMessageContaining("copyPrior must lie in (0..1), got 1.0");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> d.withBayesianCopies(2, 0.2, 0))
        .hasMessageContaining("copyRate must lie in (0..1), got 0.0");
    assertThat(d.copyRounds()).isEqualTo(10);
    assertThat(d.copyPrior()).isEqualTo(0.2);
    assertThat(d.copyPartners()).isEqualTo(10);
    assertThat(d.copyRate()).isEqualTo(0.8);
  }

  @Test
  void dependentPair_theLikelyCopierIsOneOfThePair() {
    assertThat(new DependentPair("a", "b", 0.9, 10, 9, "b"))
        .hasToString("a ~ b: dependence 0.90 (identical on 9 of 10 contested items), b likely copies");
    assertThat(new DependentPair("a", "b", 0.9, 10, 9))
        .hasToString("a ~ b: dependence 0.90 (identical on 9 of 10 contested items)");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DependentPair("a", "b", 0.9, 10, 9, "c"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 'c'");
  }

  @Test
  void bayesian_turnedOffWithCopyDetection() {
    TruthResult r = TruthDiscovery.run(problem(rows(11)), TruthConfig.defaults().withCopyDetection(false));
    assertThat(r.dependentPairs()).isEmpty();
  }

  /** The synthetic rows plus two sources that never meet on a contested item, each alone on its own items. */
  static TruthProblem problemWithLinks(List<Row> rows, boolean linkHonest, boolean linkLoners) {
    TruthProblem.Builder b = TruthProblem.builder();
    int a = b.attribute(Attribute.categorical("value"));
    for (Row r : rows) b.observe(b.item(r.item(), a), b.source(r.source()), Label.of(r.value()));
    b.observe(b.item("lonely 1", a), b.source("loner1"), Label.of("x"));
    b.observe(b.item("lonely 2", a), b.source("loner2"), Label.of("y"));
    if (linkHonest) b.link(b.source("fair1"), b.source("honest"));
    if (linkLoners) {
      b.link(b.source("loner2"), b.source("loner1"));
      b.link(b.source("loner2"), b.source("loner1")); // once is enough
      b.link(b.source("loner1"), b.source("loner1")); // ignored
    }
    return b.build();
  }

  @Test
  void link_aPairThatNeverMeetsKeepsThePriorAndTheLinksDirection() {
    TruthProblem p = problemWithLinks(rows(1), false, true);
    assertThat(p.links()).containsExactly("loner2 -> loner1");
    TruthResult r = TruthDiscovery.run(p, TruthConfig.defaults());
    assertThat(r.dependentPairs()).extracting(Object::toString)
        .contains("loner1 ~ loner2: dependence 0.80 (identical on 0 of 0 contested items), loner2 likely copies");
    // below one half the link alone is not enough
    TruthResult doubtful = TruthDiscovery.run(p, TruthConfig.builder().linkPrior(0.4).build());
    assertThat(doubtful.dependentPairs()).extracting(DependentPair::first).doesNotContain("loner1");
  }

  @Test
  void link_theDataClearsALinkedPairThatDiffersWhereSourcesSplit() {
    // fair1 and honest give different values on many contested items: independent, link or not
    TruthResult r = TruthDiscovery.run(problemWithLinks(rows(1), true, false), TruthConfig.defaults());
    assertThat(r.dependentPairs()).extracting(d -> d.first() + "~" + d.second()).doesNotContain("fair1~honest");
    assertThat(r.dependentPairs()).extracting(d -> d.first() + "~" + d.second()).contains("copier1~original");
  }

  @Test
  void link_unknownSourceIsRejected() {
    TruthProblem.Builder b = TruthProblem.builder();
    b.source("one");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> b.link(0, 3)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("original");
  }
}
