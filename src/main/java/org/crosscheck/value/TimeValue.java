package org.crosscheck.value;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A moment at minute granularity (a flight's departure, say), in UTC. Its canonical form is the
 * one-point {@link Interval} of minutes since the epoch, so tolerances ("within ten minutes")
 * widen it like any quantity.
 *
 * <p>Immutable and thread-safe.
 *
 * @param instant the moment, truncated to the minute
 */
public record TimeValue(Instant instant) implements Value {
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm'Z'", java.util.Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  /**
   * The moment {@code instant}, truncated to the minute.
   *
   * @throws NullPointerException if {@code instant} is null
   */
  public TimeValue {
    instant = checkNotNull(instant, "instant").truncatedTo(ChronoUnit.MINUTES);
  }

  /** The moment at minute granularity. */
  public static TimeValue at(Instant instant) {
    return new TimeValue(instant);
  }

  /** Minutes since 1970-01-01T00:00Z. */
  public long epochMinute() {
    return Math.floorDiv(instant.getEpochSecond(), 60L);
  }

  /** The canonical form: {@code [m..m]} in minutes since the epoch. */
  public Interval interval() {
    return Interval.point(BigDecimal.valueOf(epochMinute()));
  }

  @Override
  public String family() {
    return "time";
  }

  /** {@code 2011-12-01T13:55Z}. */
  @Override
  public String toString() {
    return FORMAT.format(instant);
  }
}
