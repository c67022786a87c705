package org.crosscheck.english;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.crosscheck.claim.Claim;
import org.crosscheck.extract.Rule;

/**
 * A claim with the ids of the rules that built it, in the order they fired ({@link
 * EnglishExtractor#trace}); the same ids are in the claim's {@link org.crosscheck.claim.Evidence#rules()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param claim the claim
 * @param rules the rules, in order
 */
public record Built(Claim claim, ImmutableList<String> rules) {
  /**
   * Copies the rule ids.
   *
   * @throws NullPointerException if {@code claim} or {@code rules} (or one of its ids) is {@code null}
   */
  public Built {
    checkNotNull(claim, "claim");
    rules = ImmutableList.copyOf(rules);
  }

  static Built of(Claim claim, List<Rule> rules) {
    return new Built(claim, rules.stream().map(Rule::id).distinct().collect(ImmutableList.toImmutableList()));
  }

  @Override
  public String toString() {
    return claim + " " + rules;
  }
}
