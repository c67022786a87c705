package org.crosscheck.io;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** Turns a {@link Run} into a document of one format. Implementations are stateless and deterministic. */
public interface Renderer {

  /** The output formats. */
  enum Format {
    /** The readable report as plain text: a summary, the genuine contradictions, then each group with its claims. */
    TEXT,
    /** The readable report as Markdown. */
    MARKDOWN,
    /** One self-contained HTML page (inline CSS and SVG, no network) with a filter by place, measure, outlet and verdict. */
    HTML,
    /** One JSON document ({@link ReportJson}): documents, failures, echoes, groups, assessments and every claim. */
    JSON,
    /** One CSV row per claim, for spreadsheets ({@link CsvRenderer}). */
    CSV;

    /**
     * The format named {@code name} (any case).
     *
     * @throws IllegalArgumentException naming the value and the choices
     */
    public static Format parse(String name) {
      for (Format f : values()) if (f.name().equalsIgnoreCase(name.strip())) return f;
      throw new IllegalArgumentException("unknown format '" + name + "'; choose one of text, markdown, html, json, csv");
    }

    /** The usual file extension. */
    public String extension() {
      return switch (this) {
        case TEXT -> "txt";
        case MARKDOWN -> "md";
        case HTML -> "html";
        case JSON -> "json";
        case CSV -> "csv";
      };
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The run as a document of this renderer's format: the same run always gives the same text. */
  String render(Run run);

  /**
   * Writes the document {@link #render(Run)} returns to {@code out}; a format that can be written as
   * it goes (JSON) is, so that a large report is never held whole in memory. {@code out} is
   * flushed, not closed.
   *
   * @throws IOException if {@code out} cannot be written
   */
  default void render(Run run, Writer out) throws IOException {
    out.write(render(run));
    out.flush();
  }

  /** The renderer of a format. */
  static Renderer of(Format format) {
    return switch (format) {
      case TEXT -> new TextRenderer(false);
      case MARKDOWN -> new TextRenderer(true);
      case HTML -> new HtmlRenderer();
      case JSON -> new Renderer() {
        @Override
        public String render(Run run) {
          return ReportJson.write(run);
        }

        @Override
        public void render(Run run, Writer out) throws IOException {
          ReportJson.write(run, out);
        }
      };
      case CSV -> new CsvRenderer();
    };
  }
}
