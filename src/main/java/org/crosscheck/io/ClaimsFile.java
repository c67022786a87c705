package org.crosscheck.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Span;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.Diagnostic;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.Metadata;
import org.crosscheck.truth.echo.Echo;
import org.jspecify.annotations.Nullable;

/**
 * The claims file that {@code crosscheck extract} writes and {@code crosscheck reconcile} reads:
 * JSON Lines of claims ({@value ClaimJson#VERSION}), each document's line ({@value #DOCUMENT}: its
 * metadata and diagnostics) before its claims, then the echoes found between documents ({@value
 * #ECHO}), the documents that could not be read ({@value #FAILURE}) and notes about the input
 * ({@value #NOTE}). With them, reconciling the file gives the same report as {@code crosscheck
 * report} on the articles. Every line names its format, so a reader that wants only claims keeps
 * the lines whose {@code format} is {@value ClaimJson#VERSION}; a file of claims alone (as written
 * before these lines existed, or by hand) is read as before.
 */
public final class ClaimsFile {
  /** The format of a document's line. */
  public static final String DOCUMENT = "crosscheck.document/1";
  /** The format of an echo's line. */
  public static final String ECHO = "crosscheck.echo/1";
  /** The format of a failed document's line. */
  public static final String FAILURE = "crosscheck.failure/1";
  /** The format of a note's line. */
  public static final String NOTE = "crosscheck.note/1";

  static final List<String> DOCUMENT_MEMBERS = List.of("format", "id", "outlet", "language", "published", "url",
      "agency", "dateline", "dates_resolved_against", "claims", "failed", "diagnostics");
  static final List<String> DIAGNOSTIC_MEMBERS = List.of("severity", "code", "message", "span");
  static final List<String> ECHO_MEMBERS = List.of("format", "rewrite", "original", "shared_shingles", "containment",
      "near_duplicate_sentences", "basis", "shared_figures", "examples");
  static final List<String> FAILURE_MEMBERS = List.of("format", "document", "reason");
  static final List<String> NOTE_MEMBERS = List.of("format", "note");

  private ClaimsFile() {}

  /** Writes the batch: each document's line and its claims, then echoes, failures and notes. */
  public static void write(Pipeline.Extracted batch, Writer out) throws IOException {
    for (Extraction x : batch.extractions()) {
      out.write(line(g -> document(g, x)));
      out.write('\n');
      for (Claim c : x.claims()) {
        out.write(ClaimJson.write(c));
        out.write('\n');
      }
    }
    for (Claim c : batch.loose()) {
      out.write(ClaimJson.write(c));
      out.write('\n');
    }
    for (Echo e : batch.echoes()) {
      out.write(line(g -> echo(g, e)));
      out.write('\n');
    }
    for (Run.Failure f : batch.failures()) {
      out.write(line(g -> {
        g.writeStringField("format", FAILURE);
        g.writeStringField("document", f.document());
        g.writeStringField("reason", f.reason());
      }));
      out.write('\n');
    }
    for (String n : batch.notes()) {
      out.write(line(g -> {
        g.writeStringField("format", NOTE);
        g.writeStringField("note", n);
      }));
      out.write('\n');
    }
    out.flush();
  }

  private interface Members {
    void write(JsonGenerator g) throws IOException;
  }

  private static String line(Members members) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = ClaimJson.FACTORY.createGenerator(w)) {
      g.writeStartObject();
      members.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static void document(JsonGenerator g, Extraction x) throws IOException {
    Metadata m = x.article().metadata();
    g.writeStringField("format", DOCUMENT);
    g.writeStringField("id", x.article().id());
    g.writeStringField("outlet", m.outlet());
    g.writeStringField("language", m.language());
    if (m.published() != null) g.writeStringField("published", m.published().toString());
    if (m.url() != null) g.writeStringField("url", m.url());
    if (m.agency() != null) g.writeStringField("agency", m.agency());
    if (m.dateline() != null) g.writeStringField("dateline", m.dateline());
    if (x.published() != null) g.writeStringField("dates_resolved_against", x.published().toString());
    g.writeNumberField("claims", x.claims().size());
    g.writeBooleanField("failed", x.failed());
    ReportJson.writeDiagnostics(g, x.diagnostics());
  }

  private static void echo(JsonGenerator g, Echo e) throws IOException {
    g.writeStringField("format", ECHO);
    g.writeStringField("rewrite", e.rewrite());
    g.writeStringField("original", e.original());
    g.writeNumberField("shared_shingles", e.sharedShingles());
    // in full, so that the report rounds it as it rounds the measured one
    g.writeNumberField("containment", e.containment());
    g.writeNumberField("near_duplicate_sentences", e.nearDuplicateSentences());
    if (e.basis() != Echo.Basis.TEXT) {
      // a versioned addition: files written before it (and echoes shown by text) have neither member
      g.writeStringField("basis", e.basis().name());
      g.writeNumberField("shared_figures", e.sharedFigures());
    }
    g.writeArrayFieldStart("examples");
    for (String s : e.examples()) g.writeString(s);
    g.writeEndArray();
  }

  // ---- reading --------------------------------------------------------------------------------

  /** Collects the lines of one or more claims files. Not thread-safe. */
  public static final class Lines {
    /** No lines yet: add files with {@link #read}. */
    public Lines() {}

    private final Map<String, DocumentLine> documents = new LinkedHashMap<>();
    private final List<Claim> loose = new ArrayList<>();
    private final List<Echo> echoes = new ArrayList<>();
    private final List<Run.Failure> failures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private record DocumentLine(Article article, ImmutableList<Diagnostic> diagnostics, @Nullable LocalDate published,
        List<Claim> claims) {}

    /**
     * Reads one file's lines.
     *
     * @throws FormatException naming {@code source}, the line and column, at the first bad line
     * @throws IOException if the input cannot be read
     */
    public Lines read(java.io.Reader in, String source) throws IOException {
      BufferedReader r = in instanceof BufferedReader br ? br : new BufferedReader(in);
      String text;
      long number = 0;
      while (true) {
        try {
          text = r.readLine();
        } catch (java.nio.charset.CharacterCodingException e) {
          // a reader decoding strictly (Files.newBufferedReader) says only "Input length = 1"
          throw StrictJson.notUtf8(source, number + 1, "a claims file", null, e);
        }
        if (text == null) break;
        number++;
        if (number == 1 && text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.isBlank()) continue;
        line(text, source, number);
      }
      return this;
    }

    private void line(String text, String source, long number) {
      JsonNode n;
      try {
        n = ClaimJson.MAPPER.readTree(text);
      } catch (JsonProcessingException | RuntimeException e) {
        // the claim reader says what is wrong with the JSON, at its column
        add(ClaimJson.read(text, source, number), source, number);
        return;
      }
      String format = n.isObject() && n.path("format").isTextual() ? n.get("format").asText() : ClaimJson.VERSION;
      switch (format) {
        case DOCUMENT -> located(text, source, number, () -> document(n));
        case ECHO -> located(text, source, number, () -> echo(n));
        case FAILURE -> located(text, source, number, () -> {
          StrictJson.members(n, "a failure", FAILURE_MEMBERS);
          failures.add(new Run.Failure(ClaimJson.text(n, "document"), ClaimJson.text(n, "reason")));
          return null;
        });
        case NOTE -> located(text, source, number, () -> {
          StrictJson.members(n, "a note", NOTE_MEMBERS);
          notes.add(ClaimJson.text(n, "note"));
          return null;
        });
        default -> add(ClaimJson.read(text, source, number), source, number);
      }
    }

    private static void located(String text, String source, long number, Supplier<@Nullable Object> read) {
      try {
        @Nullable Object unused = read.get();
      } catch (JsonPathException e) {
        long[] at = StrictJson.locate(text, e.pointer());
        throw new FormatException(source, number + at[0] - 1, at[1], e.getMessage(), e);
      } catch (RuntimeException e) {
        throw new FormatException(source, number, 1, String.valueOf(e.getMessage()), e);
      }
    }

    private void add(Claim c, String source, long number) {
      DocumentLine d = c.evidence() == null ? null : documents.get(c.evidence().document());
      if (d != null) d.claims().add(c);
      else loose.add(c);
    }

    private @Nullable Object document(JsonNode n) {
      StrictJson.members(n, "a document", DOCUMENT_MEMBERS);
      String id = ClaimJson.text(n, "id");
      if (documents.containsKey(id)) {
        throw new JsonPathException(List.of("id"), "document " + id + " appears twice; give each document once", null);
      }
      LocalDate published = n.hasNonNull("published") ? date(n, "published") : null;
      Metadata m = new Metadata(ClaimJson.text(n, "outlet"), published, ClaimJson.text(n, "language"),
          optional(n, "url"), optional(n, "agency"), optional(n, "dateline"));
      ImmutableList.Builder<Diagnostic> diagnostics = ImmutableList.builder();
      JsonNode ds = n.path("diagnostics");
      if (!ds.isMissingNode()) {
        StrictJson.at("diagnostics", () -> {
          ClaimJson.require(ds.isArray(), "'diagnostics' must be an array, got " + ds.getNodeType());
          return null;
        });
      }
      int i = 0;
      for (JsonNode d : ds) diagnostics.add(diagnostic(d, i++));
      documents.put(id, new DocumentLine(new Article(id, "", m), diagnostics.build(),
          n.hasNonNull("dates_resolved_against") ? date(n, "dates_resolved_against") : null, new ArrayList<>()));
      return null;
    }

    private static Diagnostic diagnostic(JsonNode d, int index) {
      return StrictJson.at("diagnostics", () -> StrictJson.at(index, () -> {
        StrictJson.members(d, "a diagnostic", DIAGNOSTIC_MEMBERS);
        Span span = null;
        if (d.hasNonNull("span")) {
          JsonNode s = d.get("span");
          ClaimJson.require(s.isArray() && s.size() == 2, "a span is [start, end], got " + s);
          span = new Span(s.get(0).asInt(), s.get(1).asInt());
        }
        return new Diagnostic(ClaimJson.enumValue(Diagnostic.Severity.class, "severity", ClaimJson.text(d, "severity")),
            ClaimJson.text(d, "code"), ClaimJson.text(d, "message"), span);
      }));
    }

    private @Nullable Object echo(JsonNode n) {
      StrictJson.members(n, "an echo", ECHO_MEMBERS);
      List<String> examples = new ArrayList<>();
      for (JsonNode x : n.path("examples")) examples.add(x.asText());
      Echo.Basis basis = n.has("basis")
          ? ClaimJson.enumValue(Echo.Basis.class, "basis", ClaimJson.text(n, "basis")) : Echo.Basis.TEXT;
      echoes.add(new Echo(ClaimJson.text(n, "rewrite"), ClaimJson.text(n, "original"), basis,
          ClaimJson.need(n, "shared_shingles").asInt(), ClaimJson.need(n, "containment").asDouble(),
          ClaimJson.need(n, "near_duplicate_sentences").asInt(), n.path("shared_figures").asInt(0), examples));
      return null;
    }

    private static LocalDate date(JsonNode n, String field) {
      String t = ClaimJson.text(n, field);
      try {
        return LocalDate.parse(t);
      } catch (java.time.format.DateTimeParseException e) {
        throw new JsonPathException(List.of(field), "'" + field + "' must look like 2017-11-03, got '" + t + "'", e);
      }
    }

    private static @Nullable String optional(JsonNode n, String field) {
      return n.hasNonNull(field) ? ClaimJson.text(n, field) : null;
    }

    /** Whether any line said more than claims (documents, echoes, failures, notes). */
    public boolean hasDocuments() {
      return !documents.isEmpty() || !echoes.isEmpty() || !failures.isEmpty() || !notes.isEmpty();
    }

    /** Every claim read, documents' claims first, in the order read. */
    public ImmutableList<Claim> claims() {
      return batch().claims();
    }

    /** What was read, as an extracted batch to reconcile. */
    public Pipeline.Extracted batch() {
      List<Extraction> extractions = new ArrayList<>();
      for (DocumentLine d : documents.values()) {
        extractions.add(new Extraction(d.article(), ImmutableList.copyOf(d.claims()), d.diagnostics(), d.published()));
      }
      return new Pipeline.Extracted(ImmutableList.copyOf(extractions), ImmutableList.copyOf(loose),
          ImmutableList.copyOf(failures), ImmutableList.copyOf(echoes), ImmutableList.copyOf(notes));
    }
  }

  /** Reads one claims file. */
  public static Pipeline.Extracted read(java.io.Reader in, String source) throws IOException {
    return new Lines().read(in, source).batch();
  }
}
