package org.crosscheck.value;

/** Whether an interval end includes its endpoint. */
public enum BoundType {
  /** The endpoint belongs to the interval: {@code [} or {@code ]}. */
  CLOSED,
  /** The endpoint does not belong to the interval, or the end is infinite: {@code (} or {@code )}. */
  OPEN
}
