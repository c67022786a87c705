package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.Crosscheck.*;
import static org.crosscheck.Fixtures.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.claim.Claim;
import org.crosscheck.io.ClaimJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;

  record Result(int status, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(status, out.toString(), err.toString());
  }

  Path claims() throws Exception {
    Claim a = claim(FIGHTERS, AL_QAIM, between(1500, 2500)).about(ISIS).by(REUTERS.quoting(DILLON)).withId("a");
    Claim b = claim(FIGHTERS, AL_QAIM, about(1500)).about(ISIS).by(AL_ARAB.quoting(COALITION)).withId("b");
    Path f = dir.resolve("claims.jsonl");
    StringWriter w = new StringWriter();
    ClaimJson.writeLines(List.of(a, b), w);
    Files.writeString(f, w.toString(), StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void help_everywhere() {
    assertThat(run("--help").out()).contains("Usage: crosscheck", "report", "extract", "reconcile");
    for (String cmd : List.of("report", "extract", "reconcile")) {
      Result r = run(cmd, "--help");
      assertThat(r.status()).isZero();
      assertThat(r.out()).contains("Usage: crosscheck " + cmd);
    }
  }

  @Test
  void version_isThePomsVersion() throws Exception {
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("<artifactId>crosscheck</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(Files.readString(Path.of("pom.xml")));
    assertThat(m.find()).isTrue();
    Result r = run("--version");
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("crosscheck " + m.group(1) + "\n");
  }

  @Test
  void reconcile_writesEachFormat() throws Exception {
    Path f = claims();
    Result text = run("reconcile", f.toString());
    assertThat(text.status()).isZero();
    assertThat(text.out()).contains("1 group of 2 claims", "COMPATIBLE  a vs b");
    for (String format : List.of("markdown", "html", "json", "csv")) {
      Path out = dir.resolve("report." + format);
      Result r = run("reconcile", f.toString(), "--format", format, "--out", out.toString());
      assertThat(r.status()).as(r.err()).isZero();
      assertThat(Files.readString(out)).isNotBlank();
    }
  }

  @Test
  void usageErrors_exitWithTwoAndSayWhy() throws Exception {
    Result bad = run("reconcile", claims().toString(), "--format", "pdf");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).isEqualTo("crosscheck: unknown format 'pdf'; choose one of text, markdown, html, json, csv\n");
    Result unknown = run("frobnicate");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unmatched argument at index 0: 'frobnicate'");
    Path broken = dir.resolve("broken.jsonl");
    Files.writeString(broken, "{\"format\":\"crosscheck.claim/1\",\n");
    Result json = run("reconcile", broken.toString());
    assertThat(json.status()).isEqualTo(2);
    assertThat(json.err()).startsWith("crosscheck: " + broken + ":1:");
    assertThat(run("reconcile", dir.resolve("missing.jsonl").toString()).err()).contains("no such file");
    assertThat(run().status()).isEqualTo(2);
  }

  @Test
  void rulesFile_changesVerdicts() throws Exception {
    Path rules = dir.resolve("rules.json");
    Files.writeString(rules, "{\"name\":\"newsroom\",\"tolerances\":[{\"measure\":\"fighters\",\"relative\":0.5}]}");
    Result r = run("reconcile", claims().toString(), "--rules", rules.toString());
    assertThat(r.out()).contains("Rules: newsroom");
    Files.writeString(rules, "{\"hedges\":[{\"hedge\":\"roughly\",\"width\":0.1}]}");
    Result bad = run("reconcile", claims().toString(), "--rules", rules.toString());
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("unknown hedge 'roughly'; use about, approximately, nearly or estimated");
  }

  @Test
  void report_listsFailedDocumentsAndExitsWithOne() throws Exception {
    Files.write(dir.resolve("scan.bin"), new byte[] {0, 1, 2});
    Files.writeString(dir.resolve("empty.txt"), "");
    Result r = run("report", dir.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("failed: empty.txt: empty file", "failed: scan.bin: binary file");
    assertThat(r.out()).contains("Documents that failed");
  }

  @Test
  void badOptionValues_areNamedWithTheFix() throws Exception {
    String claims = claims().toString();
    Result noClass = run("reconcile", claims, "--rules", "com.example.NoSuchRules");
    assertThat(noClass.status()).isEqualTo(2);
    assertThat(noClass.err()).startsWith("crosscheck: --rules com.example.NoSuchRules: neither a file nor a class on the"
        + " class path; give the path of a JSON rules file");
    Result noFile = run("reconcile", claims, "--rules", dir.resolve("newsroom.json").toString());
    assertThat(noFile.status()).isEqualTo(2);
    assertThat(noFile.err()).contains("newsroom.json: no such file");
    assertThat(run("reconcile", claims, "--rules", "java.lang.Integer").err())
        .contains("--rules java.lang.Integer: the class needs a public constructor without arguments");
    assertThat(run("reconcile", claims, "--rules", "java.lang.Object").err())
        .contains("--rules java.lang.Object: the class must implement Supplier<RuleSet>");
    Path rules = dir.resolve("rules.txt");   // a rules file need not end in .json
    Files.writeString(rules, "{\"name\":\"newsroom\"}");
    assertThat(run("reconcile", claims, "--rules", rules.toString()).out()).contains("Rules: newsroom");
    Result threads = run("report", dir.toString(), "--threads", "0");
    assertThat(threads.status()).isEqualTo(2);
    assertThat(threads.err()).isEqualTo("crosscheck: --threads 0: give 1 or more threads\n");
    Result size = run("extract", dir.toString(), "--max-size", "-1");
    assertThat(size.status()).isEqualTo(2);
    assertThat(size.err()).startsWith("crosscheck: --max-size -1: give a size in bytes greater than 0");
    Result missing = run("report", dir.resolve("artciles").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("crosscheck: " + dir.resolve("artciles")
        + ": no such file or folder; give folders of articles or article files\n");
    assertThat(missing.out()).isEmpty();
    Result folder = run("reconcile", dir.toString());
    assertThat(folder.status()).isEqualTo(2);
    assertThat(folder.err()).startsWith("crosscheck: " + dir + " is a folder; give JSON Lines files of claims");
  }

  @Test
  void rulesFile_typosAreRefusedNotIgnored() throws Exception {
    Path rules = dir.resolve("rules.json");
    Files.writeString(rules, "{\"tolerance\":[{\"measure\":\"fighters\",\"relative\":0.5}]}");
    Result member = run("reconcile", claims().toString(), "--rules", rules.toString());
    assertThat(member.status()).isEqualTo(2);
    assertThat(member.err()).contains("unknown member \"tolerance\" in the rules file; known members: name, base,"
        + " without, measures, tolerances,");
    Files.writeString(rules, "{\"tolerances\":[{\"measure\":\"fighters\",\"relativ\":0.5}]}");
    assertThat(run("reconcile", claims().toString(), "--rules", rules.toString()).err())
        .contains("unknown member \"relativ\" in tolerances[0]; known members: measure, kind, relative, absolute, because");
    Files.writeString(rules, "{\"tolerances\":[{\"measure\":\"fighters\",\"relative\":\"ten\"}]}");
    assertThat(run("reconcile", claims().toString(), "--rules", rules.toString()).err())
        .contains("tolerances[0].relative must be a number, got \"ten\"");
    Files.writeString(rules, "{\"tolerances\":[{\"kind\":\"count\",\"relative\":0.1}]}");
    assertThat(run("reconcile", claims().toString(), "--rules", rules.toString()).err())
        .contains("'tolerances[0].kind' must be one of COUNT, SHARE,");
    Files.writeString(rules, "{\"events\":[{\"same\":[\"captured\"]}]}");
    assertThat(run("reconcile", claims().toString(), "--rules", rules.toString()).err())
        .contains("events[0].same must be two event ids");
  }

  @Test
  void reconcile_utf16ClaimsFile_namesTheFileAndTheFix() throws Exception {
    Path utf8 = claims();
    Path utf16 = dir.resolve("claims-utf16.jsonl");
    Files.writeString(utf16, "\uFEFF" + Files.readString(utf8, StandardCharsets.UTF_8), StandardCharsets.UTF_16LE);
    Result r = run("reconcile", utf16.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains(utf16 + ":1:1: a claims file must be UTF-8", "iconv -f UTF-16 -t UTF-8 " + utf16)
        .doesNotContain("Input length");
  }

  @Test
  void reconcile_misspeltClaimMember_isRefusedWithASuggestion() throws Exception {
    Path f = claims();
    Files.writeString(f, Files.readString(f, StandardCharsets.UTF_8).replace("\"modality\"", "\"modalty\""),
        StandardCharsets.UTF_8);
    Result r = run("reconcile", f.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains(f + ":1:", ": at $.modalty: unknown member \"modalty\" in a claim;",
        "did you mean \"modality\"?");
  }

  /** The README's excerpt of the main job's output is what the main job prints. */
  @Test
  void readme_mainJobExcerpt_isWhatReportPrints() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int at = readme.indexOf("An excerpt of what the main job prints:");
    assertThat(at).isNotNegative();
    int start = readme.indexOf('\n', readme.indexOf("```", at)) + 1;
    String excerpt = readme.substring(start, readme.indexOf("\n```", start));
    assertThat(excerpt).endsWith("\n…");
    Result r = run("report", "examples/articles");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).startsWith(excerpt.substring(0, excerpt.length() - 1));
  }

  /** The rules file shown in docs/json-format.md is accepted as it stands. */
  @Test
  void docsRulesExample_isAccepted() throws Exception {
    String docs = Files.readString(Path.of("docs/json-format.md"), StandardCharsets.UTF_8);
    int start = docs.indexOf("```json\n") + "```json\n".length();
    Path rules = dir.resolve("newsroom.json");
    Files.writeString(rules, docs.substring(start, docs.indexOf("```", start)));
    Result r = run("reconcile", claims().toString(), "--rules", rules.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("Rules: newsroom");
  }

  /**
   * One rules file drives extraction and reconciliation: its declared measure's nouns are read by
   * both extractors, the claims go through a claims file and back with their measure in full, and
   * reconciling the file gives the report that {@code report} gives.
   */
  @Test
  void rulesFileMeasures_areExtracted_andRoundTripThroughAClaimsFile() throws Exception {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(articles.resolve("a.txt"), "Relief officials said 120 aid trucks crossed into the enclave"
        + " on Monday.\n", StandardCharsets.UTF_8);
    Files.writeString(articles.resolve("b.txt"), "\u0648\u0642\u0627\u0644 \u0645\u0633\u0624\u0648\u0644\u0648\u0646"
        + " \u0625\u0646 120 \u0634\u0627\u062d\u0646\u0629 \u0645\u0633\u0627\u0639\u062f\u0627\u062a"
        + " \u0639\u0628\u0631\u062a \u0627\u0644\u062d\u062f\u0648\u062f \u064a\u0648\u0645"
        + " \u0627\u0644\u0627\u062b\u0646\u064a\u0646.\n", StandardCharsets.UTF_8);
    Files.writeString(articles.resolve("manifest.json"), "[{\"file\": \"a.txt\", \"outlet\": \"Harbour Post\","
        + " \"language\": \"en\", \"published\": \"2024-03-05\"}, {\"file\": \"b.txt\", \"outlet\":"
        + " \"Sahel Daily\", \"language\": \"ar\", \"published\": \"2024-03-05\"}]", StandardCharsets.UTF_8);
    Path rules = dir.resolve("aid.json");
    Files.writeString(rules, "{\"name\": \"aid desk\", \"measures\": [{\"id\": \"aid-trucks\", \"label\":"
        + " \"aid trucks\", \"kind\": \"COUNT\", \"trend\": \"VARIES\", \"nouns\": {\"en\": [\"aid truck\"],"
        + " \"ar\": [\"\u0634\u0627\u062d\u0646\u0629 \u0645\u0633\u0627\u0639\u062f\u0627\u062a\"]}}]}",
        StandardCharsets.UTF_8);
    Path claims = dir.resolve("aid.jsonl");
    Result x = run("extract", articles.toString(), "--rules", rules.toString(), "--out", claims.toString());
    assertThat(x.status()).as(x.err()).isZero();
    String lines = Files.readString(claims, StandardCharsets.UTF_8);
    assertThat(lines.split(java.util.regex.Pattern.quote("\"measure\":{\"id\":\"aid-trucks\",\"label\":\"aid trucks\","
        + "\"kind\":\"COUNT\",\"trend\":\"VARIES\"}"), -1)).hasSize(3);
    org.crosscheck.io.ClaimsFile.Lines read = new org.crosscheck.io.ClaimsFile.Lines();
    try (java.io.Reader r = Files.newBufferedReader(claims, StandardCharsets.UTF_8)) {
      read.read(r, claims.toString());
    }
    org.crosscheck.claim.Measure trucks = new org.crosscheck.claim.Measure("aid-trucks", "aid trucks",
        org.crosscheck.claim.Measure.Kind.COUNT, org.crosscheck.claim.Measure.Trend.VARIES);
    assertThat(read.claims()).filteredOn(c -> c.measure().equals(trucks)).extracting(c -> c.value().toString())
        .containsExactly("120", "120");
    Result reconciled = run("reconcile", claims.toString(), "--rules", rules.toString(), "--format", "json");
    Result reported = run("report", articles.toString(), "--rules", rules.toString(), "--format", "json");
    assertThat(reconciled.status()).as(reconciled.err()).isZero();
    assertThat(reconciled.out()).contains("\"rules\": \"aid desk\"", "aid-trucks").isEqualTo(reported.out());
    // without the rules file, the same articles give no claim of it
    Result plain = run("extract", articles.toString());
    assertThat(plain.out()).doesNotContain("aid-trucks");
  }

  @Test
  void actorsOption_namesPartiesInBothLanguages_andArabicLexiconsReplaceWordLists() throws Exception {
    Path articles = Files.createDirectories(dir.resolve("parties"));
    Files.writeString(articles.resolve("a.txt"), "Some 2,000 Red Dune Brigade fighters massed near the border on"
        + " Monday.\n", StandardCharsets.UTF_8);
    Files.writeString(articles.resolve("b.txt"), "وقال مسؤولون إن نحو 2000 مسلح من كتيبة الكثيب الأحمر تجمعوا قرب"
        + " الحدود يوم الاثنين.\n", StandardCharsets.UTF_8);
    Files.writeString(articles.resolve("manifest.json"), "[{\"file\": \"a.txt\", \"outlet\": \"Harbour Post\","
        + " \"language\": \"en\", \"published\": \"2024-03-05\"}, {\"file\": \"b.txt\", \"outlet\":"
        + " \"Sahel Daily\", \"language\": \"ar\", \"published\": \"2024-03-05\"}]", StandardCharsets.UTF_8);
    Path actors = Files.writeString(dir.resolve("actors.txt"), "# ours\nRed Dune Brigade\tRed Dune Brigade\tarmed-group\n"
        + "كتيبة الكثيب الأحمر\tRed Dune Brigade\tarmed-group\n", StandardCharsets.UTF_8);
    Result plain = run("extract", articles.toString());
    Result own = run("extract", articles.toString(), "--actors", actors.toString());
    assertThat(plain.out()).doesNotContain("red-dune-brigade");
    assertThat(own.status()).as(own.err()).isZero();
    assertThat(own.out().split("\"subject\":\\{\"id\":\"red-dune-brigade\"", -1)).hasSize(3);
    // the Arabic actors list replaced by a folder's: the same party, through the Arabic extractor only
    Path folder = Files.createDirectories(dir.resolve("lexicons"));
    Files.copy(actors, folder.resolve("actors.txt"));
    Result lexicons = run("extract", articles.toString(), "--arabic-lexicons", folder.toString());
    assertThat(lexicons.status()).as(lexicons.err()).isZero();
    assertThat(lexicons.out().split("\"subject\":\\{\"id\":\"red-dune-brigade\"", -1)).hasSize(2);
    Path bad = Files.writeString(dir.resolve("bad.txt"), "Red Dune Brigade\tRed Dune Brigade\tmilitia\n",
        StandardCharsets.UTF_8);
    Result refused = run("report", articles.toString(), "--actors", bad.toString());
    assertThat(refused.status()).isEqualTo(2);
    assertThat(refused.err()).contains("--actors: " + bad + " line 1: unknown actor type \"militia\"; one of armed-group,");
    Result missing = run("report", articles.toString(), "--actors", dir.resolve("none.txt").toString());
    assertThat(missing.err()).contains("--actors " + dir.resolve("none.txt") + ": no such file");
    Result noFolder = run("report", articles.toString(), "--arabic-lexicons", dir.resolve("none").toString());
    assertThat(noFolder.err()).contains("--arabic-lexicons " + dir.resolve("none") + ": no such folder");
    assertThat(run("report", "--help").out()).contains("--actors=FILE", "--arabic-lexicons=FOLDER", "un-agency");
  }

  @Test
  void gazetteerOption_addsOrSubstitutesPlaces() throws Exception {
    Path articles = Files.createDirectories(dir.resolve("places"));
    Files.writeString(articles.resolve("a.txt"), "Militia fighters entered Wadi Nurat on Monday. Government troops entered"
        + " Khartoum on Tuesday.\n",
        StandardCharsets.UTF_8);
    Path places = dir.resolve("places.tsv");
    Files.writeString(places, "999000001\tL\tSD\t0\t0\t5000\tA\t\u0648\u0627\u062f\u064a \u0646\u0648\u0631\u0627\u062a"
        + "\tWadi Nurat\n", StandardCharsets.UTF_8);
    String[] single = {"--outlet", "Harbour Post", "--published", "2024-03-05", "--language", "en"};
    Result plain = run(concat(new String[] {"extract", articles.resolve("a.txt").toString()}, single));
    Result added = run(concat(new String[] {"extract", articles.resolve("a.txt").toString(), "--gazetteer",
        places.toString()}, single));
    Result only = run(concat(new String[] {"extract", articles.resolve("a.txt").toString(), "--gazetteer",
        places.toString(), "--gazetteer-only"}, single));
    String nurat = "\"name\":\"Wadi Nurat\"";
    // the built-in gazetteer's Khartoum, with its id; without it, the English list still names the city
    String khartoum = "\"id\":\"wof:421189761\",\"name\":\"Khartoum\"";
    assertThat(plain.out()).doesNotContain(nurat).contains(khartoum);
    assertThat(added.status()).as(added.err()).isZero();
    assertThat(added.out()).contains(nurat, khartoum);
    assertThat(only.out()).contains(nurat).doesNotContain(khartoum);
    Result missing = run("extract", articles.toString(), "--gazetteer", dir.resolve("none.tsv").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("--gazetteer " + dir.resolve("none.tsv") + ": no such file");
    Result yemen = run(concat(new String[] {"extract", articles.resolve("a.txt").toString(), "--countries", "YE"},
        single));
    assertThat(yemen.status()).as(yemen.err()).isZero();
    assertThat(yemen.out()).doesNotContain(khartoum);
    Result sudan = run(concat(new String[] {"extract", articles.resolve("a.txt").toString(), "--countries", "SD,YE"},
        single));
    assertThat(sudan.out()).contains(khartoum);
    Result unknown = run("extract", articles.toString(), "--countries", "XX");
    assertThat(unknown.err()).contains("--countries XX: no country XX in the gazetteer; give ISO codes in capitals");
    Result alone = run("extract", articles.toString(), "--gazetteer-only");
    assertThat(alone.err()).contains("--gazetteer-only needs --gazetteer FILE");
  }

  static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
