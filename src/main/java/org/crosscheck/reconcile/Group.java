package org.crosscheck.reconcile;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.crosscheck.claim.Claim;
import org.crosscheck.rules.Fact;
import org.crosscheck.rules.Verdict;

/**
 * Claims that speak of the same thing, with their assessments and consensus.
 *
 * <p>Small groups are assessed pair by pair ({@link #pairwise()} is true). Groups larger than the
 * reconciler's pair limit are assessed claim by claim against the consensus, so memory stays
 * linear; {@link #notes()} says so, and any other pair can still be assessed on demand.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key what the group speaks of
 * @param topic a readable topic ({@code ISIS fighters@al-Qaim})
 * @param claims the claims, ordered by id
 * @param assessments the assessments made
 * @param pairwise whether every pair was assessed
 * @param consensus the consensus
 * @param notes what a reader should know about how the group was handled
 * @param facts the grouping rules that shaped the group, as facts keyed by rule id ({@code
 *     grouping.local-figures: only within document d}), in the order they applied
 */
public record Group(
    GroupKey key,
    String topic,
    ImmutableList<Claim> claims,
    ImmutableList<Assessment> assessments,
    boolean pairwise,
    Consensus consensus,
    ImmutableList<String> notes,
    ImmutableList<Fact> facts) {

  /**
   * A group with its claims, assessments and consensus.
   *
   * @throws NullPointerException if the key, topic or consensus is null
   */
  public Group {
    checkNotNull(key, "key");
    checkNotNull(topic, "topic");
    claims = ImmutableList.copyOf(claims);
    assessments = ImmutableList.copyOf(assessments);
    checkNotNull(consensus, "consensus");
    notes = ImmutableList.copyOf(notes);
    facts = ImmutableList.copyOf(facts);
  }

  /** The values of the facts with this key (a rule id), in order. */
  public ImmutableList<String> facts(String key) {
    return facts.stream().filter(f -> f.key().equals(key)).map(Fact::value).collect(ImmutableList.toImmutableList());
  }

  /** The number of claims in the group. */
  public int size() {
    return claims.size();
  }

  /** The claim with this id, if it is in the group. */
  public Optional<Claim> claim(String id) {
    return claims.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The group's claims that play {@code role} for its consensus, ordered by id. */
  public ImmutableList<Claim> claims(Consensus.Role role) {
    checkNotNull(role, "role");
    java.util.Map<String, Consensus.Role> roles = consensus.roles();
    return claims.stream().filter(c -> roleOf(roles, c) == role).collect(ImmutableList.toImmutableList());
  }

  private Consensus.Role roleOf(java.util.Map<String, Consensus.Role> roles, Claim c) {
    Consensus.Role r = roles.get(c.id());
    return r != null ? r : consensus.role(c); // throws, naming the claim the consensus does not list
  }

  /** Whether a claim with {@code claim}'s id is in the group. */
  public boolean contains(Claim claim) {
    return claim(claim.id()).isPresent();
  }

  /** How many assessments have this verdict. */
  public long count(Verdict verdict) {
    return assessments.stream().filter(a -> a.verdict() == verdict).count();
  }

  /** Contradictions nothing explains. */
  public long genuineContradictions() {
    return assessments.stream().filter(Assessment::isGenuineContradiction).count();
  }

  /** Contradictions explained by time of validity, scope, event type or a restated figure. */
  public long explainedContradictions() {
    return assessments.stream().filter(Assessment::isExplained).count();
  }

  /** Agreements between independent origins. */
  public long independentAgreements() {
    return assessments.stream().filter(a -> a.isAgreement() && a.independent()).count();
  }

  /** Agreements, not counting a figure an article restates ({@link Assessment#isRestatement()}). */
  public long agreements() {
    return assessments.stream().filter(Assessment::isAgreement).count();
  }

  /** Figures an article gives twice: one claim restated, not an agreement. */
  public long restatements() {
    return assessments.stream().filter(Assessment::isRestatement).count();
  }

  /** The assessment of two claims of the group, if it was made. */
  public Optional<Assessment> assessment(String idA, String idB) {
    for (Assessment a : assessments) {
      if (a.left().id().equals(idA) && a.right().id().equals(idB)) return Optional.of(a);
      if (a.left().id().equals(idB) && a.right().id().equals(idA)) return Optional.of(a.swapped());
    }
    return Optional.empty();
  }

  /** {@code ISIS fighters@al-Qaim: 2 claims, consensus [1500..1650] (1 independent source), 1 compatible}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(topic).append(": ").append(size()).append(size() == 1 ? " claim" : " claims")
        .append(", consensus ").append(consensus);
    for (Verdict v : Verdict.values()) {
      long n = v == Verdict.AGREE ? agreements() : count(v);
      if (n > 0) sb.append(", ").append(n).append(' ').append(v.name().toLowerCase(java.util.Locale.ROOT));
    }
    long restated = restatements();
    if (restated > 0) sb.append(", ").append(restated).append(" restated");
    return sb.toString();
  }

  /**
   * This group as an embeddable HTML fragment: the consensus, one row per claim with its value
   * on a shared axis and its standing, the quotes and the verdicts; no script, styles scoped
   * under {@code .crosscheck} (see {@link ReportHtml}).
   */
  public String toHtml() {
    return org.crosscheck.claim.internal.Html.fragment("group", ReportHtml.group(this));
  }
}
