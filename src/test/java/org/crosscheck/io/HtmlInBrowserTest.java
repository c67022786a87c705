package org.crosscheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.commons.text.StringEscapeUtils;
import org.crosscheck.acceptance.Shared;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.Metadata;
import org.crosscheck.rules.RuleSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in headless Chromium (Debian's {@code chromium} package) and checks what it
 * rendered: every group drawn, every mark with a non-empty box, Arabic quotes laid out right to
 * left, genuine contradictions in red, the sections in the order an analyst reads them; that the
 * run's fragment looks the same, pixel for pixel, inside a page whose own CSS is hostile as it does
 * alone; and screenshots of the seeds report and of a 200-document report (under {@code
 * target/screenshots}), the latter at most 1 MB. {@code .ci/run} installs Chromium and sets {@code
 * crosscheck.browser.required}, so there a missing browser fails the test instead of skipping it.
 */
@Tag("browser")
class HtmlInBrowserTest {
  @TempDir Path dir;

  /** The width of the window, in CSS pixels, for every page this test opens. */
  static final int WIDTH = 1100;

  static Path chromium() {
    for (String p : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
      if (Files.isExecutable(Path.of(p))) return Path.of(p);
    }
    return null;
  }

  static Path browser() {
    Path browser = chromium();
    if (Boolean.getBoolean("crosscheck.browser.required")) {
      assertThat(browser).as("Chromium (Debian package 'chromium') must be installed").isNotNull();
    }
    assumeTrue(browser != null, "Chromium is not installed; install Debian's 'chromium' package to run this test");
    return browser;
  }

  private List<String> command(Path browser, String profile, String... more) {
    List<String> cmd = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--hide-scrollbars", "--force-device-scale-factor=1", "--font-render-hinting=none",
        "--user-data-dir=" + dir.resolve(profile), "--virtual-time-budget=3000"));
    cmd.addAll(List.of(more));
    return cmd;
  }

  /** The page's DOM after its scripts ran. */
  private String dom(Path browser, Path page) throws Exception {
    // the same window width as the screenshots, so that boxes measured here are the ones drawn there
    Process p = new ProcessBuilder(command(browser, "profile-dom", "--window-size=" + WIDTH + ",800", "--dump-dom",
        page.toUri().toString()))
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("Chromium finished").isTrue();
    return dom;
  }

  /** A screenshot of the page in a window {@code width} by {@code height} CSS pixels. */
  private BufferedImage screenshot(Path browser, Path page, int width, int height, Path png) throws Exception {
    Files.createDirectories(png.getParent());
    Files.deleteIfExists(png);
    Process p = new ProcessBuilder(command(browser, "profile-shot", "--window-size=" + width + "," + height,
        "--screenshot=" + png.toAbsolutePath(), page.toUri().toString()))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("Chromium finished").isTrue();
    assertThat(png).as("screenshot written").exists();
    return ImageIO.read(png.toFile());
  }

  /** What the page's check wrote to body[data-rendered]. */
  static JsonNode rendered(String dom) throws Exception {
    Matcher m = Pattern.compile("data-rendered=\"([^\"]*)\"").matcher(dom);
    assertThat(m.find()).as("the page's check ran and wrote body[data-rendered]; DOM was:%n%s",
        dom.length() > 2000 ? dom.substring(0, 2000) : dom).isTrue();
    return new ObjectMapper().readTree(StringEscapeUtils.unescapeHtml4(m.group(1)));
  }

  @Test
  void report_rendersInARealBrowser() throws Exception {
    Path browser = browser();
    Path page = dir.resolve("report.html");
    Files.writeString(page, Renderer.of(Renderer.Format.HTML).render(RenderersTest.run()), StandardCharsets.UTF_8);
    JsonNode rendered = rendered(dom(browser, page));
    assertThat(rendered.get("groups").asInt()).isEqualTo(5);
    assertThat(rendered.get("marks").asInt()).isGreaterThanOrEqualTo(9);
    assertThat(rendered.get("drawn").asInt()).isEqualTo(rendered.get("marks").asInt());
    assertThat(rendered.get("rtl").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(rendered.get("genuine").asInt()).isEqualTo(2);   // the entry under "Genuine contradictions" and the group's verdict
    assertThat(rendered.get("red").asInt()).isEqualTo(rendered.get("genuine").asInt());
    assertThat(order(rendered)).startsWith("summary", "genuine", "explained", "timeline");
  }

  static List<String> order(JsonNode rendered) {
    List<String> out = new ArrayList<>();
    rendered.get("order").forEach(n -> out.add(n.asText()));
    return out;
  }

  /** A page with the fragment first in its body, and a script (the page's, not the fragment's) that reports its box. */
  static String host(String fragment, String css) {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>host</title><style>body{margin:8px;padding:0}"
        + css + "</style></head><body>" + fragment + "<p>after the fragment</p><script>(function(){var r=document"
        + ".querySelector('.crosscheck').getBoundingClientRect();document.body.setAttribute('data-rendered',JSON"
        + ".stringify({x:r.left,y:r.top,w:r.width,h:r.height}));})();</script></body></html>";
  }

  /** Rules a notebook or a web log might carry, and worse: every one of them would change an unscoped report. */
  static final String HOSTILE = String.join("\n",
      "html,body{font-family:serif;font-size:19px;line-height:2.2;color:#080;direction:rtl;text-align:right;letter-spacing:1px}",
      "*{box-sizing:border-box}",
      "div{margin:12px;padding:7px;border:2px dashed blue;background:#fef}",
      "table{width:100%;border:3px solid red;table-layout:fixed;border-collapse:separate;border-spacing:6px}",
      "td,th{padding:14px;text-align:right;background:#ffe;vertical-align:bottom;white-space:nowrap;font-size:22px}",
      "tbody tr:nth-child(odd){background:#eef}",
      "svg{max-width:20px;height:auto;fill:lime}",
      "rect,circle,line,polygon,text{fill:orange;stroke:purple;stroke-width:5px;font-size:30px}",
      "h1,h2,h3{font-size:40px;text-transform:uppercase;color:red;margin:40px}",
      "ul{padding-left:80px}li{list-style:square;margin:10px}",
      "a{color:magenta;font-weight:bold;text-decoration:none}",
      "section,header,nav{border:5px solid black;margin:30px;padding:20px}",
      "details{border:4px dotted green}summary{color:red;font-size:30px}",
      "blockquote{font-style:italic;margin:40px;border-left:10px solid red}",
      "p{margin:25px}code{font-size:25px;background:yellow}small{font-size:5px}b{font-weight:100}",
      "bdi{unicode-bidi:normal}",
      "");

  @Test
  void fragment_looksTheSameInsideAHostilePage_asAlone() throws Exception {
    Path browser = browser();
    Documents.Loaded loaded = new Documents().read(List.of(Path.of("examples", "articles")), null);
    Run run = Pipeline.withInstalledExtractors(RuleSet.defaults()).run(loaded, i -> { });
    String fragment = run.toHtml();
    Path alone = dir.resolve("alone.html");
    Path hostile = dir.resolve("hostile.html");
    Files.writeString(alone, host(fragment, ""), StandardCharsets.UTF_8);
    Files.writeString(hostile, host(fragment, HOSTILE), StandardCharsets.UTF_8);
    JsonNode a = rendered(dom(browser, alone));
    JsonNode h = rendered(dom(browser, hostile));
    assertThat(h.get("w").asDouble()).as("width").isEqualTo(a.get("w").asDouble());
    assertThat(h.get("h").asDouble()).as("height").isEqualTo(a.get("h").asDouble());
    int width = WIDTH;
    int height = (int) Math.ceil(a.get("y").asDouble() + a.get("h").asDouble()) + 40;
    Path shots = Path.of("target", "screenshots");
    int x0 = (int) Math.round(a.get("x").asDouble());
    int y0 = (int) Math.round(a.get("y").asDouble());
    int w = (int) Math.floor(a.get("w").asDouble());
    int hh = (int) Math.floor(a.get("h").asDouble());
    long differ = 0;
    long blank = 0;
    long all = 0;
    int first = -1;
    // headless Chromium now and then takes a screenshot before its last tiles are painted (seen once
    // in .ci/run: the bottom of one page half drawn); a difference must survive fresh screenshots
    for (int attempt = 1; attempt <= 3; attempt++) {
      BufferedImage one = screenshot(browser, alone, width, height, shots.resolve("fragment-alone.png"));
      BufferedImage two = screenshot(browser, hostile, width, height, shots.resolve("fragment-in-hostile-page.png"));
      differ = 0;
      blank = 0;
      first = -1;
      for (int y = y0; y < y0 + hh && y < one.getHeight(); y++) {
        for (int x = x0; x < x0 + w && x < one.getWidth(); x++) {
          int p = one.getRGB(x, y);
          if (p != two.getRGB(x, y)) {
            differ++;
            if (first < 0) first = y;
          }
          if ((p & 0xFFFFFF) == 0xFFFFFF) blank++;
        }
      }
      all = (long) w * Math.min(hh, one.getHeight() - y0);
      System.out.printf(Locale.ROOT, "fragment in a hostile page: %d of %d pixels differ (first at y=%d)%n", differ,
          all, first);
      if (differ == 0) break;
    }
    assertThat(blank).as("the fragment drew something").isLessThan(all * 98 / 100);
    assertThat(differ).as("pixels that differ between the fragment alone and inside a hostile page (first at y=%d)",
        first).isZero();
  }

  @Test
  void seedsReport_screenshot() throws Exception {
    Path browser = browser();
    Path seeds = Shared.dir().resolve("seeds");
    Documents.Loaded loaded = new Documents().read(List.of(seeds), seeds.resolve("manifest.json"));
    Run run = Pipeline.withInstalledExtractors(RuleSet.defaults()).run(loaded, i -> { });
    String html = Renderer.of(Renderer.Format.HTML).render(run);
    Path page = dir.resolve("seeds.html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    JsonNode rendered = rendered(dom(browser, page));
    assertThat(rendered.get("groups").asInt()).isEqualTo(run.report().groups().size());
    assertThat(rendered.get("drawn").asInt()).isEqualTo(rendered.get("marks").asInt()).isPositive();
    assertThat(rendered.get("rtl").asInt()).isPositive();
    List<String> order = order(rendered);
    assertThat(order.get(0)).isEqualTo("summary");
    assertThat(order.indexOf("group")).isGreaterThan(order.indexOf("summary"));
    if (run.report().genuineContradictions() > 0) assertThat(order.get(1)).isEqualTo("genuine");
    BufferedImage shot = screenshot(browser, page, WIDTH, 2400, Path.of("target", "screenshots", "seeds-report.png"));
    assertThat(shot.getWidth()).isEqualTo(WIDTH);
    System.out.printf(Locale.ROOT, "seeds report: %d documents, %d groups, %d bytes of HTML%n",
        loaded.articles().size(), run.report().groups().size(), html.getBytes(StandardCharsets.UTF_8).length);
  }

  /**
   * 200 documents: the seeds and the dev corpus, each article also carried by further outlets (a
   * wire story rewritten by several sites: echoes), until there are 200.
   */
  @Test
  void twoHundredDocuments_fitInOneMegabyte_andLeadWithWhatMatters() throws Exception {
    Path browser = browser();
    Path shared = Shared.dir();
    Documents documents = new Documents();
    List<Article> originals = new ArrayList<>();
    for (Path d : List.of(shared.resolve("seeds"), shared.resolve("dev-corpus/ar"), shared.resolve("dev-corpus/en"))) {
      originals.addAll(documents.read(List.of(d), d.resolve("manifest.json")).articles());
    }
    List<Article> articles = new ArrayList<>(originals);
    for (int copy = 1; articles.size() < 200; copy++) {
      for (Article a : originals) {
        if (articles.size() >= 200) break;
        Metadata m = a.metadata();
        articles.add(new Article("copy" + copy + "_" + a.id(), a.text(), new Metadata("Syndicate " + copy,
            m.published() == null ? null : m.published().plusDays(copy % 2), m.language(), null, null, null)));
      }
    }
    assertThat(articles).hasSize(200);
    Documents.Loaded loaded = new Documents.Loaded(ImmutableList.copyOf(articles), ImmutableList.of());
    Run run = Pipeline.withInstalledExtractors(RuleSet.defaults()).run(loaded, i -> { });
    String html = Renderer.of(Renderer.Format.HTML).render(run);
    int bytes = html.getBytes(StandardCharsets.UTF_8).length;
    System.out.printf(Locale.ROOT, "200-document report: %d claims, %d groups, %d echoes, %d bytes of HTML%n",
        run.report().claims().size(), run.report().groups().size(), run.echoes().size(), bytes);
    Path page = Path.of("target", "screenshots", "report-200-documents.html");
    Files.createDirectories(page.getParent());
    Files.writeString(page, html, StandardCharsets.UTF_8);
    assertThat(bytes).as("page size for 200 documents").isLessThanOrEqualTo(1_000_000);
    JsonNode rendered = rendered(dom(browser, page));
    assertThat(rendered.get("groups").asInt()).isEqualTo(run.report().groups().size());
    assertThat(rendered.get("drawn").asInt()).isEqualTo(rendered.get("marks").asInt());
    List<String> order = order(rendered);
    assertThat(order.subList(0, 3)).containsExactly("summary", "genuine", "explained");
    assertThat(order.indexOf("echoes")).as("echo clusters after the groups").isGreaterThan(order.lastIndexOf("group"));
    // one collapsed entry per echo cluster, not one line per echo
    assertThat(html.split("<details class=\"cc-cluster\">", -1).length - 1).isLessThan(run.echoes().size());
    screenshot(browser, page, WIDTH, 2400, Path.of("target", "screenshots", "report-200-documents.png"));
  }
}
