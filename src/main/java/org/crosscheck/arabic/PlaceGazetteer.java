package org.crosscheck.arabic;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.crosscheck.arabic.internal.Gazetteer;
import org.crosscheck.arabic.internal.GazetteerAccess;

/**
 * The places extractors look names up in: a gazetteer, loaded once and handed to {@link
 * ArabicExtractor.Builder#gazetteer} and {@link org.crosscheck.english.EnglishExtractor.Builder#gazetteer}.
 * {@link #standard()} is the one built into the library (places of fourteen countries with their
 * Arabic and English names); {@link #read(InputStream)} and {@link #load(Path)} read one of one's
 * own in the same format, gzip-compressed UTF-8 lines of tab-separated fields.
 *
 * <p>An opaque handle: how names are matched is not API. Immutable and thread-safe.
 */
public final class PlaceGazetteer {
  static {
    GazetteerAccess.register(g -> g.gazetteer);
  }

  private final Gazetteer gazetteer;

  private PlaceGazetteer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The gazetteer built into the library, loaded on first use (about a second) and shared.
   *
   * @throws IllegalStateException if the resource is missing from the class path
   */
  public static PlaceGazetteer standard() {
    return Holder.STANDARD;
  }

  /**
   * Reads a gazetteer in the built-in one's format; the stream is read to its end and closed.
   *
   * @throws NullPointerException if {@code gzipped} is {@code null}
   * @throws UncheckedIOException if the stream cannot be read
   * @throws IllegalStateException naming the line if a line is malformed
   */
  public static PlaceGazetteer read(InputStream gzipped) {
    checkNotNull(gzipped, "gzipped");
    return new PlaceGazetteer(Gazetteer.read(gzipped));
  }

  /**
   * Reads a gazetteer file in the built-in one's format.
   *
   * @throws IllegalArgumentException if {@code file} is not a regular file
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalStateException naming the line if a line is malformed
   */
  public static PlaceGazetteer load(Path file) {
    checkNotNull(file, "file");
    checkArgument(Files.isRegularFile(file), "load() needs a gazetteer file (gzip-compressed TSV), got %s", file);
    try {
      return read(Files.newInputStream(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + file, e);
    }
  }

  /**
   * The places of {@code files} (the built-in format, gzip-compressed or plain UTF-8 TSV), after the
   * built-in ones when {@code withBuiltIn}, of {@code countries} only (ISO codes such as {@code SD};
   * empty for all): a run's own places, as the command line's {@code --gazetteer}, {@code
   * --gazetteer-only} and {@code --countries} give them. A place whose id comes earlier is kept.
   *
   * @throws UncheckedIOException naming the file if one cannot be read
   * @throws IllegalStateException naming the file and line if a line is malformed
   */
  public static PlaceGazetteer read(List<Path> files, boolean withBuiltIn, Set<String> countries) {
    return new PlaceGazetteer(Gazetteer.read(files, withBuiltIn, countries));
  }

  /** Whether it holds the country of ISO code {@code code} ({@code SD}, {@code YE}). */
  public boolean hasCountry(String code) {
    return gazetteer.country(checkNotNull(code, "code")).isPresent();
  }

  /** How many places it holds. */
  public int size() {
    return gazetteer.size();
  }

  /** {@code Gazetteer(<places> places, <names> names)}. */
  @Override
  public String toString() {
    return gazetteer.toString();
  }

  /** The gazetteer inside, for the builders of this package. */
  Gazetteer gazetteer() {
    return gazetteer;
  }

  private static final class Holder {
    static final PlaceGazetteer STANDARD = new PlaceGazetteer(Gazetteer.standard());
  }
}
