package org.crosscheck.reconcile;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.crosscheck.claim.Claim;
import org.crosscheck.rules.Explanation;
import org.crosscheck.rules.Fact;
import org.crosscheck.rules.Facts;
import org.crosscheck.rules.RuleId;
import org.crosscheck.rules.Verdict;
import org.crosscheck.value.Interval;
import org.crosscheck.value.Relation;
import org.jspecify.annotations.Nullable;

/**
 * What two claims say about each other, with the facts that decided it.
 *
 * <pre>
 * CONTRADICT  35% vs ~25%  (quantity.disjoint; explained by: time of validity, scope)
 * </pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param left the first claim, as the caller gave it
 * @param right the second claim
 * @param verdict the verdict
 * @param rule the id of the rule that decided the verdict (the last refinement, if any)
 * @param because the deciding rule's reason
 * @param leftForm the left value's canonical form under the rule set
 * @param rightForm the right value's canonical form
 * @param relation the relation of the canonical forms, left to right; empty when they cannot be compared
 * @param explanations what explains a contradiction (empty unless CONTRADICT)
 * @param flags what a reader should see whatever the verdict
 * @param independent whether the two claims come from independent origins
 * @param fired the ids of every rule that said something, in order
 */
public record Assessment(
    Claim left,
    Claim right,
    Verdict verdict,
    RuleId rule,
    String because,
    Form leftForm,
    Form rightForm,
    Optional<Relation> relation,
    ImmutableList<Explained> explanations,
    ImmutableList<Flagged> flags,
    boolean independent,
    ImmutableList<String> fired) {

  /**
   * A value's canonical form as the rules read it: the interval in base units (empty for labels and
   * values with no interval form) and how reports show it, in the claims' shared unit when they share
   * one ({@code [1350..1650]}, {@code [2017-11-03..2017-11-04)}, {@code [28..31] days}).
   *
   * @param interval the canonical interval in base units
   * @param display the form as reports show it
   */
  public record Form(Optional<Interval> interval, String display) {
    /**
     * A canonical form and how reports show it.
     *
     * @throws NullPointerException if the interval or the display is null
     */
    public Form {
      checkNotNull(interval, "interval");
      checkNotNull(display, "display");
    }

    @Override
    public String toString() {
      return display;
    }
  }

  /**
   * One explanation of a contradiction.
   *
   * @param explanation what explains it
   * @param rule the rule that said so
   * @param because why
   */
  public record Explained(Explanation explanation, RuleId rule, String because) {
    @Override
    public String toString() {
      return explanation.phrase() + " (" + rule + ": " + because + ")";
    }
  }

  /**
   * One flag.
   *
   * @param flag the flag
   * @param rule the rule that raised it
   * @param because why
   */
  public record Flagged(String flag, RuleId rule, String because) {
    @Override
    public String toString() {
      return flag + " (" + rule + ": " + because + ")";
    }
  }

  /**
   * The assessment of a pair of claims.
   *
   * @throws NullPointerException if a part is null
   */
  public Assessment {
    checkNotNull(left, "left");
    checkNotNull(right, "right");
    checkNotNull(verdict, "verdict");
    checkNotNull(rule, "rule");
    checkNotNull(because, "because");
    checkNotNull(leftForm, "leftForm");
    checkNotNull(rightForm, "rightForm");
    checkNotNull(relation, "relation");
    explanations = ImmutableList.copyOf(explanations);
    flags = ImmutableList.copyOf(flags);
    fired = ImmutableList.copyOf(fired);
  }

  /** The explanations, without their reasons. */
  public List<Explanation> explainedBy() {
    return explanations.stream().map(Explained::explanation).distinct().collect(ImmutableList.toImmutableList());
  }

  /** A contradiction with at least one explanation. */
  public boolean isExplained() {
    return verdict == Verdict.CONTRADICT && !explanations.isEmpty();
  }

  /** A contradiction nothing explains: a genuine disagreement between sources. */
  public boolean isGenuineContradiction() {
    return verdict == Verdict.CONTRADICT && explanations.isEmpty();
  }

  /** Whether a rule with this id said something about the pair. */
  public boolean fired(String ruleId) {
    return fired.contains(ruleId);
  }

  /** The same assessment seen from the other side. */
  public Assessment swapped() {
    return new Assessment(right, left, verdict, rule, because, rightForm, leftForm, relation.map(Relation::inverse),
        explanations, flags, independent, fired);
  }

  /** The left canonical form as reports show it. */
  public String leftCanonical() {
    return leftForm.display();
  }

  /** The right canonical form as reports show it. */
  public String rightCanonical() {
    return rightForm.display();
  }

  /** The relation as reports show it: {@code CONTAINS}, {@code DISJOINT (gap 500)}, {@code -} when none. */
  public String relationText() {
    return relation.map(Relation::toString).orElse("-");
  }

  /**
   * The facts of the assessment, in order: verdict, left, right, the extraction rules that read each
   * side (when its evidence names them), canonical forms, relation, because, rule, …
   */
  public ImmutableList<Fact> facts() {
    ImmutableList.Builder<Fact> b = ImmutableList.builder();
    b.add(Fact.of("verdict", verdict));
    if (verdict == Verdict.CONTRADICT) b.add(Fact.of("contradiction", isExplained() ? "explained" : "genuine"));
    b.add(Fact.of("left", describe(left)));
    b.add(Fact.of("right", describe(right)));
    if (left.evidence() != null && !left.evidence().rules().isEmpty()) {
      b.add(Fact.of("left read by", String.join(", ", left.evidence().rules())));
    }
    if (right.evidence() != null && !right.evidence().rules().isEmpty()) {
      b.add(Fact.of("right read by", String.join(", ", right.evidence().rules())));
    }
    b.add(Fact.of("canonical", leftCanonical() + " vs " + rightCanonical()));
    b.add(Fact.of("relation", relationText()));
    b.add(Fact.of("because", because));
    b.add(Fact.of("rule", rule));
    if (isRestatement()) b.add(Fact.of("restated", "one figure given twice in " + left.document() + ": not an agreement"));
    if (!explanations.isEmpty()) {
      b.add(Fact.of("explained by", explainedBy().stream().map(Explanation::phrase).collect(Collectors.joining(", "))));
      for (Explained e : explanations) b.add(Fact.of("  " + e.explanation().phrase(), e.because() + " [" + e.rule() + "]"));
    }
    for (Flagged f : flags) b.add(Fact.of("flag", f.flag() + ": " + f.because() + " [" + f.rule() + "]"));
    b.add(Fact.of("independent", independent ? "yes" : "no (shared origin)"));
    b.add(Fact.of("fired", String.join(", ", fired)));
    return b.build();
  }

  /** The value of the first fact with this key, or {@code null}. */
  public @Nullable String fact(String key) {
    return facts().stream().filter(f -> f.key().equals(key)).map(Fact::value).findFirst().orElse(null);
  }

  private static String describe(Claim c) {
    return c.topic() + " = " + c.value() + "  (" + c.attribution() + ")  [" + c.id() + "]";
  }

  /**
   * The facts, printed one per line with the keys aligned: a value whose {@code toString} is the
   * text, so that JShell shows the lines, not a string with {@code \n} escapes.
   */
  public Facts explain() {
    return Facts.of(facts());
  }

  /**
   * Whether the two claims are one figure given twice in one article (both read from the same
   * document and agreeing): one claim restated, which reports never count as an agreement.
   */
  public boolean isRestatement() {
    return verdict == Verdict.AGREE && left.document() != null && left.document().equals(right.document());
  }

  /** An agreement between two claims that are not one article restating its own figure. */
  public boolean isAgreement() {
    return verdict == Verdict.AGREE && !isRestatement();
  }

  /** {@code COMPATIBLE  [1500..2500] vs ~1500  (quantity.containment)}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(verdict).append("  ").append(left.value()).append(" vs ").append(right.value()).append("  (").append(rule);
    if (!explanations.isEmpty()) {
      sb.append("; explained by: ").append(explainedBy().stream().map(Explanation::phrase).collect(Collectors.joining(", ")));
    } else if (verdict == Verdict.CONTRADICT) {
      sb.append("; genuine");
    }
    if (!flags.isEmpty()) sb.append("; ").append(flags.stream().map(Flagged::flag).collect(Collectors.joining(", ")));
    return sb.append(')').toString();
  }

  /**
   * This assessment as an embeddable HTML fragment: the verdict, both claims on a small chart,
   * the reason, what explains a contradiction, and the facts; no script, styles scoped under
   * {@code .crosscheck} (see {@link ReportHtml}).
   */
  public String toHtml() {
    return org.crosscheck.claim.internal.Html.fragment("assessment", ReportHtml.assessment(this));
  }
}
