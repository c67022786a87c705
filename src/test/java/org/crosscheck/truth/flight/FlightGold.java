package org.crosscheck.truth.flight;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.crosscheck.value.Value;

/**
 * The Flight benchmark's gold standard ({@code truth/YYYYMMDD.txt}), read with the same parsers
 * as the claims: a value per item key ({@link FlightDataset#itemKey}). Gold fields that are not
 * values (an empty gate, {@code --}, a date without a time) are counted in {@link #report()} and
 * not evaluated.
 *
 * <p>Only evaluation reads this class; the truth-discovery algorithm never sees it.
 *
 * <p>Immutable and thread-safe.
 */
public final class FlightGold {
  private final ImmutableSortedMap<String, Value> values;
  private final ParseReport report;

  private FlightGold(ImmutableSortedMap<String, Value> values, ParseReport report) {
    this.values = values;
    this.report = report;
  }

  /**
   * Reads every {@code truth/YYYYMMDD.txt} under {@code flightDir}.
   *
   * @throws UncheckedIOException naming the file that cannot be read
   * @throws IllegalArgumentException if there are no truth files or a row is malformed
   */
  public static FlightGold load(Path flightDir) {
    checkNotNull(flightDir, "flightDir");
    ImmutableSortedMap.Builder<String, Value> values = ImmutableSortedMap.naturalOrder();
    ParseReport.Counter counter = new ParseReport.Counter();
    for (Path file : FlightDataset.dayFiles(flightDir.resolve("truth"), ".txt")) {
      LocalDate day = FlightDataset.dayOf(file);
      try (BufferedReader reader = FlightDataset.open(file)) {
        String line;
        int number = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        while ((line = reader.readLine()) != null) {
          number++;
          if (line.isEmpty()) continue;
          String[] f = line.split("\t", -1);
          if (f.length < 1 + FlightAttribute.values().length) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "%s line %d: expected 7 tab-separated fields (flight, 6 values), got %d", file.getFileName(), number,
                f.length));
          }
          if (!seen.add(f[0])) continue; // a flight listed twice in one day keeps its first row
          FlightId flight = FlightId.parse(f[0]);
          for (FlightAttribute a : FlightAttribute.values()) {
            String text = f[a.truthColumn()];
            if (text.isEmpty()) continue;
            FieldReading reading = a.isTime() ? FlightDataset.readTime(text, day, flight, a, null) : FlightGates.parse(text);
            counter.count("gold", reading);
            if (reading instanceof FieldReading.Parsed p) {
              values.put(FlightDataset.itemKey(day, f[0], a), p.value());
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return new FlightGold(values.buildOrThrow(), counter.build());
  }

  /** The gold value of every evaluated item, by item key. */
  public ImmutableSortedMap<String, Value> values() {
    return values;
  }

  /** What was read from the gold files, including the fields that are not values. */
  public ParseReport report() {
    return report;
  }

  @Override
  public String toString() {
    return "FlightGold[" + values.size() + " values]";
  }
}
