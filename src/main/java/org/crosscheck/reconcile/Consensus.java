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
 * <p>A running total over a period ("41,250 wounded since the war began") and a count of one day
 * ("289 wounded on Friday") are different counts (rule {@code time.period-versus-day}): when a group
 * holds both, this consensus is the running totals' and {@link #dayCounts()} is the consensus of the
 * days' counts, computed apart; neither kind backs nor dissents from the other.
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
 * @param dayCounts the consensus of the claims counting a day (or a few days) when the group also holds
 *     running totals over a period, which this consensus is of; otherwise {@code null}
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
    @Nullable DateValue asOf,
    @Nullable Consensus dayCounts) {

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

  /**
   * A consensus of claims of one kind, with no day counts apart.
   *
   * @param value the consensus as a value, or {@code null} when no claim is comparable
   * @param supporters the claims consistent with the consensus
   * @param dissenters the claims that contradict it
   * @param superseded claims about an earlier time of a changing measure
   * @param incomparable claims whose value cannot be compared with the others
   * @param independentSources how many independent origins back the consensus
   * @param support the weighted support of the consensus
   * @param tied whether another value had the same support
   * @param asOf the time of validity of the consensus, for changing measures; otherwise {@code null}
   * @throws NullPointerException if a list is null
   */
  public Consensus(@Nullable Value value, ImmutableList<Claim> supporters, ImmutableList<Claim> dissenters,
      ImmutableList<Claim> superseded, ImmutableList<Claim> incomparable, int independentSources, double support,
      boolean tied, @Nullable DateValue asOf) {
    this(value, supporters, dissenters, superseded, incomparable, independentSources, support, tied, asOf, null);
  }

  /** No consensus: nothing to compare. */
  static Consensus none(List<Claim> incomparable) {
    return new Consensus(null, ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
        ImmutableList.copyOf(incomparable), 0, 0, false, null);
  }

  /** This consensus (of running totals) with the consensus of the days' counts beside it. */
  Consensus withDayCounts(Consensus days) {
    return new Consensus(value, supporters, dissenters, superseded, incomparable, independentSources, support, tied,
        asOf, checkNotNull(days, "days"));
  }

  /**
   * The claims counting a day (or a few days) that {@link #dayCounts()} is the consensus of, in its
   * order (backers, dissenters, superseded); empty when the group holds no running total besides them.
   */
  public ImmutableList<Claim> dayCountClaims() {
    if (dayCounts == null) return ImmutableList.of();
    return ImmutableList.<Claim>builder().addAll(dayCounts.supporters).addAll(dayCounts.dissenters)
        .addAll(dayCounts.superseded).build();
  }

  /**
   * The last day of the running totals this consensus is of (the latest end of its backers' periods),
   * when {@link #dayCounts()} is set; otherwise {@code null}.
   */
  public java.time.@Nullable LocalDate upTo() {
    if (dayCounts == null) return null;
    java.time.LocalDate last = null;
    for (Claim c : supporters) {
      DateValue v = c.validity();
      java.time.LocalDate end = v == null ? null : v.range().end();
      if (end != null && (last == null || end.minusDays(1).isAfter(last))) last = end.minusDays(1);
    }
    return last;
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
    INCOMPARABLE,
    /** A count of a day, beside a consensus of running totals: see {@link #dayCounts()} for its own role. */
    DAY_COUNT
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
    if (ids(dayCountClaims()).contains(id)) return Role.DAY_COUNT;
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
    for (Claim c : dayCountClaims()) out.put(c.id(), Role.DAY_COUNT);
    return ImmutableMap.copyOf(out);
  }

  /** Whether there is no consensus: no claim of the group could be compared. */
  public boolean isEmpty() {
    return value == null;
  }

  /**
   * {@code [1500..1650] (1 independent source; dissent: c-1)}; a tie names no winner and no
   * dissent: {@code none: tied, no value has more support than another (a, c)}; with day counts
   * apart: {@code running total 41250 up to 2024-07-14 (2 independent sources); day count: 289 (1
   * independent source)}.
   */
  @Override
  public String toString() {
    if (dayCounts != null) {
      java.time.LocalDate end = upTo();
      return "running total " + kind(end == null ? "" : " up to " + end) + "; day count: " + dayCounts.kind("");
    }
    return kind("");
  }

  private String kind(String when) {
    if (value == null) return "no consensus";
    if (tied) {
      java.util.List<String> all = new java.util.ArrayList<>(supporterIds());
      all.addAll(dissenterIds());
      java.util.Collections.sort(all);
      return "none: tied, no value has more support than another (" + String.join(", ", all) + ")";
    }
    StringBuilder sb = new StringBuilder(value.toString()).append(when);
    if (asOf != null) sb.append(" as of ").append(asOf);
    sb.append(" (").append(independentSources).append(independentSources == 1 ? " independent source" : " independent sources");
    if (!dissenters.isEmpty()) sb.append("; dissent: ").append(String.join(", ", dissenterIds()));
    return sb.append(')').toString();
  }
}
