package org.crosscheck.arabic.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Places of Syria, Iraq and twelve more countries of the region, and a matcher that finds their names in Arabic (or transliterated
 * English) text.
 *
 * <p>The data is {@code gazetteer.tsv.gz} beside this class, generated from Who's On First by
 * {@code GazetteerGenerator} (a test tagged "generate": {@code mvn -B -Pgenerate test -Dtest=GazetteerGenerator}) and committed, so the build
 * needs neither the network nor {@code ../shared}. Each place has its WOF id, type, parent and region
 * ids, population, representative point ({@link Place#lat()}, {@link Place#lon()}) and its Arabic and
 * English names and spellings (البوكمال، البو كمال، أبو كمال، Abu Kamal and Albu Kamal are names of one
 * locality).
 *
 * <h2>Matching</h2>
 *
 * <ul>
 *   <li>Names are compared after {@link ArabicNormalizer} and with their words joined by one space;
 *       a hyphen or apostrophe between words is skipped (Abu-Kamal, Qa'im).
 *   <li>The first word may carry attached prefixes (و، ف، ب، ل، ك، ال، وال، بال، لل، فال، كال),
 *       stripped as {@link Clitics} lists them; the longest name wins, multi-word names included
 *       (دير الزور، أبو كمال).
 *   <li>Names in {@code gazetteer-stoplist.txt} are never matched: common words and personal names
 *       that are also village names (جديدة، مزرعة، محمد، خالد).
 *   <li>A name right after ابو، ابن، بن، ام، عبد is part of a person's name and is skipped.
 *   <li>Small villages and neighbourhoods ({@link Place#needsCue()}) are matched only after a cue word
 *       (قرية، بلدة، مدينة، منطقة، ناحية، حي، ريف، مخيم، جيب، شمال…) or in a list right after another
 *       place (راوة وعنة). A plain preposition is no cue: thousands of village names are also common
 *       words (مجموعة، المعركة، الهزيمة), and "في المعركة" is no place.
 *   <li>Lines "name TAB word" of the stoplist block a name before that word (القائم بأعمال).
 *   <li>A name of up to three letters ending in ة is not matched where the text writes it with a final
 *       ه, unless a cue or a list says place: "عنه" (about it) is no spelling of عنة (Anah).
 *   <li>On ambiguity the candidates are ordered by the type a cue asks for (مدينة → locality,
 *       محافظة → region, قضاء/منطقة/ناحية → county, حي → neighbourhood), then places matched anywhere
 *       before cue-only villages, then places whose own (first) name it is before places that list it as
 *       an alternate (الموصل is the city's own name and one of the governorate's), then by population,
 *       then by level (region before county before locality), then by id.
 * </ul>
 *
 * <p>Immutable and thread-safe once loaded; matching is linear in the length of the text.
 */
public final class Gazetteer {
  /** The resource the standard gazetteer is read from. */
  public static final String RESOURCE = "gazetteer.tsv.gz";

  private static final Set<String> PERSON_HEADS = Set.of("ابو", "ابن", "بن", "ام", "عبد", "ابي", "بنت", "ال");
  private static final Map<String, Place.@Nullable Type> CUES = cues();

  private final List<Place> places;
  private final Map<Long, Place> byId;
  private final Map<String, Place> countries;
  private final Map<String, String> adjectives;
  /** Name key to place indices, each times two plus one when the name is the place's first (own) name. */
  private final Map<String, int[]> byName;
  /** Each first word of a name: the most words a name starting with it has, and its own places if it is a name. */
  private final Map<String, FirstWord> byFirstWord;

  private record FirstWord(int maxWords, int @Nullable [] places) {}

  /** The first words of names, and the names of two words or more ({@link HashFilter}). */
  private final HashFilter firstWords = new HashFilter();
  private final HashFilter longNames = new HashFilter();
  /** For each clitic reading of a word, the names starting with it, or none at all when no reading starts a name. */
  private final TermValues<@Nullable FirstWord[]> firstWordsOf;
  /** Whether each place needs a cue word before it. */
  private final boolean[] needsCue;

  private final Stoplist stoplist;
  private final Namesakes namesakes;

  /** The stoplist: names never matched, and names not matched before certain words. */
  record Stoplist(Set<String> names, Map<String, Set<String>> notBefore) {}

  Gazetteer(List<Place> places, Map<String, int[]> byName, Stoplist stoplist) {
    this.places = List.copyOf(places);
    this.byName = byName;
    this.stoplist = stoplist;
    this.byId = new HashMap<>();
    this.countries = new HashMap<>();
    for (Place p : places) {
      byId.put(p.id(), p);
      if (p.type() == Place.Type.COUNTRY) countries.putIfAbsent(p.country(), p);
    }
    this.adjectives = GazetteerReader.nationalityAdjectives(places);
    Map<String, Integer> longestByFirstWord = new HashMap<>();
    for (String key : byName.keySet()) {
      int sp = key.indexOf(' ');
      String first = sp < 0 ? key : key.substring(0, sp);
      int words = 1;
      for (int i = 0; i < key.length(); i++) if (key.charAt(i) == ' ') words++;
      longestByFirstWord.merge(first, words, Math::max);
      if (words > 1) longNames.add(key.hashCode());
    }
    this.byFirstWord = new HashMap<>(longestByFirstWord.size() * 4 / 3 + 1);
    for (Map.Entry<String, Integer> e : longestByFirstWord.entrySet()) {
      byFirstWord.put(e.getKey(), new FirstWord(e.getValue(), byName.get(e.getKey())));
      firstWords.add(e.getKey().hashCode());
    }
    this.firstWordsOf = new TermValues<>(this::firstWordsOf);
    this.needsCue = new boolean[this.places.size()];
    for (int k = 0; k < needsCue.length; k++) needsCue[k] = this.places.get(k).needsCue();
    this.namesakes = new Namesakes(this.places, byName);
  }

  /** Which place a bare name stands for in any language: {@link Namesakes}. */
  public Namesakes namesakes() {
    return namesakes;
  }

  private static final @Nullable FirstWord[] NO_FIRST_WORDS = new FirstWord[0];

  /**
   * The names that may start at a word of this term: for each of its clitic readings, the first
   * word entry of its stem or {@code null}; an empty array when no reading starts a name.
   */
  private @Nullable FirstWord[] firstWordsOf(Term term) {
    List<Clitics.Reading> readings = term.readings();
    @Nullable FirstWord[] out = new FirstWord[readings.size()];
    boolean any = false;
    for (int ri = 0; ri < readings.size(); ri++) {
      out[ri] = firstWord(readings.get(ri).stem());
      any |= out[ri] != null;
    }
    return any ? out : NO_FIRST_WORDS;
  }

  /** The first word entry of {@code stem}, or {@code null}. */
  private @Nullable FirstWord firstWord(String stem) {
    return firstWords.mayContain(stem.hashCode()) ? byFirstWord.get(stem) : null;
  }

  /**
   * Nationality adjectives to the code of their country, as normalized keys: the country's Arabic
   * name without the article and a final ا or ة, ending in ي (سوريا → سوري، العراق → عراقي،
   * السعودية → سعودي، إسرائيل → إسرائيلي), or the adjective that ends a formal name (الجمهورية
   * اليمنية → يمني).
   */
  public Map<String, String> nationalityAdjectives() {
    return adjectives;
  }

  /** The country with this ISO 3166-1 alpha-2 code ({@code "SD"}), if the gazetteer holds it. */
  public Optional<Place> country(String code) {
    checkNotNull(code, "code");
    return Optional.ofNullable(countries.get(code));
  }

  /**
   * The gazetteer built into the library, loaded on first use.
   *
   * @throws IllegalStateException if the resource is missing from the class path
   */
  public static Gazetteer standard() {
    return Holder.STANDARD;
  }

  /**
   * Reads a gazetteer in the resource format (gzip-compressed UTF-8 TSV, with or without the
   * coordinates; see {@code GazetteerGenerator}).
   *
   * @throws UncheckedIOException if the stream cannot be read
   * @throws IllegalStateException naming the line if a line is malformed
   */
  public static Gazetteer read(InputStream gzipped) {
    checkNotNull(gzipped, "gzipped");
    return GazetteerReader.read(gzipped);
  }

  /**
   * The places of {@code files} (the resource format, gzip-compressed or plain UTF-8 TSV, or a GeoJSON
   * {@code FeatureCollection} as {@link org.crosscheck.arabic.internal.GeoJsonPlaces} reads it, told by the
   * extension {@code .geojson} or {@code .json} or by an opening brace; a feature without a region takes
   * the nearest up its parents), after the built-in ones when {@code withBuiltIn}, of {@code countries}
   * only (ISO codes; empty for all): a run's own places, through the extractors' builders and the
   * command line's {@code --gazetteer} and {@code --countries}. A place whose id comes earlier is kept.
   *
   * @throws UncheckedIOException naming the file if one cannot be read
   * @throws IllegalStateException naming the file and line (or GeoJSON feature and member) of a malformed one
   */
  public static Gazetteer read(List<java.nio.file.Path> files, boolean withBuiltIn, Set<String> countries) {
    return GazetteerReader.read(checkNotNull(files, "files"), withBuiltIn ? Holder.resource() : null,
        Set.copyOf(checkNotNull(countries, "countries")));
  }

  /** How many places. */
  public int size() {
    return places.size();
  }

  /** The place with WOF id {@code id}. */
  public Optional<Place> byId(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The places a name (in any spelling the gazetteer knows) may denote, best first; empty for an
   * unknown or stoplisted name.
   */
  public List<Place> lookup(String name) {
    checkNotNull(name, "name");
    String key = GazetteerReader.nameKey(name);
    int[] hits = byName.get(key);
    if (hits == null && key.startsWith("ال")) hits = byName.get(key.substring(2));
    if (hits == null) hits = byName.get("ال" + key);
    return hits == null ? List.of() : ordered(hits, null);
  }

  /**
   * Every place name in {@code text}.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public List<PlaceMatch> find(String text) {
    return find(ArabicNormalizer.normalize(checkNotNull(text, "text")));
  }

  /** Every place name in an already normalized text. */
  public List<PlaceMatch> find(NormalizedText text) {
    return find(Tokens.of(text));
  }

  List<PlaceMatch> find(Tokens t) {
    List<PlaceMatch> out = new ArrayList<>();
    int lastEnd = -10;
    int i = 0;
    while (i < t.size()) {
      Hit h = t.isWord(i) ? longest(t, i) : null;
      if (h == null) {
        i++;
        continue;
      }
      int prev = i - 1;
      Place.Type cue = null;
      boolean cued = false;
      if (t.isArabic(prev) && !t.breakBefore(i)) {
        if (PERSON_HEADS.contains(t.text(prev))) {
          i = h.last + 1;
          continue;
        }
        String pw = cueWord(t.text(prev));
        if (pw != null) {
          cued = true;
          cue = CUES.get(pw);
        }
      }
      Set<String> notBefore = stoplist.notBefore().get(h.key);
      if (notBefore != null && t.isWord(h.last + 1) && notBefore.contains(t.text(h.last + 1))) {
        i = h.last + 1;
        continue;
      }
      boolean listed = lastEnd == i - 1 && h.conjunction
          || lastEnd == i - 2 && (t.isPunct(i - 1, '\u060C') || t.isPunct(i - 1, ',') || t.isArabic(i - 1)
          && t.text(i - 1).equals("و"));
      // "عنه" (about it) normalizes like عنة (Anah): a short name written with a final ha, not a ta
      // marbuta, is a preposition with its pronoun unless a cue or a list says place
      if (!cued && !listed && h.last == i && h.key.length() <= 3 && h.key.endsWith("\u0647")
          && t.source().originalCharAt(t.end(h.last) - 1) == '\u0647') {
        i++;
        continue;
      }
      int[] usable = h.places;
      if (!cued && !listed) usable = withoutCue(h.places);
      if (usable.length == 0) {
        i++;
        continue;
      }
      Span span = t.source().toOriginal(h.normStart, t.end(h.last));
      out.add(new PlaceMatch(span, span.of(t.source().original()), ordered(usable, cue)));
      lastEnd = h.last;
      i = h.last + 1;
    }
    return out;
  }

  private record Hit(int[] places, int last, int normStart, boolean conjunction, String key) {}

  private @Nullable Hit longest(Tokens t, int i) {
    Term term = t.term(i);
    @Nullable FirstWord[] firsts = term == null ? null : firstWordsOf.get(term);
    if (firsts != null && firsts.length == 0) return null;
    String w = t.text(i);
    Hit best = null;
    List<Clitics.Reading> readings = t.readings(i);
    // indexed: the readings' iterator is allocated on every call otherwise
    for (int ri = 0; ri < readings.size(); ri++) {
      Clitics.Reading r = readings.get(ri);
      FirstWord first = firsts != null ? firsts[ri] : firstWord(r.stem());
      if (first == null) continue;
      int max = first.maxWords();
      StringBuilder key = null;
      int hash = r.stem().hashCode();
      int k = i;
      for (int n = 1; n <= max; n++) {
        if (n > 1) {
          int next = k + 1;
          // Abu-Kamal, Qa'im: a hyphen or apostrophe glued between two words
          if ((t.isPunct(next, '-') || t.isPunct(next, '\'')) && t.glued(k) && t.glued(next) && t.isWord(next + 1)) next++;
          if (!t.isWord(next) || t.breakBefore(next) || t.type(next) != t.type(i)) break;
          k = next;
          hash = HashFilter.joinedHash(hash, t.text(k));
          // the words so far are cut into a key only when a name may be that long
          boolean may = longNames.mayContain(hash);
          if (key == null && !may) continue;
          if (key == null) {
            key = new StringBuilder(r.stem());
            for (int x = i + 1; x <= k; x++) {
              if (t.isWord(x)) key.append(' ').append(t.text(x));
            }
          } else {
            key.append(' ').append(t.text(k));
          }
          if (!may) continue;
        }
        String name = key == null ? r.stem() : key.toString();
        int[] hit = n == 1 ? first.places() : byName.get(name);
        if (hit != null && (best == null || k > best.last)) {
          best = new Hit(hit, k, t.start(i) + ArabicNumberParser.keptPrefix(w, r), r.conjunction() != 0, name);
        }
      }
    }
    return best;
  }

  /** The hits whose place needs no cue word, {@code hits} itself when all do not. */
  private int[] withoutCue(int[] hits) {
    int kept = 0;
    for (int h : hits) if (!needsCue[h >> 1]) kept++;
    if (kept == hits.length) return hits;
    int[] out = new int[kept];
    int k = 0;
    for (int h : hits) if (!needsCue[h >> 1]) out[k++] = h;
    return out;
  }

  /** The places of {@code hits}, best first; see the class comment for the order. */
  private List<Place> ordered(int[] hits, Place.@Nullable Type wanted) {
    return PlaceOrder.ordered(places, hits, wanted);
  }

  /** Whether {@code normalizedWord} is a place cue (مدينة، بلدة، قرية، محافظة، ريف…), with or without و/ف and ب/ل. */
  public static boolean isCue(String normalizedWord) {
    return cueWord(normalizedWord) != null;
  }

  /** The cue word {@code w} is, with or without an attached و/ف and ب/ل (وبلدة، بمدينة), or {@code null}. */
  private static @Nullable String cueWord(String w) {
    if (CUES.containsKey(w)) return w;
    if (w.length() > 3 && (w.charAt(0) == Clitics.WAW || w.charAt(0) == Clitics.FEH)) {
      w = w.substring(1);
      if (CUES.containsKey(w)) return w;
    }
    if (w.length() > 3 && (w.charAt(0) == Clitics.BEH || w.charAt(0) == Clitics.LAM)) {
      w = w.substring(1);
      if (CUES.containsKey(w)) return w;
    }
    return null;
  }

  private static Map<String, Place.@Nullable Type> cues() {
    Map<String, Place.@Nullable Type> m = new HashMap<>();
    for (String w : List.of("مدينه", "المدينه", "بلده", "البلده", "قريه", "القريه", "مدن", "بلدات", "قري", "القري")) {
      m.put(w, Place.Type.LOCALITY);
    }
    for (String w : List.of("محافظه", "المحافظه", "محافظات")) m.put(w, Place.Type.REGION);
    for (String w : List.of("قضاء", "منطقه", "ناحيه", "اقضيه", "مناطق")) m.put(w, Place.Type.COUNTY);
    for (String w : List.of("حي", "احياء")) m.put(w, Place.Type.NEIGHBOURHOOD);
    for (String w : List.of("ريف", "مخيم", "جيب", "محيط", "اطراف", "ضواحي", "قرب", "شمال", "جنوب", "شرق", "غرب", "شمالي",
        "جنوبي", "شرقي", "غربي", "وسط", "مركز", "مدخل", "معبر", "باديه", "بلدتي", "مدينتي", "قريتي", "منطقتي")) {
      m.put(w, null);
    }
    return m;
  }

  @Override
  public String toString() {
    return "Gazetteer(" + places.size() + " places, " + byName.size() + " names)";
  }

  /** Loads the standard gazetteer on first use. */
  private static final class Holder {
    static final Gazetteer STANDARD = load();

    static InputStream resource() {
      InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException("the gazetteer resource " + RESOURCE + " is missing next to "
            + Gazetteer.class.getName() + "; regenerate it with the command in the README");
      }
      return in;
    }

    private static Gazetteer load() {
      return read(resource());
    }
  }
}
