package org.crosscheck.extract;

/**
 * Reads claims from articles in one language. Implementations must not throw for bad content:
 * anything wrong with an article becomes a {@link Diagnostic}, so that a batch goes on. They must
 * be thread-safe and deterministic (same article, same extraction).
 */
public interface Extractor {

  /** The languages this extractor reads (ISO 639-1 codes). */
  java.util.Set<String> languages();

  /** Claims and diagnostics for one article. */
  Extraction extract(Article article);
}
