package org.crosscheck.reconcile;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.claim.Claim;
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
 * @param supporters the claims consistent with the consensus (those backing its very value first)
 * @param dissenters the claims that contradict it
 * @param superseded claims about an earlier time of a changing measure
 * @param incomparable claims whose value cannot be compared with the others
 * @param independentSources how many independent origins back the consensus
 * @param support the weighted support of the consensus (independent sources when all weights are 1)
 * @param tied whether another value had the same support
 * @param asOf the time of validity of the consensus, for changing measures; otherwise {@code null}
 */
public record Consensus(
    @Nullable Value value,
    ImmutableList<Claim> supporters,
    ImmutableList<Claim> dissenters,
    ImmutableList<Claim> superseded,
    ImmutableList<Claim> incomparable,
    int independentSources,
    double support,
    boolean tied,
    @Nullable DateValue asOf) {

  /**
   * A consensus with the claims in each role.
   *
   * @throws NullPointerException if a list is null
   */
  public Consensus {
    supporters = ImmutableList.copyOf(checkNotNull(supporters, "supporters"));
    dissenters = ImmutableList.copyOf(checkNotNull(dissenters, "dissenters"));
    superseded = ImmutableList.copyOf(checkNotNull(superseded, "superseded"));
    incomparable = ImmutableList.copyOf(checkNotNull(incomparable, "incomparable"));
  }

  /** No consensus: nothing to compare. */
  static Consensus none(List<Claim> incomparable) {
    return new Consensus(null, ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
        ImmutableList.copyOf(incomparable), 0, 0, false, null);
  }

  /** The ids of the supporters, in order. */
  public ImmutableList<String> supporterIds() {
    return ids(supporters);
  }

  /** The ids of the dissenters, in order. */
  public ImmutableList<String> dissenterIds() {
    return ids(dissenters);
  }

  /** The ids of the superseded claims, in order. */
  public ImmutableList<String> supersededIds() {
    return ids(superseded);
  }

  /** The ids of the incomparable claims, in order. */
  public ImmutableList<String> incomparableIds() {
    return ids(incomparable);
  }

  private static ImmutableList<String> ids(List<Claim> claims) {
    return claims.stream().map(Claim::id).collect(ImmutableList.toImmutableList());
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
  public Role role(Claim claim) {
    checkNotNull(claim, "claim");
    String id = claim.id();
    if (dissenterIds().contains(id)) return Role.DISSENTS;
    if (supersededIds().contains(id)) return Role.SUPERSEDED;
    if (incomparableIds().contains(id)) return Role.INCOMPARABLE;
    if (supporterIds().contains(id)) return Role.BACKS;
    throw new IllegalArgumentException("claim " + id + " is not in this consensus; ask the consensus of its own group"
        + " (Report.groupOf(claim))");
  }

  /**
   * What each claim listed by this consensus is to it, by claim id, in one pass: the roles {@link
   * #role} gives, for asking about many claims at once.
   */
  public ImmutableMap<String, Role> roles() {
    Map<String, Role> out = new HashMap<>();
    for (Claim c : supporters) out.put(c.id(), Role.BACKS);
    for (Claim c : incomparable) out.put(c.id(), Role.INCOMPARABLE);
    for (Claim c : superseded) out.put(c.id(), Role.SUPERSEDED);
    for (Claim c : dissenters) out.put(c.id(), Role.DISSENTS);
    return ImmutableMap.copyOf(out);
  }

  /** Whether there is no consensus: no claim of the group could be compared. */
  public boolean isEmpty() {
    return value == null;
  }

  /**
   * {@code [1500..1650] (1 independent source; dissent: c-1)}; a tie names no winner and no
   * dissent: {@code none: tied, no value has more support than another (a, c)}.
   */
  @Override
  public String toString() {
    if (value == null) return "no consensus";
    if (tied) {
      java.util.List<String> all = new java.util.ArrayList<>(supporterIds());
      all.addAll(dissenterIds());
      java.util.Collections.sort(all);
      return "none: tied, no value has more support than another (" + String.join(", ", all) + ")";
    }
    StringBuilder sb = new StringBuilder(value.toString());
    if (asOf != null) sb.append(" as of ").append(asOf);
    sb.append(" (").append(independentSources).append(independentSources == 1 ? " independent source" : " independent sources");
    if (!dissenters.isEmpty()) sb.append("; dissent: ").append(String.join(", ", dissenterIds()));
    return sb.append(')').toString();
  }
}
