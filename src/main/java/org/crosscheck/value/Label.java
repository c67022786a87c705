package org.crosscheck.value;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A categorical value: a gate ({@code D5}), a status ("still present"). Two labels are the same
 * category when their {@link #key()}s are equal: NFKC-normalized, lower-cased under
 * {@link Locale#ROOT}, with runs of white space collapsed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the label as given
 */
public record Label(String text) implements Value {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * A label of {@code text}.
   *
   * @throws IllegalArgumentException if {@code text} is blank
   */
  public Label {
    checkNotNull(text, "text");
    checkArgument(!text.isBlank(), "a label needs some text, got a blank string");
  }

  /** The label {@code text}. */
  public static Label of(String text) {
    return new Label(text);
  }

  /** The comparison key: {@code " d5 "} and {@code "D5"} have the key {@code "d5"}. */
  public String key() {
    return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).strip()).replaceAll(" ")
        .toLowerCase(Locale.ROOT);
  }

  @Override
  public String family() {
    return "label";
  }

  /** The text in double quotes: {@code "D5"}; text written right to left is isolated inside them. */
  @Override
  public String toString() {
    return "\"" + (PlainText.hasRightToLeft(text) ? PlainText.FSI + text + PlainText.PDI : text) + "\"";
  }
}
