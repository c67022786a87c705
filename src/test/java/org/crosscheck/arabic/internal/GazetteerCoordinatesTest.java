package org.crosscheck.arabic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coordinates in the gazetteer (issue 16): the TSV's two optional last columns, a GeoJSON feature's
 * representative point, and the built-in places' points. The places are invented.
 */
class GazetteerCoordinatesTest {
  static final String HEADER = "# id\ttype\tcountry\tparent\tregion\tpopulation\ttier\tnames_ar\tnames_en\tlat\tlon\n";
  /** A district with a point, a town with none (old nine-column line), a village whose point is left empty. */
  static final String PLACES = HEADER
      + "999200001\tD\tSD\t0\t0\t40000\tA\tتل قصب\tTell Qasab\t13.25\t-4.125\n"
      + "999200002\tL\tSD\t999200001\t0\t6000\tA\tعين الرمان\tAin Rumman\n"
      + "999200003\tL\tSD\t999200001\t0\t900\tB\tقرية الشوك\t\t\t\n";

  @TempDir Path dir;

  Gazetteer read(String name, String text) throws Exception {
    return Gazetteer.read(List.of(Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8)), false, Set.of());
  }

  @Test
  void read_aLineWithCoordinates_keepsThem_andLinesWithoutStayValid() throws Exception {
    Gazetteer g = read("mine.tsv", PLACES);
    Place district = g.byId(999200001L).orElseThrow();
    assertThat(district.hasCoordinates()).isTrue();
    assertThat(district.lat()).isEqualTo(13.25f);
    assertThat(district.lon()).isEqualTo(-4.125f);
    Place town = g.byId(999200002L).orElseThrow();
    assertThat(town.hasCoordinates()).isFalse();
    assertThat(town.lat()).isNaN();
    assertThat(town.lon()).isNaN();
    assertThat(town.parentId()).isEqualTo(999200001L);
    assertThat(g.byId(999200003L).orElseThrow().hasCoordinates()).isFalse();
    // the names of a line with coordinates are read as before
    assertThat(g.lookup("تل قصب")).containsExactly(district);
    assertThat(g.lookup("Tell Qasab")).containsExactly(district);
  }

  @Test
  void read_aBadCoordinate_namesTheFileTheLineAndTheFix() throws Exception {
    String outOfRange = PLACES.replace("\t13.25\t-4.125", "\t95.5\t-4.125");
    assertThatThrownBy(() -> read("far.tsv", outOfRange)).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(dir.resolve("far.tsv") + " line 2: the latitude 95.5 is out of range")
        .hasMessageContaining("[-90, 90]").hasMessageContaining("swapped");
    assertThatThrownBy(() -> read("lon.tsv", PLACES.replace("\t-4.125", "\t-204.125")))
        .hasMessageStartingWith(dir.resolve("lon.tsv") + " line 2: the longitude -204.125 is out of range");
    for (String bad : List.of("13,25", "13.25N", "NaN", "1e1", "+13.25", "13.", ".5", "13.2.5", "-", "١٣.٢٥")) {
      assertThatThrownBy(() -> read("bad.tsv", PLACES.replace("\t13.25\t", "\t" + bad + "\t")))
          .as(bad).isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith(dir.resolve("bad.tsv") + " line 2: the latitude '" + bad + "' is not a number in"
              + " decimal degrees; write it as 33.31");
    }
    assertThatThrownBy(() -> read("half.tsv", PLACES.replace("\t13.25\t-4.125", "\t13.25\t")))
        .hasMessageStartingWith(dir.resolve("half.tsv") + " line 2: give both latitude and longitude");
    assertThatThrownBy(() -> read("ten.tsv", PLACES.replace("\t13.25\t-4.125", "\t13.25")))
        .hasMessageStartingWith(dir.resolve("ten.tsv") + " line 2 needs 9 or 11 tab-separated fields")
        .hasMessageContaining("got 10");
  }

  @Test
  void read_geoJson_keepsEachFeaturesRepresentativePoint() throws Exception {
    Gazetteer g = read("mine.geojson", UserGeoJsonGazetteerTest.PLACES);
    Place region = g.byId(999100001L).orElseThrow();
    assertThat(region.lat()).isEqualTo(11f); // the mean of the polygon's four corners
    assertThat(region.lon()).isEqualTo(31f);
    Place town = g.byId(999100003L).orElseThrow();
    assertThat(town.lat()).isEqualTo(11.4f); // GeoJSON writes [longitude, latitude]
    assertThat(town.lon()).isEqualTo(31.2f);
    assertThat(g.byId(999100002L).orElseThrow().hasCoordinates()).isFalse(); // "geometry": null
  }

  @Test
  void place_checksItsCoordinates() {
    assertThatThrownBy(() -> new Place(1, Place.Type.LOCALITY, "SD", 0, 0, 0, false, "", "X", 10f, Float.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both a latitude and a longitude");
    assertThatThrownBy(() -> new Place(1, Place.Type.LOCALITY, "SD", 0, 0, 0, false, "", "X", 10f, 181f))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[-180, 180]");
  }

  @Test
  void standard_placesHaveTheirPoints_insideTheirCountry() {
    Place iraq = Gazetteer.standard().country("IQ").orElseThrow();
    assertThat(iraq.hasCoordinates()).isTrue();
    assertThat(iraq.lat()).isBetween(29f, 38f);
    assertThat(iraq.lon()).isBetween(38f, 49f);
    Place mosul = Gazetteer.standard().lookup("الموصل").get(0);
    assertThat(mosul.country()).isEqualTo("IQ");
    assertThat(mosul.lat()).isBetween(29f, 38f);
    assertThat(mosul.lon()).isBetween(38f, 49f);
    Place khartoum = Gazetteer.standard().lookup("الخرطوم").get(0);
    assertThat(khartoum.country()).isEqualTo("SD");
    assertThat((double) khartoum.lat()).isCloseTo(15.6, within(0.5));
    assertThat((double) khartoum.lon()).isCloseTo(32.5, within(0.5));
  }
}
