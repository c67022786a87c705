package org.crosscheck.arabic.internal;

import org.crosscheck.arabic.ArabicExtractor;
import org.crosscheck.arabic.PlaceGazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's own gazetteer in GeoJSON (issue 16): invented places, found in sentences of our own. */
class UserGeoJsonGazetteerTest {
  /** An invented region of Sudan, a town in it (under a district) and a village outside the file's regions. */
  static final String PLACES = "{\"type\": \"FeatureCollection\", \"features\": ["
      + "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[30, 10], [32, 10], [32, 12],"
      + " [30, 12], [30, 10]]]}, \"properties\": {\"id\": 999100001, \"name:en\": \"Nahr Tamar\", \"name:ar\": \"نهر تمر\","
      + " \"type\": \"governorate\", \"country\": \"SD\"}},"
      + "{\"type\": \"Feature\", \"geometry\": null, \"properties\": {\"id\": 999100002, \"name\": \"Wadi Saraf\","
      + " \"names\": [\"وادي صراف\"], \"type\": \"district\", \"country\": \"SD\", \"parent_id\": 999100001}},"
      + "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [31.2, 11.4]}, \"properties\":"
      + " {\"id\": 999100003, \"name\": \"قارة زمرد\", \"alt_names\": [\"Qarat Zumrud\", \"Garat Zumrud\"],"
      + " \"placetype\": \"town\", \"country\": \"SD\", \"parent_id\": 999100002, \"population\": 8000}}]}";

  @TempDir Path dir;

  @Test
  void read_aGeoJsonFile_addsItsPlaces_withTheirRegionsFromTheParents() throws Exception {
    Path file = Files.writeString(dir.resolve("mine.geojson"), PLACES, StandardCharsets.UTF_8);
    Gazetteer added = Gazetteer.read(List.of(file), true, Set.of());
    assertThat(added.size()).isEqualTo(Gazetteer.standard().size() + 3);
    Place town = added.lookup("قارة زمرد").get(0);
    assertThat(town).hasToString("Qarat Zumrud (قارة زمرد) LOCALITY SD 999100003");
    assertThat(town.parentId()).isEqualTo(999100002L);
    assertThat(town.regionId()).isEqualTo(999100001L);
    assertThat(town.population()).isEqualTo(8000);
    assertThat(added.lookup("Garat Zumrud")).containsExactly(town);
    assertThat(added.lookup("وادي صراف")).extracting(Place::regionId).containsExactly(999100001L);
    assertThat(added.lookup("الخرطوم")).isNotEmpty();
    assertThat(added.find("قصفت الطائرات بلدة قارة زمرد في ولاية نهر تمر صباح اليوم"))
        .extracting(m -> m.place().nameEn()).containsExactly("Qarat Zumrud", "Nahr Tamar");
  }

  @Test
  void read_byContent_evenUnderAnotherName_andOnlyItsPlaces() throws Exception {
    Path file = Files.writeString(dir.resolve("places.txt"), "\n  " + PLACES, StandardCharsets.UTF_8);
    Gazetteer only = Gazetteer.read(List.of(file), false, Set.of());
    assertThat(only.size()).isEqualTo(3);
    assertThat(only.lookup("الخرطوم")).isEmpty();
    assertThat(Gazetteer.read(List.of(file), false, Set.of("YE")).size()).isZero();
  }

  @Test
  void arabicExtractor_placesAFigureInATownOfTheFile() throws Exception {
    Path file = Files.writeString(dir.resolve("mine.json"), PLACES, StandardCharsets.UTF_8);
    ArabicExtractor x = ArabicExtractor.builder().gazetteer(PlaceGazetteer.read(List.of(file), true, Set.of())).build();
    var claims = x.extract(new Article("a1", "نزح 1200 شخص من قارة زمرد خلال الأسبوع الماضي.",
        Metadata.of("Sahel Daily", LocalDate.of(2024, 3, 5), "ar"))).claims();
    assertThat(claims).extracting(c -> c.place().name()).contains("Qarat Zumrud");
  }

  @Test
  void read_aBadFeature_namesTheFileFeatureAndMember() throws Exception {
    Path file = Files.writeString(dir.resolve("bad.geojson"), PLACES.replace("\"town\"", "\"hamlet\""),
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Gazetteer.read(List.of(file), false, Set.of())).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(file + " feature 2 (properties.type): unknown place type \"hamlet\"");
  }
}
