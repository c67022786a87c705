package org.crosscheck.arabic.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.arabic.ArabicExtractor;

/**
 * The word lists the Arabic claim stages read, each a documented resource file (a header says its
 * format): counted nouns and their measures ({@code measures.txt}), cues that set a figure's measure
 * ({@code measure-cues.txt}), event cues with their event type and dating behaviour ({@code
 * events.txt}), parties with their role ({@code actors.txt}), speech cues ({@code speech.txt}), titles
 * ({@code titles.txt}), scope words ({@code scopes.txt}) and the lines that start a page's other
 * content ({@code boilerplate.txt}).
 *
 * <p>{@link #standard()} holds the built-in files; {@link #overriding(Path)} replaces those a folder
 * holds under the same names, so a newsroom can extend one list without copying the others. Passed
 * to {@link ArabicExtractor.Builder#wordLists} inside an {@link org.crosscheck.arabic.ArabicWordLists}.
 * Immutable and thread-safe.
 */
public final class ArabicLexicons {
  /** The files read, by name. */
  public static final List<String> FILES = List.of("measures.txt", "measure-cues.txt", "events.txt", "actors.txt",
      "speech.txt", "titles.txt", "scopes.txt", "boilerplate.txt");

  private final CueTable<String> measureNouns;
  private final CueTable<LexiconEntries.MeasureCue> measureCues;
  private final CueTable<LexiconEntries.EventCueEntry> eventCues;
  private final CueTable<LexiconEntries.Actor> actors;
  private final List<Lexicon.Line> actorLines;
  private final CueTable<String> speech;
  private final CueTable<String> titles;
  private final CueTable<LexiconEntries.ScopeCue> scopes;
  private final List<String> boilerplate;
  private final String origin;

  private interface Source {
    List<Lexicon.Line> read(String name);
  }

  private ArabicLexicons(Source s, String origin) {
    this.origin = origin;
    measureNouns = CueTable.of(s.read("measures.txt"), line -> line.field(1));
    measureCues = CueTable.of(s.read("measure-cues.txt"), LexiconEntries.MeasureCue::of);
    eventCues = CueTable.of(s.read("events.txt"), LexiconEntries.EventCueEntry::of).inflected();
    actorLines = List.copyOf(s.read("actors.txt"));
    actors = CueTable.of(actorLines, LexiconEntries.Actor::of);
    speech = CueTable.of(s.read("speech.txt"), line -> line.field(1));
    titles = CueTable.of(s.read("titles.txt"), line -> "title");
    scopes = CueTable.of(s.read("scopes.txt"), LexiconEntries.ScopeCue::of);
    boilerplate = s.read("boilerplate.txt").stream().map(Lexicon.Line::key).toList();
  }

  private ArabicLexicons(ArabicLexicons base, List<Lexicon.Line> moreActors, String origin) {
    this.origin = origin;
    measureNouns = base.measureNouns;
    measureCues = base.measureCues;
    eventCues = base.eventCues;
    actorLines = java.util.stream.Stream.concat(moreActors.stream(), base.actorLines.stream()).toList();
    actors = CueTable.of(actorLines, LexiconEntries.Actor::of);
    speech = base.speech;
    titles = base.titles;
    scopes = base.scopes;
    boilerplate = base.boilerplate;
  }

  /**
   * These word lists with the actors of {@code file} named before their own: UTF-8, the format of
   * {@code actors.txt} (name as written, English name, {@link org.crosscheck.extract.ActorType} word),
   * {@code #} for a comment. A name in Latin letters is matched too, where an Arabic text writes one.
   *
   * @throws IllegalStateException naming the file and line of a line with too few fields or an unknown type
   * @throws UncheckedIOException if the file cannot be read
   */
  public ArabicLexicons withActors(Path file) {
    checkNotNull(file, "file");
    List<Lexicon.Line> lines;
    try {
      lines = Lexicon.read(file.toString(), Files.newInputStream(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the actors file " + file + ": " + e.getMessage(), e);
    }
    return lines.isEmpty() ? this : new ArabicLexicons(this, lines, origin + " with the actors of " + file.getFileName());
  }

  /** The built-in word lists. */
  public static ArabicLexicons standard() {
    return Holder.STANDARD;
  }

  /**
   * The built-in word lists, with those {@code folder} holds under the names of {@link #FILES}
   * read from there instead (UTF-8, the format of the built-in file of that name).
   *
   * @throws IllegalArgumentException if {@code folder} is not a directory
   * @throws IllegalStateException if a file has a line with too few fields
   * @throws UncheckedIOException if a file cannot be read
   */
  public static ArabicLexicons overriding(Path folder) {
    checkNotNull(folder, "folder");
    checkArgument(Files.isDirectory(folder), "overriding() needs a folder of lexicon files named like %s, got %s",
        FILES, folder);
    return new ArabicLexicons(name -> {
      Path file = folder.resolve(name);
      if (!Files.isRegularFile(file)) return Lexicon.read(name);
      try {
        InputStream in = Files.newInputStream(file);
        return Lexicon.read(file.toString(), in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read lexicon " + file, e);
      }
    }, "lexicons overridden from " + folder.getFileName());
  }

  CueTable<String> measureNouns() {
    return measureNouns;
  }

  CueTable<LexiconEntries.MeasureCue> measureCues() {
    return measureCues;
  }

  CueTable<LexiconEntries.EventCueEntry> eventCues() {
    return eventCues;
  }

  CueTable<LexiconEntries.Actor> actors() {
    return actors;
  }

  CueTable<String> speech() {
    return speech;
  }

  CueTable<String> titles() {
    return titles;
  }

  CueTable<LexiconEntries.ScopeCue> scopes() {
    return scopes;
  }

  List<String> boilerplate() {
    return boilerplate;
  }

  /** {@code built-in lexicons} or {@code lexicons overridden from <folder>}. */
  @Override
  public String toString() {
    return origin;
  }

  private static final class Holder {
    static final ArabicLexicons STANDARD = new ArabicLexicons(Lexicon::read, "built-in lexicons");
  }
}
