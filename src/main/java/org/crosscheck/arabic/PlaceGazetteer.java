package org.crosscheck.arabic;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.arabic.internal.Gazetteer;
import org.crosscheck.arabic.internal.GazetteerAccess;
import org.crosscheck.arabic.internal.Place;
import org.crosscheck.claim.Coordinates;

/**
 * The places extractors look names up in: a gazetteer, loaded once and handed to {@link
 * ArabicExtractor.Builder#gazetteer} and {@link org.crosscheck.english.EnglishExtractor.Builder#gazetteer}.
 * {@link #standard()} is the one built into the library (places of fourteen countries with their
 * Arabic and English names, hierarchy and coordinates); {@link #read(InputStream)} and {@link
 * #load(Path)} read one of one's own in the same format, gzip-compressed UTF-8 lines of tab-separated
 * fields, with or without the two last, latitude and longitude. {@link #coordinates(String)} gives
 * the point of the place a claim names.
 *
 * <p>An opaque handle: how names are matched is not API. Immutable and thread-safe.
 */
public final class PlaceGazetteer {
  static {
    GazetteerAccess.register(g -> g.gazetteer);
  }

  /** The prefix of a gazetteer place's id in claims. */
  private static final String WOF = "wof:";

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

  /**
   * The representative point of the place a claim names by {@code placeId}, as {@link
   * org.crosscheck.claim.Place#id()} carries it for a gazetteer place ({@code "wof:85632191"}, Iraq):
   * empty for an id of another form (a slug such as {@code "al-qaim"}, a union {@code "wof:1+wof:2"}),
   * for a place this gazetteer does not hold, and for one it has no coordinates of (a line of one's
   * own TSV without them, a GeoJSON feature without geometry).
   *
   * @throws NullPointerException if {@code placeId} is {@code null}
   */
  public Optional<Coordinates> coordinates(String placeId) {
    checkNotNull(placeId, "placeId");
    if (!placeId.startsWith(WOF) || placeId.length() == WOF.length() || placeId.length() > WOF.length() + 18) {
      return Optional.empty();
    }
    for (int i = WOF.length(); i < placeId.length(); i++) {
      char c = placeId.charAt(i);
      if (c < '0' || c > '9') return Optional.empty();
    }
    return gazetteer.byId(Long.parseLong(placeId.substring(WOF.length()))).filter(Place::hasCoordinates)
        .map(p -> new Coordinates(decimal(p.lat()), decimal(p.lon())));
  }

  /** A float as the decimal it was written as (33.3128f is 33.3128, not 33.312801361083984). */
  private static double decimal(float f) {
    return Double.parseDouble(Float.toString(f));
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
