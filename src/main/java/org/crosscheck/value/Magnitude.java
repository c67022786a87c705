package org.crosscheck.value;

/** Orders of magnitude that vague quantifiers scale: "a few <em>thousand</em>", "<em>hundreds</em>". */
public enum Magnitude {
  TENS,
  HUNDREDS,
  THOUSANDS,
  TENS_OF_THOUSANDS,
  HUNDREDS_OF_THOUSANDS,
  MILLIONS
}
