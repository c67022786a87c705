package org.crosscheck.english.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import org.crosscheck.extract.Rule;
import org.crosscheck.value.DateValue;

/**
 * A date read from tokens {@code from} to {@code to} (exclusive), resolved against the
 * publication date when it is relative, with the rule that read it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the first token (a preposition such as "on" or "since" included)
 * @param to one past the last token
 * @param value the date
 * @param rule the rule that read it
 */
public record DateMention(int from, int to, DateValue value, Rule rule) {
  /**
   * Checks that the value and the rule are given.
   *
   * @throws NullPointerException if {@code value} or {@code rule} is {@code null}
   */
  public DateMention {
    checkNotNull(value, "value");
    checkNotNull(rule, "rule");
  }

  @Override
  public String toString() {
    return value + " [" + from + ".." + to + ") " + rule.id();
  }
}
