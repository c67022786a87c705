package org.crosscheck.arabic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules {@code place.one-record} and {@code place.town-of-name} on a gazetteer of made-up places: a
 * name read in English and in Arabic gives one place whichever order each language puts its
 * candidates in.
 */
class NamesakesTest {
  static Gazetteer g;

  @BeforeAll
  static void load(@TempDir Path dir) throws Exception {
    String lines = String.join("\n",
        "900\tC\tZQ\t0\t\t1000000\tA\tزمردان\tZumardan\t10\t40",
        "910\tR\tZQ\t900\t910\t500000\tA\tولاية نهرين|نهرين\tNahrain State|Nahrain\t10.5\t40.5",
        "920\tD\tZQ\t910\t910\t80000\tA\tتلال\tTilal District|Tilal\t10.6\t40.6",
        // one town twice, the Arabic name first in one record, the English name first in both
        "931\tL\tZQ\t920\t910\t\tA\tسفح|سفحة\tSafha\t10.61\t40.61",
        "932\tL\tZQ\t920\t910\t\tA\tسفحة\tSafha\t10.62\t40.6",
        // a town of the same name a degree away, and one in another region
        "940\tL\tZQ\t910\t910\t\tA\tسفحة\tSafha\t11.6\t40.6",
        "960\tR\tZQ\t900\t960\t20000\tA\tوادي\tWadi\t12\t41",
        "961\tL\tZQ\t960\t960\t\tA\tسفحة\tSafha\t10.61\t40.61",
        // the district's seat, spelled otherwise in English
        "950\tL\tZQ\t920\t910\t3000\tA\tتلال\tTilaal\t10.65\t40.65") + "\n";
    Path file = Files.writeString(dir.resolve("places.tsv"), lines, StandardCharsets.UTF_8);
    g = Gazetteer.read(List.of(file), false, Set.of());
  }

  @Test
  void town_ofOneTownHeldTwice_isOneRecordInEitherLanguage() {
    // the two languages order the candidates differently: each puts a record whose first name it is first
    assertThat(g.lookup("سفحة").get(0).id()).isEqualTo(932);
    assertThat(g.lookup("Safha").get(0).id()).isEqualTo(931);
    assertThat(g.namesakes().town(g.lookup("سفحة")).id()).isEqualTo(931);
    assertThat(g.namesakes().town(g.lookup("Safha")).id()).isEqualTo(931);
    assertThat(g.namesakes().record(g.byId(932).orElseThrow()).id()).isEqualTo(931);
  }

  @Test
  void record_ofNamesakesFarApartOrInAnotherRegion_isTheirOwn() {
    assertThat(g.namesakes().record(g.byId(940).orElseThrow()).id()).isEqualTo(940);
    assertThat(g.namesakes().record(g.byId(961).orElseThrow()).id()).isEqualTo(961);
  }

  @Test
  void town_ofADistrictNamedOnlyInOneLanguage_isTheSeatSharingItsOtherName() {
    // "Tilal" names only the district in English; تلال the district and its town
    assertThat(g.lookup("Tilal")).extracting(Place::id).containsExactly(920L);
    assertThat(g.namesakes().town(g.lookup("Tilal")).id()).isEqualTo(950);
    assertThat(g.namesakes().town(g.lookup("تلال")).id()).isEqualTo(950);
    // a governorate whose name no town within it bears stays the governorate
    assertThat(g.namesakes().town(g.lookup("Nahrain")).id()).isEqualTo(910);
  }

  @Test
  void town_ofACountrysName_isTheCountry() {
    assertThat(g.namesakes().town(g.lookup("زمردان")).id()).isEqualTo(900);
    assertThatThrownBy(() -> g.namesakes().town(List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("town() needs at least one candidate place");
  }
}
