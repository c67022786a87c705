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
    Path file = dir.resolve("claims.txt.gz");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file));
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> lines = new ArrayList<>();
      for (String line; (line = reader.readLine()) != null; ) lines.add(line);
      return parse(lines, file.toString(), authors);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Book claims " + file, e);
    }
  }

  /** Parses rows {@code store <tab> ISBN <tab> title <tab> authors}; {@code name} is used in messages. */
  public static BookDataset parse(List<String> lines, String name, Attribute authors) {
    checkNotNull(authors, "authors");
    checkArgument(!authors.isContinuous(), "the authors attribute is categorical, got %s", authors);
    // (store, book) -> the chosen normalized value; a sorted map so that the problem is built in one order
    TreeMap<String, TreeMap<String, String>> chosen = new TreeMap<>();
    int rows = 0;
    int empty = 0;
    int merged = 0;
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isEmpty()) continue;
      rows++;
      String[] f = line.split("\t", -1);
      checkArgument(f.length == 4, "%s row %s: expected 4 tab-separated fields (store, ISBN, title, authors), got %s",
          name, n + 1, f.length);
      String store = f[0].strip();
      checkArgument(!store.isEmpty(), "%s row %s: the store is blank", name, n + 1);
      String isbn;
      try {
        isbn = Isbn.toIsbn13(f[1]);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(String.format(Locale.ROOT, "%s row %d: %s", name, n + 1, e.getMessage()), e);
      }
      String value = AuthorList.normalize(f[3]);
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
    chosen.forEach((store, byBook) -> {
      int source = b.source(store);
      byBook.forEach((isbn, value) -> {
        int item = items.computeIfAbsent(isbn, k -> b.item(k, attribute));
        b.observe(item, source, Label.of(value));
      });
    });
    return new BookDataset(b.build(), rows, empty, merged);
  }

  /** More name tokens, else the value that sorts first. */
  static boolean moreComplete(String value, String than) {
    int a = value.split(" ").length;
    int b = than.split(" ").length;
    return a != b ? a > b : value.compareTo(than) < 0;
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
