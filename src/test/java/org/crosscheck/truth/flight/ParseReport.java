package org.crosscheck.truth.flight;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the loader read, counted by source and format: values parsed (by format name), statements
 * that are not values ("not available", "cancelled", "gate not assigned"), and fields no format
 * could read (by shape). Nothing the benchmark says is dropped without a count here.
 *
 * <p>Immutable and thread-safe.
 */
public final class ParseReport {

  /** What became of a field. */
  public enum Outcome {
    /** Read into a value. */
    PARSED,
    /** Read as a remark that is not a value. */
    STATEMENT,
    /** Not read. */
    UNPARSED,
    /** Read into a value after replacing a year that was more than half a year off. */
    YEAR_REPAIRED
  }

  /**
   * One line of the report.
   *
   * @param source the source that printed the fields
   * @param outcome what became of them
   * @param detail the format name, the statement kind, or the unparsed shape
   * @param count how many fields
   */
  public record Entry(String source, Outcome outcome, String detail, long count) {
    public Entry {
      checkNotNull(source, "source");
      checkNotNull(outcome, "outcome");
      checkNotNull(detail, "detail");
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s %s '%s': %d", source, outcome.name().toLowerCase(Locale.ROOT), detail,
          count);
    }
  }

  private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::source)
      .thenComparing(Entry::outcome).thenComparing(Entry::detail);

  private final ImmutableList<Entry> entries;

  private ParseReport(List<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(ORDER);
    this.entries = ImmutableList.copyOf(sorted);
  }

  /** Every line, ordered by source, outcome and detail. */
  public ImmutableList<Entry> entries() {
    return entries;
  }

  /** The lines with {@code outcome}. */
  public ImmutableList<Entry> entries(Outcome outcome) {
    return entries.stream().filter(e -> e.outcome() == outcome).collect(ImmutableList.toImmutableList());
  }

  /** How many fields had {@code outcome}. */
  public long count(Outcome outcome) {
    return entries.stream().filter(e -> e.outcome() == outcome).mapToLong(Entry::count).sum();
  }

  /** Every field counted (year repairs are also counted as parsed, so they are left out here). */
  public long fields() {
    return count(Outcome.PARSED) + count(Outcome.STATEMENT) + count(Outcome.UNPARSED);
  }

  /** The statements and unparsed fields, one per line; the parsed formats are in {@link #entries()}. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "parsed %d, statements %d, unparsed %d, year repaired %d%n",
        count(Outcome.PARSED), count(Outcome.STATEMENT), count(Outcome.UNPARSED), count(Outcome.YEAR_REPAIRED)));
    for (Entry e : entries) {
      if (e.outcome() != Outcome.PARSED) out.append("  ").append(e).append(System.lineSeparator());
    }
    return out.toString();
  }

  /** {@code ParseReport[parsed 2,870,000, statements 40,000, unparsed 2]}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ParseReport[parsed %d, statements %d, unparsed %d, year repaired %d]",
        count(Outcome.PARSED), count(Outcome.STATEMENT), count(Outcome.UNPARSED), count(Outcome.YEAR_REPAIRED));
  }

  /** Counts readings; not thread-safe (one per loading thread, then {@link #merge}). */
  static final class Counter {
    private final Map<String, Map<String, long[]>> bySource = new HashMap<>();

    void count(String source, FieldReading reading) {
      add(source, reading, 1);
    }

    /** Counts {@code n} fields of {@code source} that read as {@code reading} (or as another reading of the same {@link #key}). */
    void add(String source, FieldReading reading, long n) {
      Map<String, long[]> counts = bySource.computeIfAbsent(source, s -> new HashMap<>());
      counts.computeIfAbsent(key(reading), k -> new long[1])[0] += n;
      if (reading instanceof FieldReading.Parsed p && p.yearRepaired()) {
        counts.computeIfAbsent("R\u0000" + p.format(), k -> new long[1])[0] += n;
      }
    }

    /** The report line {@code reading} is counted on: its outcome and detail (year repairs count on a second line). */
    static String key(FieldReading reading) {
      if (reading instanceof FieldReading.Parsed p) return "P\u0000" + p.format();
      if (reading instanceof FieldReading.Statement s) return "S\u0000" + s.kind();
      return "U\u0000" + ((FieldReading.Unparsed) reading).shape();
    }

    void merge(Counter other) {
      other.bySource.forEach((source, counts) -> {
        Map<String, long[]> mine = bySource.computeIfAbsent(source, s -> new HashMap<>());
        counts.forEach((k, v) -> mine.computeIfAbsent(k, x -> new long[1])[0] += v[0]);
      });
    }

    ParseReport build() {
      List<Entry> entries = new ArrayList<>();
      bySource.forEach((source, counts) -> counts.forEach((k, v) -> {
        Outcome outcome = switch (k.charAt(0)) {
          case 'P' -> Outcome.PARSED;
          case 'S' -> Outcome.STATEMENT;
          case 'R' -> Outcome.YEAR_REPAIRED;
          default -> Outcome.UNPARSED;
        };
        entries.add(new Entry(source, outcome, k.substring(2), v[0]));
      }));
      return new ParseReport(entries);
    }
  }
}
