package org.crosscheck.rules;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The id of a rule, as verdicts, explanations and flags name it: {@code quantity.disjoint}, {@code
 * tolerance.fighters}: lower-case words joined by dots or hyphens ({@link Rule#checkId}), checked
 * where an id enters.
 *
 * <p>Immutable and thread-safe; {@link #toString()} is the id itself.
 *
 * @param id the id
 */
public record RuleId(String id) implements Comparable<RuleId> {

  /**
   * A rule id.
   *
   * @throws IllegalArgumentException if {@code id} is not lower-case words joined by dots or
   *     hyphens, naming the id
   */
  public RuleId {
    checkNotNull(id, "id");
    Rule.checkId(id);
  }

  /** The rule id {@code id}: {@code RuleId.of("quantity.disjoint")}. */
  public static RuleId of(String id) {
    return new RuleId(id);
  }


  @Override
  public int compareTo(RuleId o) {
    return id.compareTo(o.id);
  }

  @Override
  public String toString() {
    return id;
  }
}
