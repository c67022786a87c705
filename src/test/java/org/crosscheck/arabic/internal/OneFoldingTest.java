package org.crosscheck.arabic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.claim.internal.Folding;
import org.junit.jupiter.api.Test;

/** The Arabic normalizer folds every char exactly as the names of the claim model are folded. */
class OneFoldingTest {
  @Test
  void theNormalizerAppliesTheLibrarysOneFoldingToEveryChar() {
    for (int c = 0; c < 0x10000; c++) {
      if (Character.isSurrogate((char) c)) continue;
      String s = "x" + (char) c;
      assertThat(ArabicNormalizer.normalizeToString(s)).as("U+%04X", c).isEqualTo(Folding.fold(s));
    }
  }
}
