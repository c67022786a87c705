package org.crosscheck.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.crosscheck.extract.Extraction;
import org.crosscheck.reconcile.Report;
import org.crosscheck.truth.Reliability;
import org.crosscheck.truth.echo.Echo;
import org.jspecify.annotations.Nullable;

/**
 * Everything one run of the main job produced: the reconciliation report, the extraction of each
 * document (with its diagnostics), the documents that could not be read (with reasons), and the
 * echoes found between documents. Renderers turn a run into text, Markdown, HTML, CSV or JSON.
 *
 * <p>Immutable and thread-safe.
 *
 * @param report the reconciliation
 * @param extractions one per document read, in document order; empty when claims came as JSON
 * @param failures documents that could not be read at all
 * @param echoes articles found to rewrite others
 * @param reliability each source's estimated reliability, which weighted the consensus; {@code null}
 *     when not estimated
 * @param notes what a reader should know about the input (files not read as articles)
 */
public record Run(Report report, ImmutableList<Extraction> extractions, ImmutableList<Failure> failures,
    ImmutableList<Echo> echoes, Reliability.@Nullable Estimate reliability, ImmutableList<String> notes) {

  /**
   * A document that could not be processed, and why.
   *
   * @param document its name
   * @param reason what was wrong and what to do
   */
  public record Failure(String document, String reason) {
    /**
     * The document {@code document}, which could not be processed, and why.
     *
     * @throws NullPointerException if the document or the reason is null
     */
    public Failure {
      checkNotNull(document, "document");
      checkNotNull(reason, "reason");
    }

    @Override
    public String toString() {
      return document + ": " + reason;
    }
  }

  /**
   * A run: the report, the documents read and failed, the echoes and the reliability estimate.
   *
   * @throws NullPointerException if the report is null
   */
  public Run {
    checkNotNull(report, "report");
    extractions = ImmutableList.copyOf(extractions);
    failures = ImmutableList.copyOf(failures);
    echoes = ImmutableList.copyOf(echoes);
    notes = ImmutableList.copyOf(notes);
  }

  /** A run of claims given directly (no documents). */
  public static Run of(Report report) {
    return new Run(report, ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), null, ImmutableList.of());
  }

  /** A run of documents read, with no reliability estimate and no notes. */
  public static Run of(Report report, List<Extraction> extractions, List<Failure> failures, List<Echo> echoes) {
    return new Run(report, ImmutableList.copyOf(extractions), ImmutableList.copyOf(failures), ImmutableList.copyOf(echoes),
        null, ImmutableList.of());
  }

  /** This run with the reliability estimate that weighted its consensus. */
  public Run withReliability(Reliability.@Nullable Estimate estimate) {
    return new Run(report, extractions, failures, echoes, estimate, notes);
  }

  /** This run with notes about its input. */
  public Run withNotes(java.util.List<String> more) {
    return new Run(report, extractions, failures, echoes, reliability,
        ImmutableList.<String>builder().addAll(notes).addAll(more).build());
  }

  /**
   * This run as an embeddable HTML fragment: the report's fragment ({@link Report#toHtml()}) with
   * the documents read, the echo clusters, the sources and the documents that failed; no doctype,
   * no script, styles scoped under {@code .crosscheck}. The standalone HTML report is this fragment
   * in a page with a filter. Jupyter's Java kernel shows it when a cell's last expression is a run.
   */
  public String toHtml() {
    return HtmlRenderer.fragment(this);
  }

  /** The report's table ({@link Report#table()}): one row per group, then contradictions and links. */
  public String table() {
    return report.table();
  }

  /** {@code Run[6 documents, 0 failed, 1 echo; 21 groups, 31 claims: 2 genuine contradictions, …]}. */
  @Override
  public String toString() {
    int failed = failures.size() + (int) extractions.stream().filter(Extraction::failed).count();
    return "Run[" + extractions.size() + (extractions.size() == 1 ? " document, " : " documents, ") + failed
        + " failed, " + echoes.size() + (echoes.size() == 1 ? " echo; " : " echoes; ") + report.summary() + "]";
  }
}
