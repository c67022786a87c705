package org.crosscheck.truth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.value.Label;
import org.junit.jupiter.api.Test;

class MultiTruthTest {

  private static final Attribute TOWNS = Attribute.categorical("towns held", ValueSimilarity.members(",")).multiTruth(",");

  /** One item per row: {source, value, source, value, ...}. */
  private static TruthProblem problem(Attribute attribute, List<List<String>> rows) {
    TruthProblem.Builder b = TruthProblem.builder();
    int a = b.attribute(attribute);
    for (int r = 0; r < rows.size(); r++) {
      int item = b.item("item" + r, a);
      List<String> row = rows.get(r);
      for (int k = 0; k < row.size(); k += 2) b.observe(item, b.source(row.get(k)), Label.of(row.get(k + 1)));
    }
    return b.build();
  }

  @Test
  void run_eachMemberIsJudgedOnItsOwn_aSetNoSourceGaveWhole() {
    TruthProblem p = problem(TOWNS, List.of(List.of("a", "Hajin, Mayadin", "b", "Mayadin, Dibeen", "c", "Dibeen, Hajin")));
    Consensus c = TruthDiscovery.run(p, TruthConfig.defaults()).consensus();
    assertThat(c.members(0)).containsExactly("Dibeen", "Hajin", "Mayadin");
    assertThat(c.describe(0)).isEqualTo("Dibeen,Hajin,Mayadin");
  }

  @Test
  void run_aMemberOneSourceAddsIsLeftOut_oneMostLeaveOutTooAndCaseDoesNotSplitAMember() {
    TruthProblem p = problem(TOWNS, List.of(List.of("a", "Hajin, Mayadin, Dibeen", "b", "hajin, mayadin",
        "c", "Hajin, Dibeen, Mayadin, Raqqa", "d", "Mayadin, Dibeen, Hajin", "e", "Dibeen, Hajin")));
    Consensus c = TruthDiscovery.run(p, TruthConfig.defaults()).consensus();
    assertThat(c.members(0)).containsExactly("Dibeen", "Hajin", "Mayadin");
    assertThat(TruthDiscovery.majorityVote(p).members(0)).containsExactly("Dibeen", "Hajin", "Mayadin");
  }

  /**
   * A reliable pair against an unreliable trio on the contested item: on forty other items the
   * trio is alone in adding a town, so its word weighs less, and the pair's set wins where the
   * plain vote takes the trio's.
   */
  @Test
  void run_reliableSourcesOutweighMoreNumerousUnreliableOnes() {
    List<List<String>> rows = new java.util.ArrayList<>();
    rows.add(List.of("good1", "Hajin", "good2", "Hajin", "bad1", "Hajin, Raqqa", "bad2", "Hajin, Raqqa", "bad3",
        "Hajin, Raqqa"));
    for (int k = 0; k < 40; k++) {
      String town = "Town" + k;
      rows.add(List.of("good1", town, "good2", town, "other1", town, "other2", town, "bad1", town + ", Elsewhere" + k,
          "bad2", town + ", Far" + k, "bad3", town + ", Away" + k));
    }
    TruthProblem p = problem(TOWNS, rows);
    TruthResult result = TruthDiscovery.run(p, TruthConfig.defaults().withCopyDetection(false));
    assertThat(result.consensus().members(0)).containsExactly("Hajin");
    assertThat(TruthDiscovery.majorityVote(p).members(0)).containsExactly("Hajin", "Raqqa");
  }

  @Test
  void singleTruthAttribute_membersIsTheChosenValue() {
    Attribute plain = Attribute.categorical("towns held", ValueSimilarity.members(","));
    TruthProblem p = problem(plain, List.of(List.of("a", "Hajin, Mayadin", "b", "Hajin, Mayadin", "c", "Hajin")));
    assertThat(TruthDiscovery.run(p, TruthConfig.defaults()).consensus().members(0)).containsExactly("Hajin, Mayadin");
  }

  /**
   * Thirty items of three true members each: three sources give the whole set, one always leaves
   * the third member out, one always adds a member of its own. Single-answer reliability would
   * give the two partial sources almost nothing (their set is never the whole truth); as
   * multi-truth each is right on three of the item's four members, and only whole sets agree.
   */
  @Test
  void run_reliabilityOfAMultiTruthAttributeCountsTheMembersASourceGotRight() {
    List<List<String>> rows = new java.util.ArrayList<>();
    for (int k = 0; k < 30; k++) {
      String whole = "North" + k + ", South" + k + ", East" + k;
      rows.add(List.of("whole1", whole, "whole2", whole, "whole3", whole, "omits", "North" + k + ", South" + k,
          "adds", whole + ", West" + k));
    }
    TruthProblem p = problem(TOWNS, rows);
    TruthResult result = TruthDiscovery.run(p, TruthConfig.defaults().withCopyDetection(false));
    for (int i = 0; i < 30; i++) assertThat(result.consensus().members(i)).hasSize(3);
    int omits = p.sourceId("omits").getAsInt();
    int adds = p.sourceId("adds").getAsInt();
    int whole = p.sourceId("whole1").getAsInt();
    // 3 of 4 members right on 30 claims, shrunk by 10 claims' worth towards the prior
    assertThat(result.accuracy(omits, 0)).isCloseTo(0.753, org.assertj.core.data.Offset.offset(0.005));
    assertThat(result.accuracy(adds, 0)).isCloseTo(0.753, org.assertj.core.data.Offset.offset(0.005));
    assertThat(result.accuracy(whole, 0)).isGreaterThan(0.9);
    SourceReliability r = result.sources().get(omits);
    assertThat(r.accuracy()).isCloseTo(0.763, org.assertj.core.data.Offset.offset(0.005));
    assertThat(r.claims()).isEqualTo(30);
    assertThat(r.agreements()).isZero();
    assertThat(result.sources().get(whole).agreements()).isEqualTo(30);
  }
}
