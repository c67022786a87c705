package org.crosscheck.arabic.internal;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Not API: what one Arabic extractor reads articles with, shared by every {@link ArticleRun} of it:
 * the value parsers over its gazetteer, the gazetteer and the word lists. Immutable and thread-safe.
 */
public final class ExtractorParts {
  /** The value parsers, with the gazetteer's places. */
  public final ArabicValueExtractor values;
  /** The places. */
  public final Gazetteer gazetteer;
  /** The word lists of the claim stages. */
  public final ArabicLexicons lexicons;

  /** The parts around {@code gazetteer} and {@code lexicons}. */
  public ExtractorParts(Gazetteer gazetteer, ArabicLexicons lexicons) {
    this.gazetteer = checkNotNull(gazetteer, "gazetteer");
    this.lexicons = checkNotNull(lexicons, "lexicons");
    this.values = ArabicValueExtractor.with(gazetteer);
  }
}
