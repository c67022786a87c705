package org.crosscheck.rules;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One key/value fact of an explanation, like a line of a Truth failure message: {@code verdict:
 * COMPATIBLE}, {@code rule: quantity.containment}. Tests assert facts, not prose.
 *
 * @param key the fact's name
 * @param value the fact's value, as text
 */
public record Fact(String key, String value) {
  /**
   * The fact {@code key: value}.
   *
   * @throws NullPointerException if the key or the value is null
   */
  public Fact {
    checkNotNull(key, "key");
    checkNotNull(value, "value");
  }

  /** The fact {@code key: value}, the value as {@link String#valueOf(Object)} writes it. */
  public static Fact of(String key, Object value) {
    return new Fact(key, String.valueOf(value));
  }

  @Override
  public String toString() {
    return key + ": " + value;
  }
}
