package org.crosscheck.rules;

import java.util.Locale;

/** What can explain a contradiction at face value, so that it is not a genuine disagreement. */
public enum Explanation {
  /** The two figures describe different times, and the measure changes over time. */
  TIME_OF_VALIDITY("time of validity"),
  /** The two figures cover different parts of a place, or the place versus its surroundings. */
  SCOPE("scope"),
  /** The two dates belong to different but related events (a victory declared after the capture). */
  EVENT_TYPE("event type"),
  /** One figure is an older one restated after events overtook it. */
  RESTATED_FIGURE("old figure restated"),
  /** Two distances measured on different bases: by road or in a straight line, from different points of a town. */
  MEASURING_BASIS("measuring basis");

  private final String phrase;

  Explanation(String phrase) {
    this.phrase = phrase;
  }

  /** The words used in reports: {@code "time of validity"}. */
  public String phrase() {
    return phrase;
  }

  /** The stable id used in JSON: {@code "time-of-validity"}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public String toString() {
    return phrase;
  }
}
