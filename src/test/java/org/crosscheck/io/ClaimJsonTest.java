package org.crosscheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.Crosscheck.*;
import static org.crosscheck.Fixtures.*;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Evidence;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Modality;
import org.crosscheck.claim.Span;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.TimeValue;
import org.crosscheck.value.Unit;
import org.crosscheck.value.Value;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ClaimJsonTest {

  static final Claim FULL = claim(FIGHTERS, AL_QAIM, between(1500, 2500)).about(ISIS).scoped(scope(ADJACENT).withNote("mainly east"))
      .by(REUTERS.via(agency("AFP")).quoting(DILLON)).validOn(onDay(2017, 11, 2)).withModality(Modality.ESTIMATED)
      .withEvidence(new Evidence("000.txt", new Span(30, 40), new Span(20, 60), "x".repeat(10) + "1500-2500!" + "y".repeat(20)))
      .withId("C1");

  @Test
  void write_isOneLineWithDerivedFields() {
    String json = ClaimJson.write(FULL);
    assertThat(json).doesNotContain("\n").startsWith("{\"format\":\"crosscheck.claim/1\",\"id\":\"C1\",\"document\":\"000.txt\"")
        .contains("\"value_span\":[30,40]", "\"value_text\":\"1500-2500!\"", "\"normalized\":\"[1500..2500]\"",
            "\"canonical\":\"[1500..2500]\"", "\"chain\":\"Reuters \u2190 AFP \u2190 Ryan Dillon, 2017-11-03\"",
            "\"validity\":\"2017-11-02\"", "\"published\":\"2017-11-03\"");
  }

  @Test
  void rules_areWrittenWithTheEvidenceAndReadBack_andFilesWithoutThemStillRead() {
    Claim traced = FULL.withEvidence(FULL.evidence().withRules(List.of("measure.counted-noun", "place.after-figure")));
    String json = ClaimJson.write(traced);
    assertThat(json).contains("\"rules\":[\"measure.counted-noun\",\"place.after-figure\"]");
    assertThat(ClaimJson.read(json)).isEqualTo(traced);
    assertThat(ClaimJson.write(FULL)).doesNotContain("\"rules\"");
    assertThat(ClaimJson.read(ClaimJson.write(FULL)).evidence().rules()).isEmpty();
    assertThatThrownBy(() -> ClaimJson.read(json.replace("[\"measure.counted-noun\",", "[7,")))
        .hasMessageContaining("rules").hasMessageContaining("7");
    assertThatThrownBy(() -> ClaimJson.read(json.replace("\"place.after-figure\"", "\"Place After\"")))
        .hasMessageContaining("Place After");
  }

  @Test
  void readWrite_roundTripsEveryValueType() {
    List<Value> values = List.of(exactly(1500), about(1500), about(1500).within(0.05), nearly(10_000), between(1, 2),
        moreThan(66_000), atMost(3), aFew(THOUSANDS), vague(org.crosscheck.value.VagueQuantifier.SEVERAL, YEAR),
        percent(35), aboutPercent(25), fraction(1, 3), km(40), duration(2, MONTH), onDay(2017, 11, 3), inMonth(2017, 11),
        inYear(2014), span(date(2017, 9, 1), date(2017, 9, 10)), onOrBefore(date(2017, 11, 3)), onOrAfter(date(2018, 9, 1)),
        TimeValue.at(Instant.parse("2011-12-01T13:55:00Z")), label("D5"),
        new Quantity.Exact(BigDecimal.valueOf(3), Unit.of("barrel", "barrel", "barrels", Unit.Dimension.COUNT, BigDecimal.ONE)));
    for (Value v : values) {
      Measure m = Measure.of("any", Measure.Kind.OTHER, Measure.Trend.VARIES);
      Claim c = claim(m, AL_QAIM, v).by(AL_ARAB);
      assertThat(ClaimJson.read(ClaimJson.write(c))).as(v.toString()).isEqualTo(c);
    }
    assertThat(ClaimJson.read(ClaimJson.write(FULL))).isEqualTo(FULL);
    Claim event = event(LIBERATED, IRAQ_AND_SYRIA, onDay(2017, 11, 17)).by(AL_NAJAH);
    assertThat(ClaimJson.read(ClaimJson.write(event))).isEqualTo(event);
  }

  @Provide
  Arbitrary<Claim> claims() {
    Arbitrary<Value> values = Arbitraries.oneOf(
        Arbitraries.longs().between(0, 1_000_000).map(v -> exactly(v)),
        Arbitraries.longs().between(0, 1_000_000).map(v -> about(v)),
        Arbitraries.doubles().between(0, 100).ofScale(3).map(v -> percent(v)),
        Arbitraries.integers().between(1, 12).map(d -> fraction(1, d)),
        Arbitraries.integers().between(1, 28).map(d -> onDay(2017, 2, d)));
    return Combinators.combine(values, Arbitraries.strings().ofMinLength(1).ofMaxLength(30),
        Arbitraries.of(REUTERS, AL_ARAB.quoting(DILLON), EREM))
        .as((v, quote, a) -> claim(Measure.of("m", Measure.Kind.OTHER, Measure.Trend.FIXED), RAWA, v).by(a)
            .withEvidence(new Evidence("d", new Span(0, Math.min(3, quote.length())), new Span(0, quote.length()), quote)));
  }

  @Property(tries = 500)
  void roundTrip_isExact(@ForAll("claims") Claim c) {
    assertThat(ClaimJson.read(ClaimJson.write(c))).isEqualTo(c);
  }

  @Test
  void readLines_skipsBlankLinesAndNamesTheBadOne() throws Exception {
    StringWriter w = new StringWriter();
    ClaimJson.writeLines(List.of(FULL, FULL.withId("C2")), w);
    assertThat(ClaimJson.readLines(new StringReader(w + "\n\n"), "x.jsonl")).hasSize(2);
    String bad = ClaimJson.write(FULL) + "\n{\"format\":\"crosscheck.claim/1\", \"id\": oops}\n";
    assertThatThrownBy(() -> ClaimJson.readLines(new StringReader(bad), "claims.jsonl"))
        .isInstanceOf(FormatException.class)
        .hasMessageStartingWith("claims.jsonl:2:43: not valid JSON: Unrecognized token 'oops'")
        .satisfies(e -> {
          assertThat(((FormatException) e).line()).isEqualTo(2);
          assertThat(((FormatException) e).column()).isEqualTo(43);
        });
    assertThatThrownBy(() -> ClaimJson.read("{\"format\":\"crosscheck.claim/9\"}", "a.jsonl", 3))
        .hasMessage("a.jsonl:3:1: unknown format 'crosscheck.claim/9'; this reader reads crosscheck.claim/1");
    assertThatThrownBy(() -> ClaimJson.read("{\"id\":\"x\",\"measure\":{\"id\":\"fighters\",\"kind\":\"COUNT\"},"
        + "\"value\":{\"type\":\"between\",\"low\":2500,\"high\":1500},\"attribution\":{}}"))
        .hasMessage("<string>:1:54: at $.value: between() needs low <= high, got 2500 and 1500; swap them");
    assertThatThrownBy(() -> ClaimJson.read("[1,2]")).hasMessage("<string>:1:1: a claim is a JSON object, got ARRAY");
  }

  @Test
  void badMembers_areNamedWithTheAcceptedValues() {
    String line = ClaimJson.write(FULL);
    assertThatThrownBy(() -> ClaimJson.read(line.replace("\"kind\":\"COUNT\"", "\"kind\":\"count\""), "c.jsonl", 1))
        .hasMessage("c.jsonl:1:349: at $.measure.kind: 'measure.kind' must be one of COUNT, SHARE, EVENT_DATE, DURATION, DISTANCE, AREA,"
            + " MOMENT, CATEGORY, OTHER, got 'count'");
    assertThatThrownBy(() -> ClaimJson.read(line.replace("\"ESTIMATED\"", "\"estimate\""), "c.jsonl", 1))
        .hasMessage("c.jsonl:1:" + (line.indexOf("\"modality\"") + 1) + ": at $.modality: 'modality' must be one of ASSERTED, ESTIMATED, BELIEVED, EXPECTED, got 'estimate'");
    assertThatThrownBy(() -> ClaimJson.read(line.replace("\"2017-11-02\"", "\"2017-13-02\""), "c.jsonl", 1))
        .hasMessage("c.jsonl:1:" + (line.indexOf("\"date\"", line.indexOf("\"valid_at\"")) + 1) + ": at $.valid_at.date: 'date' must look like 2017-11-03, got '2017-13-02'");
    assertThatThrownBy(() -> ClaimJson.read(line.replace("\"published\":\"2017-11-03\"", "\"published\":\"3 Nov\""),
        "c.jsonl", 1)).hasMessage("c.jsonl:1:" + (line.indexOf("\"published\"") + 1) + ": at $.attribution.published: 'published' must look like 2017-11-03, got '3 Nov'");
    assertThatThrownBy(() -> ClaimJson.read("{\"id\":\"x\",\"measure\":{\"id\":\"fighters\",\"kind\":\"COUNT\"},"
        + "\"value\":{\"type\":\"approximate\",\"center\":5,\"hedge\":\"roughly\"},\"attribution\":{}}"))
        .hasMessage("<string>:1:95: at $.value.hedge: unknown hedge 'roughly'; use one of about, approximately, nearly, estimated");
    Claim province = ClaimJson.read(line.replaceFirst("\"scope\":\\{[^}]*\\}", "\"scope\":{\"extent\":\"PROVINCE\"}"));
    assertThat(province.scope()).isEqualTo(scope(PROVINCE));
  }

  @Test
  void unknownMembers_areRefusedWithTheNearestKnownOne_atTheirPathAndColumn() {
    String line = ClaimJson.write(FULL);
    String typo = line.replace("\"valid_at\"", "\"valid_att\"");
    assertThatThrownBy(() -> ClaimJson.read(typo, "c.jsonl", 7))
        .hasMessageStartingWith("c.jsonl:7:" + (typo.indexOf("\"valid_att\"") + 1) + ": at $.valid_att: unknown member"
            + " \"valid_att\" in a claim; known members: format, id,")
        .hasMessageEndingWith("; did you mean \"valid_at\"?");
    String nested = line.replace("\"extent\"", "\"extant\"");
    assertThatThrownBy(() -> ClaimJson.read(nested, "c.jsonl", 1))
        .hasMessage("c.jsonl:1:" + (nested.indexOf("\"extant\"") + 1) + ": at $.scope.extant: unknown member"
            + " \"extant\" in a scope; known members: extent, proximity, note; did you mean \"extent\"?");
    String inValue = line.replace("\"low\"", "\"lo\"");
    assertThatThrownBy(() -> ClaimJson.read(inValue, "c.jsonl", 1))
        .hasMessageStartingWith("c.jsonl:1:" + (inValue.indexOf("\"lo\"") + 1) + ": at $.value.lo: unknown member"
            + " \"lo\" in a value of type between; known members: type, low, high, unit; did you mean \"low\"?");
    // the derived members written for readers are read back without complaint
    assertThat(ClaimJson.read(line)).isEqualTo(FULL);
  }

  @Test
  void missingNestedMember_namesItsPath_notTheTopLevel() {
    String line = ClaimJson.write(FULL);
    String noPlaceId = line.replaceFirst("\"place\":\\{\"id\":\"[^\"]*\",", "\"place\":{");
    assertThat(noPlaceId).isNotEqualTo(line);
    assertThatThrownBy(() -> ClaimJson.read(noPlaceId, "c.jsonl", 2))
        .hasMessage("c.jsonl:2:" + (noPlaceId.indexOf("\"place\"") + 1) + ": at $.place: missing 'id'");
    String speakerKind = line.replaceFirst("(\"speaker\":\\{[^}]*)\"kind\":\"[A-Z_]+\"", "$1\"kind\":\"BOSS\"");
    assertThatThrownBy(() -> ClaimJson.read(speakerKind, "c.jsonl", 2))
        .hasMessageContaining("at $.attribution.speaker.affiliation.kind: 'kind' must be one of").hasMessageEndingWith("got 'BOSS'");
  }

  @Test
  void readLines_utf16_namesTheFileAndTheFix() throws Exception {
    byte[] utf16 = ("\uFEFF" + ClaimJson.write(FULL) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    java.nio.file.Path file = java.nio.file.Files.createTempFile("claims", ".jsonl");
    try {
      java.nio.file.Files.write(file, utf16);
      try (var r = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
        assertThatThrownBy(() -> ClaimJson.readLines(r, file.toString())).isInstanceOf(FormatException.class)
            .hasMessageStartingWith(file + ":1:1: a claims file must be UTF-8, but this one is not (perhaps UTF-16,")
            .hasMessageContaining("iconv -f UTF-16 -t UTF-8 " + file + " > converted.jsonl")
            .hasMessageNotContaining("Input length");
      }
    } finally {
      java.nio.file.Files.delete(file);
    }
  }
}
