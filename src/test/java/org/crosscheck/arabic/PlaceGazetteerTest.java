package org.crosscheck.arabic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Coordinates;
import org.crosscheck.english.EnglishExtractor;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.Extractor;
import org.crosscheck.extract.Metadata;
import org.crosscheck.extract.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Arabic pack's API: a gazetteer of one's own, loaded from a file, is what both extractors'
 * builders look places up in; the word lists and the rule catalogue are reachable without naming an
 * internal type.
 */
class PlaceGazetteerTest {
  static final LocalDate PUBLISHED = LocalDate.of(2021, 3, 12);

  /** A country and a town of our own invention, in the built-in gazetteer's format. */
  static Path gazetteer(Path dir) throws IOException {
    Path file = dir.resolve("places.tsv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file));
        Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      w.write("# id\ttype\tcountry\tparent\tregion\tpopulation\ttier\tnames_ar\tnames_en\n");
      w.write("900001\tC\tZQ\t0\t\t500000\tA\t\u0632\u0645\u0631\u062f\u0627\u0646\tZumardan\n");
      w.write("900002\tL\tZQ\t900001\t\t12000\tA\t\u0648\u0627\u062f\u064a \u0627\u0644\u0646\u062e\u064a\u0644"
          + "\tPalmvale\n");
    }
    return file;
  }

  static List<Claim> claims(Extractor x, String text, String language) {
    return x.extract(new Article("t.txt", text, Metadata.of("Team Wire", PUBLISHED, language))).claims();
  }

  @Test
  void load_readsAGazetteerOfOnesOwn_thatBothBuildersLookPlacesUpIn(@TempDir Path dir) throws IOException {
    PlaceGazetteer own = PlaceGazetteer.load(gazetteer(dir));
    assertThat(own.size()).isEqualTo(2);
    assertThat(own).hasToString("Gazetteer(2 places, " + own.toString().replaceAll(".*places, ", ""));

    ArabicExtractor arabic = ArabicExtractor.builder().gazetteer(own).build();
    // "12 civilians were killed in Wadi al-Nakhil yesterday"
    List<Claim> ar = claims(arabic, "\u0642\u062a\u0644 12 \u0645\u062f\u0646\u064a\u0627 \u0641\u064a \u0648\u0627\u062f\u064a"
        + " \u0627\u0644\u0646\u062e\u064a\u0644 \u0623\u0645\u0633.", "ar");
    assertThat(ar).extracting(c -> c.place().name()).contains("Palmvale");

    EnglishExtractor english = EnglishExtractor.builder().gazetteer(own).build();
    List<Claim> en = claims(english, "At least 12 civilians were killed in Palmvale on Monday.", "en");
    assertThat(en).extracting(c -> c.place().name()).contains("Palmvale");
    assertThat(claims(EnglishExtractor.builder().build(), "At least 12 civilians were killed in Palmvale on Monday.", "en"))
        .extracting(c -> c.place().name()).doesNotContain("Palmvale");
  }

  @Test
  void coordinates_ofAPlaceIdAsClaimsCarryIt_whenTheGazetteerGivesThem(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("points.tsv");
    // a country without coordinates (the nine-column format) and a town with them
    Files.writeString(file, "900001\tC\tZQ\t0\t\t500000\tA\t\u0632\u0645\u0631\u062f\u0627\u0646\tZumardan\n"
        + "900002\tL\tZQ\t900001\t\t12000\tA\t\u0648\u0627\u062f\u064a \u0627\u0644\u0646\u062e\u064a\u0644"
        + "\tPalmvale\t-12.34567\t-77.5\n", StandardCharsets.UTF_8);
    PlaceGazetteer own = PlaceGazetteer.read(List.of(file), false, java.util.Set.of());
    assertThat(own.coordinates("wof:900002")).contains(new Coordinates(-12.34567, -77.5));
    assertThat(own.coordinates("wof:900002").orElseThrow()).hasToString("-12.34567, -77.5");
    for (String none : List.of("wof:900001", "wof:900003", "palmvale", "wof:", "wof:9x", "wof:900001+wof:900002",
        "900002", "wof:12345678901234567890")) {
      assertThat(own.coordinates(none)).as(none).isEmpty();
    }

    EnglishExtractor english = EnglishExtractor.builder().gazetteer(own).build();
    Claim claim = claims(english, "Nine aid workers were detained in Palmvale on Sunday.", "en").get(0);
    assertThat(own.coordinates(claim.place().id())).contains(new Coordinates(-12.34567, -77.5));
  }

  @Test
  void coordinates_ofTheBuiltInPlaces_liaInsideTheirCountry() {
    PlaceGazetteer standard = PlaceGazetteer.standard();
    Coordinates iraq = standard.coordinates("wof:85632191").orElseThrow();
    assertThat(iraq.latitude()).isBetween(29.0, 38.0);
    assertThat(iraq.longitude()).isBetween(38.0, 49.0);
    // "Six people were wounded in Basra on Tuesday": the claim's place has the point of a city of southern Iraq
    List<Claim> ar = claims(new ArabicExtractor(), "\u0623\u0635\u064a\u0628 6 \u0623\u0634\u062e\u0627\u0635"
        + " \u0641\u064a \u0627\u0644\u0628\u0635\u0631\u0629 \u064a\u0648\u0645 \u0627\u0644\u062b\u0644\u0627\u062b\u0627\u0621.",
        "ar");
    assertThat(ar).isNotEmpty();
    Coordinates basra = standard.coordinates(ar.get(0).place().id()).orElseThrow();
    assertThat(basra.latitude()).isBetween(29.0, 32.0);
    assertThat(basra.longitude()).isBetween(46.0, 49.0);
  }

  @Test
  void load_rejectsWhatIsNotAFile(@TempDir Path dir) {
    assertThatThrownBy(() -> PlaceGazetteer.load(dir.resolve("missing.tsv.gz")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing.tsv.gz");
  }

  @Test
  void standard_isLoadedOnceAndShared() {
    assertThat(PlaceGazetteer.standard()).isSameAs(PlaceGazetteer.standard());
    assertThat(PlaceGazetteer.standard().size()).isGreaterThan(50_000);
    assertThat(ArabicWordLists.standard()).hasToString("built-in lexicons");
    assertThat(ArabicWordLists.FILES).contains("measures.txt", "events.txt");
  }

  @Test
  void rules_areTheCatalogueClaimsNameTheirRulesFrom() {
    List<String> ids = ArabicExtractor.rules().stream().map(Rule::id).toList();
    assertThat(ids).doesNotHaveDuplicates().contains("event.date-nearest", "place.nearest-to-figure");
    List<Claim> ar = claims(new ArabicExtractor(), "\u0642\u062a\u0644 12 \u0645\u062f\u0646\u064a\u0627"
        + " \u0641\u064a \u0645\u062f\u064a\u0646\u0629 \u0627\u0644\u0631\u0642\u0629 \u0623\u0645\u0633.", "ar");
    assertThat(ar).isNotEmpty();
    for (Claim c : ar) assertThat(ids).containsAll(c.evidence().rules());
  }
}
