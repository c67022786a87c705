package org.crosscheck.truth.flight;

/**
 * The six attributes the Flight benchmark reports for a flight, in the column order of its files.
 * Departure attributes are local to the origin airport, arrival attributes to the destination.
 */
public enum FlightAttribute {
  SCHEDULED_DEPARTURE("scheduled departure", true, true),
  ACTUAL_DEPARTURE("actual departure", true, true),
  DEPARTURE_GATE("departure gate", false, true),
  SCHEDULED_ARRIVAL("scheduled arrival", true, false),
  ACTUAL_ARRIVAL("actual arrival", true, false),
  ARRIVAL_GATE("arrival gate", false, false);

  private final String label;
  private final boolean time;
  private final boolean departure;

  FlightAttribute(String label, boolean time, boolean departure) {
    this.label = label;
    this.time = time;
    this.departure = departure;
  }

  /** The attribute's name in reports: {@code "actual departure"}. */
  public String label() {
    return label;
  }

  /** True for the four time attributes, false for the two gates. */
  public boolean isTime() {
    return time;
  }

  /** True when the attribute belongs to the origin airport (its times are that airport's local times). */
  public boolean isDeparture() {
    return departure;
  }

  /** The attribute's column in a claims file (source and flight come first). */
  public int claimColumn() {
    return ordinal() + 2;
  }

  /** The attribute's column in a truth file (flight comes first). */
  public int truthColumn() {
    return ordinal() + 1;
  }

  @Override
  public String toString() {
    return label;
  }
}
