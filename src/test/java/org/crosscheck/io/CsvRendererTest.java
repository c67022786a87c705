package org.crosscheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.Crosscheck.*;
import static org.crosscheck.Fixtures.*;

import java.util.List;
import org.crosscheck.claim.Attribution;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Evidence;
import org.crosscheck.claim.Span;
import org.crosscheck.reconcile.Reconciler;
import org.crosscheck.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvRendererTest {
  static final String QUOTE = "=HYPERLINK(\"http://evil.example\",\"<b>1500</b>\") fighters remain in al-Qaim.";
  static final Attribution EVIL = outlet("=cmd|' /C calc'!A0").publishedOn(2017, 11, 3);

  static Run run() {
    int end = QUOTE.indexOf(" fighters");
    Claim hostile = claim(FIGHTERS, AL_QAIM, exactly(1500)).by(EVIL)
        .withEvidence(new Evidence("@evil.txt", new Span(0, end), new Span(0, QUOTE.length()), QUOTE)).withId("hostile");
    Claim plain = claim(FIGHTERS, AL_QAIM, exactly(1500)).by(REUTERS).withId("plain");
    return Run.of(Reconciler.with(RuleSet.defaults()).reconcile(List.of(hostile, plain)), List.of(), List.of(),
        List.of());
  }

  @Test
  void render_outletAndQuoteBeginningWithEquals_areNeutralizedInCsv_andEscapedInHtml() {
    String csv = Renderer.of(Renderer.Format.CSV).render(run());
    String row = csv.lines().filter(l -> l.contains("hostile")).findFirst().orElseThrow();
    assertThat(row).contains(",'@evil.txt,", ",'=cmd|' /C calc'!A0,",
        ",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"<b>1500</b>\"\")\",");
    // no cell of any row begins with a formula character
    for (String line : csv.lines().toList()) {
      for (String cell : line.split(",", -1)) {
        String bare = cell.startsWith("\"") ? cell.substring(1) : cell;
        if (!bare.isEmpty()) assertThat("=+@\t\r".indexOf(bare.charAt(0))).as(line).isNegative();
      }
    }
    String html = Renderer.of(Renderer.Format.HTML).render(run());
    assertThat(html).contains("=cmd|' /C calc'!A0", "=HYPERLINK(&quot;http://evil.example&quot;,&quot;&lt;b&gt;1500&lt;/b&gt;&quot;)")
        .doesNotContain("<b>1500</b>");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "=1+1|'=1+1", "+cmd|'+cmd", "-2+3+cmd|'-2+3+cmd", "@SUM(A1)|'@SUM(A1)", "`\tx`|`'\tx`", "`\rx`|`'\rx`",
      "-5|-5", "+5|+5", "-1.5|-1.5", "12|12", "Reuters|Reuters", "a=b|a=b", "[1500..2500]|[1500..2500]"})
  void neutralized_prefixesFormulaText_andLeavesNumbers(String cell, String expected) {
    assertThat(CsvRenderer.neutralized(cell)).isEqualTo(expected);
  }

  @Test
  void neutralized_emptyCell_staysEmpty() {
    assertThat(CsvRenderer.neutralized("")).isEmpty();
  }
}
