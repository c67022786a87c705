package org.crosscheck.io;

import org.jspecify.annotations.Nullable;

/**
 * Input that is not valid Crosscheck JSON: names the source, the line and column (1-based), what
 * was wrong and how to fix it.
 */
public final class FormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  /** The file or stream name. */
  private final String source;
  /** The 1-based line of the error. */
  private final long line;
  /** The 1-based column of the error. */
  private final long column;

  /**
   * An error in {@code source} at {@code line:column} (both 1-based), its message prefixed with
   * {@code source:line:column: }.
   */
  public FormatException(String source, long line, long column, @Nullable String message, @Nullable Throwable cause) {
    super(source + ":" + line + ":" + column + ": " + (message == null ? "malformed input" : message), cause);
    this.source = source;
    this.line = line;
    this.column = column;
  }

  /** The file or stream name. */
  public String source() {
    return source;
  }

  /** 1-based line. */
  public long line() {
    return line;
  }

  /** 1-based column. */
  public long column() {
    return column;
  }
}
