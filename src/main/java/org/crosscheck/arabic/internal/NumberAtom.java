package org.crosscheck.arabic.internal;

import java.util.List;
import org.crosscheck.arabic.internal.NumberWords.Cls;
import org.crosscheck.arabic.internal.NumberWords.Entry;
import org.jspecify.annotations.Nullable;

/**
 * One part of a number ({@link NumberAtoms}): a digit literal or a number word, with the و that joins
 * it to the part before. Immutable.
 */
final class NumberAtom {
  final int firstToken;
  final int lastToken;
  final int normStart;
  final boolean waw;
  final @Nullable DigitLiteral literal;
  final List<Entry> entries;
  final Clitics.@Nullable Reading reading;

  NumberAtom(int firstToken, int lastToken, int normStart, boolean waw, @Nullable DigitLiteral literal,
      List<Entry> entries, Clitics.@Nullable Reading reading) {
    this.firstToken = firstToken;
    this.lastToken = lastToken;
    this.normStart = normStart;
    this.waw = waw;
    this.literal = literal;
    this.entries = entries;
    this.reading = reading;
  }

  @Nullable Entry get(Cls cls) {
    return NumberWords.find(entries, cls);
  }

  boolean has(Cls... classes) {
    for (Cls c : classes) if (get(c) != null) return true;
    return false;
  }
}
