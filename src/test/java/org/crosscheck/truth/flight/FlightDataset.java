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
 * the thread count. A day is cut into fields on its bytes, and each distinct field text is
 * decoded and read once per day (with its airport, for times): about 0.84 M of the 2.87 M fields.
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
   * <p>Days are parsed on {@code threads} worker threads while the calling thread compiles the
   * days already parsed, in day order; so items, sources and categories are registered in file
   * order whatever the thread count.
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
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()), r -> {
      Thread t = new Thread(r, "flight-loader");
      t.setDaemon(true);
      return t;
    });
    Merger merger = new Merger(tolerance);
    try {
      List<Future<DayBatch>> futures = new ArrayList<>();
      for (Path file : files) futures.add(pool.submit(() -> DayBatch.read(file)));
      // each day is compiled as soon as it and the days before it are parsed, while later days parse
      for (int d = 0; d < futures.size(); d++) {
        merger.add(futures.get(d).get());
        futures.set(d, null); // the parsed day is garbage once compiled
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading " + flightDir, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return merger.build();
  }

  /**
   * Compiles parsed days, in day order, into the problem's builder and the plain arrays: sources,
   * items and gate categories are registered in order of first appearance, as the values come.
   */
  private static final class Merger {
    private final TruthProblem.Builder builder = TruthProblem.builder();
    private final ParseReport.Counter counter = new ParseReport.Counter();
    private final ImmutableList.Builder<LocalDate> days = ImmutableList.builder();
    private final FlightAttribute[] attrs = FlightAttribute.values();
    /** A gate's category by its text: the builder folds a label's key once per distinct gate, not once per value. */
    private final Map<Label, Integer> gateCodes = new HashMap<>();
    private String[] sourceNames = new String[64];
    private int[] plainItem = new int[1 << 20];
    private int[] plainSource = new int[1 << 20];
    private long[] plainValue = new long[1 << 20];
    private int n;

    Merger(double tolerance) {
      for (Attribute a : attributes(tolerance)) builder.attribute(a);
    }

    void add(DayBatch b) {
      days.add(b.day);
      b.countInto(counter);
      if (n + b.size > plainItem.length) {
        int capacity = Math.max(n + b.size, plainItem.length * 2);
        plainItem = Arrays.copyOf(plainItem, capacity);
        plainSource = Arrays.copyOf(plainSource, capacity);
        plainValue = Arrays.copyOf(plainValue, capacity);
      }
      int[] sources = new int[b.sourceNames.size()];
      Arrays.fill(sources, -1);
      int attributeCount = attrs.length;
      int[] items = new int[b.flightNames.size() * attributeCount];
      Arrays.fill(items, -1);
      long[] values = new long[b.readings.size()];
      boolean[] known = new boolean[values.length];
      String day = b.day.toString();
      for (int k = 0; k < b.size; k++) {
        int s = b.valueSource[k];
        if (sources[s] < 0) sources[s] = source(b.sourceNames.get(s));
        int a = b.valueAttribute[k];
        int slot = b.valueFlight[k] * attributeCount + a;
        if (items[slot] < 0) {
          // the same text as itemKey(day, flight, attribute), without formatting the day again
          items[slot] = builder.item(day + " " + b.flightNames.get(b.valueFlight[k]) + " " + attrs[a].label(), a);
        }
        int r = b.valueReading[k];
        if (!known[r]) {
          FieldReading.Parsed p = (FieldReading.Parsed) b.readings.get(r);
          values[r] = p.value() instanceof TimeValue t ? t.epochMinute() : gateCode((Label) p.value());
          known[r] = true;
        }
        long v = values[r];
        builder.observe(items[slot], sources[s], v, v);
        plainItem[n] = items[slot];
        plainSource[n] = sources[s];
        plainValue[n] = v;
        n++;
      }
    }

    private int source(String name) {
      int id = builder.source(name);
      if (id >= sourceNames.length) sourceNames = Arrays.copyOf(sourceNames, sourceNames.length * 2);
      sourceNames[id] = name;
      return id;
    }

    /** The category code of {@code gate}, made once per distinct label. */
    private int gateCode(Label gate) {
      Integer code = gateCodes.get(gate);
      if (code == null) {
        code = builder.category(gate);
        gateCodes.put(gate, code);
      }
      return code;
    }

    FlightDataset build() {
      TruthProblem problem = builder.build();
      // the builder numbered sources in order of appearance; the problem numbers them by name
      int[] rank = new int[problem.sourceCount()];
      for (int s = 0; s < rank.length; s++) rank[s] = problem.sourceId(sourceNames[s]).getAsInt();
      int[] source = new int[n];
      for (int k = 0; k < n; k++) source[k] = rank[plainSource[k]];
      return new FlightDataset(problem, counter.build(), days.build(), Arrays.copyOf(plainItem, n), source,
          Arrays.copyOf(plainValue, n));
    }
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

  /**
   * One day's fields, parsed. The file is read as bytes and cut at tabs and line ends without
   * making strings: a source, a flight or a field is decoded and read only the first time its
   * bytes appear in the day ({@link SliceTable}); every later occurrence is an id. Values are kept
   * in file order as (source, flight, attribute, reading) ids.
   */
  private static final class DayBatch {
    /** The tag of a gate field's text. */
    private static final int TAG_GATE = 0;
    /** Time fields are read in the zone of their airport: their tag is this plus the airport's id in the day. */
    private static final int TAG_TIME = 1;

    final LocalDate day;
    /** By the day's source id. */
    final List<String> sourceNames = new ArrayList<>();
    /** By the day's flight id. */
    final List<String> flightNames = new ArrayList<>();
    /** By reading id: what each distinct field text (with its airport, for times) reads as. */
    final List<FieldReading> readings = new ArrayList<>();
    int size;
    int[] valueSource = new int[1 << 16];
    int[] valueFlight = new int[1 << 16];
    byte[] valueAttribute = new byte[1 << 16];
    int[] valueReading = new int[1 << 16];

    /** By flight id: its origin's and destination's airport id in the day. */
    private int[] flightAirports = new int[64];
    private final List<String> airports = new ArrayList<>();
    private final Map<String, Integer> airportIds = new HashMap<>();
    private final List<@org.jspecify.annotations.Nullable ZoneId> zones = new ArrayList<>();
    /** By source id: the format that read the source's previous time field, tried first. */
    private final List<int[]> hints = new ArrayList<>();
    /** By reading id: the report line it is counted on (one per outcome and detail). */
    private int[] readingLine = new int[1024];
    private final List<FieldReading> lineReadings = new ArrayList<>();
    private final Map<String, Integer> lineIds = new HashMap<>();
    /** By source id, by report line: how many fields. */
    private long[][] counts = new long[8][];

    private DayBatch(LocalDate day) {
      this.day = day;
    }

    static DayBatch read(Path file) {
      DayBatch b = new DayBatch(dayOf(file));
      byte[] data;
      try {
        data = readBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
      SliceTable sources = new SliceTable(data);
      SliceTable flights = new SliceTable(data);
      SliceTable texts = new SliceTable(data);
      FlightAttribute[] attrs = FlightAttribute.values();
      int fields = 2 + attrs.length;
      int[] start = new int[fields];
      int[] end = new int[fields];
      int number = 0;
      int pos = 0;
      while (pos < data.length) {
        number++;
        // a line ends at \n, \r or \r\n, as BufferedReader.readLine cuts it
        int eol = pos;
        int cut = 0;
        start[0] = pos;
        while (eol < data.length) {
          byte c = data[eol];
          if (c == '\n' || c == '\r') break;
          if (c == '\t') {
            if (cut < fields) end[cut] = eol;
            cut++;
            if (cut < fields) start[cut] = eol + 1;
          }
          eol++;
        }
        if (cut < fields) end[cut] = eol;
        int next = eol + 1;
        if (eol < data.length && data[eol] == '\r' && next < data.length && data[next] == '\n') next++;
        if (eol > pos) {
          if (cut + 1 < fields) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "%s line %d: expected 8 tab-separated fields (source, flight, 6 values), got %d", file.getFileName(),
                number, cut + 1));
          }
          b.line(sources, flights, texts, data, start, end, attrs);
        }
        pos = next;
      }
      return b;
    }

    /** Reads one line, cut into its fields {@code [start[k]..end[k])}. */
    private void line(SliceTable sources, SliceTable flights, SliceTable texts, byte[] data, int[] start, int[] end,
        FlightAttribute[] attrs) {
      int source = sources.find(0, start[0], end[0]);
      if (source < 0) source = newSource(sources, decode(data, start[0], end[0]));
      int flight = flights.find(0, start[1], end[1]);
      if (flight < 0) flight = newFlight(flights, decode(data, start[1], end[1]));
      long[] sourceCounts = counts[source];
      for (int a = 0; a < attrs.length; a++) {
        int from = start[a + 2];
        int to = end[a + 2];
        if (from == to) continue; // the source said nothing
        boolean time = attrs[a].isTime();
        int airport = flightAirports[2 * flight + (attrs[a].isDeparture() ? 0 : 1)];
        int tag = time ? TAG_TIME + airport : TAG_GATE;
        int reading = texts.find(tag, from, to);
        if (reading < 0) {
          String text = decode(data, from, to);
          reading = newReading(texts, time ? FlightTimes.parse(text, day, zone(airport), hints.get(source))
              : FlightGates.parse(text));
        }
        int line = readingLine[reading];
        if (line >= sourceCounts.length) {
          sourceCounts = Arrays.copyOf(sourceCounts, Math.max(line + 1, sourceCounts.length * 2));
          counts[source] = sourceCounts;
        }
        sourceCounts[line]++;
        if (readings.get(reading) instanceof FieldReading.Parsed) add(source, flight, a, reading);
      }
    }

    private int newSource(SliceTable table, String name) {
      int id = table.add();
      sourceNames.add(name);
      hints.add(new int[1]);
      if (id == counts.length) counts = Arrays.copyOf(counts, id * 2);
      counts[id] = new long[16];
      return id;
    }

    private int newFlight(SliceTable table, String text) {
      FlightId parsed = FlightId.parse(text);
      int id = table.add();
      flightNames.add(text);
      if (2 * id + 1 >= flightAirports.length) flightAirports = Arrays.copyOf(flightAirports, flightAirports.length * 2);
      flightAirports[2 * id] = airport(parsed.origin());
      flightAirports[2 * id + 1] = airport(parsed.destination());
      return id;
    }

    private int airport(String code) {
      Integer id = airportIds.get(code);
      if (id != null) return id;
      airportIds.put(code, airports.size());
      airports.add(code);
      zones.add(null);
      return airports.size() - 1;
    }

    /** The zone of airport {@code id}, looked up the first time one of its time fields is read. */
    private ZoneId zone(int id) {
      ZoneId zone = zones.get(id);
      if (zone == null) {
        zone = AirportZones.standard().zoneOf(airports.get(id));
        zones.set(id, zone);
      }
      return zone;
    }

    private int newReading(SliceTable table, FieldReading reading) {
      int id = table.add();
      readings.add(reading);
      String key = ParseReport.Counter.key(reading);
      // a repaired year is counted on a line of its own too: such readings must not share a line with the others
      if (reading instanceof FieldReading.Parsed p && p.yearRepaired()) key += "\u0000repaired";
      Integer line = lineIds.get(key);
      if (line == null) {
        line = lineReadings.size();
        lineIds.put(key, line);
        lineReadings.add(reading);
      }
      if (id == readingLine.length) readingLine = Arrays.copyOf(readingLine, id * 2);
      readingLine[id] = line;
      return id;
    }

    private void add(int source, int flight, int attribute, int reading) {
      if (size == valueSource.length) {
        int n = size * 2;
        valueSource = Arrays.copyOf(valueSource, n);
        valueFlight = Arrays.copyOf(valueFlight, n);
        valueAttribute = Arrays.copyOf(valueAttribute, n);
        valueReading = Arrays.copyOf(valueReading, n);
      }
      valueSource[size] = source;
      valueFlight[size] = flight;
      valueAttribute[size] = (byte) attribute;
      valueReading[size] = reading;
      size++;
    }

    /** Adds the day's counts, by source name and report line, to {@code counter}. */
    void countInto(ParseReport.Counter counter) {
      for (int s = 0; s < sourceNames.size(); s++) {
        long[] c = counts[s];
        for (int line = 0; line < c.length; line++) {
          if (c[line] > 0) counter.add(sourceNames.get(s), lineReadings.get(line), c[line]);
        }
      }
    }

    /** The text of {@code data[from..to)}, malformed UTF-8 replaced by U+FFFD as the reader of {@link #open} does. */
    private static String decode(byte[] data, int from, int to) {
      return new String(data, from, to - from, StandardCharsets.UTF_8);
    }
  }

  /** The bytes of {@code file}, unzipped if its name ends in {@code .gz}. */
  static byte[] readBytes(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      if (!file.getFileName().toString().endsWith(".gz")) return in.readAllBytes();
      try (InputStream unzipped = new GZIPInputStream(in, 1 << 16)) {
        return unzipped.readAllBytes();
      }
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
