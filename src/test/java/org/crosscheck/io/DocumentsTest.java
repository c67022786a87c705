package org.crosscheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentsTest {
  @TempDir Path dir;

  @Test
  void read_reportsBadFilesAndKeepsTheGoodOnes() throws Exception {
    Files.writeString(dir.resolve("good.txt"), "\uFEFFسيطر الجيش على المدينة أمس.", StandardCharsets.UTF_8);
    Files.write(dir.resolve("scan.bin"), new byte[] {0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3});
    Files.write(dir.resolve("old.txt"), "سيطر الجيش".getBytes(Charset.forName("windows-1256")));
    Files.writeString(dir.resolve("empty.txt"), "");
    Files.writeString(dir.resolve("blank.txt"), " \n\t ");
    Files.write(dir.resolve("huge.txt"), new byte[2000]);
    Files.writeString(dir.resolve(".hidden"), "x");
    Files.writeString(dir.resolve("notes.md"), "not an article");
    StringBuilder m = new StringBuilder("[{\"file\":\"good.txt\",\"outlet\":\"Team Wire\",\"language\":\"ar\","
        + "\"published\":\"2017-11-03\"}");
    for (String f : List.of("scan.bin", "old.txt", "empty.txt", "blank.txt", "huge.txt", "gone.txt")) {
      m.append(",{\"file\":\"").append(f).append("\",\"outlet\":\"X\"}");
    }
    Files.writeString(dir.resolve("manifest.json"), m.append("]").toString());
    Documents.Loaded loaded = new Documents(1000).read(List.of(dir), dir.resolve("manifest.json"));
    assertThat(loaded.articles()).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo("good.txt");
      assertThat(a.text()).startsWith("سيطر");
      assertThat(a.metadata().outlet()).isEqualTo("Team Wire");
      assertThat(a.metadata().published()).isEqualTo(LocalDate.of(2017, 11, 3));
    });
    assertThat(loaded.failures()).extracting(Run.Failure::toString).containsExactly(
        "blank.txt: holds only white space",
        "empty.txt: empty file",
        "huge.txt: file of 2000 bytes is larger than the limit of 1000 bytes; split it, or raise the limit with --max-size",
        "old.txt: not valid UTF-8 (perhaps windows-1256 or ISO-8859-6); convert it, e.g. iconv -f CP1256 -t UTF-8",
        "scan.bin: binary file (it holds NUL bytes), not text",
        "gone.txt: listed in the manifest but not found among the files given");
    assertThat(loaded.notes()).containsExactly("notes.md is not in the manifest; not read as an article");
  }

  @Test
  void manifest_errorsNameTheFileAndTheEntry() throws Exception {
    Path m = dir.resolve("m.json");
    Files.writeString(m, "[{\"file\":\"a.txt\",\"published\":\"3 Nov\"}]");
    assertThatThrownBy(() -> Documents.readManifest(m))
        .hasMessageEndingWith("m.json:1:18: at $[0].published: entry 1 (a.txt): \"published\" must be a date like"
            + " 2017-11-03, got \"3 Nov\"");
    Files.writeString(m, "[{\"file\": }]");
    assertThatThrownBy(() -> Documents.readManifest(m)).isInstanceOf(FormatException.class)
        .hasMessageContaining("m.json:1:11: not valid JSON");
    Files.writeString(m, "{\"x\":1}");
    assertThatThrownBy(() -> Documents.readManifest(m)).hasMessageContaining("a manifest is a JSON array");
  }

  @Test
  void language_isGuessedFromTheScript() {
    assertThat(Documents.guessLanguage("سيطر الجيش on Friday")).isEqualTo("ar");
    assertThat(Documents.guessLanguage("The army took the town")).isEqualTo("en");
  }

  @Test
  void filesNamedOnTheirOwn_takeTheirMetadataFromTheManifestBesideThem() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "سيطر الجيش على المدينة أمس.");
    Files.writeString(dir.resolve("b.txt"), "سيطر الجيش على البلدة أمس.");
    Files.writeString(dir.resolve("manifest.json"), "[{\"file\":\"a.txt\",\"outlet\":\"Team Wire\","
        + "\"published\":\"2017-11-03\"},{\"file\":\"b.txt\",\"outlet\":\"Other\"},{\"file\":\"c.txt\"}]");
    Documents.Loaded beside = new Documents().read(List.of(dir.resolve("a.txt")), null);
    assertThat(beside.failures()).isEmpty();
    assertThat(beside.articles()).singleElement().satisfies(a -> {
      assertThat(a.metadata().outlet()).isEqualTo("Team Wire");
      assertThat(a.metadata().published()).isEqualTo(LocalDate.of(2017, 11, 3));
    });
    // a manifest given with some of its files: the files not given are not failures
    Documents.Loaded some = new Documents().read(List.of(dir.resolve("a.txt"), dir.resolve("b.txt")),
        dir.resolve("manifest.json"));
    assertThat(some.failures()).isEmpty();
    assertThat(some.articles()).extracting(a -> a.metadata().outlet()).containsExactly("Team Wire", "Other");
    // the folder itself: its manifest lists c.txt, which is missing
    assertThat(new Documents().read(List.of(dir), null).failures()).extracting(Run.Failure::toString)
        .containsExactly("c.txt: listed in the manifest but not found among the files given");
  }

  @Test
  void aFolderWithoutManifest_isReadWhole_nextToOneWithAManifest() throws Exception {
    Path plain = Files.createDirectory(dir.resolve("plain"));
    Path listed = Files.createDirectory(dir.resolve("listed"));
    Files.writeString(plain.resolve("x.txt"), "سيطر الجيش على المدينة أمس.");
    Files.writeString(listed.resolve("y.txt"), "سيطر الجيش على البلدة أمس.");
    Files.writeString(listed.resolve("z.txt"), "نص آخر.");
    Files.writeString(listed.resolve("manifest.json"), "[{\"file\":\"y.txt\",\"outlet\":\"Team Wire\"}]");
    Documents.Loaded loaded = new Documents().read(List.of(plain, listed), null);
    assertThat(loaded.articles()).extracting(a -> a.id()).containsExactly("x.txt", "y.txt");
    assertThat(loaded.notes()).first().isEqualTo("z.txt is not in the manifest; not read as an article");
    // x.txt has no manifest: its outlet is missing, and so are both dates; said, not silently defaulted
    assertThat(loaded.notes()).hasSize(3).element(1).asString()
        .startsWith("warning: no outlet for 1 document (x.txt); the claims count as those of 'unknown outlet'");
    assertThat(loaded.notes().get(2)).startsWith("warning: no publication date for 2 documents (x.txt, y.txt)");
  }

  @Test
  void manifest_unknownMember_isRefusedWithTheNearestKnownOne_atItsLineAndColumn() throws Exception {
    Path m = dir.resolve("m.json");
    Files.writeString(m, "[\n  {\"file\": \"a.txt\", \"outlet\": \"Reuters\"},\n  {\"file\": \"b.txt\", \"publishd\": \"2017-11-03\"}\n]\n");
    assertThatThrownBy(() -> Documents.readManifest(m)).isInstanceOfSatisfying(FormatException.class, e -> {
      assertThat(e.line()).isEqualTo(3);
      assertThat(e.column()).isEqualTo(21);
      assertThat(e).hasMessageEndingWith("m.json:3:21: at $[1].publishd: unknown member \"publishd\" in manifest entry"
          + " 2; known members: file, outlet, language, published, dateline, url, agency, published_basis, modelled_on;"
          + " did you mean \"published\"?");
    });
    Files.writeString(m, "{\"documents\": [{\"file\": \"a.txt\"}], \"document\": []}");
    assertThatThrownBy(() -> Documents.readManifest(m)).hasMessageEndingWith("m.json:1:36: at $.document: unknown"
        + " member \"document\" in a manifest; known members: documents; did you mean \"documents\"?");
    Files.writeString(m, "{\"documents\": [{\"file\": \"a.txt\", \"colour\": \"red\"}]}");
    assertThatThrownBy(() -> Documents.readManifest(m)).hasMessageContaining("at $.documents[0].colour: unknown member"
        + " \"colour\" in manifest entry 1; known members:").hasMessageNotContaining("did you mean");
    Files.writeString(m, "[{\"outlet\": \"Reuters\"}]");
    assertThatThrownBy(() -> Documents.readManifest(m)).hasMessageContaining("m.json:1:2: at $[0]: entry 1 has no"
        + " \"file\"");
  }

  @Test
  void manifest_notUtf8_namesTheFileAndTheFix() throws Exception {
    Path m = dir.resolve("m.json");
    Files.write(m, "[{\"file\": \"a.txt\"}]".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
    byte[] bom = {(byte) 0xFF, (byte) 0xFE};
    byte[] body = Files.readAllBytes(m);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, 2);
    System.arraycopy(body, 0, all, 2, body.length);
    Files.write(m, all);
    assertThatThrownBy(() -> Documents.readManifest(m)).isInstanceOf(FormatException.class)
        .hasMessageContaining("m.json:1:1: a manifest must be UTF-8, but this one is not (it looks like UTF-16);"
            + " convert it, e.g. iconv -f UTF-16 -t UTF-8 ")
        .hasMessageNotContaining("Input length");
  }

  @Test
  void manifest_seedsAndExamples_stillRead() throws Exception {
    assertThat(Documents.readManifest(Path.of("examples/articles/manifest.json"))).isNotEmpty();
  }
}
