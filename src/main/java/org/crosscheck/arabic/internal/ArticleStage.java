package org.crosscheck.arabic.internal;

import java.util.List;
import java.util.Set;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.Diagnostic;
import org.crosscheck.extract.Rule;

/**
 * A stage of the extraction of one article: it reads the article's {@link ArticleText} and the word
 * lists of {@link ArabicLexicons}, shared by reference with the other stages of the same {@link
 * ArticleRun}. Not thread-safe, like the run.
 */
abstract class ArticleStage {
  /** Rule {@code place.anaphor}: words after a cue searched for a resumptive or a definite place noun. */
  static final int ANAPHOR_WINDOW = 4;
  /** Rule {@code place.anaphor}: sentences searched back for the antecedent. */
  static final int ANAPHOR_SENTENCES = 2;
  static final Set<String> ANAPHORIC_NOUNS = Set.of("المدينه", "البلده", "القضاء", "المنطقه", "القريه",
      "البلدتين", "المدينتين", "الناحيه", "القطاع", "الولايه", "المحافظه");

  final ArticleRun run;
  final Article article;
  final String text;
  final NormalizedText nt;
  final ArticleText doc;
  final List<Word> words;
  final List<String> texts;
  final List<Sentence> sentences;
  final List<Diagnostic> diagnostics;
  final Gazetteer gazetteer;
  final CueTable<String> measureNouns;
  final CueTable<LexiconEntries.MeasureCue> measureCues;
  final CueTable<LexiconEntries.EventCueEntry> eventCues;
  final CueTable<LexiconEntries.Actor> actors;
  final CueTable<String> speech;
  final CueTable<String> titles;
  final CueTable<LexiconEntries.ScopeCue> scopes;

  ArticleStage(ArticleRun run) {
    this.run = run;
    this.article = run.article;
    this.text = run.text;
    this.nt = run.nt;
    this.doc = run.doc;
    this.words = doc.words;
    this.texts = doc.texts;
    this.sentences = doc.sentences;
    this.diagnostics = run.diagnostics;
    this.gazetteer = run.extractor.gazetteer;
    ArabicLexicons lex = run.extractor.lexicons;
    this.measureNouns = lex.measureNouns();
    this.measureCues = lex.measureCues();
    this.eventCues = lex.eventCues();
    this.actors = lex.actors();
    this.speech = lex.speech();
    this.titles = lex.titles();
    this.scopes = lex.scopes();
  }


}
