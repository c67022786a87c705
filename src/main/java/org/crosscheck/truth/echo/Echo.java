package org.crosscheck.truth.echo;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Locale;

/**
 * One article rewriting another, with the evidence.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rewrite the id of the later (or derived) document
 * @param original the id of the document it rewrites
 * @param basis what shows the rewrite: shared text, or (across languages) shared figures
 * @param sharedShingles how many five-word sequences the two share (0 when the basis is figures)
 * @param containment shared sequences over those of the shorter document, or, when the basis is
 *     figures, shared figures over those of the document with fewer, in [0..1]
 * @param nearDuplicateSentences sentences of the rewrite that nearly repeat one of the original
 * @param sharedFigures figures (measure, value, place and event) the two give in the same order (0
 *     when the basis is text)
 * @param examples a few near-duplicate sentence pairs, or shared figures, as "rewrite ⇔ original" text
 */
public record Echo(String rewrite, String original, Basis basis, int sharedShingles, double containment,
    int nearDuplicateSentences, int sharedFigures, java.util.List<String> examples) {

  /** What shows that one article rewrites another. */
  public enum Basis {
    /** Long shared passages and near-duplicate sentences ({@link EchoDetector}). */
    TEXT,
    /**
     * The same figures, places and events in the same order, in articles in different languages: a
     * translated story ({@link FigureEchoDetector}).
     */
    FIGURES
  }

  /** Checks the ids and copies the examples. */
  public Echo {
    checkNotNull(rewrite, "rewrite");
    checkNotNull(original, "original");
    checkNotNull(basis, "basis");
    examples = ImmutableList.copyOf(examples);
  }

  /** An echo shown by shared text. */
  public Echo(String rewrite, String original, int sharedShingles, double containment, int nearDuplicateSentences,
      java.util.List<String> examples) {
    this(rewrite, original, Basis.TEXT, sharedShingles, containment, nearDuplicateSentences, 0, examples);
  }

  /**
   * {@code marsad.txt echoes reuters.txt (69 shared 5-word sequences, containment 0.11, 6 near-duplicate
   * sentences)}, or {@code wire-en.txt echoes wire-ar.txt across languages (4 figures in the same order,
   * 0.80 of the shorter's)}.
   */
  @Override
  public String toString() {
    return rewrite + " echoes " + original + (basis == Basis.FIGURES ? " across languages" : "") + " (" + evidence()
        + ")";
  }

  /**
   * The evidence in words: {@code 69 shared 5-word sequences, containment 0.11, 6 near-duplicate
   * sentences}, or {@code 4 figures in the same order, 0.80 of the shorter's}.
   */
  public String evidence() {
    if (basis == Basis.FIGURES) {
      return String.format(Locale.ROOT, "%d %s in the same order, %.2f of the shorter's", sharedFigures,
          sharedFigures == 1 ? "figure" : "figures", containment);
    }
    return String.format(Locale.ROOT, "%d shared 5-word sequences, containment %.2f, %d near-duplicate %s",
        sharedShingles, containment, nearDuplicateSentences, nearDuplicateSentences == 1 ? "sentence" : "sentences");
  }
}
