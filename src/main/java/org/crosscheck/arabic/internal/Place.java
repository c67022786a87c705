package org.crosscheck.arabic.internal;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A populated place or administrative area of Syria or Iraq from the gazetteer (Who's On First).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the Who's On First id, the canonical id of the place
 * @param type what sort of place
 * @param country the ISO 3166 country code, {@code SY} or {@code IQ}
 * @param parentId the WOF id of the parent (county, region or country), 0 when unknown
 * @param regionId the WOF id of the region (governorate) the place lies in, 0 when unknown
 * @param population the population WOF records, 0 when unknown
 * @param needsCue whether the place is a small village matched only after a cue word (قرية، بلدة، ريف…)
 *     or in a list after another place, because its name is too often something else
 * @param nameAr the Arabic name as WOF writes it first ("" if none)
 * @param nameEn the English name ("" if none)
 */
public record Place(long id, Type type, String country, long parentId, long regionId, long population, boolean needsCue,
    String nameAr, String nameEn) {

  /** The level of a place, from the highest. */
  public enum Type {
    /** A country: Syria or Iraq. */
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
   * Checks that the type, country and names are given.
   *
   * @throws NullPointerException if one of them is {@code null}
   */
  public Place {
    checkNotNull(type, "type");
    checkNotNull(country, "country");
    checkNotNull(nameAr, "nameAr");
    checkNotNull(nameEn, "nameEn");
  }

  /** {@code Abu Kamal (البوكمال) LOCALITY SY 890449891}. */
  @Override
  public String toString() {
    return nameEn + " (" + nameAr + ") " + type + " " + country + " " + id;
  }
}
