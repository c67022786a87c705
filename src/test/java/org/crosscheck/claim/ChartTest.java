package org.crosscheck.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.Crosscheck.*;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.rules.RuleSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ChartTest {

  private static double barHeight(String svg) {
    Element rect = Jsoup.parse(svg).selectFirst("svg.cc-series-chart rect");
    assertThat(rect).as("a hedged estimate is drawn as a bar").isNotNull();
    return Double.parseDouble(rect.attr("height"));
  }

  @Test
  void series_drawsAHedgedShare_asWideAsTheRulesReadIt() {
    // "about 25%" is 22.5 to 27.5 by the hedge's own width, 24.5 to 25.5 under the default rules
    // (hedge.precision: half a step of its last digit), which is what the verdicts compare
    List<Chart.Point> points = List.of(
        new Chart.Point(LocalDate.of(2020, 3, 1), aboutPercent(25), 0, "a"),
        new Chart.Point(LocalDate.of(2020, 3, 9), percent(35), 1, "b"));
    double byHedge = barHeight(Chart.series(points));
    double byRules = barHeight(Chart.series(points, RuleSet.defaults()));
    assertThat(byRules).isLessThan(byHedge * 0.3);
  }

  @Test
  void of_withTheRules_spansTheNarrowerInterval() {
    Chart byHedge = Chart.of(List.of(aboutPercent(42), percent(43)), null, Chart.SMALL);
    Chart byRules = Chart.of(List.of(aboutPercent(42), percent(43)), null, Chart.SMALL, RuleSet.defaults());
    assertThat(byHedge).isNotNull();
    assertThat(byRules).isNotNull();
    // the row of "about 42%" is a hedge line from one end to the other: narrower under the rules
    String hedged = byHedge.row(aboutPercent(42), null, "backs", false);
    String ruled = byRules.row(aboutPercent(42), null, "backs", false);
    assertThat(ruled).isNotEqualTo(hedged);
  }
}
