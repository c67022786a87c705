package org.crosscheck.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.crosscheck.value.Interval;
import org.crosscheck.value.VagueQuantifier;

/**
 * What a vague quantifier means in numbers: {@code VagueInterval.of(A_FEW_THOUSAND,
 * Interval.closed(3000, 9000))}.
 *
 * @param id stable id, {@code vague.<quantifier>}
 * @param description what it says
 * @param reasons why
 * @param quantifier the quantifier
 * @param interval its meaning (before the unit)
 */
public record VagueInterval(
    String id, String description, List<String> reasons, VagueQuantifier quantifier, Interval interval)
    implements Rule {

  /**
   * The rule that {@code quantifier} means {@code interval}.
   *
   * @throws IllegalArgumentException if the id is not lower-case words joined by dots or hyphens
   */
  public VagueInterval {
    Rule.checkId(id);
    checkNotNull(description, "description");
    checkNotNull(quantifier, "quantifier");
    checkNotNull(interval, "interval");
    reasons = ImmutableList.copyOf(reasons);
  }

  /** "{@code quantifier} means {@code interval}": id {@code vague.<quantifier>}. */
  public static VagueInterval of(VagueQuantifier quantifier, Interval interval) {
    checkNotNull(quantifier, "quantifier");
    return new VagueInterval("vague." + quantifier.id(), "'" + quantifier.phrase() + "' means " + interval, List.of(),
        quantifier, interval);
  }

  @Override
  public VagueInterval because(String reason) {
    return new VagueInterval(id, description, ImmutableList.<String>builder().addAll(reasons).add(reason).build(),
        quantifier, interval);
  }

  @Override
  public String toString() {
    return id + ": " + description;
  }
}
