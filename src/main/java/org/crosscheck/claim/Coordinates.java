package org.crosscheck.claim;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;

/**
 * A point on the earth in decimal degrees (WGS 84): where a gazetteer puts a place
 * ({@code PlaceGazetteer.coordinates(claim.place().id())}), its representative point, not its
 * outline. Gazetteer points are precise to a few metres.
 *
 * <p>Immutable and thread-safe.
 *
 * @param latitude degrees north, -90 to 90 (south is negative)
 * @param longitude degrees east, -180 to 180 (west is negative)
 */
public record Coordinates(double latitude, double longitude) {
  /**
   * Checks the ranges.
   *
   * @throws IllegalArgumentException if a coordinate is out of range or not a number
   */
  public Coordinates {
    checkArgument(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180,
        "coordinates need a latitude in [-90, 90] and a longitude in [-180, 180], got %s and %s (latitude first)",
        latitude, longitude);
  }

  /** {@code 33.3128, 44.3615}: latitude then longitude, in plain decimals, whatever the locale. */
  @Override
  public String toString() {
    return plain(latitude) + ", " + plain(longitude);
  }

  private static String plain(double d) {
    BigDecimal b = BigDecimal.valueOf(d).stripTrailingZeros();
    return b.signum() == 0 ? "0" : b.toPlainString();
  }
}
