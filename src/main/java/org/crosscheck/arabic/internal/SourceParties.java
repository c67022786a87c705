package org.crosscheck.arabic.internal;

/**
 * Rule {@code subject.not-the-source}: a party named right after a source or speech cue (\u0648\u0641\u0642
 * \u0627\u0644\u0623\u0645\u0645 \u0627\u0644\u0645\u062a\u062d\u062f\u0629, \u0628\u062d\u0633\u0628
 * \u0648\u0632\u0627\u0631\u0629 \u0627\u0644\u0635\u062d\u0629: according to the United Nations, to the
 * Health Ministry) reports the figure: it is the attribution's speaker, not who is counted. Asked only
 * of a party already found as a subject's candidate, never of every word.
 */
final class SourceParties {
  /** The most words a cue may start before the party it names. */
  private static final int CUE_WORDS = 3;

  private SourceParties() {}

  /** Whether a speech or source cue starting at word {@code from} or later ends right at word {@code party}. */
  static boolean reports(ArticleStage stage, int from, int party) {
    for (int j = Math.max(from, party - CUE_WORDS); j < party; j++) {
      CueTable.Hit<String> cue = stage.speech.match(stage.doc, j);
      if (cue != null && cue.to() == party) return true;
    }
    return false;
  }
}
