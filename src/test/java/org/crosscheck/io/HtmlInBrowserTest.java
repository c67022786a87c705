package org.crosscheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in headless Chromium (Debian's {@code chromium} package) and checks what it
 * rendered: every group drawn, every mark with a non-empty box, Arabic quotes laid out right to
 * left, genuine contradictions in red. {@code .ci/run} installs Chromium and sets {@code
 * crosscheck.browser.required}, so there a missing browser fails the test instead of skipping it.
 */
@Tag("browser")
class HtmlInBrowserTest {
  @TempDir Path dir;

  static Path chromium() {
    for (String p : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
      if (Files.isExecutable(Path.of(p))) return Path.of(p);
    }
    return null;
  }

  @Test
  void report_rendersInARealBrowser() throws Exception {
    Path browser = chromium();
    if (Boolean.getBoolean("crosscheck.browser.required")) {
      assertThat(browser).as("Chromium (Debian package 'chromium') must be installed").isNotNull();
    }
    assumeTrue(browser != null, "Chromium is not installed; install Debian's 'chromium' package to run this test");
    Path page = dir.resolve("report.html");
    Files.writeString(page, Renderer.of(Renderer.Format.HTML).render(RenderersTest.run()), StandardCharsets.UTF_8);
    List<String> cmd = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + dir.resolve("profile"), "--virtual-time-budget=2000", "--dump-dom",
        page.toUri().toString()));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("Chromium finished").isTrue();
    Matcher m = Pattern.compile("data-rendered=\"([^\"]*)\"").matcher(dom);
    assertThat(m.find()).as("the page's check ran and wrote body[data-rendered]; DOM was:%n%s",
        dom.length() > 2000 ? dom.substring(0, 2000) : dom).isTrue();
    JsonNode rendered = new ObjectMapper().readTree(StringEscapeUtils.unescapeHtml4(m.group(1)));
    assertThat(rendered.get("groups").asInt()).isEqualTo(5);
    assertThat(rendered.get("marks").asInt()).isGreaterThanOrEqualTo(9);
    assertThat(rendered.get("drawn").asInt()).isEqualTo(rendered.get("marks").asInt());
    assertThat(rendered.get("rtl").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(rendered.get("genuine").asInt()).isEqualTo(1);
    assertThat(rendered.get("red").asInt()).isEqualTo(1);
  }
}
