package org.crosscheck.english.internal;

import org.jspecify.annotations.Nullable;

/**
 * The armed actors an article names, found once per article, for the rule {@code
 * subject.coreference}: a figure of fighters or of the killed without a party takes the last armed
 * actor named before it in its sentence.
 */
public final class ArmedActors {
  private final EnglishDocument document;
  /** The armed actor whose name starts at each token, null where none does. */
  private final @Nullable String[] at;

  public ArmedActors(EnglishDocument document, Lexicon lexicon) {
    this.document = document;
    this.at = new String[document.size()];
    for (int k = 0; k < document.size(); k++) {
      PhraseTable.Hit<Lexicon.Actor> h = lexicon.actors.match(document, k);
      if (h != null && h.value().role() == Lexicon.ActorRole.ARMED) {
        at[k] = h.value().name();
        k = h.to() - 1;
      }
    }
  }

  /** Whether these are the actors of {@code d}. */
  public boolean of(EnglishDocument d) {
    return document == d;
  }

  /** The last armed actor named in tokens {@code from} to {@code to}, else {@code last}. */
  public @Nullable String lastIn(int from, int to, @Nullable String last) {
    String found = last;
    for (int k = from; k < to; k++) if (at[k] != null) found = at[k];
    return found;
  }
}
