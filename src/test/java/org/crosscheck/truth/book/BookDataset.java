package org.crosscheck.truth.book;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.crosscheck.truth.Attribute;
import org.crosscheck.truth.TruthProblem;
import org.crosscheck.truth.ValueSimilarity;
import org.crosscheck.value.Label;

/**
 * The Book benchmark ({@code ../shared/benchmarks/book}) as a {@link TruthProblem}: one item per
 * book (keyed by its ISBN-13), one source per store, one observation per (store, book) whose
 * listing names somebody, the value being the listing's {@link AuthorList#normalize normalized}
 * author list.
 *
 * <p>A store that lists a book more than once gives one value for it: the listing with the most
 * name tokens (the most complete), ties to the normalized value that sorts first. The choice
 * depends only on the set of listings, not on their order in the file.
 *
 * <p>Immutable and thread-safe.
 *
 * @param problem the compiled problem, attribute 0 being the authors
 * @param rows rows read
 * @param empty rows whose listing names nobody (empty, {@code Not Available}): no observation
 * @param merged rows that repeated a (store, book) already read: one observation per pair
 */
public record BookDataset(TruthProblem problem, int rows, int empty, int merged) {
  /** The attribute's name. */
  public static final String AUTHORS = "authors";

  public BookDataset {
    checkNotNull(problem, "problem");
  }

  /** The authors attribute with the name-token similarity: what the engine needs to know of the values. */
  public static Attribute authorsAttribute() {
    return Attribute.categorical(AUTHORS, ValueSimilarity.nameTokens());
  }

  /**
   * Reads {@code claims.txt.gz} in {@code dir}.
   *
   * @throws UncheckedIOException if it cannot be read
   * @throws IllegalArgumentException on a row that does not have four tab-separated fields or
   *     whose ISBN is malformed (with the row number)
   */
  public static BookDataset load(Path dir, Attribute authors) {
    return parse(readLines(dir), dir.resolve(CLAIMS).toString(), authors);
  }

  /** The file of listings in the benchmark's directory. */
  static final String CLAIMS = "claims.txt.gz";

  /**
   * The lines of {@code claims.txt.gz} in {@code dir}, unparsed (what {@link #load} reads before
   * {@link #parse}; the benchmark times the two apart).
   *
   * @throws UncheckedIOException if it cannot be read
   */
  public static List<String> readLines(Path dir) {
    Path file = dir.resolve(CLAIMS);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      List<String> lines = new ArrayList<>();
      for (String line; (line = reader.readLine()) != null; ) lines.add(line);
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Book claims " + file, e);
    }
  }

  /**
   * Parses rows {@code store <tab> ISBN <tab> title <tab> authors}; {@code name} is used in
   * messages.
   *
   * <p>Stores repeat one another's listings (34 thousand rows hold under 10 thousand distinct
   * author fields and 1,265 distinct ISBNs): each distinct author field is normalized once, each
   * distinct ISBN converted once, and each distinct normalized value becomes a category once, so
   * the work of the text steps follows the distinct texts, not the rows. The result is the same
   * as normalizing row by row.
   */
  public static BookDataset parse(List<String> lines, String name, Attribute authors) {
    checkNotNull(authors, "authors");
    checkArgument(!authors.isContinuous(), "the authors attribute is categorical, got %s", authors);
    // (store, book) -> the chosen normalized value; a sorted map so that the problem is built in one order
    TreeMap<String, TreeMap<String, String>> chosen = new TreeMap<>();
    Map<String, String> normalized = new HashMap<>();
    Map<String, String> isbn13 = new HashMap<>();
    int rows = 0;
    int empty = 0;
    int merged = 0;
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isEmpty()) continue;
      rows++;
      String[] f = fields(line);
      checkArgument(f.length == 4, "%s row %s: expected 4 tab-separated fields (store, ISBN, title, authors), got %s",
          name, n + 1, f.length);
      String store = f[0].strip();
      checkArgument(!store.isEmpty(), "%s row %s: the store is blank", name, n + 1);
      String isbn = isbn13.get(f[1]);
      if (isbn == null) {
        try {
          isbn = Isbn.toIsbn13(f[1]);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(String.format(Locale.ROOT, "%s row %d: %s", name, n + 1, e.getMessage()),
              e);
        }
        isbn13.put(f[1], isbn);
      }
      String value = normalized.computeIfAbsent(f[3], AuthorList::normalize);
      if (value.isEmpty()) {
        empty++;
        continue;
      }
      Map<String, String> byBook = chosen.computeIfAbsent(store, s -> new TreeMap<>());
      String before = byBook.get(isbn);
      if (before != null) {
        merged++;
        if (!moreComplete(value, before)) continue;
      }
      byBook.put(isbn, value);
    }
    TruthProblem.Builder b = TruthProblem.builder();
    int attribute = b.attribute(authors);
    Map<String, Integer> items = new HashMap<>();
    Map<String, Integer> categories = new HashMap<>();
    chosen.forEach((store, byBook) -> {
      int source = b.source(store);
      byBook.forEach((isbn, value) -> {
        int item = items.computeIfAbsent(isbn, k -> b.item(k, attribute));
        int code = categories.computeIfAbsent(value, v -> b.category(Label.of(v)));
        b.observe(item, source, code, code);
      });
    });
    return new BookDataset(b.build(), rows, empty, merged);
  }

  /** More name tokens, else the value that sorts first (normalized values: tokens separated by one space). */
  static boolean moreComplete(String value, String than) {
    int a = spaces(value);
    int b = spaces(than);
    return a != b ? a > b : value.compareTo(than) < 0;
  }

  private static int spaces(String s) {
    int n = 0;
    for (int i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
    return n;
  }

  /**
   * The tab-separated fields of a row, as {@code line.split("\t", -1)} gives them, but the title
   * (the third of four) is not copied: nothing reads it. A row that does not have four fields
   * gives all of its fields, for the message.
   */
  static String[] fields(String line) {
    int t1 = line.indexOf('\t');
    int t2 = t1 < 0 ? -1 : line.indexOf('\t', t1 + 1);
    int t3 = t2 < 0 ? -1 : line.indexOf('\t', t2 + 1);
    if (t3 < 0 || line.indexOf('\t', t3 + 1) >= 0) return line.split("\t", -1);
    return new String[] {line.substring(0, t1), line.substring(t1 + 1, t2), "", line.substring(t3 + 1)};
  }

  /**
   * {@code 33,971 rows: 24,332 observations, 876 stores, 1,263 books; 749 name nobody, 8,890
   * repeat a (store, book)}.
   */
  public String report() {
    return String.format(Locale.ROOT,
        "%,d rows: %,d observations, %,d stores, %,d books; %,d name nobody, %,d repeat a (store, book)", rows,
        problem.observationCount(), problem.sourceCount(), problem.itemCount(), empty, merged);
  }
}
