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

  /**
   * This extractor also reading figures of {@code measures}, counted by the nouns they declare in
   * its languages ({@link DeclaredMeasure}); the declarations replace any it had. An extractor that
   * cannot read declared nouns returns itself, and {@link #readsDeclaredMeasures()} says so, so that
   * a caller can report the nouns it did not read. The default returns this extractor.
   */
  default Extractor withMeasures(java.util.List<DeclaredMeasure> measures) {
    java.util.Objects.requireNonNull(measures, "measures");
    return this;
  }

  /** Whether {@link #withMeasures} is read by this extractor; the built-in extractors read it. */
  default boolean readsDeclaredMeasures() {
    return false;
  }
}
