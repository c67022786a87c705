package org.crosscheck.arabic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Places of one's own in GeoJSON (issue 16), with invented names and coordinates. */
class GeoJsonPlacesTest {
  static List<GeoJsonPlaces.Feature> read(String json) {
    return GeoJsonPlaces.read("mine.geojson", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  static String collection(String... features) {
    return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",", features) + "]}";
  }

  static String feature(String geometry, String properties) {
    return "{\"type\": \"Feature\", \"geometry\": " + geometry + ", \"properties\": {" + properties + "}}";
  }

  @Test
  void read_aPoint_withNamesByScript() {
    GeoJsonPlaces.Feature f = read(collection(feature("{\"type\": \"Point\", \"coordinates\": [31.25, 14.5]}",
        "\"id\": 42, \"name\": \"Qarat Zumrud\", \"name:ar\": \"قارة زمرد\", \"alt_names\": [\"Gharat Zumrud\","
            + " \"قاره زمرد\"], \"placetype\": \"village\", \"country\": \"sd\", \"parent_id\": \"41\","
            + " \"population\": 1200"))).get(0);
    assertThat(f.id()).isEqualTo(42);
    assertThat(f.level()).isEqualTo(GeoJsonPlaces.Level.LOCALITY);
    assertThat(f.country()).isEqualTo("SD");
    assertThat(f.parentId()).isEqualTo(41);
    assertThat(f.population()).isEqualTo(1200);
    assertThat(f.needsCue()).isFalse();
    assertThat(f.namesAr()).containsExactly("قارة زمرد", "قاره زمرد");
    assertThat(f.namesEn()).containsExactly("Qarat Zumrud", "Gharat Zumrud");
    assertThat(f.point()).isEqualTo(new GeoJsonPlaces.Point(14.5, 31.25));
  }

  @Test
  void read_whosOnFirstKeys_andAPolygonsCentroid() {
    GeoJsonPlaces.Feature f = read(collection(feature("{\"type\": \"Polygon\", \"coordinates\": [[[30, 10], [32, 10],"
        + " [32, 12], [30, 12], [30, 10]], [[31, 11], [31.5, 11], [31, 11.5], [31, 11]]]}",
        "\"wof:id\": 7, \"wof:name\": \"Nahr Tamar\", \"name:ara_x_preferred\": [\"نهر تمر\"], \"name:eng_x_variant\":"
            + " [\"Nahr Tamr\"], \"wof:placetype\": \"region\", \"wof:country\": \"SD\", \"tier\": \"A\""))).get(0);
    assertThat(f.id()).isEqualTo(7);
    assertThat(f.level()).isEqualTo(GeoJsonPlaces.Level.REGION);
    assertThat(f.namesAr()).containsExactly("نهر تمر");
    assertThat(f.namesEn()).containsExactly("Nahr Tamar", "Nahr Tamr");
    // the outer ring's four corners, the closing position and the hole left out
    assertThat(f.point().latitude()).isCloseTo(11, within(1e-9));
    assertThat(f.point().longitude()).isCloseTo(31, within(1e-9));
  }

  @Test
  void read_aMultiPolygonsBboxCentre_theFeaturesOwnId_aNullGeometry_andTierB() {
    List<GeoJsonPlaces.Feature> fs = read(collection(
        "{\"type\": \"Feature\", \"id\": 9, \"bbox\": [40, 20, 44, 30], \"geometry\": {\"type\": \"MultiPolygon\","
            + " \"coordinates\": [[[[40, 20], [41, 20], [41, 21], [40, 20]]]]}, \"properties\": {\"name\": \"حي السنابل\","
            + " \"type\": \"neighbourhood\", \"country\": \"YE\", \"tier\": \"B\"}}",
        feature("null", "\"id\": \"10\", \"names\": \"Wadi Kufa|وادي الكوفة\", \"type\": \"district\", \"country\": \"YE\"")));
    assertThat(fs.get(0).id()).isEqualTo(9);
    assertThat(fs.get(0).needsCue()).isTrue();
    assertThat(fs.get(0).point()).isEqualTo(new GeoJsonPlaces.Point(25, 42));
    assertThat(fs.get(0).namesEn()).isEmpty();
    assertThat(fs.get(1).level()).isEqualTo(GeoJsonPlaces.Level.COUNTY);
    assertThat(fs.get(1).point()).isNull();
    assertThat(fs.get(1).namesAr()).containsExactly("وادي الكوفة");
    assertThat(fs.get(1).namesEn()).containsExactly("Wadi Kufa");
  }

  @Test
  void read_errorsNameTheFileTheFeatureAndTheMember_withTheFix() {
    String point = "{\"type\": \"Point\", \"coordinates\": [31, 14]}";
    String good = feature(point, "\"id\": 1, \"name\": \"Abu Sidra\", \"type\": \"town\", \"country\": \"SD\"");
    assertThatThrownBy(() -> read(collection(good, feature(point, "\"id\": 2, \"name\": \"Abu Sidra\","
        + " \"type\": \"hamlet\", \"country\": \"SD\""))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("mine.geojson feature 1 (properties.type): unknown place type \"hamlet\"; one of country;");
    assertThatThrownBy(() -> read(collection(feature(point, "\"name\": \"Abu Sidra\", \"type\": \"town\", \"country\": \"SD\""))))
        .hasMessage("mine.geojson feature 0 (properties.id): a place needs a positive whole-number \"id\" (or \"wof:id\")");
    assertThatThrownBy(() -> read(collection(feature(point, "\"id\": 3, \"type\": \"town\", \"country\": \"SD\""))))
        .hasMessageStartingWith("mine.geojson feature 0 (properties.name): a place needs a \"name\"");
    assertThatThrownBy(() -> read(collection(feature(point, "\"id\": 3, \"name\": \"X\", \"type\": \"town\", \"country\": \"Sudan\""))))
        .hasMessageContaining("feature 0 (properties.country): a place needs a \"country\", an ISO 3166-1 alpha-2 code");
    assertThatThrownBy(() -> read(collection(good, good, feature("{\"type\": \"Point\", \"coordinates\": [14, 131]}",
        "\"id\": 4, \"name\": \"X\", \"type\": \"town\", \"country\": \"SD\""))))
        .hasMessageStartingWith("mine.geojson feature 2 (geometry): a point needs a latitude in [-90, 90]")
        .hasMessageEndingWith("give coordinates as in RFC 7946, [longitude, latitude]");
    assertThatThrownBy(() -> read(collection(feature("{\"type\": \"LineString\", \"coordinates\": [[1, 2], [3, 4]]}",
        "\"id\": 4, \"name\": \"X\", \"type\": \"town\", \"country\": \"SD\""))))
        .hasMessageContaining("(geometry): a geometry is a Point, Polygon or MultiPolygon, got \"LineString\"");
    assertThatThrownBy(() -> read("{\"type\": \"Feature\"}"))
        .hasMessage("mine.geojson: a gazetteer in GeoJSON is an object with \"type\": \"FeatureCollection\" and an array"
            + " \"features\"");
    assertThatThrownBy(() -> read("{\"type\": "))
        .hasMessageStartingWith("mine.geojson: not JSON (");
  }
}
