package org.crosscheck.english.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.arabic.internal.Gazetteer;
import org.crosscheck.claim.Place;
import org.crosscheck.claim.Scope;
import org.jspecify.annotations.Nullable;

/**
 * Finds place names in English text through the gazetteer's English names and the spellings of
 * {@code places.txt} (Albu Kamal, Boukamal, Deir Ezzor, Baghouz, Raqqah…), so that a place has the
 * same id in English and Arabic claims. "The town" and "the city" refer to the last place named
 * (rule {@code place.coreference}).
 *
 * <p>Immutable and thread-safe.
 */
public final class EnglishPlaces {
  private static final int MAX_WORDS = 4;
  private static final int MAX_CACHED = 50_000;
  private final Lexicon lexicon;
  private final Gazetteer gazetteer;
  /** Gazetteer look-ups by name: English text repeats its place names, and a look-up normalizes the name. */
  private final java.util.concurrent.ConcurrentHashMap<String, List<org.crosscheck.arabic.internal.Place>> lookups =
      new java.util.concurrent.ConcurrentHashMap<>();
  /** Places built from the gazetteer, by name, spelling and region cue: each is a pure function of the three. */
  private final java.util.concurrent.ConcurrentHashMap<PlaceKey, Optional<Place>> built =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The arguments of one {@link #fromGazetteer} call. */
  private record PlaceKey(String name, String written, boolean region) {
    // by hand: the generated methods go through a method handle per call, and this key is made per capitalized word
    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof PlaceKey k && region == k.region && name.equals(k.name) && written.equals(k.written);
    }

    @Override
    public int hashCode() {
      return (31 * name.hashCode() + written.hashCode()) * 2 + (region ? 1 : 0);
    }
  }

  /** The gazetteer the places are looked up in. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * Finds places by {@code gazetteer}'s English names and {@code lexicon}'s spellings and scope words.
   *
   * @throws NullPointerException if {@code lexicon} or {@code gazetteer} is {@code null}
   */
  public EnglishPlaces(Lexicon lexicon, Gazetteer gazetteer) {
    this.lexicon = checkNotNull(lexicon, "lexicon");
    this.gazetteer = checkNotNull(gazetteer, "gazetteer");
  }

  /** Every place named in the document, left to right, and the coreferent "the town" / "the city". */
  public List<PlaceMention> findAll(EnglishDocument d) {
    List<PlaceMention> out = new ArrayList<>();
    java.util.Map<String, PlaceMention> facilities = new java.util.HashMap<>();
    int i = 0;
    while (i < d.size()) {
      PlaceMention m = at(d, i);
      // rule place.facility: "the airport" is the airport named last with its place ("the airport of
      // the border town of X", "X airport"), not a place of its own
      PlaceMention named = m == null && d.key(i).equals("the") && FACILITIES.contains(d.key(i + 1))
          && !d.key(i + 2).equals("of") ? facilities.get(d.key(i + 1)) : null;
      if (named != null) m = new PlaceMention(i, i + 2, named.place(), named.scope(), Rules.PLACE_FACILITY);
      if (m == null && !out.isEmpty() && d.key(i).equals("the")
          && (d.key(i + 1).equals("town") || d.key(i + 1).equals("city")) && !d.token(Math.min(i + 2, d.size() - 1)).capitalized()) {
        // the last town or city named: not a country or a province
        PlaceMention last = null;
        for (int b = out.size() - 1; b >= 0 && last == null; b--) {
          Place.Type t = out.get(b).place().type();
          if (t == Place.Type.TOWN || t == Place.Type.CITY || t == Place.Type.UNKNOWN || namedTown(d, out.get(b))) {
            last = out.get(b);
          }
        }
        if (last != null) m = new PlaceMention(i, i + 2, last.place(), scope(d, i, i + 2), Rules.PLACE_COREFERENCE);
      }
      if (m == null) {
        i++;
      } else {
        // rule place.war-party: a side of a war is no place ("the war between Sudan and Chad")
        if (!warParty(d, m)) {
          out.add(m);
          if (m.rule() != Rules.PLACE_FACILITY) {
            if (FACILITIES.contains(d.key(m.to()))) facilities.put(d.key(m.to()), m);
            for (int k = Math.max(0, m.from() - 7); k < m.from(); k++) {
              if (FACILITIES.contains(d.key(k)) && d.key(k + 1).equals("of")) facilities.put(d.key(k), m);
            }
          }
        }
        i = m.to();
      }
    }
    return inContext(d, out);
  }

  /**
   * Rule {@code place.prefer-context}, as the Arabic extractor applies it: a town named in a document
   * that names countries (or their governorates) is read among the namesakes in those countries
   * first ("Al Jizah" in an article about Egypt is Giza, not the Jordanian village). Mentions read
   * elsewhere are read again with the document's countries; the mentions that copied them
   * ("the town", "the airport") take the new place too.
   */
  private List<PlaceMention> inContext(EnglishDocument d, List<PlaceMention> found) {
    java.util.Set<String> context = new java.util.TreeSet<>();
    // each place's country looked up once (a text names few places, many times)
    java.util.Map<Place, java.util.Optional<String>> countries = new java.util.IdentityHashMap<>();
    for (PlaceMention m : found) {
      if (m.place().type() != Place.Type.COUNTRY && m.place().type() != Place.Type.PROVINCE) continue;
      String c = countries.computeIfAbsent(m.place(), p -> java.util.Optional.ofNullable(country(p))).orElse(null);
      if (c != null) context.add(c);
    }
    if (context.isEmpty()) return found;
    java.util.Map<Place, Place> moved = new java.util.IdentityHashMap<>();
    List<PlaceMention> out = new ArrayList<>(found.size());
    for (PlaceMention m : found) {
      Place p = moved.get(m.place());
      String c = countries.computeIfAbsent(m.place(), q -> java.util.Optional.ofNullable(country(q))).orElse(null);
      if (p == null && m.rule() == Rules.PLACE_GAZETTEER && m.place().type() != Place.Type.COUNTRY && c != null
          && !context.contains(c)) {
        PlaceMention again = at(d, m.from(), context);
        if (again != null && again.to() == m.to() && !again.place().equals(m.place())) {
          p = again.place();
          moved.put(m.place(), p);
        }
      }
      out.add(p == null ? m : new PlaceMention(m.from(), m.to(), p, m.scope(), m.rule()));
    }
    return out;
  }

  /** The country code of a gazetteer place, {@code null} for a place of another form. */
  private @Nullable String country(Place p) {
    if (!p.id().startsWith("wof:") || p.id().indexOf('+') >= 0) return null;
    try {
      return gazetteer.byId(Long.parseLong(p.id().substring(4))).map(org.crosscheck.arabic.internal.Place::country)
          .orElse(null);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Whether the text itself calls the place a town or city ("the border town of Haradh", "the city
   * of Tal Afar"), whatever the gazetteer's type for its name (a district may share it).
   */
  private static boolean namedTown(EnglishDocument d, PlaceMention p) {
    return p.from() >= 2 && d.key(p.from() - 1).equals("of")
        && (d.key(p.from() - 2).equals("town") || d.key(p.from() - 2).equals("city"));
  }

  /** Whether a place below a country is the subject of a speech verb right after it ("Baghdad declared …"). */
  public boolean speaks(EnglishDocument d, PlaceMention p) {
    // a country that speaks ("Israel says") is still, as often as not, where its figures are
    if (p.to() >= d.size() || p.place().type() == Place.Type.COUNTRY) return false;
    PhraseTable.Hit<Lexicon.SpeechRole> h = lexicon.speech.match(d, p.to());
    if (h == null || h.value() != Lexicon.SpeechRole.SAY) return false;
    // the place opens its clause: "Baghdad declared", not "in Baghdad said" (a person in it) or "Baghdad's mayor said"
    String before = p.from() == 0 ? "." : d.key(p.from() - 1);
    return before.equals(".") || before.equals(",") || before.equals("and") || before.equals("\"")
        || before.equals("but") || before.equals(";") || d.token(p.from() - 1).kind() == Token.Kind.MARK;
  }

  /**
   * Rule {@code place.in-person-name}: a town's name right after a capitalized given name and right
   * before a speech verb ("commander Yusuf Manbij told Reuters") ends a speaker's name: many noms
   * de guerre and surnames are towns. A country keeps its place ("the envoy for Syria said").
   */
  public boolean surname(EnglishDocument d, PlaceMention p) {
    if (p.from() < 2 || p.to() >= d.size() || p.place().type() == Place.Type.COUNTRY) return false;
    if (p.rule() != Rules.PLACE_GAZETTEER) return false;
    PhraseTable.Hit<Lexicon.SpeechRole> h = lexicon.speech.match(d, p.to());
    if (h == null || h.value() != Lexicon.SpeechRole.SAY && h.value() != Lexicon.SpeechRole.TOLD) return false;
    Token given = d.token(p.from() - 1);
    Token before = d.token(p.from() - 2);
    // the given name is a capitalized word inside the sentence, after a lower-case title or word
    return given.isWord() && given.capitalized() && given.spaceBefore() && before.isWord() && !before.capitalized()
        && lexicon.actors.match(d, p.from() - 1) == null && at(d, p.from() - 1) == null;
  }

  /** Facilities a text names by "the" and their noun once their place is named (rule place.facility). */
  private static final java.util.Set<String> FACILITIES = java.util.Set.of("airport", "port", "airbase", "dam", "camp");

  /** Nouns of a war whose sides are named after "between" or joined by a hyphen before them. */
  private static final java.util.Set<String> WAR_NOUNS = java.util.Set.of("war", "conflict", "fighting", "clashes",
      "hostilities", "truce", "ceasefire", "talks");

  /**
   * Rule {@code place.war-party}: a place named as a side of a war, after "the war between" (and the
   * side after "and"), or before or after a hyphen ahead of the war's noun ("the Israel-Hamas war").
   */
  private static boolean warParty(EnglishDocument d, PlaceMention m) {
    int from = m.from();
    if (from >= 2 && d.key(from - 1).equals("between")
        && (WAR_NOUNS.contains(d.key(from - 2)) || from >= 3 && WAR_NOUNS.contains(d.key(from - 3)))) {
      return true;
    }
    if (from >= 4 && d.key(from - 1).equals("and") && d.key(from - 3).equals("between")
        && (WAR_NOUNS.contains(d.key(from - 4)) || from >= 5 && WAR_NOUNS.contains(d.key(from - 5)))) {
      return true; // the second side, one word after the first: "between Sudan and Chad"
    }
    int to = m.to();
    // "the Israel-Hamas war": a hyphen, one word, the war's noun
    if (to + 2 < d.size() && d.token(to).isDash() && !d.token(to).spaceBefore() && d.token(to + 1).isWord()
        && WAR_NOUNS.contains(d.key(to + 2))) {
      return true;
    }
    // "the Iran-Iraq war": the second side, after a hyphen
    return from >= 2 && to < d.size() && d.token(from - 1).isDash() && !d.token(from - 1).spaceBefore()
        && d.token(from - 2).isWord() && WAR_NOUNS.contains(d.key(to));
  }

  @Nullable PlaceMention at(EnglishDocument d, int i) {
    return at(d, i, java.util.Set.of());
  }

  /** The place named at token {@code i}, its namesakes in {@code context} (country codes) first. */
  private @Nullable PlaceMention at(EnglishDocument d, int i, java.util.Set<String> context) {
    Token t = d.token(i);
    if (!t.isWord()) return null;
    boolean article = (t.key().equals("al") || t.key().equals("el") || t.key().equals("ar")) && i + 2 < d.size()
        && d.token(i + 1).isDash();
    if (!t.capitalized() && !article) return null;
    PhraseTable.Hit<Lexicon.PlaceVariant> v = lexicon.places.match(d, i);
    if (v != null) {
      // a place listed as outside the gazetteer is looked up all the same (the gazetteer grows: it
      // now holds fourteen countries), and stays a named place only when it is not there
      Place p = fromGazetteer(v.value().target(), d.text(i, v.to()), regionCue(d, v.to()), context);
      if (p == null && v.value().outside()) p = Place.named(v.value().target());
      if (p != null) return new PlaceMention(i, v.to(), p, scope(d, i, v.to()), Rules.PLACE_GAZETTEER);
    }
    if (lexicon.actors.match(d, i) != null || lexicon.month(d, i) != null || lexicon.weekday(d, i) != null) {
      return null;
    }
    // the longest run of capitalized words (with hyphens) that the gazetteer knows
    int end = i;
    int words = 0;
    while (end < d.size() && words < MAX_WORDS) {
      Token w = d.token(end);
      if (w.isWord() && (w.capitalized() || end == i || (d.token(end - 1).isDash()))) {
        words++;
        end++;
      } else if (w.isDash() && !w.spaceBefore() && end + 1 < d.size() && d.token(end + 1).isWord()) {
        end++;
      } else {
        break;
      }
    }
    for (int to = end; to > i; to--) {
      if (!d.token(to - 1).isWord()) continue;
      // one word is its token's text (the same characters, shared, its hash already known)
      String name = to == i + 1 ? d.token(i).text() : d.text(i, to);
      Place p = fromGazetteer(name, name, regionCue(d, to), context);
      if (p != null) return new PlaceMention(i, to, p, scope(d, i, to), Rules.PLACE_GAZETTEER);
    }
    return null;
  }

  /** Whether the name is followed by "province" or "governorate": it then names the region. */
  private static boolean regionCue(EnglishDocument d, int to) {
    return d.key(to).equals("province") || d.key(to).equals("governorate");
  }

  /**
   * The claim place for a gazetteer name, with its containing places as WOF ids: a country's name
   * is the country, another bare name the town of that name (rule place.gazetteer), a name before
   * "province" the region; otherwise the gazetteer's best candidate.
   */
  @Nullable Place fromGazetteer(String name, String written, boolean region) {
    return fromGazetteer(name, written, region, java.util.Set.of());
  }

  /** {@link #fromGazetteer(String, String, boolean)} with the namesakes in {@code context} (country codes) first. */
  @Nullable Place fromGazetteer(String name, String written, boolean region, java.util.Set<String> context) {
    if (!context.isEmpty() || built.size() >= MAX_CACHED) return build(name, written, region, context);
    PlaceKey key = new PlaceKey(name, written, region);
    // a plain read first: computeIfAbsent may lock the bin even when the key is there
    Optional<Place> known = built.get(key);
    if (known == null) {
      known = built.computeIfAbsent(key, k -> Optional.ofNullable(build(k.name(), k.written(), k.region(), context)));
    }
    return known.orElse(null);
  }

  private @Nullable Place build(String name, String written, boolean region, java.util.Set<String> context) {
    List<org.crosscheck.arabic.internal.Place> hits = lookups.size() < MAX_CACHED
        ? lookups.computeIfAbsent(name, gazetteer::lookup) : gazetteer.lookup(name);
    if (hits.isEmpty()) return null;
    if (!context.isEmpty()) {
      // the namesakes in the document's countries first, each side in its order (rule place.prefer-context)
      List<org.crosscheck.arabic.internal.Place> inside = new ArrayList<>(hits.size());
      for (org.crosscheck.arabic.internal.Place h : hits) if (context.contains(h.country())) inside.add(h);
      if (!inside.isEmpty() && inside.size() < hits.size()) {
        for (org.crosscheck.arabic.internal.Place h : hits) if (!context.contains(h.country())) inside.add(h);
        hits = inside;
      }
    }
    org.crosscheck.arabic.internal.Place.Type want = region ? org.crosscheck.arabic.internal.Place.Type.REGION
        : org.crosscheck.arabic.internal.Place.Type.LOCALITY;
    // a country's name means the country, not a hamlet that shares it ("Iraq" is not a Yemeni village)
    Optional<org.crosscheck.arabic.internal.Place> country = hits.stream()
        .filter(h -> h.type() == org.crosscheck.arabic.internal.Place.Type.COUNTRY).findFirst();
    // a bare name is the town the Arabic reading of it gives too (rules place.town-of-name, place.one-record)
    org.crosscheck.arabic.internal.Place p = country.isPresent() && !region ? country.get()
        : region ? hits.stream().filter(h -> h.type() == want).findFirst().orElse(country.orElse(hits.get(0)))
        : gazetteer.namesakes().town(hits);
    if (p.type() == org.crosscheck.arabic.internal.Place.Type.NEIGHBOURHOOD) return null;
    List<String> within = new ArrayList<>();
    long parent = p.parentId();
    for (int guard = 0; parent > 0 && parent != p.id() && guard < 6; guard++) {
      within.add("wof:" + parent);
      Optional<org.crosscheck.arabic.internal.Place> up = gazetteer.byId(parent);
      if (up.isEmpty() || up.get().parentId() == parent) break;
      parent = up.get().parentId();
    }
    if (p.regionId() > 0 && p.regionId() != p.id() && !within.contains("wof:" + p.regionId())) {
      within.add("wof:" + p.regionId());
    }
    String label = !p.nameEn().isEmpty() ? p.nameEn() : written.chars().anyMatch(c -> c < 0x80) ? written : p.nameAr();
    ImmutableSortedSet.Builder<String> aliases = ImmutableSortedSet.naturalOrder();
    if (!p.nameAr().isEmpty()) aliases.add(p.nameAr());
    aliases.add(written);
    return new Place("wof:" + p.id(), label, aliases.build(), type(p.type()), ImmutableList.copyOf(within),
        ImmutableList.of());
  }

  private static Place.Type type(org.crosscheck.arabic.internal.Place.Type t) {
    return switch (t) {
      case COUNTRY -> Place.Type.COUNTRY;
      case REGION -> Place.Type.PROVINCE;
      case COUNTY -> Place.Type.DISTRICT;
      case LOCALITY -> Place.Type.TOWN;
      case NEIGHBOURHOOD -> Place.Type.NEIGHBOURHOOD;
    };
  }

  /** Scope words within two tokens before the name or right after it. */
  private Scope scope(EnglishDocument d, int from, int to) {
    Scope s = Scope.WHOLE;
    for (int k = Math.max(0, from - 3); k <= to + 1 && k < d.size(); k++) {
      if (k >= from && k < to) continue;
      PhraseTable.Hit<Lexicon.ScopeCue> h = lexicon.scopes.match(d, k);
      if (h == null) continue;
      if (h.value().extent() != null) s = s.withExtent(h.value().extent());
      else if (h.value().proximity() != null) s = s.withProximity(h.value().proximity());
    }
    return s;
  }
}
