package org.crosscheck.value;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How an approximate value was hedged. Each hedge has a default relative width (±10%): "about
 * 1,500" means {@code [1350..1650]}. The width is a rule: a rule set can change it per hedge
 * through an {@link IntervalPolicy}.
 */
public enum Hedge {
  /** No hedge: the value is given as exact. */
  NONE("exact", "0"),
  /** "about", "around": Arabic نحو، حوالي. */
  ABOUT("about", "0.10"),
  /** "approximately", "roughly": Arabic تقريبا. */
  APPROXIMATELY("approximately", "0.10"),
  /** "nearly", "close to": Arabic قرابة، ما يقارب. */
  NEARLY("nearly", "0.10"),
  /** "estimated at": Arabic ما يقدر بـ. */
  ESTIMATED("estimated", "0.10");

  private final String word;
  private final BigDecimal defaultWidth;

  Hedge(String word, String defaultWidth) {
    this.word = word;
    this.defaultWidth = new BigDecimal(defaultWidth);
  }

  /** The English word for the hedge ({@code "about"}). */
  public String word() {
    return word;
  }

  /** The relative half-width used when no rule says otherwise: 0.10 means ±10%. */
  public BigDecimal defaultWidth() {
    return defaultWidth;
  }

  /** The stable id used in rule ids and JSON: {@code "about"}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
