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
 * @param sharedShingles how many five-word sequences the two share
 * @param containment shared sequences over those of the shorter document, in [0..1]
 * @param nearDuplicateSentences sentences of the rewrite that nearly repeat one of the original
 * @param examples a few near-duplicate sentence pairs, as "rewrite ⇐ original" text
 */
public record Echo(String rewrite, String original, int sharedShingles, double containment, int nearDuplicateSentences,
    java.util.List<String> examples) {

  /**
   * The article {@code rewrite} rewriting {@code original}, with the evidence.
   *
   * @throws NullPointerException if the rewrite, original or examples is null
   */
  public Echo {
    checkNotNull(rewrite, "rewrite");
    checkNotNull(original, "original");
    examples = ImmutableList.copyOf(examples);
  }

  /** {@code marsad.txt echoes reuters.txt (69 shared 5-word sequences, containment 0.11, 6 near-duplicate sentences)}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s echoes %s (%d shared 5-word sequences, containment %.2f, %d near-duplicate"
        + " sentences)", rewrite, original, sharedShingles, containment, nearDuplicateSentences);
  }
}
