package org.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.Crosscheck.*;
import static org.crosscheck.Fixtures.*;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Measures;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.rules.Verdict;

/**
 * Laws of the rule {@code measure.part-of-measure} over generated counts: the verdict does not
 * depend on the order of the pair, and widening the part's or the whole's count never turns
 * COMPATIBLE into CONTRADICT.
 */
class PartOfMeasureLawsTest {
  static final Reconciler R = Reconciler.with(RuleSet.defaults());

  static Claim killed(long lo, long hi) {
    return claim(Measures.KILLED, RAWA, between(lo, hi)).about(ISIS).by(REUTERS).withId("killed");
  }

  static Claim casualties(long lo, long hi) {
    return claim(Measures.CASUALTIES, RAWA, between(lo, hi)).by(AL_ARAB).withId("casualties");
  }

  @Property(tries = 300)
  void partOfMeasure_isSymmetric_andWideningNeverMakesAContradiction(@ForAll @IntRange(min = 1, max = 500) int a,
      @ForAll @IntRange(min = 0, max = 300) int aw, @ForAll @IntRange(min = 1, max = 500) int b,
      @ForAll @IntRange(min = 0, max = 300) int bw, @ForAll @IntRange(min = 0, max = 200) int widen) {
    Claim part = killed(a, a + aw);
    Claim whole = casualties(b, b + bw);
    Assessment x = R.assess(part, whole);
    assertThat(x.rule().id()).isEqualTo("measure.part-of-measure");
    assertThat(R.assess(whole, part).verdict()).isEqualTo(x.verdict());
    // the part fits exactly when its least count is at most the whole's greatest
    assertThat(x.verdict()).isEqualTo(a <= b + bw ? Verdict.COMPATIBLE : Verdict.CONTRADICT);
    if (x.verdict() == Verdict.COMPATIBLE) {
      Claim widerPart = killed(Math.max(0, a - widen), a + aw + widen);
      Claim widerWhole = casualties(Math.max(0, b - widen), b + bw + widen);
      assertThat(R.assess(widerPart, whole).verdict()).isEqualTo(Verdict.COMPATIBLE);
      assertThat(R.assess(part, widerWhole).verdict()).isEqualTo(Verdict.COMPATIBLE);
    }
  }
}
