package org.crosscheck.arabic.internal;

import org.crosscheck.value.DateValue;
import org.jspecify.annotations.Nullable;

/**
 * A date being built by a {@link DateScan}: its tokens {@code first..last}, its normalized start, its
 * value ({@code null} when it cannot be resolved), how it was resolved, its qualifier and a note.
 * Immutable.
 */
record DateFound(int first, int last, int normStart, @Nullable DateValue value, DateMatch.Resolution resolution,
    DateMatch.Qualifier qualifier, @Nullable String note) {
  DateFound from(int newFirst, int newNormStart) {
    return new DateFound(newFirst, last, newNormStart, value, resolution, qualifier, note);
  }

  DateFound withLast(int newLast) {
    return new DateFound(first, newLast, normStart, value, resolution, qualifier, note);
  }

  DateFound with(DateMatch.Qualifier q) {
    return new DateFound(first, last, normStart, value, resolution, q, note);
  }

  DateFound withNote(@Nullable String n) {
    return new DateFound(first, last, normStart, value, resolution, qualifier, n);
  }
}
