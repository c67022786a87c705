package org.crosscheck.arabic;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A family of date rules over one {@link DateScan}: the scan's tokens, numbers, anchor, diagnostics
 * and word lists, shared by reference. Not thread-safe, like the scan.
 */
abstract class DateRules {
  final DateScan scan;
  final Tokens t;
  final NumberParse[] numberAt;
  final @Nullable LocalDate anchor;
  final List<Diagnostic> diagnostics;
  final DateWords words;

  DateRules(DateScan scan) {
    this.scan = scan;
    this.t = scan.t;
    this.numberAt = scan.numberAt;
    this.anchor = scan.anchor;
    this.diagnostics = scan.diagnostics;
    this.words = scan.words;
  }

  /** A word without an attached و or ف (words of four letters or more). */
  static String stripConj(String w) {
    return w.length() > 3 && (w.charAt(0) == Clitics.WAW || w.charAt(0) == Clitics.FEH) ? w.substring(1) : w;
  }
}
