package org.crosscheck.arabic.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.crosscheck.extract.DeclaredMeasure;

/**
 * Not API: what one Arabic extractor reads articles with, shared by every {@link ArticleRun} of it:
 * the value parsers over its gazetteer, the gazetteer, the word lists and the nouns of the measures
 * a rules file declares. Immutable and thread-safe.
 */
public final class ExtractorParts {
  /** The value parsers, with the gazetteer's places. */
  public final ArabicValueExtractor values;
  /** The places. */
  public final Gazetteer gazetteer;
  /** The word lists of the claim stages. */
  public final ArabicLexicons lexicons;
  /** The Arabic nouns of the declared measures (rule {@code measure.declared-noun}). */
  public final DeclaredNouns declaredNouns;
  /** Whether a word is a nationality adjective of the gazetteer's countries (rule {@code place.context-countries}). */
  final TermMemo nationalityWord;
  /** The claim places built from the gazetteer's places, kept for every article. */
  final ClaimPlaces claimPlaces;

  /** The parts around {@code gazetteer} and {@code lexicons}, with no declared measure. */
  public ExtractorParts(Gazetteer gazetteer, ArabicLexicons lexicons) {
    this(gazetteer, lexicons, List.of());
  }

  /** The parts around {@code gazetteer} and {@code lexicons}, reading the nouns of {@code declared}. */
  public ExtractorParts(Gazetteer gazetteer, ArabicLexicons lexicons, List<DeclaredMeasure> declared) {
    this.gazetteer = checkNotNull(gazetteer, "gazetteer");
    this.lexicons = checkNotNull(lexicons, "lexicons");
    this.values = ArabicValueExtractor.with(gazetteer);
    this.declaredNouns = DeclaredNouns.of(checkNotNull(declared, "declared"));
    this.nationalityWord = new TermMemo(
        term -> gazetteer.nationalityAdjectives().containsKey(ArticlePlaces.adjectiveStem(term.text)));
    this.claimPlaces = new ClaimPlaces();
  }

  private ExtractorParts(ExtractorParts x, List<DeclaredMeasure> declared) {
    this.gazetteer = x.gazetteer;
    this.lexicons = x.lexicons;
    this.values = x.values;
    this.declaredNouns = DeclaredNouns.of(declared);
    this.nationalityWord = x.nationalityWord;
    this.claimPlaces = x.claimPlaces;
  }

  /** The same parts reading the nouns of {@code declared} instead (the value parsers are shared). */
  public ExtractorParts withDeclared(List<DeclaredMeasure> declared) {
    return new ExtractorParts(this, checkNotNull(declared, "declared"));
  }
}
