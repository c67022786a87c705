package org.crosscheck.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A rule that looks at a {@link Comparison} of two claims and decides, explains or refines the
 * verdict. Users write their own in plain Java, with the factories below or by implementing the
 * interface:
 *
 * <pre>{@code
 * AssessmentRule sameWire = AssessmentRule.decide("newsroom.same-wire", "two copies of one wire agree",
 *     c -> c.sameTopic() && c.left().attribution().agency() != null
 *             && c.left().attribution().agency().equals(c.right().attribution().agency())
 *         ? Optional.of(Outcome.decide(Verdict.AGREE, "one wire story")) : Optional.empty());
 * }</pre>
 *
 * <p>Rules must treat left and right alike: the engine presents every pair in one canonical order,
 * so a one-sided rule still gives {@code assess(a, b)} and {@code assess(b, a)} the same verdict.
 */
public interface AssessmentRule extends Rule {

  /** When a rule runs. */
  enum Stage {
    /** Tried in priority order; the first answer sets the verdict. */
    DECIDE,
    /** All run after the verdict is set; each may explain a contradiction or raise a flag. */
    EXPLAIN,
    /**
     * All run last, in priority order; each may change the verdict. A rule that decides CONTRADICT
     * when the verdict already is CONTRADICT makes it genuine: the explanations found are dropped.
     */
    REFINE
  }

  /** Priority of rules users add, unless they say otherwise: before every built-in rule. */
  int USER_PRIORITY = 50;

  /** When the rule runs: deciding the verdict, explaining a contradiction, or refining the verdict. */
  Stage stage();

  /** Lower runs first within a stage; built-in rules use 100 to 999. */
  int priority();

  /**
   * What the rule says about the pair, if anything.
   *
   * @param comparison the pair and its canonical forms
   * @param current the verdict so far; {@code null} in stage DECIDE
   */
  Optional<Outcome> apply(Comparison comparison, @Nullable Verdict current);

  /** A rule of stage DECIDE from a function; priority {@link #USER_PRIORITY}. */
  static AssessmentRule decide(String id, String description, Function<Comparison, Optional<Outcome>> decision) {
    checkNotNull(decision, "decision");
    return new Coded(id, description, List.of(), Stage.DECIDE, USER_PRIORITY, (c, v) -> decision.apply(c));
  }

  /** A rule of stage EXPLAIN that gives {@code explanation} whenever {@code when} holds. */
  static AssessmentRule explain(String id, String description, Explanation explanation, Predicate<Comparison> when) {
    checkNotNull(explanation, "explanation");
    checkNotNull(when, "when");
    return new Coded(id, description, List.of(), Stage.EXPLAIN, USER_PRIORITY,
        (c, v) -> when.test(c) ? Optional.of(Outcome.explain(explanation, description)) : Optional.empty());
  }

  /** A rule of stage REFINE from a function of the pair and the current verdict. */
  static AssessmentRule refine(String id, String description, Coded.Body body) {
    return new Coded(id, description, List.of(), Stage.REFINE, USER_PRIORITY, body);
  }

  /**
   * An assessment rule given as a function.
   *
   * @param id stable id
   * @param description what it says
   * @param reasons why
   * @param stage when it runs
   * @param priority order within the stage
   * @param body what it does
   */
  record Coded(String id, String description, List<String> reasons, Stage stage, int priority, Body body)
      implements AssessmentRule {

    /** The code of a rule. */
    @FunctionalInterface
    public interface Body {
      /** What the rule says about {@code comparison}, given the verdict so far ({@code null} in stage DECIDE). */
      Optional<Outcome> apply(Comparison comparison, @Nullable Verdict current);
    }

    /**
     * An assessment rule given as a function.
     *
     * @throws IllegalArgumentException if the id is not lower-case words joined by dots or hyphens
     */
    public Coded {
      Rule.checkId(id);
      checkNotNull(description, "description");
      checkNotNull(stage, "stage");
      checkNotNull(body, "body");
      reasons = ImmutableList.copyOf(reasons);
    }

    @Override
    public Optional<Outcome> apply(Comparison comparison, @Nullable Verdict current) {
      return body.apply(comparison, current);
    }

    @Override
    public Coded because(String reason) {
      return new Coded(id, description, ImmutableList.<String>builder().addAll(reasons).add(reason).build(), stage,
          priority, body);
    }

    /** This rule at another priority. */
    public Coded withPriority(int newPriority) {
      return new Coded(id, description, reasons, stage, newPriority, body);
    }

    @Override
    public String toString() {
      return id + ": " + description;
    }
  }
}
