package org.crosscheck.value;

/** Orders of magnitude that vague quantifiers scale: "a few <em>thousand</em>", "<em>hundreds</em>". */
public enum Magnitude {
  /** Tens: "dozens". */
  TENS,
  /** Hundreds: "hundreds", "a few hundred". */
  HUNDREDS,
  /** Thousands: "thousands", "a few thousand". */
  THOUSANDS,
  /** Tens of thousands. */
  TENS_OF_THOUSANDS,
  /** Hundreds of thousands. */
  HUNDREDS_OF_THOUSANDS,
  /** Millions. */
  MILLIONS
}
