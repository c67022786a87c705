package com.example.newsroom;

import static org.crosscheck.Crosscheck.FIGHTERS;
import static org.crosscheck.Crosscheck.relativeTolerance;

import org.crosscheck.claim.Claim;
import org.crosscheck.reconcile.Assessment;
import org.crosscheck.reconcile.Reconciler;
import org.crosscheck.rules.RuleSet;

/** The newsroom's rule set: the defaults, with wire copy's rounding of fighter counts tolerated. */
public final class NewsroomRules {
  /** The defaults and one rule of the newsroom's own. */
  public static final RuleSet NEWSROOM = RuleSet.defaults()
      .with(relativeTolerance(0.10).forMeasure(FIGHTERS).because("wire copy rounds counts"));

  private NewsroomRules() {}

  /** The assessment of two claims under the newsroom's rules. */
  public static Assessment assess(Claim a, Claim b) {
    return Reconciler.with(NEWSROOM).assess(a, b);
  }
}
