package org.crosscheck.claim;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Where a claim was read: the document, the character span of the value, and the span and text
 * of the sentence that carries it. Offsets index the document's original text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param document the document's id (its file name, say)
 * @param value the span of the value as written
 * @param sentence the span of the sentence
 * @param quote the sentence's text
 */
public record Evidence(String document, Span value, Span sentence, String quote) {
  public Evidence {
    checkNotNull(document, "document");
    checkNotNull(value, "value");
    checkNotNull(sentence, "sentence");
    checkNotNull(quote, "quote");
    checkArgument(!document.isBlank(), "evidence needs a document id");
    checkArgument(sentence.encloses(value),
        "the value span %s must lie inside the sentence span %s", value, sentence);
  }

  /** Evidence of a document only, for claims made by hand. */
  public static Evidence document(String document) {
    return new Evidence(document, new Span(0, 0), new Span(0, 0), "");
  }

  /** {@code doc.txt@129..153}. */
  @Override
  public String toString() {
    return document + "@" + value;
  }
}
