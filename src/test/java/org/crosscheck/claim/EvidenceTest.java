package org.crosscheck.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceTest {
  @Test
  void isRuleId_agreesWithThePatternOnEveryShortString() {
    // every string of up to four chars over letters, digits, the two joiners and two chars no id has
    char[] alphabet = {'a', 'z', '0', '9', '.', '-', 'A', '_'};
    List<String> strings = new ArrayList<>();
    strings.add("");
    for (int length = 1; length <= 4; length++) {
      int n = (int) Math.pow(alphabet.length, length);
      for (int k = 0; k < n; k++) {
        StringBuilder sb = new StringBuilder();
        for (int x = k, i = 0; i < length; i++, x /= alphabet.length) sb.append(alphabet[x % alphabet.length]);
        strings.add(sb.toString());
      }
    }
    int ids = 0;
    for (String s : strings) {
      boolean expected = Evidence.RULE_ID.matcher(s).matches();
      assertThat(Evidence.isRuleId(s)).as("\"%s\"", s).isEqualTo(expected);
      if (expected) ids++;
    }
    assertThat(ids).isGreaterThan(100);
  }

  @Test
  void isRuleId_namedRules() {
    assertThat(Evidence.isRuleId("event.date-nearest")).isTrue();
    assertThat(Evidence.isRuleId("date.max-distance")).isTrue();
    assertThat(Evidence.isRuleId("event..date")).isFalse();
    assertThat(Evidence.isRuleId("event.")).isFalse();
    assertThat(Evidence.isRuleId("-event")).isFalse();
    assertThat(Evidence.isRuleId("Event.date")).isFalse();
  }

  @Test
  void constructor_rejectsABadRuleIdNamingIt() {
    assertThatThrownBy(() -> new Evidence("d", new Span(0, 1), new Span(0, 2), "ab", ImmutableList.of("event date")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("event date");
  }
}
