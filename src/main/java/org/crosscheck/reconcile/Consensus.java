package org.crosscheck.reconcile;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The consensus of a group: the tightest value consistent with the most (weighted, independent)
 * sources, who backs it, who dissents, and which claims were superseded by later ones.
 *
 * <p>For a measure that changes over time the consensus is taken among the claims of the latest
 * time of validity ({@link #asOf()}); earlier claims are superseded, not dissenting.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the consensus as a value ({@code [1500..1650]}, {@code 2017-11-03}, {@code "D5"}),
 *     or {@code null} when the group has no comparable claim
 * @param supporters ids of the claims consistent with the consensus
 * @param dissenters ids of the claims that contradict it
 * @param superseded ids of claims about an earlier time of a changing measure
 * @param incomparable ids of claims whose value cannot be compared with the others
 * @param independentSources how many independent origins back the consensus
 * @param support the weighted support of the consensus (independent sources when all weights are 1)
 * @param tied whether another value had the same support
 * @param asOf the time of validity of the consensus, for changing measures; otherwise {@code null}
 */
public record Consensus(
    @Nullable Value value,
    ImmutableList<String> supporters,
    ImmutableList<String> dissenters,
    ImmutableList<String> superseded,
    ImmutableList<String> incomparable,
    int independentSources,
    double support,
    boolean tied,
    @Nullable DateValue asOf) {

  public Consensus {
    supporters = ImmutableList.copyOf(checkNotNull(supporters, "supporters"));
    dissenters = ImmutableList.copyOf(checkNotNull(dissenters, "dissenters"));
    superseded = ImmutableList.copyOf(checkNotNull(superseded, "superseded"));
    incomparable = ImmutableList.copyOf(checkNotNull(incomparable, "incomparable"));
  }

  /** No consensus: nothing to compare. */
  static Consensus none(ImmutableList<String> incomparable) {
    return new Consensus(null, ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), incomparable, 0, 0, false,
        null);
  }

  /** What a claim of the group is to the consensus. */
  public enum Role {
    /** Consistent with the consensus. */
    BACKS,
    /** Contradicts it. */
    DISSENTS,
    /** About an earlier time of a changing measure. */
    SUPERSEDED,
    /** Its value cannot be compared with the others. */
    INCOMPARABLE
  }

  /**
   * What {@code claim} is to this consensus.
   *
   * @throws IllegalArgumentException naming the claim if the consensus does not list it
   */
  public Role role(org.crosscheck.claim.Claim claim) {
    checkNotNull(claim, "claim");
    String id = claim.id();
    if (dissenters.contains(id)) return Role.DISSENTS;
    if (superseded.contains(id)) return Role.SUPERSEDED;
    if (incomparable.contains(id)) return Role.INCOMPARABLE;
    if (supporters.contains(id)) return Role.BACKS;
    throw new IllegalArgumentException("claim " + id + " is not in this consensus; ask the consensus of its own group"
        + " (Report.groupOf(claim))");
  }

  public boolean isEmpty() {
    return value == null;
  }

  /** {@code [1500..1650] (1 independent source; dissent: c-1; tied)}. */
  @Override
  public String toString() {
    if (value == null) return "no consensus";
    StringBuilder sb = new StringBuilder(value.toString());
    if (asOf != null) sb.append(" as of ").append(asOf);
    sb.append(" (").append(independentSources).append(independentSources == 1 ? " independent source" : " independent sources");
    if (!dissenters.isEmpty()) sb.append("; dissent: ").append(String.join(", ", dissenters));
    if (tied) sb.append("; tied");
    return sb.append(')').toString();
  }
}
