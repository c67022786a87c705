package org.crosscheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved web pages and crawler exports read as articles, with their metadata and where it came from. */
class InputsTest {
  @TempDir Path dir;

  static Path fixture(String name) throws Exception {
    return Path.of(InputsTest.class.getResource("inputs/" + name).toURI());
  }

  @Test
  void htmlPage_mainTextWithoutBoilerplate() throws Exception {
    Found page = HtmlPages.read(Files.readAllBytes(fixture("harbour-gazette.html")), "harbour-gazette.html");
    assertThat(page.text()).startsWith("Floods cut off river towns\n\nBy a staff reporter")
        .contains("Rising water has cut off at least 12 villages along the lower river",
            "About 4,000 people have left their homes since Monday",
            "A flooded street in one of the villages.",
            "\"We have never seen the river this high in March,\" a local official said.",
            "The office said the water would begin to fall by the weekend.")
        // navigation, header, ads, share bar, related stories, newsletter, footer, scripts and styles are not text
        .doesNotContain("Weather", "Advertisement", "Tweet", "Related", "Storm damage", "Sign up", "rights reserved",
            "tracking", "height", "Sport");
    // the headline once, not twice
    assertThat(page.text().indexOf("Floods cut off")).isEqualTo(page.text().lastIndexOf("Floods cut off"));
    // each paragraph on its own
    assertThat(page.text()).contains("lower river, the regional emergency office said on Thursday.\n\nAbout 4,000");
  }

  @Test
  void htmlPage_metadataWithItsSources() throws Exception {
    Found page = HtmlPages.read(Files.readAllBytes(fixture("harbour-gazette.html")), "harbour-gazette.html");
    assertThat(page.fields().get(Found.OUTLET)).isEqualTo(new Found.Field("The Harbour Gazette", "og:site_name"));
    // the date as its readers saw it, in the page's own offset (the JSON-LD gives the same instant in UTC)
    assertThat(page.fields().get(Found.PUBLISHED)).isEqualTo(new Found.Field("2019-03-14", "article:published_time"));
    assertThat(page.fields().get(Found.LANGUAGE)).isEqualTo(new Found.Field("en", "<html lang>"));
    assertThat(page.fields().get(Found.URL)).isEqualTo(new Found.Field(
        "https://harbour-gazette.example/world/2019/03/floods-river-towns", "canonical link"));
  }

  @Test
  void htmlPage_fallsBackToJsonLdAndTheHost() throws Exception {
    String html = "<html><head><link rel=canonical href='https://www.north-wire.example/a/1'>"
        + "<script type='application/ld+json'>[{\"@type\": [\"NewsArticle\"], \"datePublished\": \"2020-01-02\","
        + " \"inLanguage\": \"ar-SY\"}]</script>"
        + "<script type='application/ld+json'>{not json</script></head>"
        + "<body><div class='menu'>Home</div><div>Plain words in a div.</div></body></html>";
    Found page = HtmlPages.read(html.getBytes(StandardCharsets.UTF_8), "p.html");
    assertThat(page.fields().get(Found.PUBLISHED)).isEqualTo(new Found.Field("2020-01-02", "JSON-LD NewsArticle.datePublished"));
    assertThat(page.fields().get(Found.LANGUAGE)).isEqualTo(new Found.Field("ar", "JSON-LD inLanguage"));
    assertThat(page.fields().get(Found.OUTLET)).isEqualTo(new Found.Field("north-wire.example", "host of the canonical link"));
    assertThat(page.text()).isEqualTo("Plain words in a div.");
    assertThat(page.diagnostics()).extracting(Diagnostic::code).containsExactly("metadata.bad-json-ld");
  }

  @Test
  void htmlPage_aDateThatIsNotADate_isSaidAndIgnored() throws Exception {
    String html = "<html lang=en><head><meta property='article:published_time' content='last Tuesday'>"
        + "<meta itemprop=datePublished content='2021-06-30'></head><body><p>Some text.</p></body></html>";
    Found page = HtmlPages.read(html.getBytes(StandardCharsets.UTF_8), "p.html");
    assertThat(page.fields().get(Found.PUBLISHED)).isEqualTo(new Found.Field("2021-06-30", "itemprop=datePublished"));
    assertThat(page.diagnostics()).singleElement().satisfies(d -> assertThat(d.message())
        .isEqualTo("article:published_time \"last Tuesday\" is not a date like 2017-11-03 or 2017-11-03T10:00:00+03:00;"
            + " ignored"));
  }

  @Test
  void documents_readPagesAndExports_badLinesNamedAndTheBatchGoesOn() throws Exception {
    Files.copy(fixture("harbour-gazette.html"), dir.resolve("harbour-gazette.html"));
    Files.copy(fixture("crawler-export.jsonl"), dir.resolve("crawler-export.jsonl"));
    Documents.Loaded loaded = new Documents().read(List.of(dir), null);
    assertThat(loaded.articles()).extracting(Article::id).containsExactly("crawler-export.jsonl#1",
        "crawler-export.jsonl#2", "crawler-export.jsonl#6", "harbour-gazette.html");
    Article first = loaded.articles().get(0);
    assertThat(first.text()).isEqualTo("River begins to fall\n\nThe river began to fall on Friday, the emergency office"
        + " said. Around 3,800 people are still away from their homes.");
    assertThat(first.metadata().outlet()).isEqualTo("valley-times.example");
    assertThat(first.metadata().published()).isEqualTo(LocalDate.of(2019, 3, 15));
    assertThat(first.metadata().url()).isEqualTo("https://valley-times.example/news/river-falls");
    Article second = loaded.articles().get(1);
    assertThat(second.metadata().outlet()).isEqualTo("Plains Courier");
    assertThat(second.metadata().published()).isEqualTo(LocalDate.of(2019, 3, 16));
    assertThat(loaded.failures()).extracting(Run.Failure::toString).containsExactly(
        "crawler-export.jsonl: line 3, column 63: not valid JSON: Unexpected end-of-input: was expecting closing quote"
            + " for a string value",
        "crawler-export.jsonl: line 4: no article text: a record needs \"maintext\" (news-please) or \"text\""
            + " (trafilatura), and this one has only \"title\", \"date\", \"sitename\"");
    // where each field came from, per article; what is missing is a warning there and a note
    assertThat(loaded.diagnostics("harbour-gazette.html")).extracting(Diagnostic::toString).containsExactly(
        "INFO metadata.source: outlet \"The Harbour Gazette\" from og:site_name; published 2019-03-14 from"
            + " article:published_time; language en from <html lang>; url"
            + " https://harbour-gazette.example/world/2019/03/floods-river-towns from canonical link");
    assertThat(loaded.diagnostics("crawler-export.jsonl#6")).extracting(Diagnostic::toString).containsExactly(
        "INFO metadata.source: outlet \"valley-times.example\" from source_domain; language en from the text"
            + " (detected: en (1.00))",
        "WARNING metadata.missing: no publication date: none given on the command line or in a manifest, none found"
            + " in the input; relative dates ('yesterday', 'on Friday') are resolved only if the text prints a date");
    assertThat(loaded.notes()).containsExactly("warning: no publication date for 1 document (crawler-export.jsonl#6);"
        + " relative dates ('yesterday') are resolved only where the text prints a date. Give \"published\" in a"
        + " manifest.json, or --published for a single file");
  }

  @Test
  void documents_givenAndManifestWinOverThePage() throws Exception {
    Path page = dir.resolve("harbour-gazette.html");
    Files.copy(fixture("harbour-gazette.html"), page);
    Files.writeString(dir.resolve("manifest.json"), "[{\"file\": \"harbour-gazette.html\", \"outlet\": \"HG\"}]");
    Documents.Loaded loaded = new Documents().read(List.of(page), null,
        new Documents.Given(null, LocalDate.of(2019, 3, 15), null));
    assertThat(loaded.articles()).singleElement().satisfies(a -> {
      assertThat(a.metadata().outlet()).isEqualTo("HG");
      assertThat(a.metadata().published()).isEqualTo(LocalDate.of(2019, 3, 15));
      assertThat(a.metadata().language()).isEqualTo("en");
    });
    assertThat(loaded.diagnostics("harbour-gazette.html").get(0).message()).startsWith("outlet \"HG\" from the"
        + " manifest; published 2019-03-15 from --published; language en from <html lang>");
    assertThat(loaded.notes()).isEmpty();
  }

  @Test
  void manifest_entriesForRecordsOfAnExport_winOverTheRecord_andTheWholeFileFillsGaps() throws Exception {
    Files.copy(fixture("crawler-export.jsonl"), dir.resolve("crawler-export.jsonl"));
    Files.writeString(dir.resolve("manifest.json"), "[{\"file\": \"crawler-export.jsonl#2\", \"outlet\": \"Courier\"},"
        + " {\"file\": \"crawler-export.jsonl#6\", \"published\": \"2019-03-17\"}]");
    Documents.Loaded loaded = new Documents().read(List.of(dir), null);
    assertThat(loaded.articles()).extracting(a -> a.metadata().outlet()).containsExactly("valley-times.example",
        "Courier", "valley-times.example");
    assertThat(loaded.articles().get(2).metadata().published()).isEqualTo(LocalDate.of(2019, 3, 17));
    assertThat(loaded.notes()).isEmpty();
    assertThat(loaded.failures()).extracting(Run.Failure::document).containsOnly("crawler-export.jsonl");
    Files.writeString(dir.resolve("manifest.json"), "[{\"file\": \"crawler-export.jsonl\", \"published\": \"2019-03-20\"}]");
    Documents.Loaded whole = new Documents().read(List.of(dir), null);
    assertThat(whole.articles()).extracting(a -> a.metadata().published()).containsExactly(LocalDate.of(2019, 3, 15),
        LocalDate.of(2019, 3, 16), LocalDate.of(2019, 3, 20));
    assertThat(whole.diagnostics("crawler-export.jsonl#6").get(0).message())
        .contains("published 2019-03-20 from the manifest (whole file)");
  }

  @Test
  void documents_givenMetadataForSeveralArticles_isRefused() throws Exception {
    Files.copy(fixture("crawler-export.jsonl"), dir.resolve("crawler-export.jsonl"));
    assertThatThrownBy(() -> new Documents().read(List.of(dir.resolve("crawler-export.jsonl")), null,
        new Documents.Given("X", null, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--outlet, --published and --language describe one article, but 3 were read; for several articles"
            + " give a manifest.json (see docs/json-format.md)");
  }

  @Test
  void documents_aPageSavedAsText_andASingleRecordJson() throws Exception {
    Files.writeString(dir.resolve("saved.txt"), "\n  <!DOCTYPE html><html lang=ar><body><p>نص المقال.</p></body></html>");
    Files.writeString(dir.resolve("one.json"), "{\"title\": \"T\", \"text\": \"Body words.\", \"date\": \"2018-02-03\"}");
    Files.writeString(dir.resolve("bad.json"), "{\"title\": \"T\"}");
    Documents.Loaded loaded = new Documents().read(List.of(dir), null);
    assertThat(loaded.articles()).extracting(Article::id, Article::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple("one.json", "T\n\nBody words."),
        org.assertj.core.groups.Tuple.tuple("saved.txt", "نص المقال."));
    assertThat(loaded.failures()).extracting(Run.Failure::document).containsExactly("bad.json");
  }

  @Test
  void found_datesAndLanguages() {
    assertThat(Found.date("2017-11-03T23:30:00-05:00")).isEqualTo(LocalDate.of(2017, 11, 3));
    assertThat(Found.date("2017-11-03 10:00:00")).isEqualTo(LocalDate.of(2017, 11, 3));
    assertThat(Found.date("2017-11-03T10:00:00")).isEqualTo(LocalDate.of(2017, 11, 3));
    assertThat(Found.date("2017-02-30")).isNull();
    assertThat(Found.date("3 Nov 2017")).isNull();
    assertThat(Found.language("ar_EG")).isEqualTo("ar");
    assertThat(Found.language("EN-gb")).isEqualTo("en");
    assertThat(Found.language("*")).isNull();
    assertThat(Found.host("https://www.Example.org/x")).isEqualTo("example.org");
  }
}
