package org.crosscheck.arabic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Builds {@code src/main/resources/org/crosscheck/arabic/internal/gazetteer.tsv.gz} from the Who's On First
 * extracts in {@code ../shared/gazetteer} (every {@code wof-XX.tsv} there) (found through the system property {@code crosscheck.shared}).
 * Not part of the normal build; run it on purpose:
 *
 * <pre>mvn -B -Pgenerate test -Dtest=GazetteerGenerator</pre>
 *
 * <p>What it keeps and why:
 *
 * <ul>
 *   <li>countries, regions (governorates), counties (districts), localities and neighbourhoods; not
 *       campuses (airports);
 *   <li>not records WOF marks as no longer current ({@code is_current = 0}), unless one has a name no
 *       kept record of its region has;
 *   <li>Arabic names, plus each name without a generic head (قرية، مدينة، محافظة، قضاء، ناحية، منطقة،
 *       مركز قضاء…), and English names; names of the stoplist are left out, but for a country's first Arabic name (لبنان);
 *   <li>a locality that gives its name to its county (the district seat: Al Qa'im in the county of
 *       Ka'im) lends its Arabic names to a county that has none;
 *   <li>tier A (matched anywhere): countries, regions, counties, localities of at least
 *       {@link #MIN_TIER_A_POPULATION} people and district seats; tier B (matched only after a cue word, see {@link Gazetteer}): the other villages
 *       and the neighbourhoods, without their English names and without one-word names of three letters
 *       or less;
 *   <li>tier-B villages of one region with the same Arabic names are one entry (WOF holds duplicates
 *       from several sources).
 * </ul>
 *
 * <p>Output: gzip-compressed UTF-8 TSV sorted by id, columns {@code id, type (C/R/D/L/N), country,
 * parent, region, population, tier (A/B), Arabic names, English names, lat, lon}, names separated by
 * {@code |}; the first English name is the one reports show (see {@link #displayName}); {@code lat} and
 * {@code lon} are WOF's representative point in decimal degrees, rounded to 5 decimals (about a metre),
 * empty when WOF gives none.
 */
@Tag("generate")
class GazetteerGenerator {
  private static final List<String> HEADS = List.of("مركز قضاء", "مركز ناحية", "مركز محافظة", "قرية", "مدينة", "محافظة",
      "قضاء", "ناحية", "منطقة", "بلدة", "حي", "مخيم");

  /**
   * The least population of a locality matched anywhere. WOF's village records of some countries
   * carry census figures of a handful of people (8,489 of Yemen's 8,521 localities with a population
   * have fewer than 1,000), and such names are too often common words (الوزير، الكامل).
   */
  static final long MIN_TIER_A_POPULATION = 1_000;

  record Row(long id, String country, String type, String name, long parent, long region, long population,
      List<String> arabic, List<String> english, String current, String lat, String lon) {}

  @Test
  void generate() throws IOException {
    Path shared = Path.of(System.getProperty("crosscheck.shared", "../shared")).resolve("gazetteer");
    List<Row> rows = new ArrayList<>();
    List<Path> files;
    try (var listing = Files.list(shared)) {
      files = listing.filter(f -> f.getFileName().toString().matches("wof-[a-z]{2}\\.tsv")).sorted().toList();
    }
    assertThat(files).as("Who's On First extracts in " + shared).isNotEmpty();
    for (Path file : files) rows.addAll(read(file));
    Set<String> stop = GazetteerReader.readStoplist().names();
    Map<Long, Row> byId = new HashMap<>();
    for (Row r : rows) byId.put(r.id(), r);

    // district seats: a locality named like its county
    Set<Long> seats = new HashSet<>();
    Map<Long, List<String>> lentNames = new HashMap<>();
    for (Row r : rows) {
      if (!r.type().equals("locality")) continue;
      Row parent = byId.get(r.parent());
      if (parent == null || !parent.type().equals("county")) continue;
      String own = fold(r.name());
      boolean seat = fold(parent.name()).equals(own);
      for (String e : parent.english()) seat |= fold(e).equals(own);
      if (seat) {
        seats.add(r.id());
        if (parent.arabic().isEmpty() && !r.arabic().isEmpty()) lentNames.putIfAbsent(parent.id(), r.arabic());
      }
    }

    Map<Long, String[]> out = new TreeMap<>();
    Map<String, Set<String>> regionNames = new HashMap<>();
    Set<String> seenVillages = new HashSet<>();
    List<Row> ordered = new ArrayList<>(rows);
    // current records first, so a superseded record only survives with a name of its own
    ordered.sort((a, b) -> a.current().equals("0") == b.current().equals("0") ? Long.compare(a.id(), b.id())
        : a.current().equals("0") ? 1 : -1);
    for (Row r : ordered) {
      String code = switch (r.type()) {
        case "country" -> "C";
        case "region" -> "R";
        case "county" -> "D";
        case "locality" -> "L";
        case "neighbourhood" -> "N";
        default -> null;
      };
      if (code == null) continue;
      boolean tierA = !code.equals("L") && !code.equals("N") || code.equals("L") && r.population() >= MIN_TIER_A_POPULATION
          || seats.contains(r.id());
      List<String> arabic = new ArrayList<>(r.arabic());
      arabic.addAll(lentNames.getOrDefault(r.id(), List.of()));
      Map<String, String> ar = new LinkedHashMap<>();
      // a country's first Arabic name is kept whatever the stoplist says (its لبنان keeps Lebanon from
      // reading as a village of Iraq); its other names are not (الشام is also the Levant and a word of actors' names)
      for (String name : arabic) {
        Set<String> stopHere = code.equals("C") && name.equals(arabic.get(0)) ? Set.of() : stop;
        addName(ar, name, stopHere, tierA);
        for (String head : HEADS) {
          if (name.startsWith(head + " ")) addName(ar, name.substring(head.length() + 1), stopHere, tierA);
        }
      }
      Map<String, String> en = new LinkedHashMap<>();
      if (tierA) {
        List<String> english = new ArrayList<>();
        english.add(displayName(r));
        english.add(r.name());
        english.addAll(r.english());
        for (String name : english) {
          if (name.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF)) continue;
          String key = GazetteerReader.nameKey(name);
          if (!key.isEmpty() && !GazetteerReader.stopped(key, stop)) en.putIfAbsent(key, name.strip());
        }
      }
      if (ar.isEmpty() && en.isEmpty()) continue;
      String regionKey = r.region() + "";
      if (r.current().equals("0")) {
        Set<String> known = regionNames.getOrDefault(regionKey, Set.of());
        if (known.containsAll(ar.keySet())) continue;
      }
      if (!tierA) {
        String dup = code + regionKey + new java.util.TreeSet<>(ar.keySet());
        if (!seenVillages.add(dup)) continue;
      }
      regionNames.computeIfAbsent(regionKey, k -> new HashSet<>()).addAll(ar.keySet());
      boolean point = !r.lat().isEmpty() && !r.lon().isEmpty();
      out.put(r.id(), new String[] {Long.toString(r.id()), code, r.country(), r.parent() == 0 ? "" : Long.toString(r.parent()),
          r.region() == 0 ? "" : Long.toString(r.region()), r.population() == 0 ? "" : Long.toString(r.population()),
          tierA ? "A" : "B", String.join("|", ar.values()), String.join("|", en.values()),
          point ? r.lat() : "", point ? r.lon() : ""});
    }

    Path target = Path.of("src/main/resources/org/crosscheck/arabic/internal").resolve(Gazetteer.RESOURCE);
    try (OutputStream file = Files.newOutputStream(target);
        GZIPOutputStream gz = new GZIPOutputStream(file);
        Writer w = new OutputStreamWriter(gz, StandardCharsets.UTF_8)) {
      w.write("# Places of the countries of ../shared/gazetteer for org.crosscheck.arabic.internal.Gazetteer, generated"
          + " by GazetteerGenerator\n");
      w.write("# from ../shared/gazetteer (Who's On First, CC-BY 4.0, with GeoNames data, CC-BY 4.0; see NOTICE).\n");
      w.write("# id\ttype\tcountry\tparent\tregion\tpopulation\ttier\tnames_ar\tnames_en\tlat\tlon\n");
      for (String[] f : out.values()) w.write(String.join("\t", f) + "\n");
    }
    long a = out.values().stream().filter(f -> f[6].equals("A")).count();
    System.out.printf(Locale.ROOT, "gazetteer: %d places (%d tier A, %d tier B), %d bytes%n", out.size(), a, out.size() - a,
        Files.size(target));
    assertThat(Gazetteer.read(Files.newInputStream(target)).lookup("البو كمال")).isNotEmpty();
  }

  private static void addName(Map<String, String> names, String name, Set<String> stop, boolean tierA) {
    String n = name.strip();
    String key = GazetteerReader.nameKey(n);
    if (key.isEmpty() || GazetteerReader.stopped(key, stop)) return;
    if (!tierA && key.indexOf(' ') < 0 && (key.startsWith("ال") ? key.length() - 2 : key.length()) <= 3) return;
    if (!key.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF)) return;
    names.putIfAbsent(key, n);
  }

  /** Folds a transliteration for comparing names: lower-case ASCII letters only, no leading "al". */
  private static String fold(String s) {
    String k = GazetteerReader.nameKey(s).replace(" ", "");
    StringBuilder sb = new StringBuilder();
    for (char c : k.toCharArray()) if (c >= 'a' && c <= 'z') sb.append(c);
    String f = sb.toString();
    return f.startsWith("al") ? f.substring(2) : f;
  }

  private static List<Row> read(Path file) throws IOException {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null) throw new IOException(file + " is empty");
      if (header.startsWith("\uFEFF")) header = header.substring(1);
      Map<String, Integer> col = new HashMap<>();
      String[] h = header.split("\t", -1);
      for (int i = 0; i < h.length; i++) col.put(h[i], i);
      for (String need : List.of("wof_id", "country", "placetype", "name", "parent_id", "region_id", "population",
          "names_ara", "names_eng", "is_current", "lat", "lon")) {
        if (!col.containsKey(need)) throw new IOException(file + " has no column " + need + "; header: " + header);
      }
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) continue;
        String[] f = line.split("\t", -1);
        rows.add(new Row(Long.parseLong(f[col.get("wof_id")]), f[col.get("country")], f[col.get("placetype")],
            f[col.get("name")], num(f[col.get("parent_id")]), num(f[col.get("region_id")]), num(f[col.get("population")]),
            split(f[col.get("names_ara")]), split(f[col.get("names_eng")]), f[col.get("is_current")],
            degrees(f[col.get("lat")], 90), degrees(f[col.get("lon")], 180)));
      }
    }
    return rows;
  }

  private static long num(String s) {
    if (s.isBlank()) return 0;
    try {
      return (long) Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * A coordinate of the source as the gazetteer writes it: at most 5 decimals, no trailing zeros, no
   * exponent (whatever the default locale); empty when the source has none or it is out of range.
   */
  static String degrees(String s, int limit) {
    if (s.isBlank()) return "";
    BigDecimal d;
    try {
      d = new BigDecimal(s.strip());
    } catch (NumberFormatException e) {
      return "";
    }
    if (d.abs().compareTo(BigDecimal.valueOf(limit)) > 0) return "";
    d = d.setScale(5, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }

  private static List<String> split(String s) {
    List<String> out = new ArrayList<>(new LinkedHashSet<>(List.of(s.split("\\|"))));
    out.removeIf(String::isBlank);
    return out;
  }

  /**
   * The English name a report shows, first of the English names: WOF's own name unless it carries
   * transliteration marks (Ālbū Kamāl) or is in Arabic script, where the first plain English name
   * is taken (Abu Kamal); for a governorate, its English name with "Governorate" or "Province"
   * when there is one, so that it is not taken for its capital (WOF names the governorate of Deir
   * ez-Zor "Days Az Zawr").
   */
  static String displayName(Row r) {
    if (r.type().equals("region")) {
      for (String e : r.english()) {
        if (e.endsWith(" Governorate") || e.endsWith(" Province")) return e.strip();
      }
    }
    boolean plain = r.name().chars().allMatch(c -> c < 0x80);
    if (!plain) {
      for (String e : r.english()) {
        if (!e.isBlank() && e.chars().allMatch(c -> c < 0x80)) return e.strip();
      }
    }
    return r.name();
  }
}
