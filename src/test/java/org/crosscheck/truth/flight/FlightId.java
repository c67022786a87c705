package org.crosscheck.truth.flight;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/**
 * A flight as the benchmark names it: carrier, number, origin and destination airport,
 * {@code AA-1007-TPA-MIA}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param carrier the two-letter airline code
 * @param number the flight number, as written
 * @param origin the IATA code of the departure airport
 * @param destination the IATA code of the arrival airport
 */
public record FlightId(String carrier, String number, String origin, String destination) {
  private static final Pattern AIRPORT = Pattern.compile("[A-Z]{3}");

  /**
   * @throws IllegalArgumentException if an airport code is not three capital letters or a part is empty
   */
  public FlightId {
    checkNotNull(carrier, "carrier");
    checkNotNull(number, "number");
    checkNotNull(origin, "origin");
    checkNotNull(destination, "destination");
    checkArgument(!carrier.isEmpty() && !number.isEmpty(), "a flight needs a carrier and a number, got '%s' and '%s'",
        carrier, number);
    checkArgument(AIRPORT.matcher(origin).matches() && AIRPORT.matcher(destination).matches(),
        "airports are three capital letters (IATA), got '%s' and '%s'", origin, destination);
  }

  /**
   * Parses {@code AA-1007-TPA-MIA}.
   *
   * @throws IllegalArgumentException naming the text if it does not have four dash-separated parts
   */
  public static FlightId parse(String text) {
    checkNotNull(text, "text");
    String[] parts = text.split("-", -1);
    checkArgument(parts.length == 4,
        "a flight id is CARRIER-NUMBER-ORIGIN-DESTINATION (AA-1007-TPA-MIA), got '%s'", text);
    return new FlightId(parts[0], parts[1], parts[2], parts[3]);
  }

  /** The airport whose local time {@code attribute} is given in. */
  public String airportOf(FlightAttribute attribute) {
    return attribute.isDeparture() ? origin : destination;
  }

  /** {@code AA-1007-TPA-MIA}. */
  @Override
  public String toString() {
    return carrier + "-" + number + "-" + origin + "-" + destination;
  }
}
