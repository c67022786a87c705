package org.crosscheck.arabic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's own gazetteer file (issue 16): added after the built-in places, or instead of them. */
class UserGazetteerTest {
  /** A made-up town, in the built-in gazetteer's format. */
  static final String TOWN = "999000001\tL\tSD\t0\t0\t5000\tA\tوادي نورات\tWadi Nurat\n";

  @TempDir Path dir;

  @Test
  void read_addsThePlacesOfAFile_plainOrGzipped_afterTheBuiltInOnes() throws Exception {
    Path plain = Files.writeString(dir.resolve("places.tsv"), "# my places\n" + TOWN, StandardCharsets.UTF_8);
    Gazetteer added = Gazetteer.read(List.of(plain), true, Set.of());
    assertThat(added.size()).isEqualTo(Gazetteer.standard().size() + 1);
    assertThat(added.lookup("وادي نورات")).extracting(Place::nameEn).containsExactly("Wadi Nurat");
    assertThat(added.lookup("الرقة")).isNotEmpty();
    Path gz = dir.resolve("places.tsv.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(TOWN.getBytes(StandardCharsets.UTF_8));
    }
    Gazetteer only = Gazetteer.read(List.of(gz), false, Set.of());
    assertThat(only.size()).isEqualTo(1);
    assertThat(only.find("دخلت القوات إلى وادي نورات أمس")).extracting(m -> m.place().nameEn())
        .containsExactly("Wadi Nurat");
    assertThat(only.lookup("الرقة")).isEmpty();
    // a place whose id an earlier file has is the earlier one's
    assertThat(Gazetteer.read(List.of(plain, gz), false, Set.of()).size()).isEqualTo(1);
  }

  @Test
  void read_aBadLine_namesTheFileAndLine() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.tsv"), TOWN + "12\tL\tSD\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Gazetteer.read(List.of(bad), false, Set.of())).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(bad + " line 2 needs 9 or 11 tab-separated fields (id, type, country,");
    Path type = Files.writeString(dir.resolve("type.tsv"), "5\tX\tSD\t0\t0\t0\tA\tا\tA\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Gazetteer.read(List.of(type), false, Set.of()))
        .hasMessage(type + " line 1: unknown place type code 'X'; use C, R, D, L or N");
  }

  @Test
  void read_ofSomeCountriesOnly() throws Exception {
    Path plain = Files.writeString(dir.resolve("places.tsv"), TOWN, StandardCharsets.UTF_8);
    Gazetteer sudanAndYemen = Gazetteer.read(List.of(plain), true, Set.of("SD", "YE"));
    assertThat(sudanAndYemen.country("SD")).isPresent();
    assertThat(sudanAndYemen.country("SY")).isEmpty();
    assertThat(sudanAndYemen.lookup("وادي نورات")).hasSize(1);
    assertThat(sudanAndYemen.lookup("الرقة")).isEmpty();
    assertThat(sudanAndYemen.lookup("الحديدة")).isNotEmpty();
    assertThat(Gazetteer.read(List.of(plain), true, Set.of("YE")).lookup("وادي نورات")).isEmpty();
  }
}
