package org.crosscheck.rules;

import static com.google.common.base.Preconditions.checkNotNull;

/** What an {@link AssessmentRule} says about a pair: a verdict, an explanation, or a flag. */
public sealed interface Outcome {

  /** Why, in one sentence, for reports ({@code "right lies inside left"}). */
  String because();

  /** Sets (stage DECIDE) or changes (stage REFINE) the verdict. */
  record Decide(Verdict verdict, String because) implements Outcome {
    /**
     * An outcome that sets or changes the verdict.
     *
     * @throws NullPointerException if the verdict or the reason is null
     */
    public Decide {
      checkNotNull(verdict, "verdict");
      checkNotNull(because, "because");
    }
  }

  /** Says what explains a contradiction (stage EXPLAIN; ignored unless the verdict is CONTRADICT). */
  record Explain(Explanation explanation, String because) implements Outcome {
    /**
     * An outcome that explains a contradiction.
     *
     * @throws NullPointerException if the explanation or the reason is null
     */
    public Explain {
      checkNotNull(explanation, "explanation");
      checkNotNull(because, "because");
    }
  }

  /** Raises a flag a reader should see, whatever the verdict ({@code "moves the wrong way"}). */
  record Flag(String flag, String because) implements Outcome {
    /**
     * An outcome that raises a flag.
     *
     * @throws NullPointerException if the flag or the reason is null
     */
    public Flag {
      checkNotNull(flag, "flag");
      checkNotNull(because, "because");
    }
  }

  /** An outcome that sets or changes the verdict to {@code verdict}, {@code because} saying why. */
  static Decide decide(Verdict verdict, String because) {
    return new Decide(verdict, because);
  }

  /** An outcome that explains a contradiction by {@code explanation}, {@code because} saying why. */
  static Explain explain(Explanation explanation, String because) {
    return new Explain(explanation, because);
  }

  /** An outcome that raises {@code flag} for a reader, {@code because} saying why. */
  static Flag flag(String flag, String because) {
    return new Flag(flag, because);
  }
}
