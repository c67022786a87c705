package org.crosscheck.truth.flight;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.crosscheck.truth.Attribute;
import org.crosscheck.truth.TruthProblem;
import org.crosscheck.value.Label;
import org.crosscheck.value.TimeValue;

/**
 * The Flight benchmark's claims, loaded into a {@link TruthProblem}: one item per (day, flight,
 * attribute), keyed {@code 2011-12-01 AA-1007-TPA-MIA actual departure}; times as epoch minutes
 * (UTC), gates as categories. Also keeps the parsed values as two plain arrays for baselines, and
 * the {@link ParseReport} of every field read.
 *
 * <p>Files are read as UTF-8 with malformed bytes replaced (one site prints a Latin-1 no-break
 * space); days are parsed in parallel and merged in day order, so the result does not depend on
 * the thread count.
 *
 * <p>Immutable and thread-safe.
 */
public final class FlightDataset {
  /**
   * The support tolerance of the time attributes, in minutes: 1. Sites print times to the minute
   * and some truncate the seconds where others round them, so a value one minute away is the
   * same reading; two minutes away is another.
   */
  public static final double TOLERANCE_MINUTES = 1;

  private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);

  private final TruthProblem problem;
  private final ParseReport report;
  private final ImmutableList<LocalDate> days;
  private final int[] plainItem;
  private final int[] plainSource;
  private final long[] plainValue;

  private FlightDataset(TruthProblem problem, ParseReport report, ImmutableList<LocalDate> days, int[] plainItem,
      int[] plainSource, long[] plainValue) {
    this.problem = problem;
    this.report = report;
    this.days = days;
    this.plainItem = plainItem;
    this.plainSource = plainSource;
    this.plainValue = plainValue;
  }

  /** The attributes in {@link FlightAttribute} order; times are continuous with {@code tolerance} minutes. */
  public static ImmutableList<Attribute> attributes(double tolerance) {
    ImmutableList.Builder<Attribute> out = ImmutableList.builder();
    for (FlightAttribute a : FlightAttribute.values()) {
      out.add(a.isTime() ? Attribute.continuous(a.label(), tolerance) : Attribute.categorical(a.label()));
    }
    return out.build();
  }

  /** The key of the item for {@code attribute} of {@code flight} on {@code day}. */
  public static String itemKey(LocalDate day, String flight, FlightAttribute attribute) {
    return day + " " + flight + " " + attribute.label();
  }

  /**
   * Loads every {@code claims/YYYYMMDD.txt.gz} under {@code flightDir}.
   *
   * @param flightDir the benchmark folder (holding {@code claims/} and {@code truth/})
   * @param tolerance the support tolerance of the time attributes, in minutes
   * @param threads how many days to parse at once (the result is the same for any count)
   * @throws UncheckedIOException naming the file that cannot be read
   * @throws IllegalArgumentException if the folder has no claims files, or a row is malformed
   */
  public static FlightDataset load(Path flightDir, double tolerance, int threads) {
    checkNotNull(flightDir, "flightDir");
    checkArgument(threads >= 1, "threads must be >= 1, got %s", threads);
    List<Path> files = dayFiles(flightDir.resolve("claims"), ".txt.gz");
    List<DayBatch> batches = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()), r -> {
      Thread t = new Thread(r, "flight-loader");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<DayBatch>> futures = new ArrayList<>();
      for (Path file : files) futures.add(pool.submit(() -> DayBatch.read(file)));
      for (Future<DayBatch> f : futures) batches.add(f.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading " + flightDir, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    TruthProblem.Builder builder = TruthProblem.builder();
    for (Attribute a : attributes(tolerance)) builder.attribute(a);
    ParseReport.Counter counter = new ParseReport.Counter();
    int total = 0;
    for (DayBatch b : batches) total += b.size;
    int[] plainItem = new int[total];
    long[] plainValue = new long[total];
    int[] plainSource = new int[total];
    String[] sourceNames = new String[64];
    int n = 0;
    ImmutableList.Builder<LocalDate> days = ImmutableList.builder();
    FlightAttribute[] attrs = FlightAttribute.values();
    // a gate's category by its text: the builder folds a label's key once per distinct gate, not once per value
    Map<Label, Integer> gateCodes = new HashMap<>();
    for (DayBatch b : batches) {
      days.add(b.day);
      counter.merge(b.counter);
      Map<String, int[]> flights = new HashMap<>();
      int[] sourceIds = new int[b.rowSource.length];
      Arrays.fill(sourceIds, -1);
      for (int k = 0; k < b.size; k++) {
        int row = b.row[k];
        if (sourceIds[row] < 0) {
          sourceIds[row] = builder.source(b.rowSource[row]);
          if (sourceIds[row] >= sourceNames.length) sourceNames = Arrays.copyOf(sourceNames, sourceNames.length * 2);
          sourceNames[sourceIds[row]] = b.rowSource[row];
        }
        int[] items = flights.computeIfAbsent(b.rowFlight[row], f -> new int[] {-1, -1, -1, -1, -1, -1});
        int a = b.attribute[k];
        if (items[a] < 0) items[a] = builder.item(itemKey(b.day, b.rowFlight[row], attrs[a]), a);
        long v = attrs[a].isTime() ? b.minute[k] : gateCode(builder, gateCodes, b.gate[k]);
        builder.observe(items[a], sourceIds[row], v, v);
        plainItem[n] = items[a];
        plainSource[n] = sourceIds[row];
        plainValue[n] = v;
        n++;
      }
    }
    TruthProblem problem = builder.build();
    // the builder numbered sources in order of appearance; the problem numbers them by name
    int[] rank = new int[problem.sourceCount()];
    for (int s = 0; s < rank.length; s++) rank[s] = problem.sourceId(sourceNames[s]).getAsInt();
    for (int k = 0; k < n; k++) plainSource[k] = rank[plainSource[k]];
    return new FlightDataset(problem, counter.build(), days.build(), plainItem, plainSource, plainValue);
  }

  static List<Path> dayFiles(Path dir, String suffix) {
    checkArgument(Files.isDirectory(dir), "no folder %s; point crosscheck.shared at the shared folder", dir);
    try (Stream<Path> list = Files.list(dir)) {
      List<Path> files = list.filter(p -> p.getFileName().toString().matches("\\d{8}" + java.util.regex.Pattern.quote(suffix)))
          .sorted().toList();
      checkArgument(!files.isEmpty(), "no YYYYMMDD%s files in %s", suffix, dir);
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  static LocalDate dayOf(Path file) {
    return LocalDate.parse(file.getFileName().toString().substring(0, 8), FILE_DAY);
  }

  static BufferedReader open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) in = new GZIPInputStream(in, 1 << 16);
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
  }

  /** Reads the time field {@code text} of {@code attribute} for {@code flight}. */
  static FieldReading readTime(String text, LocalDate day, FlightId flight, FlightAttribute attribute,
      int @org.jspecify.annotations.Nullable [] hint) {
    ZoneId zone = AirportZones.standard().zoneOf(flight.airportOf(attribute));
    return FlightTimes.parse(text, day, zone, hint);
  }

  /** The category code of {@code gate}, made once per distinct label. */
  private static int gateCode(TruthProblem.Builder builder, Map<Label, Integer> codes, Label gate) {
    Integer code = codes.get(gate);
    if (code == null) {
      code = builder.category(gate);
      codes.put(gate, code);
    }
    return code;
  }

  /** One day's parsed values, in file order. */
  private static final class DayBatch {
    LocalDate day;
    String[] rowSource;
    String[] rowFlight;
    int size;
    int[] row = new int[1 << 14];
    byte[] attribute = new byte[1 << 14];
    long[] minute = new long[1 << 14];
    Label[] gate = new Label[1 << 14];
    final ParseReport.Counter counter = new ParseReport.Counter();

    static DayBatch read(Path file) {
      DayBatch b = new DayBatch();
      b.day = dayOf(file);
      List<String> sources = new ArrayList<>();
      List<String> flights = new ArrayList<>();
      Map<String, String> interned = new HashMap<>();
      Map<String, FieldReading> cache = new HashMap<>();
      Map<String, FlightId> ids = new HashMap<>();
      Map<String, int[]> hints = new HashMap<>();
      FlightAttribute[] attrs = FlightAttribute.values();
      try (BufferedReader reader = open(file)) {
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
          number++;
          if (line.isEmpty()) continue;
          String[] f = line.split("\t", -1);
          if (f.length < 2 + attrs.length) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "%s line %d: expected 8 tab-separated fields (source, flight, 6 values), got %d", file.getFileName(),
                number, f.length));
          }
          String source = interned.computeIfAbsent(f[0], s -> s);
          String flightText = interned.computeIfAbsent(f[1], s -> s);
          FlightId flight = ids.computeIfAbsent(flightText, FlightId::parse);
          int row = sources.size();
          sources.add(source);
          flights.add(flightText);
          for (FlightAttribute a : attrs) {
            String text = f[a.claimColumn()];
            if (text.isEmpty()) continue; // the source said nothing
            String key = a.isTime() ? flight.airportOf(a) + '\u0001' + text : text;
            FieldReading reading = cache.get(key);
            if (reading == null) {
              reading = a.isTime()
                  ? readTime(text, b.day, flight, a, hints.computeIfAbsent(source, x -> new int[1]))
                  : FlightGates.parse(text);
              cache.put(key, reading);
            }
            b.counter.count(source, reading);
            if (reading instanceof FieldReading.Parsed p) b.add(row, a, p);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
      b.rowSource = sources.toArray(new String[0]);
      b.rowFlight = flights.toArray(new String[0]);
      return b;
    }

    private void add(int r, FlightAttribute a, FieldReading.Parsed p) {
      if (size == row.length) {
        int n = size * 2;
        row = Arrays.copyOf(row, n);
        attribute = Arrays.copyOf(attribute, n);
        minute = Arrays.copyOf(minute, n);
        gate = Arrays.copyOf(gate, n);
      }
      row[size] = r;
      attribute[size] = (byte) a.ordinal();
      if (p.value() instanceof TimeValue t) {
        minute[size] = t.epochMinute();
      } else {
        gate[size] = (Label) p.value();
      }
      size++;
    }
  }

  /** The compiled problem. */
  public TruthProblem problem() {
    return problem;
  }

  /** Every field read, counted by source and format. */
  public ParseReport report() {
    return report;
  }

  /** The days loaded, in order. */
  public ImmutableList<LocalDate> days() {
    return days;
  }

  /** Number of parsed values. */
  public int valueCount() {
    return plainItem.length;
  }

  /**
   * The parsed values as two plain arrays in file order — item id and value (epoch minute, or
   * category code for gates) — for baselines that should not use the compiled layout. Copies.
   */
  public int[] plainItems() {
    return plainItem.clone();
  }

  /** See {@link #plainItems()}. */
  public long[] plainValues() {
    return plainValue.clone();
  }

  /** The source id (in the problem's numbering) of each plain value; see {@link #plainItems()}. */
  public int[] plainSources() {
    return plainSource.clone();
  }

  @Override
  public String toString() {
    return "FlightDataset[" + days.size() + " days, " + problem + "]";
  }
}
