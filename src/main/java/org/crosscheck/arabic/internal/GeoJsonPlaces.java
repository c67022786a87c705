package org.crosscheck.arabic.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads places of one's own from a GeoJSON {@code FeatureCollection}, for a gazetteer added to or
 * substituted for the built-in one (the Arabic gazetteer's {@code Gazetteer.read}, the command
 * line's {@code --gazetteer FILE.geojson}).
 *
 * <p>Each feature is a place. Its {@code properties} give, under the keys common in the wild:
 *
 * <ul>
 *   <li>the id: {@code id} or {@code wof:id} (a whole number), else the feature's own {@code id};
 *   <li>the names: {@code name} and {@code wof:name} (Arabic or English, told by the script),
 *       {@code name:ar}, {@code name_ar}, {@code name:en}, {@code name_en}, the Who's On First arrays
 *       {@code name:ara_x_preferred}, {@code name:eng_x_variant} and the like, and {@code alt_names} or
 *       {@code names} (an array, or one string with names separated by {@code |}); a name's language
 *       is its script's, the first Arabic and the first English name are the place's own;
 *   <li>the level: {@code type}, {@code placetype} or {@code wof:placetype}: country; region, province,
 *       governorate or state; county or district; locality, city, town or village; neighbourhood,
 *       neighborhood or quarter;
 *   <li>the country: {@code country}, {@code wof:country} or {@code iso_country}, an ISO 3166-1 alpha-2
 *       code;
 *   <li>optionally the parent ({@code parent}, {@code parent_id} or {@code wof:parent_id}), the region
 *       ({@code region}, {@code region_id}, {@code wof:region_id}), the population ({@code population},
 *       {@code wof:population}, {@code gn:population}) and the tier ({@code tier}: {@code A}, matched
 *       anywhere, the default, or {@code B}, matched only after a cue word, as in the TSV format).
 * </ul>
 *
 * <p>The geometry may be a {@code Point}, or a {@code Polygon} or {@code MultiPolygon} whose
 * representative point is the centre of the feature's {@code bbox} when it has one, else the mean of
 * its outer rings' vertices; it may also be {@code null}. Stateless.
 */
public final class GeoJsonPlaces {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GeoJsonPlaces() {}

  /** The level of a place, from the highest. */
  public enum Level {
    /** A country. */
    COUNTRY,
    /** A first-level division: a region, province, governorate or state. */
    REGION,
    /** A second-level division: a county or district. */
    COUNTY,
    /** A city, town or village. */
    LOCALITY,
    /** A quarter of a locality. */
    NEIGHBOURHOOD
  }

  /**
   * A point on the earth, in degrees (WGS 84).
   *
   * <p>Immutable and thread-safe.
   *
   * @param latitude degrees north, -90 to 90
   * @param longitude degrees east, -180 to 180
   */
  public record Point(double latitude, double longitude) {
    /**
     * Checks the ranges.
     *
     * @throws IllegalArgumentException if a coordinate is out of range or not a number
     */
    public Point {
      if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
        throw new IllegalArgumentException("a point needs a latitude in [-90, 90] and a longitude in [-180, 180], got "
            + latitude + " and " + longitude + " (GeoJSON writes [longitude, latitude])");
      }
    }
  }

  /**
   * A place of a GeoJSON file.
   *
   * <p>Immutable and thread-safe.
   *
   * @param id the place's id, positive
   * @param level what sort of place
   * @param country its ISO 3166-1 alpha-2 code, in capitals
   * @param parentId the id of the place that contains it, 0 when not given
   * @param regionId the id of its region, 0 when not given
   * @param population how many people live there, 0 when not given
   * @param needsCue whether it is matched only after a cue word (tier B)
   * @param namesAr its Arabic names, its own first
   * @param namesEn its English (Latin-script) names, its own first
   * @param point its representative point, or {@code null} when the feature has no geometry
   */
  public record Feature(long id, Level level, String country, long parentId, long regionId, long population,
      boolean needsCue, List<String> namesAr, List<String> namesEn, @Nullable Point point) {
    /**
     * Copies the name lists and checks the id and the names.
     *
     * @throws IllegalArgumentException if the id is not positive or the feature has no name
     */
    public Feature {
      checkNotNull(level, "level");
      checkNotNull(country, "country");
      namesAr = List.copyOf(namesAr);
      namesEn = List.copyOf(namesEn);
      if (id <= 0) throw new IllegalArgumentException("a place needs a positive id, got " + id);
      if (namesAr.isEmpty() && namesEn.isEmpty()) throw new IllegalArgumentException("a place needs a name");
    }
  }

  /**
   * The features of a GeoJSON {@code FeatureCollection}, in order.
   *
   * @param name the file's name, for errors
   * @param in the UTF-8 JSON, read to its end but not closed
   * @throws IllegalStateException naming the file, the feature's index and the member if the file is
   *     not a collection of places as described above, with the fix
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static List<Feature> read(String name, InputStream in) {
    checkNotNull(name, "name");
    checkNotNull(in, "in");
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(name + ": not JSON (" + e.getOriginalMessage() + "); give a GeoJSON"
          + " FeatureCollection", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
    if (root == null || !root.path("type").asText("").equals("FeatureCollection") || !root.path("features").isArray()) {
      throw new IllegalStateException(name + ": a gazetteer in GeoJSON is an object with \"type\": \"FeatureCollection\""
          + " and an array \"features\"");
    }
    List<Feature> out = new ArrayList<>();
    int index = 0;
    for (JsonNode f : root.get("features")) {
      try {
        out.add(feature(f));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(name + " feature " + index + e.getMessage(), e);
      }
      index++;
    }
    return List.copyOf(out);
  }

  /** A feature; an {@link IllegalArgumentException}'s message starts with " (member): ". */
  private static Feature feature(JsonNode f) {
    if (!f.isObject() || !f.path("type").asText("").equals("Feature")) {
      throw bad("type", "a feature is an object with \"type\": \"Feature\"");
    }
    JsonNode p = f.path("properties");
    if (!p.isObject()) throw bad("properties", "a place needs an object \"properties\" with its names, type and country");
    long id = number(p, "id", "wof:id");
    if (id == 0 && f.has("id")) id = whole(f.get("id"), "id");
    if (id <= 0) throw bad("properties.id", "a place needs a positive whole-number \"id\" (or \"wof:id\")");
    Set<String> ar = new LinkedHashSet<>();
    Set<String> en = new LinkedHashSet<>();
    names(p, ar, en);
    if (ar.isEmpty() && en.isEmpty()) {
      throw bad("properties.name", "a place needs a \"name\" (or \"name:ar\", \"name:en\", \"names\")");
    }
    String type = text(p, "type", "placetype", "wof:placetype");
    if (type == null) throw bad("properties.type", "a place needs a \"type\": " + LEVEL_WORDS);
    Level level = level(type);
    String country = text(p, "country", "wof:country", "iso_country");
    if (country == null || !country.matches("[A-Za-z]{2}")) {
      throw bad("properties.country", "a place needs a \"country\", an ISO 3166-1 alpha-2 code like \"SD\"; got "
          + (country == null ? "none" : "\"" + country + "\""));
    }
    String tier = text(p, "tier");
    if (tier != null && !tier.equals("A") && !tier.equals("B")) {
      throw bad("properties.tier", "\"tier\" is \"A\" (matched anywhere) or \"B\" (only after a cue word), got \"" + tier
          + "\"");
    }
    return new Feature(id, level, country.toUpperCase(Locale.ROOT), number(p, "parent", "parent_id",
        "wof:parent_id"), number(p, "region", "region_id", "wof:region_id"),
        number(p, "population", "wof:population", "gn:population"), "B".equals(tier),
        List.copyOf(ar), List.copyOf(en), point(f));
  }

  private static final String LEVEL_WORDS = "country; region, province, governorate or state; county or district;"
      + " locality, city, town or village; neighbourhood or quarter";

  private static Level level(String type) {
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "country" -> Level.COUNTRY;
      case "region", "province", "governorate", "state" -> Level.REGION;
      case "county", "district" -> Level.COUNTY;
      case "locality", "city", "town", "village" -> Level.LOCALITY;
      case "neighbourhood", "neighborhood", "quarter", "microhood", "macrohood" -> Level.NEIGHBOURHOOD;
      default -> throw bad("properties.type", "unknown place type \"" + type + "\"; one of " + LEVEL_WORDS);
    };
  }

  /** The names of the keys above, by script, in the order: own names, then alternates. */
  private static void names(JsonNode p, Set<String> ar, Set<String> en) {
    for (String key : List.of("name:ar", "name_ar")) add(p, key, ar, ar);
    for (String key : List.of("name:en", "name_en")) add(p, key, en, en);
    for (String key : List.of("name", "wof:name")) add(p, key, ar, en);
    List<String> wof = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
      String key = it.next().getKey();
      if (key.startsWith("name:ara_x_") || key.startsWith("name:eng_x_")) wof.add(key);
    }
    wof.sort(null); // "preferred" before "variant"
    for (String key : wof) add(p, key, key.startsWith("name:ara") ? ar : en, key.startsWith("name:ara") ? ar : en);
    for (String key : List.of("alt_names", "names")) add(p, key, ar, en);
  }

  private static void add(JsonNode p, String key, Set<String> ar, Set<String> en) {
    JsonNode v = p.get(key);
    if (v == null || v.isNull()) return;
    List<String> names = new ArrayList<>();
    if (v.isTextual()) {
      names.addAll(List.of(v.asText().split("\\|")));
    } else if (v.isArray()) {
      for (JsonNode n : v) {
        if (!n.isTextual()) throw bad("properties." + key, "names are strings, got " + n);
        names.add(n.asText());
      }
    } else {
      throw bad("properties." + key, "a name is a string (or an array of strings), got " + v);
    }
    for (String n : names) {
      String s = n.strip();
      if (s.isEmpty()) continue;
      (arabic(s) ? ar : en).add(s);
    }
  }

  private static boolean arabic(String s) {
    return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
  }

  private static @Nullable String text(JsonNode p, String... keys) {
    for (String k : keys) {
      JsonNode v = p.get(k);
      if (v != null && v.isTextual() && !v.asText().isBlank()) return v.asText().strip();
    }
    return null;
  }

  /** The first of {@code keys} given, a whole number (or a string of digits); 0 when none is. */
  private static long number(JsonNode p, String... keys) {
    for (String k : keys) {
      JsonNode v = p.get(k);
      if (v != null && !v.isNull() && !(v.isTextual() && v.asText().isBlank())) return whole(v, "properties." + k);
    }
    return 0;
  }

  private static long whole(JsonNode v, String member) {
    if (v.isIntegralNumber() && v.canConvertToLong()) return v.asLong();
    if (v.isTextual() && v.asText().strip().matches("[0-9]{1,18}")) return Long.parseLong(v.asText().strip());
    throw bad(member, "a whole number is expected, got " + v);
  }

  private static @Nullable Point point(JsonNode f) {
    JsonNode g = f.get("geometry");
    if (g == null || g.isNull()) return null;
    JsonNode bbox = f.has("bbox") ? f.get("bbox") : g.get("bbox");
    String type = g.path("type").asText("");
    JsonNode c = g.path("coordinates");
    try {
      switch (type) {
        case "Point" -> {
          return position(c);
        }
        case "Polygon", "MultiPolygon" -> {
          if (bbox != null && bbox.isArray() && bbox.size() == 4) {
            Point low = position(JSON.createArrayNode().add(bbox.get(0)).add(bbox.get(1)));
            Point high = position(JSON.createArrayNode().add(bbox.get(2)).add(bbox.get(3)));
            return new Point((low.latitude() + high.latitude()) / 2, (low.longitude() + high.longitude()) / 2);
          }
          List<JsonNode> rings = new ArrayList<>();
          if (type.equals("Polygon")) {
            rings.add(c.path(0));
          } else {
            for (JsonNode polygon : c) rings.add(polygon.path(0));
          }
          double lat = 0;
          double lon = 0;
          int n = 0;
          for (JsonNode ring : rings) {
            if (!ring.isArray() || ring.size() < 4) throw new IllegalArgumentException("a ring needs 4 positions or more");
            for (int i = 0; i < ring.size() - 1; i++) { // the last position closes the ring
              Point v = position(ring.get(i));
              lat += v.latitude();
              lon += v.longitude();
              n++;
            }
          }
          if (n == 0) throw new IllegalArgumentException("a polygon needs a ring");
          return new Point(lat / n, lon / n);
        }
        default -> throw new IllegalArgumentException("a geometry is a Point, Polygon or MultiPolygon, got \"" + type + "\"");
      }
    } catch (IllegalArgumentException e) {
      throw bad("geometry", e.getMessage() + "; give coordinates as in RFC 7946, [longitude, latitude]");
    }
  }

  private static Point position(JsonNode c) {
    if (!c.isArray() || c.size() < 2 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
      throw new IllegalArgumentException("a position is [longitude, latitude], got " + c);
    }
    return new Point(c.get(1).asDouble(), c.get(0).asDouble());
  }

  private static IllegalArgumentException bad(String member, String message) {
    return new IllegalArgumentException(" (" + member + "): " + message);
  }
}
