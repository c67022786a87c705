package org.crosscheck.value;

/**
 * The value of a claim: a {@link Quantity}, a {@link DateValue}, a {@link TimeValue} or a
 * categorical {@link Label}. Every value is an immutable record whose {@code toString} is its
 * domain notation.
 */
public sealed interface Value permits Quantity, DateValue, TimeValue, Label {

  /** The family of the value, for reports and JSON: {@code "quantity"}, {@code "date"}, {@code "time"}, {@code "label"}. */
  String family();
}
