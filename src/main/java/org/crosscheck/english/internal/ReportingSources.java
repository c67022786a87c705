package org.crosscheck.english.internal;

/**
 * Rule {@code subject.not-the-source}: an actor named as the one who reports a figure ("the SDF said
 * …", "… according to the SDF", "the SDF reported …") is the attribution's speaker, not the party
 * the figure is about, and is not taken as its subject. Asked only of an actor already found as a
 * subject's candidate, never of every word.
 */
final class ReportingSources {
  private ReportingSources() {}

  /** Words after "X said" by which X speaks of itself ("the army said it killed"): X is no mere source. */
  private static final java.util.Set<String> SELF = java.util.Set.of("it", "its", "they", "their", "we", "our");

  /**
   * Whether the actor at tokens {@code [from, to)} of sentence {@code s} reports: a speech cue of
   * saying, telling or a statement follows it, not followed by a word by which it speaks of itself
   * ("that it", "its"), or a speech cue ("according to", "said") ends right before it, "the" aside.
   */
  static boolean reports(Lexicon lexicon, EnglishDocument d, EnglishDocument.Sentence s, int from, int to) {
    PhraseTable.Hit<Lexicon.SpeechRole> after = to < s.to() ? lexicon.speech.match(d, to, s.to()) : null;
    if (after != null && after.value() != Lexicon.SpeechRole.ACCORDING && after.value() != Lexicon.SpeechRole.CITING) {
      int next = d.key(after.to()).equals("that") ? after.to() + 1 : after.to();
      return !SELF.contains(d.key(next));
    }
    int before = from > s.from() && d.key(from - 1).equals("the") ? from - 1 : from;
    return before > s.from() && lexicon.speech.matchEndingAt(d, before, s.from()) != null;
  }
}
