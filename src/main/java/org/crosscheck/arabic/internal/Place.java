package org.crosscheck.arabic.internal;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A populated place or administrative area from the gazetteer (Who's On First, or a gazetteer of
 * one's own).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the Who's On First id, the canonical id of the place
 * @param type what sort of place
 * @param country the ISO 3166-1 alpha-2 country code ({@code SY}, {@code IQ}, {@code SD}…)
 * @param parentId the WOF id of the parent (county, region or country), 0 when unknown
 * @param regionId the WOF id of the region (governorate) the place lies in, 0 when unknown
 * @param population the population WOF records, 0 when unknown
 * @param needsCue whether the place is a small village matched only after a cue word (قرية، بلدة، ريف…)
 *     or in a list after another place, because its name is too often something else
 * @param nameAr the Arabic name as WOF writes it first ("" if none)
 * @param nameEn the English name ("" if none)
 * @param lat the latitude of its representative point in degrees north (WGS 84), {@link Float#NaN}
 *     when the gazetteer gives none; a float, as precise as a few metres, to keep the gazetteer small
 * @param lon the longitude in degrees east, {@link Float#NaN} exactly when {@code lat} is
 */
public record Place(long id, Type type, String country, long parentId, long regionId, long population, boolean needsCue,
    String nameAr, String nameEn, float lat, float lon) {

  /** The level of a place, from the highest. */
  public enum Type {
    /** A country. */
    COUNTRY,
    /** A first-level division: a Syrian or Iraqi governorate. */
    REGION,
    /** A second-level division within a region: a district. */
    COUNTY,
    /** A city, town or village. */
    LOCALITY,
    /** A quarter of a locality. */
    NEIGHBOURHOOD
  }

  /**
   * Checks that the type, country and names are given, and the coordinates: both in range, or both
   * {@link Float#NaN}.
   *
   * @throws NullPointerException if one of them is {@code null}
   * @throws IllegalArgumentException if a coordinate is out of range or only one is given
   */
  public Place {
    checkNotNull(type, "type");
    checkNotNull(country, "country");
    checkNotNull(nameAr, "nameAr");
    checkNotNull(nameEn, "nameEn");
    if (Float.isNaN(lat) != Float.isNaN(lon)) {
      throw new IllegalArgumentException("a place has both a latitude and a longitude or neither, got " + lat + " and "
          + lon);
    }
    if (!Float.isNaN(lat) && !(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("a place needs a latitude in [-90, 90] and a longitude in [-180, 180], got "
          + lat + " and " + lon);
    }
  }

  /** Whether the gazetteer gives its representative point ({@link #lat()}, {@link #lon()}). */
  public boolean hasCoordinates() {
    return !Float.isNaN(lat);
  }

  /** {@code Abu Kamal (البوكمال) LOCALITY SY 890449891}. */
  @Override
  public String toString() {
    return nameEn + " (" + nameAr + ") " + type + " " + country + " " + id;
  }
}
