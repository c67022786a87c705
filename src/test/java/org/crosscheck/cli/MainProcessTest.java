package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program as a process: what it prints before it exits reaches the terminal. {@link Main#run}
 * tests see their own writers; only a real process shows that standard error is flushed before
 * {@code System.exit} (an error message and {@code --diagnostics} were once lost).
 */
class MainProcessTest {
  @TempDir Path dir;

  private static String[] run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new String[] {new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8),
        String.valueOf(p.exitValue())};
  }

  @Test
  void anError_isPrintedBeforeTheProgramExits() throws Exception {
    String[] r = run("report", dir.resolve("missing").toString());
    assertThat(r[2]).isEqualTo("2");
    assertThat(r[1]).startsWith("crosscheck: ").contains("missing");
  }

  @Test
  void diagnostics_reachStandardError() throws Exception {
    Path article = dir.resolve("wire.txt");
    Files.writeString(article, "Some 2,000 fighters massed near the border on Tuesday.", StandardCharsets.UTF_8);
    String[] r = run("extract", "--diagnostics", "--no-progress", "--language", "en", "--outlet", "Team Wire",
        "--published", "2024-03-05", article.toString());
    assertThat(r[2]).isEqualTo("0");
    assertThat(r[1]).contains("wire.txt: ");
  }
}
