package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line over real inputs: parity of extract → reconcile with report, metadata options, CSV, help. */
class InputsCliTest {
  @TempDir Path dir;

  static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new String[] {String.valueOf(status), out.toString(), err.toString()};
  }

  static Path fixture(String name) throws Exception {
    return Path.of(InputsCliTest.class.getResource("/org/crosscheck/io/inputs/" + name).toURI());
  }

  @Test
  void extractThenReconcile_givesTheReportOfReport_onTheExamples() throws Exception {
    Path claims = dir.resolve("claims.jsonl");
    assertThat(run("extract", "examples/articles", "--out", claims.toString())[0]).isEqualTo("0");
    for (String format : new String[] {"json", "text", "html", "csv"}) {
      String[] direct = run("report", "examples/articles", "--format", format);
      String[] twoSteps = run("reconcile", claims.toString(), "--format", format);
      assertThat(direct[0]).isEqualTo("0");
      assertThat(twoSteps[0]).as(twoSteps[2]).isEqualTo("0");
      assertThat(twoSteps[1]).as(format).isEqualTo(direct[1]);
    }
    // the echo and the independence it implies came through the claims file
    String text = run("reconcile", claims.toString())[1];
    assertThat(text).contains("1 echo (articles rewriting others)", "03_furat_today.txt echoes 01_mashreq_wire.txt",
        "6 documents, 0 failed");
    // a reader of claims alone still reads the file
    assertThat(org.crosscheck.io.ClaimJson.readLines(Files.newBufferedReader(claims), "claims.jsonl")).hasSize(31);
  }

  @Test
  void aFolderWithoutManifest_warnsOnStandardErrorAndInTheReport_quietOnlyInTheReport() throws Exception {
    Files.copy(Path.of("examples/articles/05_observer.txt"), dir.resolve("05_observer.txt"));
    String[] r = run("report", dir.toString());
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[2]).contains("warning: no outlet for 1 document (05_observer.txt)",
        "warning: no publication date for 1 document (05_observer.txt)");
    assertThat(r[1]).contains("Notes\n-----\n  * warning: no outlet for 1 document (05_observer.txt)");
    String[] quiet = run("report", dir.toString(), "--quiet");
    assertThat(quiet[2]).isEmpty();
    assertThat(quiet[1]).isEqualTo(r[1]);
  }

  @Test
  void aSavedPage_withDiagnostics_saysWhereItsMetadataCameFrom() throws Exception {
    String[] r = run("report", fixture("harbour-gazette.html").toString(), "--diagnostics", "--outlet", "Gazette");
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    assertThat(r[2]).contains("harbour-gazette.html: INFO metadata.source: outlet \"Gazette\" from --outlet; published"
        + " 2019-03-14 from article:published_time; language en from <html lang>; url"
        + " https://harbour-gazette.example/world/2019/03/floods-river-towns from canonical link")
        .doesNotContain("warning");
    assertThat(r[1]).contains("Gazette");
  }

  @Test
  void metadataOptions_areForOneFile_andChecked() throws Exception {
    String[] folder = run("report", "examples/articles", "--outlet", "X");
    assertThat(folder[0]).isEqualTo("2");
    assertThat(folder[2]).contains("--outlet, --published and --language describe a single article file");
    String[] date = run("report", "examples/articles/05_observer.txt", "--published", "3/11/2017");
    assertThat(date[0]).isEqualTo("2");
    assertThat(date[2]).contains("--published 3/11/2017: give a date like 2017-11-03");
  }

  @Test
  void csv_verdictsBesideTheClaims_excelWithABom() throws Exception {
    Path csv = dir.resolve("report.csv");
    String[] r = run("report", "examples/articles", "--format", "csv", "--out", csv.toString(), "--excel");
    assertThat(r[0]).isEqualTo("0");
    byte[] claims = Files.readAllBytes(csv);
    assertThat(new String(claims, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00ef\u00bb\u00bf");
    Path verdicts = dir.resolve("report-verdicts.csv");
    assertThat(r[2]).contains("pairwise verdicts written to " + verdicts);
    String v = Files.readString(verdicts, StandardCharsets.UTF_8);
    assertThat(v).startsWith("\uFEFFgroup,topic,left_claim,right_claim,left_outlet,right_outlet,");
    assertThat(v.lines().filter(l -> l.contains(",CONTRADICT,")).count()).isGreaterThanOrEqualTo(2);
    assertThat(v).contains("quantity.disjoint");
    // without --excel, no byte-order mark
    run("report", "examples/articles", "--format", "csv", "--out", csv.toString());
    assertThat(Files.readString(verdicts, StandardCharsets.UTF_8)).startsWith("group,");
    assertThat(run("report", "examples/articles", "--excel")[2]).contains("--excel applies to --format csv, not text");
  }

  @Test
  void help_listsExitCodesAndExamples_andACompletionScriptIsGenerated() {
    String help = run("--help")[1];
    assertThat(help).contains("Exit status:", "  0   all went well", "  2   usage error", "Examples:",
        "crosscheck report page.html --outlet Reuters --published 2017-11-03",
        "      report articles/ --rules com.example.NewsroomRules", "source <(crosscheck generate-completion)");
    assertThat(run("report", "--help")[1]).contains("--quiet", "--no-progress", "--diagnostics", "--outlet=NAME",
        "Supplier<RuleSet>", "--excel");
    String[] completion = run("generate-completion");
    assertThat(completion[0]).isEqualTo("0");
    assertThat(completion[1]).contains("complete -F _complete_crosscheck", "report", "extract", "reconcile",
        "--no-progress");
  }

  @Test
  void progress_showsThePhaseAndTheTimeLeft() {
    long[] now = {0};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, () -> now[0]);
    p.phase("extracting", 4);
    now[0] = 2_000_000_000L;
    p.accept(1);
    assertThat(p.line(1)).isEqualTo("[#######                       ] extracting 1/4 documents, about 0:06 left");
    now[0] = 8_000_000_000L;
    p.accept(4);
    p.phase("reconciling", 1);
    p.accept(1);
    String shown = bytes.toString(StandardCharsets.UTF_8);
    assertThat(shown).contains("extracting 1/4 documents, about 0:06 left", "reconciling\u2026", "] reconciling");
    // a finished phase ends its line, over what was left of the longer one before
    assertThat(shown).containsPattern("extracting 4/4 documents +\n");
    // not a terminal: nothing
    ByteArrayOutputStream none = new ByteArrayOutputStream();
    Progress off = new Progress(new PrintStream(none, true, StandardCharsets.UTF_8), false, () -> now[0]);
    off.phase("extracting", 2);
    off.accept(1);
    assertThat(none.size()).isZero();
  }
}
