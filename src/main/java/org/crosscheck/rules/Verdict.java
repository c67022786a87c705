package org.crosscheck.rules;

/** The answer to "what do these two claims say about each other?". */
public enum Verdict {
  /** Same thing, same value within the hedges and tolerances. */
  AGREE,
  /** Both can be true: a range contains an estimate, a month contains a day, one event precedes another. */
  COMPATIBLE,
  /** The values clash; the assessment says whether the clash is explained or genuine. */
  CONTRADICT,
  /** Same thing, but the values cannot be compared (a date against a count, an unknown unit). */
  INCOMPARABLE,
  /** The claims speak of different things. */
  UNRELATED
}
