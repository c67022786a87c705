package org.crosscheck.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * For a measure that changes over time, which claims of a group are current: those valid within
 * {@code windowDays} days of the latest; older ones are superseded (listed, not used for the
 * consensus). A wire copied the next day is not news of a change. Without this rule no claim is
 * superseded. Id {@code supersession.current-window}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param windowDays how many days before the latest time of validity a claim is still current (&ge; 0)
 * @param reasons why
 */
public record Supersession(int windowDays, List<String> reasons) implements Rule {
  /** The id of the rule. */
  public static final String ID = "supersession.current-window";

  /**
   * The rule that claims valid within {@code windowDays} days of the latest are current.
   *
   * @throws IllegalArgumentException if {@code windowDays} is negative
   */
  public Supersession {
    checkArgument(windowDays >= 0, "supersession.current-window needs a window of 0 days or more, got %s", windowDays);
    reasons = ImmutableList.copyOf(reasons);
  }

  /** Claims valid within {@code days} days of the latest are current. */
  public static Supersession currentWithin(int days) {
    return new Supersession(days, List.of());
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "a changing figure valid more than " + windowDays + (windowDays == 1 ? " day" : " days") + " before the group's latest is superseded";
  }

  @Override
  public Supersession because(String reason) {
    return new Supersession(windowDays, ImmutableList.<String>builder().addAll(reasons).add(reason).build());
  }

  @Override
  public String toString() {
    return id() + ": " + description();
  }
}
