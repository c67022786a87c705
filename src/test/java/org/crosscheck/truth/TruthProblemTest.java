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
