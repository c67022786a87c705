package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder holding a binary file, a file in another encoding, an empty file and a 20 MB file beside
 * good articles: the good ones are processed, the bad ones listed with reasons, exit status 1, and
 * nothing of the good ones lost.
 */
class BatchResilienceTest {
  @TempDir Path dir;

  static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new String[] {String.valueOf(status), out.toString(), err.toString()};
  }

  @Test
  void badFiles_doNotStopTheBatch() throws Exception {
    Path good = dir.resolve("good");
    Files.createDirectories(good);
    for (String f : new String[] {"01_mashreq_wire.txt", "05_observer.txt"}) {
      Files.copy(Path.of("examples", "articles", f), good.resolve(f));
    }
    String[] clean = run("extract", good.toString());
    assertThat(clean[0]).isEqualTo("0");

    Path mixed = dir.resolve("mixed");
    Files.createDirectories(mixed);
    for (String f : new String[] {"01_mashreq_wire.txt", "05_observer.txt"}) Files.copy(good.resolve(f), mixed.resolve(f));
    byte[] binary = new byte[4096];
    new Random(1).nextBytes(binary);
    Files.write(mixed.resolve("photo.jpg"), binary);
    Files.write(mixed.resolve("old.txt"), "قال مصدر إن 50 مسلحا قتلوا في الرقة.".getBytes(Charset.forName("windows-1256")));
    Files.writeString(mixed.resolve("empty.txt"), "");
    Files.write(mixed.resolve("huge.txt"), "قال مصدر إن 50 مسلحا قتلوا في الرقة.\n".repeat(400_000).getBytes(StandardCharsets.UTF_8));
    assertThat(Files.size(mixed.resolve("huge.txt"))).isGreaterThan(20_000_000L);

    String[] r = run("extract", mixed.toString());
    assertThat(r[0]).as(r[2]).isEqualTo("1");
    assertThat(r[2]).contains("failed: empty.txt: empty file", "failed: huge.txt: file of", "larger than the limit",
        "failed: old.txt: not valid UTF-8", "failed: photo.jpg: binary file");
    // the good articles' claims and documents are all there, unchanged; the failures are listed after them
    assertThat(r[1]).startsWith(clean[1].substring(0, clean[1].indexOf("{\"format\":\"crosscheck.note/1\"")))
        .contains("{\"format\":\"crosscheck.failure/1\",\"document\":\"empty.txt\",\"reason\":\"empty file\"}");
  }
}
