package org.crosscheck.truth.book;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;

/**
 * The gold authors of the Book benchmark ({@code truth.txt}: {@code ISBN-13 <tab> last, first;
 * last, first;} per book, blank lines between), normalized by {@link AuthorList#normalize}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param authors the normalized gold value by ISBN-13, in ISBN order
 */
public record BookGold(ImmutableSortedMap<String, String> authors) {
  public BookGold {
    authors = ImmutableSortedMap.copyOf(authors);
  }

  /**
   * Reads {@code truth.txt} in {@code dir}.
   *
   * @throws IllegalArgumentException on a line that is not {@code ISBN <tab> authors}, an ISBN
   *     given twice, or a gold value with no name
   * @throws UncheckedIOException if the file cannot be read
   */
  public static BookGold load(Path dir) {
    Path file = dir.resolve("truth.txt");
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Book gold " + file, e);
    }
  }

  /** Parses the lines of a gold file; {@code name} is used in messages. */
  public static BookGold parse(List<String> lines, String name) {
    TreeMap<String, String> gold = new TreeMap<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank()) continue;
      int tab = line.indexOf('\t');
      checkArgument(tab > 0, "%s line %s: expected 'ISBN <tab> authors', got '%s'", name, n + 1, line);
      String isbn = Isbn.toIsbn13(line.substring(0, tab));
      String value = AuthorList.normalize(line.substring(tab + 1));
      checkArgument(!value.isEmpty(), "%s line %s: the gold value of %s names nobody: '%s'", name, n + 1, isbn, line);
      checkArgument(gold.put(isbn, value) == null, "%s line %s: book %s is given twice; keep one line per book",
          name, n + 1, isbn);
    }
    return new BookGold(ImmutableSortedMap.copyOf(gold));
  }

  public int size() {
    return authors.size();
  }
}
