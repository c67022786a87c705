package org.crosscheck.truth.flight;

import static com.google.common.base.Preconditions.checkNotNull;

import org.crosscheck.value.Value;

/**
 * What the loader made of one non-empty field of the benchmark: a {@link Parsed} value, a
 * {@link Statement} that is not a value ("Not Available", "Cancelled", a gate placeholder), or
 * text it could not read ({@link Unparsed}). Nothing is dropped silently: statements and unparsed
 * fields are counted by source and format in the {@link ParseReport}.
 */
public sealed interface FieldReading {

  /**
   * A value read from the field.
   *
   * @param value a {@code TimeValue} for times, a {@code Label} for gates
   * @param format the name of the format that read it, e.g. {@code "M/d/yy h:mm a (±hh:mm)"}
   * @param yearRepaired true when the printed year put the date more than half a year away from the
   *     crawl day and the nearest year was taken instead (a source printing {@code January 1, 2011}
   *     on 1 January 2012)
   */
  record Parsed(Value value, String format, boolean yearRepaired) implements FieldReading {
    public Parsed {
      checkNotNull(value, "value");
      checkNotNull(format, "format");
    }

    @Override
    public String toString() {
      return value + " (" + format + (yearRepaired ? ", year repaired" : "") + ")";
    }
  }

  /**
   * A field that says something other than a value: {@code "not available"}, {@code "cancelled"},
   * {@code "date without time"}, {@code "gate not assigned"}.
   *
   * @param kind what the field says, lower case
   */
  record Statement(String kind) implements FieldReading {
    public Statement {
      checkNotNull(kind, "kind");
    }

    @Override
    public String toString() {
      return "statement: " + kind;
    }
  }

  /**
   * A field no format could read.
   *
   * @param shape the text with every digit run replaced by {@code 9}, so that one entry counts
   *     every field of the same format
   */
  record Unparsed(String shape) implements FieldReading {
    public Unparsed {
      checkNotNull(shape, "shape");
    }

    @Override
    public String toString() {
      return "unparsed: '" + shape + "'";
    }
  }

  /** The shape of {@code text}: digit runs become {@code 9}, {@code "12:05 PM"} becomes {@code "9:9 PM"}. */
  static String shapeOf(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean digits = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (!digits) out.append('9');
        digits = true;
      } else {
        out.append(c);
        digits = false;
      }
    }
    return out.toString();
  }
}
