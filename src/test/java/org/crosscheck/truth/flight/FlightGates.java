package org.crosscheck.truth.flight;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.value.Label;

/**
 * Reads the gate formats of the Flight benchmark's sources into {@link Label}s holding the gate
 * designator alone, upper case: {@code F78}, {@code 84}, {@code B84N}.
 *
 * <p>Sources wrap the same gate differently: {@code Term C - C44}, {@code Terminal 3 - 84},
 * {@code C20/C} (gate/terminal), {@code 39?}, {@code C-44}. The terminal is not part of the
 * gate's identity here (every source that prints both also prints the gate alone elsewhere), so it
 * is removed; {@code C-44} and {@code C44} are one gate. Placeholders ({@code -}, {@code --},
 * {@code TBA}, {@code Not provided by airline}) and a terminal without a gate are
 * {@link FieldReading.Statement statements}, not gates.
 *
 * <p>Stateless and thread-safe; nothing depends on the default locale.
 */
public final class FlightGates {
  private FlightGates() {}

  private static final Pattern PLACEHOLDER = Pattern.compile("(?i)^(-+|TBA\\??|TBD|Not provided by airline)$");
  /** Any wording around "Term"/"Terminal" ("North Term", "Terminal Conc B", "Main Term - 3rd Lvl"), then " - gate". */
  private static final Pattern TERMINAL_AND_GATE = Pattern.compile("^.*\\bTerm(?:inal)?\\b.* - ([A-Za-z0-9]+)$");
  private static final Pattern TERMINAL_ONLY = Pattern.compile("^.*\\bTerm(?:inal)?\\b.*$");
  /** A gate wrapped in stray punctuation: {@code -11-}, {@code A14$}, {@code A9.}. */
  private static final Pattern DECORATED = Pattern.compile("^-*([A-Za-z]?\\d+[A-Za-z]?)[-$./]*$");
  private static final Pattern GATE_SLASH_TERMINAL = Pattern.compile("^([^/]+)/([^/]+)$");
  private static final Pattern LETTER_DASH_NUMBER = Pattern.compile("^([A-Za-z]+)-(\\d+[A-Za-z]?)$");
  private static final Pattern GATE = Pattern.compile("^[A-Za-z0-9]{1,8}$");

  /**
   * Reads one gate field.
   *
   * @param text the field as the source printed it (not empty)
   * @return the gate, a statement ("gate not assigned", "terminal only"), or the field's shape when
   *     no format reads it
   */
  public static FieldReading parse(String text) {
    checkNotNull(text, "text");
    String gate = FlightTimes.clean(text);
    if (gate.isEmpty()) return new FieldReading.Unparsed("blank");
    if (PLACEHOLDER.matcher(gate).matches()) return new FieldReading.Statement("gate not assigned");
    String format = "G";
    Matcher m = TERMINAL_AND_GATE.matcher(gate);
    if (m.matches()) {
      gate = m.group(1).strip();
      format = "Term T - G";
    } else if (TERMINAL_ONLY.matcher(gate).matches()) {
      return new FieldReading.Statement("terminal only");
    } else if ((m = GATE_SLASH_TERMINAL.matcher(gate)).matches()) {
      gate = m.group(1).strip();
      format = "G/T";
    }
    if (gate.endsWith("?")) {
      gate = gate.substring(0, gate.length() - 1).strip();
      format = format + "?";
    }
    m = LETTER_DASH_NUMBER.matcher(gate);
    Matcher d = DECORATED.matcher(gate);
    if (!m.matches() && !GATE.matcher(gate).matches() && d.matches()) {
      gate = d.group(1);
      format = format + " (punctuation)";
    } else if (m.matches()) {
      gate = m.group(1) + m.group(2);
      format = format.equals("G") ? "A-9" : format + " (A-9)";
    }
    if (!GATE.matcher(gate).matches()) return new FieldReading.Unparsed(FieldReading.shapeOf(text.strip()));
    return new FieldReading.Parsed(Label.of(gate.toUpperCase(Locale.ROOT)), format, false);
  }
}
