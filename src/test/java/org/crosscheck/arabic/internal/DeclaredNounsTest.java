package org.crosscheck.arabic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The forms the Arabic extractor makes of a declared noun given in the singular. */
class DeclaredNounsTest {

  @Test
  void feminineNoun_takesItsSoundPluralAndDuals_theComplementAsGiven() {
    assertThat(DeclaredNouns.forms("شاحنة مساعدات")).containsExactly("شاحنه مساعدات", "شاحنات مساعدات",
        "شاحنتان مساعدات", "شاحنتين مساعدات", "شاحنتا مساعدات", "شاحنتي مساعدات");
  }

  @Test
  void otherNoun_takesCaseEndingsSoundPluralsAndDual() {
    assertThat(DeclaredNouns.forms("مسعف")).containsExactly("مسعف", "مسعفا", "مسعفون", "مسعفين", "مسعفو", "مسعفي",
        "مسعفان");
    // a noun in ه that is no teh marbuta (مياه) takes no feminine endings
    assertThat(DeclaredNouns.forms("مياه")).doesNotContain("ميات");
    // a broken plural is given as it is, normalized (hamza on alef)
    assertThat(DeclaredNouns.forms("أطباء")).startsWith("اطباء");
    assertThat(DeclaredNouns.forms("  ")).isEmpty();
  }
}
