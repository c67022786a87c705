package org.crosscheck.arabic.internal;

import static com.google.common.base.Preconditions.checkNotNull;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Reads the gazetteer file format (gzip-compressed UTF-8 TSV, one place a line: id, type code, country,
 * parent, region, population, tier, Arabic names, English names, and optionally latitude and longitude
 * in decimal degrees, both empty when unknown; see {@code GazetteerGenerator}) and the stoplist of names that are common words ({@code
 * gazetteer-stoplist.txt}), and makes the name keys both match on. Stateless.
 */
final class GazetteerReader {
  private GazetteerReader() {}

  static Gazetteer read(InputStream gzipped) {
    checkNotNull(gzipped, "gzipped");
    return read(List.of(new Source("gazetteer", gzipped)), Set.of());
  }

  /** The places of {@code builtIn} (when given) and then of {@code files}; see {@link Gazetteer#read(List, boolean)}. */
  static Gazetteer read(List<java.nio.file.Path> files, @org.jspecify.annotations.Nullable InputStream builtIn,
      Set<String> countries) {
    List<Source> sources = new ArrayList<>();
    if (builtIn != null) sources.add(new Source("gazetteer", builtIn));
    for (java.nio.file.Path f : files) {
      try {
        sources.add(new Source(f.toString(), java.nio.file.Files.newInputStream(f)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the gazetteer " + f + ": " + e.getMessage(), e);
      }
    }
    return read(sources, countries);
  }

  /** A gazetteer file to read: its name in errors and its bytes, gzip-compressed or plain UTF-8. */
  record Source(String name, InputStream in) {}

  /**
   * The places of every source, in order (a place whose id an earlier source has is left out), of
   * {@code countries} only unless it is empty, with the stoplist; each source closed after reading.
   */
  static Gazetteer read(List<Source> sources, Set<String> countries) {
    Gazetteer.Stoplist stoplist = readStoplist();
    Set<String> stop = stoplist.names();
    List<Place> places = new ArrayList<>();
    Set<Long> ids = new HashSet<>();
    Map<String, List<Integer>> names = new HashMap<>();
    for (Source source : sources) {
      java.io.BufferedInputStream in;
      try {
        in = unzipped(source.in());
        String lower = source.name().toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".geojson") || lower.endsWith(".json") || json(in)) {
          try (InputStream closing = in) {
            for (org.crosscheck.arabic.internal.GeoJsonPlaces.Feature f
                : regions(org.crosscheck.arabic.internal.GeoJsonPlaces.read(source.name(), closing), places, ids)) {
              GeoJsonPlaces.Point at = f.point();
              Place p = new Place(f.id(), Place.Type.valueOf(f.level().name()), f.country(), f.parentId(), f.regionId(),
                  f.population(), f.needsCue(), f.namesAr().isEmpty() ? "" : f.namesAr().get(0),
                  f.namesEn().isEmpty() ? "" : f.namesEn().get(0), at == null ? Float.NaN : (float) at.latitude(),
                  at == null ? Float.NaN : (float) at.longitude());
              add(p, List.of(String.join("|", f.namesAr()), String.join("|", f.namesEn())), countries, ids, places, names, stop);
            }
          }
          continue;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + source.name() + ": " + e.getMessage(), e);
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        int number = 0;
        while ((line = r.readLine()) != null) {
          number++;
          if (line.isEmpty() || line.startsWith("#")) continue;
          String[] f = line.split("\t", -1);
          if (f.length != 9 && f.length != 11) {
            throw new IllegalStateException(source.name() + " line " + number + " needs 9 or 11 tab-separated fields (id,"
                + " type, country, parent, region, population, tier, Arabic names, English names, and optionally"
                + " latitude and longitude), got " + f.length);
          }
          Place p;
          try {
            float lat = f.length == 11 ? degrees(f[9], "latitude", 90) : Float.NaN;
            float lon = f.length == 11 ? degrees(f[10], "longitude", 180) : Float.NaN;
            if (Float.isNaN(lat) != Float.isNaN(lon)) {
              throw new IllegalArgumentException("give both latitude and longitude (fields 10 and 11) or leave both empty");
            }
            p = new Place(Long.parseLong(f[0]), type(f[1]), f[2], parse(f[3]), parse(f[4]), parse(f[5]), f[6].equals("B"),
                first(f[7]), first(f[8]), lat, lon);
          } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source.name() + " line " + number + ": " + e.getMessage(), e);
          }
          add(p, List.of(f[7], f[8]), countries, ids, places, names, stop);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + source.name() + ": " + e.getMessage(), e);
      }
    }
    Map<String, int[]> byName = new HashMap<>(names.size() * 2);
    names.forEach((k, v) -> byName.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return new Gazetteer(places, byName, stoplist);
  }

  /**
   * Adds {@code p} with its names (groups of names separated by {@code |}, the first of each group its
   * own) unless it is of another country than {@code countries} or its id is taken.
   */
  private static void add(Place p, List<String> groups, Set<String> countries, Set<Long> ids, List<Place> places,
      Map<String, List<Integer>> names, Set<String> stop) {
    if ((!countries.isEmpty() && !countries.contains(p.country())) || !ids.add(p.id())) return;
    int index = places.size();
    places.add(p);
    Set<String> keys = new HashSet<>();
    for (String group : groups) {
      if (group.isEmpty()) continue;
      boolean own = true;
      for (String name : group.split("\\|")) {
        String key = nameKey(name);
        // a country's own name is never stopped: the stoplist's لبنان kept Lebanon from reading as a village of
        // Iraq before the gazetteer held Lebanon
        boolean kept = own && p.type() == Place.Type.COUNTRY;
        if (key.isEmpty() || !kept && stopped(key, stop) || !keys.add(key)) continue;
        names.computeIfAbsent(key, k -> new ArrayList<>(1)).add(index * 2 + (own ? 1 : 0));
        own = false;
      }
    }
  }

  /**
   * The features with their region filled in where they give none: the nearest region up their
   * parents, through the file's features and the places read before ({@code places}, {@code ids}).
   */
  private static List<org.crosscheck.arabic.internal.GeoJsonPlaces.Feature> regions(
      List<org.crosscheck.arabic.internal.GeoJsonPlaces.Feature> features, List<Place> places, Set<Long> ids) {
    Map<Long, org.crosscheck.arabic.internal.GeoJsonPlaces.Feature> own = new HashMap<>();
    for (var f : features) own.putIfAbsent(f.id(), f);
    Map<Long, Place> known = new HashMap<>();
    for (Place p : places) known.put(p.id(), p);
    List<org.crosscheck.arabic.internal.GeoJsonPlaces.Feature> out = new ArrayList<>(features.size());
    for (var f : features) {
      long region = f.regionId();
      long at = f.parentId();
      for (int depth = 0; region == 0 && at != 0 && depth < 16; depth++) {
        var parent = own.get(at);
        if (parent != null) {
          if (parent.level() == org.crosscheck.arabic.internal.GeoJsonPlaces.Level.REGION) region = parent.id();
          else if (parent.regionId() != 0) region = parent.regionId();
          at = parent.parentId();
        } else {
          Place p = ids.contains(at) ? known.get(at) : null;
          if (p != null) region = p.type() == Place.Type.REGION ? p.id() : p.regionId();
          at = 0;
        }
      }
      out.add(region == f.regionId() || f.level() == org.crosscheck.arabic.internal.GeoJsonPlaces.Level.REGION
          || f.level() == org.crosscheck.arabic.internal.GeoJsonPlaces.Level.COUNTRY ? f
          : new org.crosscheck.arabic.internal.GeoJsonPlaces.Feature(f.id(), f.level(), f.country(), f.parentId(), region,
              f.population(), f.needsCue(), f.namesAr(), f.namesEn(), f.point()));
    }
    return out;
  }

  /** The stream unzipped when it starts with the gzip magic number, else as it is. */
  private static java.io.BufferedInputStream unzipped(InputStream in) throws IOException {
    java.io.BufferedInputStream b = new java.io.BufferedInputStream(in);
    b.mark(2);
    int first = b.read();
    int second = b.read();
    b.reset();
    return first == 0x1f && second == 0x8b ? new java.io.BufferedInputStream(new GZIPInputStream(b)) : b;
  }

  /** Whether the stream holds JSON (its first character after white space and a byte order mark is an opening brace). */
  private static boolean json(java.io.BufferedInputStream in) throws IOException {
    in.mark(4096);
    int c;
    int n = 0;
    do {
      c = in.read();
      n++;
    } while (n < 4096 && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xEF || c == 0xBB || c == 0xBF));
    in.reset();
    return c == '{';
  }

  /**
   * A coordinate in decimal degrees ({@code 33.31}, {@code -15.5}), within {@code -limit} to {@code
   * limit}; {@link Float#NaN} for an empty field.
   *
   * @throws IllegalArgumentException naming the field and the fix otherwise
   */
  static float degrees(String s, String what, int limit) {
    if (s.isEmpty()) return Float.NaN;
    boolean plain = s.length() <= 24;
    int digits = 0;
    int dots = 0;
    for (int i = 0; i < s.length() && plain; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') digits++;
      else if (c == '.' && digits > 0) dots++;
      else plain = i == 0 && c == '-';
    }
    if (!plain || digits == 0 || dots > 1 || s.endsWith(".")) {
      throw new IllegalArgumentException("the " + what + " '" + s + "' is not a number in decimal degrees; write it as"
          + " 33.31 or -15.5 (a dot, no degree sign or N/S/E/W), or leave latitude and longitude empty");
    }
    double d = Double.parseDouble(s);
    if (d < -limit || d > limit) {
      throw new IllegalArgumentException("the " + what + " " + s + " is out of range; it lies in [-" + limit + ", "
          + limit + "] (are latitude and longitude swapped?)");
    }
    return (float) d;
  }

  private static long parse(String s) {
    return s.isEmpty() ? 0 : Long.parseLong(s);
  }

  private static String first(String names) {
    int bar = names.indexOf('|');
    return bar < 0 ? names : names.substring(0, bar);
  }

  private static Place.Type type(String code) {
    return switch (code) {
      case "C" -> Place.Type.COUNTRY;
      case "R" -> Place.Type.REGION;
      case "D" -> Place.Type.COUNTY;
      case "L" -> Place.Type.LOCALITY;
      case "N" -> Place.Type.NEIGHBOURHOOD;
      default -> throw new IllegalArgumentException("unknown place type code '" + code + "'; use C, R, D, L or N");
    };
  }

  /** The stoplist, as name keys without a leading article. */
  static Gazetteer.Stoplist readStoplist() {
    Set<String> stop = new HashSet<>();
    Map<String, Set<String>> notBefore = new HashMap<>();
    for (Lexicon.Line l : Lexicon.read("gazetteer-stoplist.txt")) {
      if (l.has(1)) notBefore.computeIfAbsent(nameKey(l.field(0)), k -> new HashSet<>()).add(nameKey(l.field(1)));
      else stop.add(withoutArticle(nameKey(l.field(0))));
    }
    return new Gazetteer.Stoplist(stop, notBefore);
  }

  static boolean stopped(String key, Set<String> stop) {
    return stop.contains(withoutArticle(key));
  }

  private static String withoutArticle(String key) {
    return key.startsWith("ال") && key.length() > 4 && key.indexOf(' ') != 2 ? key.substring(2) : key;
  }

  /** A name as a lookup key: normalized, its letter runs joined by one space ("Abu-Kamal" is "abu kamal"). */
  static String nameKey(String name) {
    String n = ArabicNormalizer.normalizeToString(name);
    StringBuilder sb = new StringBuilder(n.length());
    boolean gap = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isLetter(c)) {
        if (gap && sb.length() > 0) sb.append(' ');
        sb.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return sb.toString();
  }

  /** Nationality adjectives to country codes (see {@link Gazetteer#nationalityAdjectives()}). */
  static Map<String, String> nationalityAdjectives(List<Place> places) {
    Map<String, String> out = new HashMap<>();
    for (Place p : places) {
      if (p.type() != Place.Type.COUNTRY || p.nameAr().isEmpty()) continue;
      String key = nameKey(p.nameAr());
      boolean adjective = false;
      if (key.indexOf(' ') >= 0) {
        // "الجمهورية اليمنية": the last word of a formal name is already the adjective
        key = key.substring(key.lastIndexOf(' ') + 1);
        if (!key.endsWith("يه")) continue;
        adjective = true;
      }
      if (key.startsWith("ال") && key.length() > 4) key = key.substring(2);
      if (adjective) key = key.substring(0, key.length() - 1);
      else if (key.endsWith("يه")) key = key.substring(0, key.length() - 2) + "ي";
      else if (key.endsWith("ا") || key.endsWith("ه")) key = key.substring(0, key.length() - 1);
      if (!key.endsWith("ي")) key = key + "ي";
      if (key.length() >= 3) out.putIfAbsent(key, p.country());
    }
    return Map.copyOf(out);
  }
}
