package org.crosscheck.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.crosscheck.claim.Claim;
import org.crosscheck.extract.Diagnostic;
import org.crosscheck.extract.Extraction;
import org.crosscheck.reconcile.Assessment;
import org.crosscheck.reconcile.Consensus;
import org.crosscheck.reconcile.Group;
import org.crosscheck.reconcile.Report;
import org.crosscheck.truth.SourceReliability;
import org.crosscheck.truth.echo.Echo;
import org.crosscheck.value.PlainText;

/**
 * A run as one JSON document, format {@value #VERSION} (see {@code docs/json-format.md}): summary,
 * documents with their diagnostics, failures, echoes, groups with consensus and assessments, links
 * between groups, notes, and every claim in the claim format of {@link ClaimJson}.
 *
 * <p>The report is reproducible from itself: {@link #readClaims} gives back the claims, and
 * reconciling them under the same rules and echoes writes the same document, byte for byte.
 */
public final class ReportJson {
  /** The format version written in the report's {@code format} member. */
  public static final String VERSION = "crosscheck.report/1";

  private ReportJson() {}

  /** The run as pretty-printed JSON (two-space indent, {@code \n} line ends), ending in a newline. */
  public static String write(Run run) {
    StringWriter w = new StringWriter();
    try {
      write(run, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * Writes the run to {@code out} as {@link #write(Run)} returns it, as it goes: a large report is
   * never held whole in memory. {@code out} is flushed, not closed.
   *
   * @throws IOException if {@code out} cannot be written
   */
  public static void write(Run run, Writer out) throws IOException {
    try (JsonGenerator g = ClaimJson.FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"))
          .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
      g.setPrettyPrinter(pp);
      write(g, run);
    }
    out.write('\n');
    out.flush();
  }

  private static void write(JsonGenerator g, Run run) throws IOException {
    Report r = run.report();
    g.writeStartObject();
    g.writeStringField("format", VERSION);
    g.writeStringField("rules", r.rules().name());
    g.writeObjectFieldStart("summary");
    g.writeNumberField("documents", run.extractions().size() + run.failures().size());
    g.writeNumberField("failed_documents", run.failures().size() + run.extractions().stream().filter(Extraction::failed).count());
    g.writeNumberField("groups", r.groups().size());
    g.writeNumberField("claims", r.claims().size());
    g.writeNumberField("genuine_contradictions", r.genuineContradictions());
    g.writeNumberField("explained_contradictions", r.explainedContradictions());
    g.writeNumberField("agreements", r.agreements());
    g.writeNumberField("independent_agreements", r.independentAgreements());
    g.writeNumberField("compatible", r.compatibilities());
    g.writeNumberField("echoes", run.echoes().size());
    g.writeEndObject();

    g.writeArrayFieldStart("documents");
    for (Extraction x : run.extractions()) {
      g.writeStartObject();
      g.writeStringField("id", x.article().id());
      g.writeStringField("outlet", x.article().metadata().outlet());
      g.writeStringField("language", x.article().metadata().language());
      if (x.published() != null) g.writeStringField("published", x.published().toString());
      g.writeNumberField("claims", x.claims().size());
      g.writeBooleanField("failed", x.failed());
      writeDiagnostics(g, x.diagnostics());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("failures");
    for (Run.Failure f : run.failures()) {
      g.writeStartObject();
      g.writeStringField("document", f.document());
      g.writeStringField("reason", f.reason());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("echoes");
    for (Echo e : run.echoes()) {
      g.writeStartObject();
      g.writeStringField("rewrite", e.rewrite());
      g.writeStringField("original", e.original());
      g.writeNumberField("shared_shingles", e.sharedShingles());
      g.writeNumberField("containment", Math.round(e.containment() * 1000) / 1000.0);
      g.writeNumberField("near_duplicate_sentences", e.nearDuplicateSentences());
      if (e.basis() != Echo.Basis.TEXT) {
        g.writeStringField("basis", e.basis().name());
        g.writeNumberField("shared_figures", e.sharedFigures());
      }
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("sources");
    if (run.reliability() != null) {
      for (SourceReliability s : run.reliability().sources()) {
        g.writeStartObject();
        g.writeStringField("source", s.source());
        g.writeNumberField("accuracy", Math.round(s.accuracy() * 1000) / 1000.0);
        g.writeArrayFieldStart("accuracy_interval");
        for (double bound : s.interval()) g.writeNumber(Math.round(bound * 1000) / 1000.0);
        g.writeEndArray();
        g.writeNumberField("evidence", Math.round(s.evidence() * 1000) / 1000.0);
        g.writeNumberField("claims", s.claims());
        g.writeNumberField("agreements", s.agreements());
        strings(g, "dependents", s.dependents());
        g.writeEndObject();
      }
    }
    g.writeEndArray();

    g.writeArrayFieldStart("groups");
    for (Group grp : r.groups()) {
      g.writeStartObject();
      g.writeObjectFieldStart("key");
      g.writeStringField("measure", grp.key().measureId());
      g.writeStringField("subject", grp.key().localTo().map(d -> "?" + d).orElse(grp.key().subjectId()));
      g.writeStringField("place", grp.key().place().orElse("-"));
      g.writeStringField("event", grp.key().event().map(e -> e.id()).orElse("-"));
      if (grp.key().counted().isPresent()) g.writeStringField("counted", grp.key().countedName());
      g.writeEndObject();
      g.writeStringField("topic", PlainText.stripIsolates(grp.topic())); // data, not display: names as they are
      g.writeArrayFieldStart("claims");
      for (Claim c : grp.claims()) g.writeString(c.id());
      g.writeEndArray();
      g.writeBooleanField("pairwise", grp.pairwise());
      consensus(g, grp.consensus());
      g.writeArrayFieldStart("assessments");
      for (Assessment a : grp.assessments()) assessment(g, a);
      g.writeEndArray();
      strings(g, "notes", grp.notes());
      if (!grp.facts().isEmpty()) {
        g.writeArrayFieldStart("facts");
        for (org.crosscheck.rules.Fact f : grp.facts()) {
          g.writeStartObject();
          g.writeStringField("rule", f.key());
          g.writeStringField("value", f.value());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("links");
    for (Assessment a : r.links()) assessment(g, a);
    g.writeEndArray();
    strings(g, "notes", ImmutableList.<String>builder().addAll(run.notes()).addAll(r.notes()).build());

    g.writeArrayFieldStart("claims");
    for (Claim c : r.givenClaims()) ClaimJson.write(g, c);
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void consensus(JsonGenerator g, Consensus c) throws IOException {
    g.writeObjectFieldStart("consensus");
    consensusFields(g, c);
    Consensus days = c.dayCounts();
    if (days != null) {
      // running totals over a period and a day's counts are different counts: the consensus above
      // is the running totals', up to its last day; the days' counts have their own
      java.time.LocalDate upTo = c.upTo();
      if (upTo != null) g.writeStringField("up_to", upTo.toString());
      g.writeObjectFieldStart("day_counts");
      consensusFields(g, days);
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void consensusFields(JsonGenerator g, Consensus c) throws IOException {
    if (c.value() != null) {
      g.writeFieldName("value");
      ClaimJson.value(g, c.value());
      g.writeStringField("display", PlainText.stripIsolates(c.value().toString()));
    }
    strings(g, "supporters", c.supporterIds());
    strings(g, "dissenters", c.dissenterIds());
    strings(g, "superseded", c.supersededIds());
    strings(g, "incomparable", c.incomparableIds());
    g.writeNumberField("independent_sources", c.independentSources());
    g.writeNumberField("support", Math.round(c.support() * 1e6) / 1e6);
    g.writeBooleanField("tied", c.tied());
    if (c.asOf() != null) g.writeStringField("as_of", c.asOf().toString());
  }

  static void assessment(JsonGenerator g, Assessment a) throws IOException {
    g.writeStartObject();
    g.writeStringField("left", a.left().id());
    g.writeStringField("right", a.right().id());
    g.writeStringField("verdict", a.verdict().name());
    if (a.verdict() == org.crosscheck.rules.Verdict.CONTRADICT) {
      g.writeStringField("contradiction", a.isExplained() ? "explained" : "genuine");
    }
    g.writeStringField("rule", a.rule().id());
    g.writeStringField("because", a.because());
    g.writeArrayFieldStart("explained_by");
    for (Assessment.Explained e : a.explanations()) {
      g.writeStartObject();
      g.writeStringField("explanation", e.explanation().id());
      g.writeStringField("rule", e.rule().id());
      g.writeStringField("because", e.because());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("flags");
    for (Assessment.Flagged f : a.flags()) {
      g.writeStartObject();
      g.writeStringField("flag", f.flag());
      g.writeStringField("rule", f.rule().id());
      g.writeStringField("because", f.because());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeBooleanField("independent", a.independent());
    g.writeStringField("relation", a.relationText());
    g.writeArrayFieldStart("canonical");
    g.writeString(a.leftCanonical());
    g.writeString(a.rightCanonical());
    g.writeEndArray();
    strings(g, "fired", a.fired());
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, java.util.List<String> list) throws IOException {
    g.writeArrayFieldStart(name);
    for (String s : list) g.writeString(s);
    g.writeEndArray();
  }

  /**
   * The claims of a report document, to reconcile again.
   *
   * @throws FormatException naming the source and position if the text is not a report
   */
  public static ImmutableList<Claim> readClaims(String json, String source) {
    JsonNode n;
    try {
      n = ClaimJson.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      long col = e.getLocation() == null ? 1 : e.getLocation().getColumnNr();
      throw new FormatException(source, line, col, "not valid JSON: " + e.getOriginalMessage(), e);
    } catch (RuntimeException e) {
      throw new FormatException(source, 1, 1, "not valid JSON: " + e.getMessage(), e);
    }
    if (!n.isObject() || !VERSION.equals(n.path("format").asText())) {
      throw new FormatException(source, 1, 1, "not a report of format " + VERSION + " (its format is '"
          + n.path("format").asText("none") + "')", null);
    }
    ImmutableList.Builder<Claim> b = ImmutableList.builder();
    int i = 0;
    for (JsonNode c : n.path("claims")) {
      i++;
      try {
        b.add(ClaimJson.claim(c));
      } catch (RuntimeException e) {
        throw new FormatException(source, 1, 1, "claim " + i + " of 'claims': " + e.getMessage(), e);
      }
    }
    return b.build();
  }

  /** A document's diagnostics as the member {@code diagnostics}: severity, code, message and span if any. */
  static void writeDiagnostics(JsonGenerator g, java.util.List<Diagnostic> diagnostics) throws IOException {
    g.writeArrayFieldStart("diagnostics");
    for (Diagnostic d : diagnostics) {
      g.writeStartObject();
      g.writeStringField("severity", d.severity().name());
      g.writeStringField("code", d.code());
      g.writeStringField("message", d.message());
      if (d.span() != null) {
        g.writeArrayFieldStart("span");
        g.writeNumber(d.span().start());
        g.writeNumber(d.span().end());
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
