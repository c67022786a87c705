package org.crosscheck.claim;

import java.util.Locale;

/** How firmly the source puts a claim forward. */
public enum Modality {
  /** Stated as fact. */
  ASSERTED,
  /** An estimate ("estimated", قدر، ما يقدر). */
  ESTIMATED,
  /** A belief ("it is believed", من المعتقد، يعتقد). */
  BELIEVED,
  /** An expectation about the future ("expected", من المتوقع). */
  EXPECTED;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
