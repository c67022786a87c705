package org.crosscheck.english;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.crosscheck.claim.Claim;

/**
 * A claim with the ids of the rules that built it, in the order they fired. {@link
 * org.crosscheck.claim.Evidence} has no field for rule ids and adding one would change the claim
 * JSON format, so the English extractor returns them beside the claim ({@link EnglishExtractor#trace}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param claim the claim
 * @param rules the rules, in order
 */
public record Built(Claim claim, ImmutableList<String> rules) {
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
