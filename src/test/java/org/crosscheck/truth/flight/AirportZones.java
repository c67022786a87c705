package org.crosscheck.truth.flight;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * The time zone of every airport in the Flight benchmark, read from the committed table
 * {@code airport-zones.tsv} (IATA code, IANA zone). Sources that print a time without a zone
 * print the local time of the airport the attribute belongs to (the origin for departures, the
 * destination for arrivals); this table turns such times into instants.
 *
 * <p>Immutable and thread-safe.
 */
public final class AirportZones {
  private static final String RESOURCE = "airport-zones.tsv";
  private static final AirportZones STANDARD = load();

  private final ImmutableSortedMap<String, ZoneId> zones;

  private AirportZones(ImmutableSortedMap<String, ZoneId> zones) {
    this.zones = zones;
  }

  /** The committed table. */
  public static AirportZones standard() {
    return STANDARD;
  }

  /** The zone of {@code airport}, or empty when the table does not know it. */
  public Optional<ZoneId> find(String airport) {
    return Optional.ofNullable(zones.get(checkNotNull(airport, "airport")));
  }

  /**
   * The zone of {@code airport}.
   *
   * @throws IllegalArgumentException naming the airport when the table does not list it; add a
   *     line to {@code airport-zones.tsv}
   */
  public ZoneId zoneOf(String airport) {
    ZoneId zone = zones.get(checkNotNull(airport, "airport"));
    checkArgument(zone != null, "no time zone for airport '%s'; add a line 'CODE<TAB>Area/City' to %s",
        airport, RESOURCE);
    return zone;
  }

  /** Every airport with its zone, ordered by code. */
  public ImmutableSortedMap<String, ZoneId> asMap() {
    return zones;
  }

  private static AirportZones load() {
    ImmutableSortedMap.Builder<String, ZoneId> map = ImmutableSortedMap.naturalOrder();
    try (InputStream in = AirportZones.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("the resource " + RESOURCE + " is missing from the class path");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] parts = line.split("\t");
        if (parts.length != 2) {
          throw new IllegalStateException(String.format(Locale.ROOT,
              "%s line %d: expected 'CODE<TAB>Area/City', got '%s'", RESOURCE, number, line));
        }
        try {
          map.put(parts[0].strip(), ZoneId.of(parts[1].strip()));
        } catch (DateTimeException e) {
          throw new IllegalStateException(String.format(Locale.ROOT,
              "%s line %d: '%s' is not a time zone id", RESOURCE, number, parts[1]), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new AirportZones(map.buildOrThrow());
  }

  @Override
  public String toString() {
    return "AirportZones[" + zones.size() + " airports]";
  }
}
