package org.crosscheck.english.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.crosscheck.claim.Modality;
import org.crosscheck.extract.Rule;
import org.crosscheck.value.Quantity;

/**
 * A quantity read from tokens {@code from} to {@code to} (exclusive), hedge, bound and unit
 * included, with the rules that read it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the first token (the hedge or bound word, if any)
 * @param to one past the last token (the unit, or the closing bracket of an alternative unit)
 * @param numberTo one past the last token of the figure itself, before any unit: where a counted noun may start
 * @param quantity the quantity
 * @param modality {@link Modality#ESTIMATED} for "an estimated", else {@link Modality#ASSERTED}
 * @param rules the ids of the rules that read it, in order
 */
public record QuantityMention(int from, int to, int numberTo, Quantity quantity, Modality modality,
    List<Rule> rules) {
  /**
   * Copies the rules.
   *
   * @throws NullPointerException if {@code quantity}, {@code modality} or {@code rules} (or one of its rules) is {@code null}
   */
  public QuantityMention {
    checkNotNull(quantity, "quantity");
    checkNotNull(modality, "modality");
    rules = ImmutableList.copyOf(rules);
  }

  @Override
  public String toString() {
    return quantity + " [" + from + ".." + to + ")";
  }
}
