package org.crosscheck.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.crosscheck.value.TimeValue;
import org.crosscheck.value.Values;
import org.junit.jupiter.api.Test;

class TruthProblemTest {

  @Test
  void build_mergesIdenticalValuesIntoClassesAndNumbersSourcesByName() {
    TruthProblem.Builder b = TruthProblem.builder();
    int a = b.attribute(Attribute.continuous("departure", 1));
    int i = b.item("AA-1 departure", a);
    b.observe(i, b.source("zeta"), TimeValue.at(Instant.parse("2011-12-01T13:55:00Z")));
    b.observe(i, b.source("alpha"), TimeValue.at(Instant.parse("2011-12-01T13:55:40Z")));
    b.observe(i, b.source("mid"), TimeValue.at(Instant.parse("2011-12-01T14:05:00Z")));
    TruthProblem p = b.build();
    assertThat(p.toString()).isEqualTo("TruthProblem[1 items, 3 sources, 3 observations in 2 classes]");
    assertThat(p.sourceNames()).containsExactly("alpha", "mid", "zeta");
    assertThat(p.itemId("AA-1 departure")).hasValue(0);
    assertThat(p.itemId("nothing")).isEmpty();
  }

  /**
   * Items long enough for the merge sort (more than 24 observations) and short ones, with repeated
   * values, intervals sharing a low end, -0.0 beside 0.0 and a source saying one value twice: the
   * compiled layout is the same whatever the order the observations came in, and classes list their
   * sources in id order.
   */
  @Test
  void build_layoutDoesNotDependOnObservationOrder() {
    int n = 0;
    double[][] rows = new double[200][];
    java.util.SplittableRandom random = new java.util.SplittableRandom(14);
    for (int k = 0; k < rows.length; k++) {
      int item = k < 150 ? 0 : 1 + random.nextInt(5); // item 0 holds 150 observations, items 1-5 hold about 10 each
      double lo = random.nextInt(6) - 2;
      if (lo == 0 && random.nextBoolean()) lo = -0.0;
      double hi = lo + random.nextInt(2);
      rows[n++] = new double[] {item, random.nextInt(12), lo, hi};
    }
    rows[n - 1] = rows[0].clone(); // one source says one value twice about one item
    TruthProblem first = compile(rows);
    for (int shuffle = 0; shuffle < 5; shuffle++) {
      for (int k = rows.length - 1; k > 0; k--) {
        int j = random.nextInt(k + 1);
        double[] t = rows[k];
        rows[k] = rows[j];
        rows[j] = t;
      }
      TruthProblem again = compile(rows);
      assertThat(again.itemClassStart()).isEqualTo(first.itemClassStart());
      assertThat(again.classLo()).isEqualTo(first.classLo());
      assertThat(again.classHi()).isEqualTo(first.classHi());
      assertThat(again.classObsStart()).isEqualTo(first.classObsStart());
      assertThat(again.obsSource()).isEqualTo(first.obsSource());
    }
    assertThat(first.observationCount()).isEqualTo(200);
    for (int c = 0; c < first.classCount(); c++) {
      for (int o = first.classObsStart()[c] + 1; o < first.classObsStart()[c + 1]; o++) {
        assertThat(first.obsSource()[o]).isGreaterThanOrEqualTo(first.obsSource()[o - 1]);
      }
    }
    for (int i = 0; i < first.itemCount(); i++) {
      for (int c = first.itemClassStart()[i] + 1; c < first.itemClassStart()[i + 1]; c++) {
        // classes of an item by low end, then high end (in Double.compare order: -0.0 before 0.0)
        int byLo = Double.compare(first.classLo()[c - 1], first.classLo()[c]);
        assertThat(byLo <= 0 && (byLo < 0 || first.classHi()[c - 1] < first.classHi()[c])).as("class %s", c).isTrue();
      }
    }
    assertThat(first.itemClassStart()[1] - first.itemClassStart()[0]).isGreaterThan(5); // item 0 has many classes
  }

  /** Rows of (item, source, lo, hi); items are registered in the order 0, 1, 2, ... first. */
  private static TruthProblem compile(double[][] rows) {
    TruthProblem.Builder b = TruthProblem.builder();
    int a = b.attribute(Attribute.continuous("value", 1));
    for (int i = 0; i < 6; i++) b.item("item " + i, a);
    for (int s = 0; s < 12; s++) b.source(String.format(java.util.Locale.ROOT, "s%02d", s));
    for (double[] r : rows) b.observe((int) r[0], (int) r[1], r[2], r[3]);
    return b.build();
  }

  @Test
  void observe_quantityUsesItsCanonicalInterval() {
    TruthProblem.Builder b = TruthProblem.builder();
    int a = b.attribute(Attribute.continuous("fighters", 0));
    int i = b.item("fighters@al-Qaim", a);
    b.observe(i, b.source("Reuters"), Values.between(1500, 2500));
    b.observe(i, b.source("Al-Arab"), Values.about(1500));
    b.observe(i, b.source("X"), Values.moreThan(3000));
    TruthProblem p = b.build();
    Consensus c = TruthDiscovery.run(p, TruthConfig.defaults()).consensus();
    assertThat(c.describe(0)).isEqualTo("[1350..1650]");
    assertThat(p.describe(0, 3000, Double.POSITIVE_INFINITY)).isEqualTo("[3000..Infinity]");
  }

  @Test
  void badInput_namesTheValueAndTheFix() {
    TruthProblem.Builder b = TruthProblem.builder();
    int a = b.attribute(Attribute.continuous("n", 0));
    int i = b.item("k", a);
    int s = b.source("s");
    assertThatThrownBy(() -> b.observe(i, s, 5, 3)).hasMessageContaining("lo <= hi").hasMessageContaining("'k'");
    assertThatThrownBy(() -> b.observe(i, s, Values.label("D5"))).hasMessageContaining("continuous");
    assertThatThrownBy(() -> b.item("k", b.attribute(Attribute.categorical("g")))).hasMessageContaining("one key, one attribute");
    assertThatThrownBy(() -> Attribute.continuous("t", -1)).hasMessageContaining("tolerance");
    assertThatThrownBy(() -> new Attribute("g", Attribute.Kind.CATEGORICAL, 2)).hasMessageContaining("categorical(name)");
    b.build();
    assertThatThrownBy(() -> b.observe(i, s, 1, 1)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void attribute_toString() {
    assertThat(Attribute.continuous("actual departure", 10).toString()).isEqualTo("actual departure (continuous \u00b110)");
    assertThat(Attribute.categorical("departure gate").toString()).isEqualTo("departure gate (categorical)");
    assertThat(Attribute.continuous("fighters", 0).withUnit(10).toString()).isEqualTo("fighters (continuous \u00b10, unit 10)");
    assertThat(Attribute.continuous("share", 1).withUnit(0.5).toString()).isEqualTo("share (continuous \u00b11, unit 0.5)");
    assertThat(Attribute.categorical("towns").multiTruth(", ").toString())
        .isEqualTo("towns (categorical, multi-truth ', ')");
    assertThat(Attribute.categorical("authors", ValueSimilarity.nameTokens()).multiTruth(";").toString())
        .isEqualTo("authors (categorical, name tokens, multi-truth ';')");
  }

  @Test
  void attribute_unitAndMultiTruth_onlyWhereTheyMeanSomething() {
    assertThat(Attribute.continuous("t", 0).unit()).isEqualTo(1);
    assertThat(Attribute.categorical("g").isMultiTruth()).isFalse();
    assertThatThrownBy(() -> Attribute.continuous("t", 0).withUnit(0)).hasMessageContaining("unit")
        .hasMessageContaining("> 0");
    assertThatThrownBy(() -> Attribute.continuous("t", 0).withUnit(Double.POSITIVE_INFINITY))
        .hasMessageContaining("finite");
    assertThatThrownBy(() -> Attribute.categorical("g").withUnit(2)).hasMessageContaining("'g' is categorical");
    assertThatThrownBy(() -> Attribute.continuous("t", 0).multiTruth(",")).hasMessageContaining("'t' is continuous");
    assertThatThrownBy(() -> Attribute.categorical("g").multiTruth("")).hasMessageContaining("delimiter");
    assertThatThrownBy(() -> new Attribute("g", Attribute.Kind.CATEGORICAL, 0, ValueSimilarity.exact(), 3, ""))
        .hasMessageContaining("no unit");
  }

  @Test
  void attribute_members_splitTrimAndSkipEmptyOnes() {
    Attribute towns = Attribute.categorical("towns").multiTruth(",");
    assertThat(towns.members(" Hajin, al-Bukamal,,Mayadin ")).containsExactly("Hajin", "al-Bukamal", "Mayadin");
    assertThat(towns.members("")).isEmpty();
    assertThat(Attribute.categorical("authors").multiTruth(" and ").members("Ann Lee and Bo Chen"))
        .containsExactly("Ann Lee", "Bo Chen");
    assertThat(Attribute.categorical("g").members("a, b")).containsExactly("a, b");
  }
}
