package org.crosscheck.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.crosscheck.acceptance.Shared;
import org.crosscheck.cli.Main;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mixed folder, as an analyst would hand it over: the seed articles, the Arabic and the English
 * development corpus and the shipped examples, in one {@code report} run. It exits 0, and the HTML
 * report, opened in headless Chromium, shows groups whose claims come in both directions (Arabic
 * and English quotes in one group), each quote laid out in its own direction.
 */
@Tag("acceptance")
@Tag("browser")
class MixedFolderInBrowserTest {
  @TempDir Path dir;

  @Test
  void mixedFolder_reportsWithExitZero_andShowsCrossLingualGroups() throws Exception {
    Path shared = Shared.dir();
    Path browser = HtmlInBrowserTest.browser();
    Path page = dir.resolve("mixed.html");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new String[] {"report", "--quiet", "--format", "html", "--out", page.toString(),
        shared.resolve("seeds").toString(), shared.resolve("dev-corpus/ar").toString(),
        shared.resolve("dev-corpus/en").toString(), Path.of("examples", "articles").toString()},
        new PrintWriter(out), new PrintWriter(err));
    assertThat(status).as("exit status; standard error said:%n%s", err).isZero();

    Process p = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + dir.resolve("profile"), "--virtual-time-budget=3000",
        "--window-size=" + HtmlInBrowserTest.WIDTH + ",800", "--dump-dom", page.toUri().toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("Chromium finished").isTrue();
    JsonNode rendered = HtmlInBrowserTest.rendered(dom);
    System.out.println("mixed folder (seeds, dev corpus ar and en, examples): " + rendered.get("groups").asInt()
        + " groups, " + rendered.get("crossLingual").asInt() + " with Arabic and English claims");
    assertThat(rendered.get("crossLingual").asInt()).as("groups with claims in both languages").isGreaterThanOrEqualTo(17);
    assertThat(rendered.get("drawn").asInt()).isEqualTo(rendered.get("marks").asInt());
    assertThat(Files.size(page)).as("page size").isLessThan(2_000_000);
  }
}
