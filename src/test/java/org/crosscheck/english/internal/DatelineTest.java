package org.crosscheck.english.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineTest {
  private static String dateline(String text) {
    EnglishDocument d = EnglishDocument.of(text);
    int[] span = Dateline.find(d);
    return span == null ? "none" : d.text(span[0], span[1]);
  }

  @Test
  void find_readsTheFormsWireStoriesOpenWith() {
    assertThat(dateline("GAZA, Nov. 3 (Wire) - Strikes hit the camp overnight.")).isEqualTo("GAZA, Nov. 3 (Wire) -");
    assertThat(dateline("TRIPOLI, Libya (AP) \u2014 Militias clashed near the airport.")).isEqualTo("TRIPOLI, Libya (AP) \u2014");
    assertThat(dateline("Aden \u2013 Separatists took the port on Friday.")).isEqualTo("Aden \u2013");
    // after a headline on its own line
    assertThat(dateline("Port falls\n\nHODEIDAH (Wire) - The port fell.")).isEqualTo("HODEIDAH (Wire) -");
  }

  @Test
  void find_refusesSentencesThatOnlyLookLikeOne() {
    assertThat(dateline("Rebels said the town - a hub for fuel - had fallen.")).isEqualTo("none");
    assertThat(dateline("the army - its commanders said - held the line.")).isEqualTo("none");
    assertThat(dateline("No dash in this opening sentence at all.")).isEqualTo("none");
  }
}
