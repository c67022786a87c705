package org.crosscheck.extract;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An article to extract claims from: its id (the file name, say), its text exactly as read, and
 * its metadata. Every span an extractor emits indexes {@link #text()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the document id
 * @param text the original text
 * @param metadata what is known about it
 */
public record Article(String id, String text, Metadata metadata) {
  /**
   * The article {@code id} with its original text and its metadata.
   *
   * @throws IllegalArgumentException if the id is blank
   */
  public Article {
    checkNotNull(id, "id");
    checkNotNull(text, "text");
    checkNotNull(metadata, "metadata");
    checkArgument(!id.isBlank(), "an article needs a non-blank id");
  }

  @Override
  public String toString() {
    return "Article[" + id + ", " + metadata.outlet() + ", " + metadata.published() + ", " + text.length() + " chars]";
  }
}
