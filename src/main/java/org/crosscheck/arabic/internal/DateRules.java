package org.crosscheck.arabic.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A family of date rules over one {@link DateScan}: the scan's tokens, numbers, anchor, diagnostics
 * and word lists, shared by reference. Not thread-safe, like the scan.
 */
abstract class DateRules extends TokenRules {
  final DateScan scan;
  final @Nullable LocalDate anchor;
  final DateWords words;

  DateRules(DateScan scan) {
    super(scan.t, scan.numberAt, scan.diagnostics);
    this.scan = scan;
    this.anchor = scan.anchor;
    this.words = scan.words;
  }

  /** A word without an attached و or ف (words of four letters or more). */
  static String stripConj(String w) {
    return w.length() > 3 && (w.charAt(0) == Clitics.WAW || w.charAt(0) == Clitics.FEH) ? w.substring(1) : w;
  }
}
