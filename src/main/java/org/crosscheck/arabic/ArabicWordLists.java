package org.crosscheck.arabic;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.arabic.internal.ArabicLexicons;

/**
 * The word lists the Arabic claim stages read, each a documented UTF-8 file (a header says its
 * format): counted nouns and their measures ({@code measures.txt}), cues that set a figure's measure
 * ({@code measure-cues.txt}), event cues with their event type and dating behaviour ({@code
 * events.txt}), parties with their role ({@code actors.txt}), speech cues ({@code speech.txt}),
 * titles ({@code titles.txt}), scope words ({@code scopes.txt}) and the lines that start a page's
 * other content ({@code boilerplate.txt}).
 *
 * <p>{@link #standard()} holds the built-in files; {@link #overriding(Path)} replaces those a folder
 * holds under the same names, so a newsroom can extend one list without copying the others. Handed
 * to {@link ArabicExtractor.Builder#wordLists}. An opaque handle: the tables built from the files
 * are not API. Immutable and thread-safe.
 */
public final class ArabicWordLists {
  /** The files read, by name. */
  public static final List<String> FILES = ArabicLexicons.FILES;

  private static final ArabicWordLists STANDARD = new ArabicWordLists(ArabicLexicons.standard());

  private final ArabicLexicons lexicons;

  private ArabicWordLists(ArabicLexicons lexicons) {
    this.lexicons = lexicons;
  }

  /** The built-in word lists. */
  public static ArabicWordLists standard() {
    return STANDARD;
  }

  /**
   * The built-in word lists, with those {@code folder} holds under the names of {@link #FILES}
   * read from there instead (UTF-8, the format of the built-in file of that name).
   *
   * @throws NullPointerException if {@code folder} is {@code null}
   * @throws IllegalArgumentException if {@code folder} is not a directory
   * @throws IllegalStateException if a file has a line with too few fields
   * @throws UncheckedIOException if a file cannot be read
   */
  public static ArabicWordLists overriding(Path folder) {
    checkNotNull(folder, "folder");
    return new ArabicWordLists(ArabicLexicons.overriding(folder));
  }

  /**
   * These word lists with the actors of {@code file} named before their own: UTF-8, the format of
   * the built-in {@code actors.txt} (name as written, English name, {@link
   * org.crosscheck.extract.ActorType} word, tab separated), {@code #} for a comment.
   *
   * @throws NullPointerException if {@code file} is {@code null}
   * @throws IllegalStateException naming the file and line of a line with too few fields or an unknown type
   * @throws UncheckedIOException if the file cannot be read
   */
  public ArabicWordLists withActors(Path file) {
    checkNotNull(file, "file");
    return new ArabicWordLists(lexicons.withActors(file));
  }

  /** {@code built-in lexicons} or {@code lexicons overridden from <folder>}. */
  @Override
  public String toString() {
    return lexicons.toString();
  }

  /** The tables inside, for the builder of this package. */
  ArabicLexicons lexicons() {
    return lexicons;
  }
}
