package org.crosscheck.rules;

import java.util.List;

/**
 * A rule of a {@link RuleSet}: a stable dotted id ({@code quantity.containment}), a description,
 * and the reasons users gave for it. Rules are immutable; {@link #because} returns a copy with one
 * more reason.
 *
 * <p>Kinds of rules: {@link Tolerance}, {@link HedgeWidth}, {@link HedgePrecision}, {@link VagueInterval}, {@link
 * EventRelation}, {@link Presupposition}, {@link CountedClass} (parameters the engine consults);
 * {@link GroupingRule} and {@link Supersession} (how the reconciler groups claims and which are
 * current); and {@link AssessmentRule} (code that decides, explains or refines a verdict; users
 * write their own).
 */
public interface Rule {

  /** The stable dotted id: lower-case words, dots and hyphens ({@code date.coarser-granularity}). */
  String id();

  /** What the rule says, in one sentence. */
  String description();

  /** Why the rule is there, as given by whoever added it. */
  List<String> reasons();

  /** This rule with one more reason. */
  Rule because(String reason);

  /** Checks an id's form. */
  static String checkId(String id) {
    if (id == null || !id.matches("[a-z0-9]+(?:[.-][a-z0-9]+)*")) {
      throw new IllegalArgumentException("a rule id is lower-case words joined by dots or hyphens, like"
          + " 'quantity.containment'; got '" + id + "'");
    }
    return id;
  }
}
