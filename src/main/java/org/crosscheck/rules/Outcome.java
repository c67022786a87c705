package org.crosscheck.rules;

import static com.google.common.base.Preconditions.checkNotNull;

/** What an {@link AssessmentRule} says about a pair: a verdict, an explanation, or a flag. */
public sealed interface Outcome {

  /** Why, in one sentence, for reports ({@code "right lies inside left"}). */
  String because();

  /** Sets (stage DECIDE) or changes (stage REFINE) the verdict. */
  record Decide(Verdict verdict, String because) implements Outcome {
    public Decide {
      checkNotNull(verdict, "verdict");
      checkNotNull(because, "because");
    }
  }

  /** Says what explains a contradiction (stage EXPLAIN; ignored unless the verdict is CONTRADICT). */
  record Explain(Explanation explanation, String because) implements Outcome {
    public Explain {
      checkNotNull(explanation, "explanation");
      checkNotNull(because, "because");
    }
  }

  /** Raises a flag a reader should see, whatever the verdict ({@code "moves the wrong way"}). */
  record Flag(String flag, String because) implements Outcome {
    public Flag {
      checkNotNull(flag, "flag");
      checkNotNull(because, "because");
    }
  }

  static Decide decide(Verdict verdict, String because) {
    return new Decide(verdict, because);
  }

  static Explain explain(Explanation explanation, String because) {
    return new Explain(explanation, because);
  }

  static Flag flag(String flag, String because) {
    return new Flag(flag, because);
  }
}
