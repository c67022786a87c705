package org.crosscheck.claim;

import static org.crosscheck.claim.Measure.Kind.*;
import static org.crosscheck.claim.Measure.Trend.*;

import java.util.List;
import java.util.Optional;

/**
 * The built-in measures for conflict reporting. Each is an ordinary {@link Measure}; users make
 * others with {@link Measure#of}.
 */
public final class Measures {
  private Measures() {}

  /** Fighters of an armed group present somewhere (a state: it varies). */
  public static final Measure FIGHTERS = new Measure("fighters", "fighters", COUNT, VARIES);
  /** Troops a state contributes (a state). */
  public static final Measure TROOPS = new Measure("troops", "troops", COUNT, VARIES);
  /** People killed in an event (a running toll: reports only grow). */
  public static final Measure KILLED = new Measure("killed", "killed", COUNT, INCREASES);
  /** People wounded in an event (a running toll). */
  public static final Measure WOUNDED = new Measure("wounded", "wounded", COUNT, INCREASES);
  /** Fighters who surrendered over a period (a running total). */
  public static final Measure SURRENDERED = new Measure("surrendered", "surrendered", COUNT, INCREASES);
  /** People who left or fled an area since a date (a running total). */
  public static final Measure PEOPLE_LEFT = new Measure("people-left", "people who left", COUNT, INCREASES);
  /** People held by a party, e.g. civilians as human shields (a state). */
  public static final Measure PEOPLE_HELD = new Measure("people-held", "people held", COUNT, VARIES);
  /** People counted somewhere: a camp's population, a crowd (a state). */
  public static final Measure PEOPLE = new Measure("people", "people", COUNT, VARIES);
  /** Population ruled by a party (a state). */
  public static final Measure POPULATION = new Measure("population", "population", COUNT, VARIES);
  /** Towns or localities a party still holds (a state). */
  public static final Measure TOWNS_HELD = new Measure("towns-held", "towns held", COUNT, VARIES);
  /** Attacks in an event (fixed once the event is over). */
  public static final Measure ATTACKS = new Measure("attacks", "attacks", COUNT, FIXED);
  /** Share of an area a party holds (a state). */
  public static final Measure TERRITORY_HELD = new Measure("territory-held", "share of territory held", SHARE, VARIES);
  /** Share of its territory a party has lost since a date (a running total). */
  public static final Measure TERRITORY_LOST = new Measure("territory-lost", "share of territory lost", SHARE, INCREASES);
  /** Distance of forces from a place (a state: forces move). */
  public static final Measure DISTANCE_TO = new Measure("distance-to", "distance to", DISTANCE, VARIES);
  /** Length of a front, pocket or road (a state). */
  public static final Measure LENGTH = new Measure("length", "length", DISTANCE, VARIES);
  /** The area of a region: cleared, held, liberated (a state). Never a distance or a length. */
  public static final Measure AREA = new Measure("area", "area", Measure.Kind.AREA, VARIES);
  /** How long something lasted (fixed once over). */
  public static final Measure DURATION = new Measure("duration", "duration", Measure.Kind.DURATION, FIXED);
  /** The date of an event; the claim's event type says which (fixed). */
  public static final Measure EVENT_DATE = new Measure("event-date", "date", Measure.Kind.EVENT_DATE, FIXED);
  /** Who controls a place, as a status label (a state). */
  public static final Measure CONTROL = new Measure("control", "control", CATEGORY, VARIES);

  /** People who arrived somewhere, a camp say, since a date (a running total). */
  public static final Measure ARRIVED = new Measure("people-arrived", "people who arrived", COUNT, INCREASES);
  /** Camps counted somewhere (a state). */
  public static final Measure CAMPS = new Measure("camps", "camps", COUNT, VARIES);
  /** People forced from their homes, inside their country (a running total). */
  public static final Measure DISPLACED = new Measure("displaced", "displaced", COUNT, INCREASES);
  /** Buildings or sites hit or used: schools, hospitals, shelters (a state). */
  public static final Measure FACILITIES = new Measure("facilities", "facilities", COUNT, VARIES);
  /** People missing (a state). */
  public static final Measure MISSING = new Measure("missing", "missing", COUNT, VARIES);
  /** Towns, villages or neighbourhoods taken in an offensive (a running total). */
  public static final Measure PLACES_TAKEN = new Measure("places-taken", "places taken", COUNT, INCREASES);
  /** Share of a population: of the arrivals, of the people (a state). */
  public static final Measure POPULATION_SHARE =
      new Measure("population-share", "share of a population", SHARE, VARIES);
  /** People who fled abroad (a running total). */
  public static final Measure REFUGEES = new Measure("refugees", "refugees", COUNT, INCREASES);
  /** Any other share of a whole: of imports, of aid (a state). */
  public static final Measure SHARE_OF = new Measure("share", "share", SHARE, VARIES);
  /** Vehicles: trucks, buses, cars (a state). */
  public static final Measure VEHICLES = new Measure("vehicles", "vehicles", COUNT, VARIES);
  /** Losses of a party, killed and wounded not told apart (a running toll). */
  public static final Measure CASUALTIES = new Measure("casualties", "casualties", COUNT, INCREASES);

  private static final List<Measure> ALL = List.of(FIGHTERS, TROOPS, KILLED, WOUNDED, SURRENDERED, PEOPLE_LEFT,
      PEOPLE_HELD, PEOPLE, POPULATION, TOWNS_HELD, ATTACKS, TERRITORY_HELD, TERRITORY_LOST, DISTANCE_TO, LENGTH, AREA,
      DURATION, EVENT_DATE, CONTROL, ARRIVED, CAMPS, DISPLACED, FACILITIES, MISSING, PLACES_TAKEN, POPULATION_SHARE,
      REFUGEES, SHARE_OF, VEHICLES, CASUALTIES);

  /** Every built-in measure. */
  public static List<Measure> all() {
    return ALL;
  }

  /** The built-in measure with this id. */
  public static Optional<Measure> byId(String id) {
    return ALL.stream().filter(m -> m.id().equals(id)).findFirst();
  }
}
