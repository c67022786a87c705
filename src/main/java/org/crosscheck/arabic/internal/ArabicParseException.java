package org.crosscheck.arabic.internal;

/**
 * Text that was asked to be one value and is not, with the text and the index where reading stopped
 * (like {@link java.time.format.DateTimeParseException}).
 */
public final class ArabicParseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The text that was asked to be one value, as given. */
  private final String parsedText;
  /** The index in {@code parsedText} where reading stopped, from 0. */
  private final int errorIndex;

  /**
   * @param problem what is wrong, ending with what to do about it where that helps
   * @param parsedText the text given
   * @param errorIndex where in {@code parsedText} reading stopped
   */
  public ArabicParseException(String problem, String parsedText, int errorIndex) {
    super(problem + ": \"" + parsedText + "\" at index " + errorIndex);
    this.parsedText = parsedText;
    this.errorIndex = errorIndex;
  }

  /** The text given. */
  public String getParsedText() {
    return parsedText;
  }

  /** Where reading stopped. */
  public int getErrorIndex() {
    return errorIndex;
  }
}
