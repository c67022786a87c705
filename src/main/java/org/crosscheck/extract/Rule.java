package org.crosscheck.extract;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;

/**
 * A named extraction heuristic: a stable dotted id, what it does, and its parameters. Every language
 * pack lists its rules as constants of this type; a claim's {@link org.crosscheck.claim.Evidence}
 * carries the ids of the rules that built it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the stable dotted id ({@code event.date-nearest})
 * @param description what the rule does, in one sentence
 * @param parameters its parameters by name ({@code max-distance = 12 tokens})
 */
public record Rule(String id, String description, ImmutableMap<String, String> parameters) {
  /**
   * An extraction rule with its id, description and parameters.
   *
   * @throws IllegalArgumentException if the id is not at least two dotted lower-case words
   */
  public Rule {
    checkNotNull(id, "id");
    checkNotNull(description, "description");
    checkArgument(id.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+"), "a rule id is dotted lower-case words, got %s", id);
    parameters = ImmutableMap.copyOf(parameters);
  }

  /** A rule without parameters. */
  public static Rule of(String id, String description) {
    return new Rule(id, description, ImmutableMap.of());
  }

  /** The integer parameter {@code name}. */
  public int intParameter(String name) {
    String v = parameters.get(name);
    checkArgument(v != null, "rule %s has no parameter %s", id, name);
    // the number before the first space ("12 tokens"), read in place: extractors ask for it per token
    int space = v.indexOf(' ');
    return Integer.parseInt(v, 0, space < 0 ? v.length() : space, 10);
  }

  /** {@code event.date-nearest (max-distance = 12 tokens)}. */
  @Override
  public String toString() {
    if (parameters.isEmpty()) return id;
    StringBuilder sb = new StringBuilder(id).append(" (");
    parameters.forEach((k, v) -> sb.append(sb.charAt(sb.length() - 1) == '(' ? "" : ", ").append(k).append(" = ").append(v));
    return sb.append(')').toString();
  }
}
