package org.crosscheck.arabic.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything {@link ArabicValueExtractor} read in one text: numbers, quantities, dates and places,
 * each with spans into the original text, and the diagnostics.
 *
 * <p>Immutable and thread-safe.
 *
 * @param anchor the date relative dates were resolved against: the one given, or one printed in the
 *     text (a diagnostic says so), or {@code null}
 * @param numbers every number, including those inside dates (for callers that want them raw)
 * @param quantities the quantity expressions that are not part of a date
 * @param dates the date expressions
 * @param places the place names that are not part of a date
 * @param diagnostics what was seen and not (fully) understood, in the order found
 */
public record ArabicValues(@Nullable LocalDate anchor, List<NumberMatch> numbers, List<QuantityMatch> quantities,
    List<DateMatch> dates, List<PlaceMatch> places, List<Diagnostic> diagnostics) {

  /**
   * Copies the lists; {@code anchor} may be {@code null}, the lists may not.
   *
   * @throws NullPointerException if a list or one of its elements is {@code null}
   */
  public ArabicValues {
    numbers = List.copyOf(checkNotNull(numbers, "numbers"));
    quantities = List.copyOf(checkNotNull(quantities, "quantities"));
    dates = List.copyOf(checkNotNull(dates, "dates"));
    places = List.copyOf(checkNotNull(places, "places"));
    diagnostics = List.copyOf(checkNotNull(diagnostics, "diagnostics"));
  }

  /** {@code 12 numbers, 9 quantities, 5 dates, 14 places, 1 diagnostic (anchor 2017-11-03)}. */
  @Override
  public String toString() {
    return numbers.size() + " numbers, " + quantities.size() + " quantities, " + dates.size() + " dates, " + places.size()
        + " places, " + diagnostics.size() + (diagnostics.size() == 1 ? " diagnostic" : " diagnostics")
        + " (anchor " + (anchor == null ? "none" : anchor.toString()) + ")";
  }
}
