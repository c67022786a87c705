package org.crosscheck.arabic.internal;

import java.util.List;

/**
 * A family of rules reading one scan over a text's tokens (the date scan, the quantity scan): the
 * tokens, the number that starts at each token ({@code null} where none does) and the diagnostics,
 * shared by reference with the scan. Not thread-safe, like the scan.
 */
abstract class TokenRules {
  final Tokens t;
  final NumberParse[] numberAt;
  final List<Diagnostic> diagnostics;

  TokenRules(Tokens t, NumberParse[] numberAt, List<Diagnostic> diagnostics) {
    this.t = t;
    this.numberAt = numberAt;
    this.diagnostics = diagnostics;
  }
}
