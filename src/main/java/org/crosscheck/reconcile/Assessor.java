package org.crosscheck.reconcile;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Place;
import org.crosscheck.rules.AssessmentRule;
import org.crosscheck.rules.Comparison;
import org.crosscheck.rules.Outcome;
import org.crosscheck.rules.RuleId;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.rules.Verdict;
import org.crosscheck.value.Relation;
import org.jspecify.annotations.Nullable;

/**
 * Assesses one pair of claims under a rule set: DECIDE rules in priority order until one answers,
 * then every EXPLAIN rule, then REFINE rules.
 *
 * <p>The pair is assessed in one canonical order (by claim id) whatever order the caller gives,
 * and the result is turned back to the caller's order, so {@code assess(a, b)} and {@code
 * assess(b, a)} always give the same verdict, rule and explanations.
 *
 * <p>Immutable and thread-safe.
 */
public final class Assessor {
  /** The rule id reported when no DECIDE rule answers. */
  public static final String UNDECIDED = "engine.undecided";

  private final RuleSet rules;
  private final Independence independence;

  /** An assessor under {@code rules}, telling independent claims from dependent ones by {@code independence}. */
  public Assessor(RuleSet rules, Independence independence) {
    this.rules = checkNotNull(rules, "rules");
    this.independence = checkNotNull(independence, "independence");
  }

  /** An assessor under {@code rules} that knows of no echoes between documents ({@link Independence#plain()}). */
  public static Assessor of(RuleSet rules) {
    return new Assessor(rules, Independence.plain());
  }

  /** The rule set pairs are assessed under. */
  public RuleSet rules() {
    return rules;
  }

  /** Assesses two claims; places are matched by id or, without authority ids, by shared name keys. */
  public Assessment assess(Claim a, Claim b) {
    return assess(a, b, null);
  }

  /** Assesses two claims with place ids resolved by {@code placeIds} (null: pairwise). */
  public Assessment assess(Claim a, Claim b, @Nullable Function<Place, String> placeIds) {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    boolean swap = a.id().compareTo(b.id()) > 0;
    Claim left = swap ? b : a;
    Claim right = swap ? a : b;
    Comparison c = placeIds == null ? Comparison.of(left, right, rules) : Comparison.of(left, right, rules, placeIds);
    Assessment result = run(c);
    return swap ? result.swapped() : result;
  }

  private Assessment run(Comparison c) {
    List<String> fired = new ArrayList<>();
    Verdict verdict = null;
    String rule = UNDECIDED;
    String because = "no rule decided";
    for (AssessmentRule r : rules.stage(AssessmentRule.Stage.DECIDE)) {
      Optional<Outcome> o = r.apply(c, null);
      if (o.isPresent() && o.get() instanceof Outcome.Decide d) {
        verdict = d.verdict();
        rule = r.id();
        because = d.because();
        fired.add(r.id());
        break;
      }
    }
    if (verdict == null) verdict = Verdict.INCOMPARABLE;
    List<Assessment.Explained> explained = new ArrayList<>();
    List<Assessment.Flagged> flags = new ArrayList<>();
    for (AssessmentRule r : rules.stage(AssessmentRule.Stage.EXPLAIN)) {
      Optional<Outcome> o = r.apply(c, verdict);
      if (o.isEmpty()) continue;
      if (o.get() instanceof Outcome.Explain e) {
        if (verdict == Verdict.CONTRADICT) {
          explained.add(new Assessment.Explained(e.explanation(), RuleId.of(r.id()), e.because()));
          fired.add(r.id());
        }
      } else if (o.get() instanceof Outcome.Flag f) {
        flags.add(new Assessment.Flagged(f.flag(), RuleId.of(r.id()), f.because()));
        fired.add(r.id());
      }
    }
    for (AssessmentRule r : rules.stage(AssessmentRule.Stage.REFINE)) {
      Optional<Outcome> o = r.apply(c, verdict);
      if (o.isEmpty() || !(o.get() instanceof Outcome.Decide d)) continue;
      if (d.verdict() != verdict) {
        verdict = d.verdict();
        rule = r.id();
        because = d.because();
        fired.add(r.id());
        if (verdict != Verdict.CONTRADICT) explained.clear();
      } else if (verdict == Verdict.CONTRADICT) {
        // a refinement that decides a contradiction anew says nothing explains it: it is genuine
        rule = r.id();
        because = d.because();
        fired.add(r.id());
        explained.clear();
      }
    }
    Optional<Relation> relation = c.leftForm() == null || c.rightForm() == null || !c.comparableForms()
        ? Optional.empty() : Optional.of(c.exactRelation());
    return new Assessment(c.left(), c.right(), verdict, RuleId.of(rule), because,
        new Assessment.Form(Optional.ofNullable(c.leftForm()), c.leftCanonical()),
        new Assessment.Form(Optional.ofNullable(c.rightForm()), c.rightCanonical()), relation,
        ImmutableList.copyOf(explained), ImmutableList.copyOf(flags), independence.independent(c.left(), c.right()),
        ImmutableList.copyOf(fired));
  }

  @Override
  public String toString() {
    return "Assessor[" + rules + ", " + independence + "]";
  }
}
