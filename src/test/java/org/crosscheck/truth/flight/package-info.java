/**
 * The Flight truth-discovery benchmark (Li, Dong et al., VLDB 2012): a loader for its 31 days of
 * claims, a reader for its gold standard, and the evaluation. The data stays in the shared folder
 * ({@code ../shared/benchmarks/flight}); nothing of it is copied here.
 *
 * <h2>Decisions taken from a survey of the data</h2>
 *
 * <ul>
 *   <li><b>Formats.</b> The 38 sources print times in 15 formats (see {@link
 *       org.crosscheck.truth.flight.FlightTimes}) and gates in half a dozen wrappings (see {@link
 *       org.crosscheck.truth.flight.FlightGates}). Remarks that are not values — "Not Available",
 *       "Cancelled", "Contact Airline", gate placeholders, a date without a time — are statements,
 *       counted by source and kind; fields no format reads are counted by source and shape.
 *   <li><b>Zones.</b> Zone-less times are local to the airport of the attribute, from the
 *       committed table {@code airport-zones.tsv}. Checked against the sources that print a zone:
 *       on scheduled departures, the explicit-offset sites ({@code (-05:00)}) and the
 *       abbreviation sites ({@code EST}) agree with zone-less sites read this way on 98–100% of
 *       shared flights. One site prints {@code -04:00} for Caracas (then -04:30) and {@code -03:00}
 *       for St. John's (-03:30); those values are kept as printed.
 *   <li><b>Years.</b> Missing years are completed towards the crawl day; a printed year half a
 *       year off (the airline site's {@code January 1, 2011} on 1 January 2012) is repaired and
 *       counted.
 * </ul>
 *
 * <h2>Evaluation</h2>
 *
 * {@link org.crosscheck.truth.flight.FlightEvaluation}: the share of gold values equal to the
 * consensus (times to the minute, gates by label key), and within ±10 minutes for times; every gold
 * value that parses counts, including items no source spoke about. Gold fields that are not values
 * (an empty gate, {@code --}, a date without a time) are not evaluated and are counted in the gold's
 * report. The algorithm never reads the gold.
 *
 * <p>Null policy: the package is {@code @NullMarked}; the few nullable parameters are marked.
 */
@NullMarked
package org.crosscheck.truth.flight;

import org.jspecify.annotations.NullMarked;
