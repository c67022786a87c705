package org.crosscheck.arabic.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.claim.Scope;
import org.crosscheck.extract.Diagnostic;
import org.crosscheck.extract.Rule;
import org.jspecify.annotations.Nullable;

/**
 * The places of an article: gazetteer matches read in the context of the countries the article names
 * (rules {@code place.context-countries}, {@code place.prefer-context}, {@code place.outside-context}),
 * with the scope words before them, and the place of a figure (after it, before it, by anaphor).
 * Built once per article; not thread-safe.
 */
final class ArticlePlaces extends ArticleStage {
  /** The countries the article names, in order: the theatre of figures given "overall". */
  final Map<String, org.crosscheck.claim.Place> countries = new LinkedHashMap<>();

  ArticlePlaces(ArticleRun run) {
    super(run);
  }

  static final Set<String> BOTH_COUNTRIES = Set.of("البلدين", "الدولتين", "البلدان", "الدولتان");
  static final Set<String> MAINLY = Set.of("بالاساس", "اساسا", "خصوصا", "خاصه", "معظمهم", "غالبيتهم");
  /** Rule {@code place.outside-context}: the least population of a town read outside the article's countries. */
  static final long FOREIGN_MIN_POPULATION = 100_000;
  // ---- places -------------------------------------------------------------------------------

  @Nullable List<PlaceAt> placesCache;
  Map<Integer, List<PlaceAt>> pBySentence = Map.of();
  /** Rule {@code place.leader-not-place}: words of "led by" (normalized) before a country that leads an actor. */
  static final Set<String> LED_BY = Set.of("تقوده", "يقوده", "تقودها", "يقودها", "بقياده", "وبقياده", "تتزعمه",
      "يتزعمه");

  /** Rule {@code place.river-bank}: "of the river" right after a name (normalized): لنهر، للنهر، لنهري. */
  static final Set<String> OF_RIVER = Set.of("لنهر", "للنهر", "لنهري", "وللنهر");
  /** A bank's noun opening a name (الضفة، ضفة, normalized), which "من النهر" may follow. */
  static final Set<String> BANK = Set.of("الضفه", "ضفه", "والضفه");
  static final Set<String> RIVER = Set.of("نهر", "النهر", "نهري");

  /**
   * Whether the words from {@code w} tie the name before them, whose first word is {@code first}, to
   * a river: "of the river" after any name; "from the river" only after a bank (a town "على نهر"
   * lies on the river and stays a place).
   */
  boolean riverFollows(int w, String first) {
    if (w >= texts.size()) return false;
    if (OF_RIVER.contains(texts.get(w))) return true;
    return BANK.contains(first) && w + 1 < texts.size() && texts.get(w).equals("من") && RIVER.contains(texts.get(w + 1));
  }

  /** The most words of an actor's name before a place name inside it ("قوات" before سوريا). */
  private static final int ACTOR_LEAD = 3;

  /** Whether words {@code w..wEnd} lie inside an actor's name that starts before them (rule place.in-actor-name). */
  private boolean insideActor(int w, int wEnd) {
    for (int k = Math.max(0, w - ACTOR_LEAD); k < w; k++) {
      CueTable.Hit<LexiconEntries.Actor> h = actors.match(doc, k);
      if (h != null && h.to() > wEnd) return true;
    }
    return false;
  }

  List<PlaceAt> allPlaces() {
    if (placesCache != null) return placesCache;
    List<PlaceAt> out = new ArrayList<>();
    placesCache = out;
    if (run.found == null) return out;
    List<PlaceMatch> read = run.found.places().stream().filter(m -> m.span().start() < doc.boilerplateFrom).toList();
    Set<String> context = contextCountries(read);
    for (PlaceMatch m : read) {
      int w = doc.wordAtOriginal(m.span().start());
      int wEnd = doc.wordAtOriginal(Math.max(m.span().start(), m.span().end() - 1));
      if (w < 0 || wEnd < 0) continue;
      boolean cued = w > 0 && Gazetteer.isCue(texts.get(w - 1));
      // rule place.leader-not-place: "التحالف الذي تقوده السعودية"، "بقيادة الولايات المتحدة": the
      // country after "led by" leads an actor; it is not where anything happened
      if (w > 0 && LED_BY.contains(texts.get(w - 1))) {
        diagnostics.add(Diagnostic.info("place.leader-not-place", "\u201c" + m.text() + "\u201d after \u201c"
            + texts.get(w - 1) + "\u201d leads an actor; not read as a place",
            new org.crosscheck.claim.Span(m.span().start(), m.span().end())));
        continue;
      }
      // rule place.in-actor-name: "قوات سوريا الديمقراطية"، "ولاية سيناء": a name inside an actor's name
      // names the actor, not where anything happened
      if (insideActor(w, wEnd)) {
        diagnostics.add(Diagnostic.info(ArabicRules.PLACE_IN_ACTOR_NAME.id(), "\u201c" + m.text() + "\u201d is part of"
            + " an actor's name; not read as a place", new org.crosscheck.claim.Span(m.span().start(), m.span().end())));
        continue;
      }
      // rule place.river-bank: "الضفة الغربية لنهر …" is a bank of a river, not the land of that name
      if (riverFollows(wEnd + 1, texts.get(w))) {
        diagnostics.add(Diagnostic.info("place.river-bank", "\u201c" + m.text() + "\u201d before a river is the"
            + " bank of that river; not read as a place", new org.crosscheck.claim.Span(m.span().start(), m.span().end())));
        continue;
      }
      m = inContext(m, context, cued);
      if (m == null) continue;
      Scope scope = scopeBefore(w, wEnd + 1);
      Place chosen = choose(m, scope);
      boolean mainly = false;
      for (int back = 1; back <= 4 && w - back >= 0; back++) if (MAINLY.contains(texts.get(w - back))) mainly = true;
      out.add(new PlaceAt(w, wEnd + 1, run.extractor.claimPlaces.get(chosen, m.text(), this::claimPlace), chosen, scope,
          mainly));
    }
    return out;
  }

  /**
   * Rule {@code place.context-countries}: the countries an article is about are those it names, as
   * countries, through their governorates, or by nationality adjectives (الجيش العراقي، القوات
   * السودانية). Read before the other places, since a town's name alone may be a namesake abroad.
   */
  Set<String> contextCountries(List<PlaceMatch> matches) {
    Set<String> out = new java.util.TreeSet<>();
    for (PlaceMatch m : matches) {
      Place best = m.place();
      if (best.type() == Place.Type.COUNTRY || best.type() == Place.Type.REGION) out.add(best.country());
    }
    Map<String, String> adjectives = gazetteer.nationalityAdjectives();
    int readTo = nt.toNormalized(Math.min(doc.boilerplateFrom, text.length()));
    for (int i = 0; i < texts.size(); i++) {
      if (words.get(i).start() >= readTo) break;
      Term term = doc.term(i);
      if (term != null && !run.extractor.nationalityWord.test(term)) continue;
      String country = adjectives.get(adjectiveStem(texts.get(i)));
      if (country != null) out.add(country);
    }
    return out;
  }

  /** A word without و/ف/ب/ل, the article and the endings ة، ون، ين، ان: السودانيين → سوداني. */
  static String adjectiveStem(String w) {
    String s = w;
    if (s.length() > 4 && (s.charAt(0) == Clitics.WAW || s.charAt(0) == Clitics.FEH)) s = s.substring(1);
    if (s.length() > 4 && (s.charAt(0) == Clitics.BEH || s.charAt(0) == Clitics.LAM)) s = s.substring(1);
    if (s.startsWith("ال") && s.length() > 4) s = s.substring(2);
    else if (s.startsWith("ل") && s.length() > 4) s = s.substring(1);
    if (s.endsWith("ه")) s = s.substring(0, s.length() - 1);
    else if (s.length() > 4 && (s.endsWith("ون") || s.endsWith("ين") || s.endsWith("ان"))) s = s.substring(0, s.length() - 2);
    return s;
  }

  /**
   * Rules {@code place.prefer-context} and {@code place.outside-context}: of the places a name may
   * be, those in the article's countries come first; a name of places elsewhere only is kept only when its best place is a country or a governorate, a
   * town of at least {@link #FOREIGN_MIN_POPULATION} people, or comes after a place cue (مدينة،
   * بلدة…). Fourteen countries hold many namesakes, and Turkish names written in Arabic are often
   * Arabic words (دولي "international" is Develi): an article about Sudan does not mean a Yemeni
   * hamlet. An article that names no country at all is not filtered.
   */
  @Nullable PlaceMatch inContext(PlaceMatch m, Set<String> context, boolean cued) {
    if (context.isEmpty()) return m;
    List<Place> inside = new ArrayList<>();
    List<Place> outside = new ArrayList<>();
    for (Place p : m.candidates()) (context.contains(p.country()) ? inside : outside).add(p);
    if (!inside.isEmpty()) {
      if (outside.isEmpty()) return m;
      List<Place> ordered = new ArrayList<>(inside);
      ordered.addAll(outside);
      return new PlaceMatch(m.span(), m.text(), ordered);
    }
    Place best = m.place();
    boolean major = best.type() == Place.Type.COUNTRY || best.type() == Place.Type.REGION
        || best.population() >= FOREIGN_MIN_POPULATION;
    if (major || cued) return m;
    diagnostics.add(Diagnostic.info("place.outside-context", "\u201c" + m.text() + "\u201d names only places outside"
        + " the countries this article names " + context + " and no cue word marks it as a place; not read as one",
        new org.crosscheck.claim.Span(m.span().start(), m.span().end())));
    return null;
  }

  /** A province's countryside or the province itself is the region; otherwise the town before the district. */
  Place choose(PlaceMatch m, Scope scope) {
    boolean region = scope.extent() == Scope.Extent.PROVINCE || scope.extent() == Scope.Extent.COUNTRYSIDE;
    List<Place> c = m.candidates();
    if (region) {
      for (Place p : c) if (p.type() == Place.Type.REGION) return p;
    }
    if (scope.extent() == Scope.Extent.DISTRICT) {
      for (Place p : c) if (p.type() == Place.Type.COUNTY) return p;
    }
    // the town before the district named after it (al-Qaim before the Qa'im district), never a
    // namesake village abroad before a country; one record of a town (rules place.town-of-name, place.one-record)
    return gazetteer.namesakes().town(c);
  }

  /** Scope words just before a place in its sentence, or opening its name ("محافظة دير الزور"). */
  Scope scopeBefore(int w, int placeEnd) {
    Scope scope = Scope.WHOLE;
    for (int back = 0; back <= 3 && w - back >= 0; back++) {
      // a scope word ends the sentence before ("… في محافظة نينوى. وتقع الموصل"): not this place's
      if (words.get(w - back).sentence() != words.get(w).sentence()) break;
      CueTable.Hit<LexiconEntries.ScopeCue> h = scopes.match(doc, w - back);
      if (h == null || h.to() > Math.max(w, placeEnd - 1)) continue;
      scope = h.value().applyTo(scope);
    }
    return scope;
  }

  org.crosscheck.claim.Place claimPlace(Place p, String written) {
    List<Long> chain = new ArrayList<>();
    long parent = p.parentId();
    int guard = 0;
    while (parent > 0 && parent != p.id() && guard++ < 6) {
      chain.add(parent);
      Optional<Place> up = gazetteer.byId(parent);
      if (up.isEmpty() || up.get().parentId() == parent) break;
      parent = up.get().parentId();
    }
    if (p.regionId() > 0 && p.regionId() != p.id() && !chain.contains(p.regionId())) chain.add(p.regionId());
    Long country = countryId(p.country());
    if (country != null && country != p.id() && !chain.contains(country)) chain.add(country);
    ImmutableList<String> within = chain.stream().map(id -> "wof:" + id).collect(ImmutableList.toImmutableList());
    String name = p.nameEn().isEmpty() ? p.nameAr() : p.nameEn();
    Set<String> aliases = new java.util.TreeSet<>();
    if (!p.nameAr().isEmpty()) aliases.add(p.nameAr());
    aliases.add(written);
    return new org.crosscheck.claim.Place("wof:" + p.id(), name, ImmutableSortedSet.copyOf(aliases), type(p), within,
        ImmutableList.of());
  }

  @Nullable Long countryId(String code) {
    return gazetteer.country(code).map(Place::id).orElse(null);
  }

  org.crosscheck.claim.Place.Type type(Place p) {
    return switch (p.type()) {
      case COUNTRY -> org.crosscheck.claim.Place.Type.COUNTRY;
      case REGION -> org.crosscheck.claim.Place.Type.PROVINCE;
      case COUNTY -> org.crosscheck.claim.Place.Type.DISTRICT;
      case LOCALITY -> org.crosscheck.claim.Place.Type.TOWN;
      case NEIGHBOURHOOD -> org.crosscheck.claim.Place.Type.NEIGHBOURHOOD;
    };
  }

  /** The countries the article names, as one place: the theatre of figures given "overall". */
  org.crosscheck.claim.Place theatre() {
    List<org.crosscheck.claim.Place> list = new ArrayList<>(countries.values());
    if (list.isEmpty()) return org.crosscheck.claim.Place.NOWHERE;
    if (list.size() == 1) return list.get(0);
    return org.crosscheck.claim.Place.union(list.toArray(new org.crosscheck.claim.Place[0]));
  }


  /** The place of a figure: a town or province after it, else before it, else a country after or before. */
  @Nullable PlaceAt placeFor(List<PlaceAt> here, int w, int after) {
    for (boolean countries : new boolean[] {false, true}) {
      PlaceAt best = null;
      for (PlaceAt p : here) {
        if (country(p) != countries) continue;
        if (p.word() >= after && p.word() - after <= 10 && (best == null || p.word() < best.word())
            && !doc.commaBetween(doc.originalSpanOfWords(after - 1, after).end(), p.word())) {
          best = p;
        }
      }
      if (best != null) return best;
      for (PlaceAt p : here) {
        if (country(p) != countries) continue;
        if (p.toWord() <= w && w - p.toWord() <= 12 && (best == null || p.word() > best.word())) best = p;
      }
      if (best != null) return best;
    }
    return null;
  }

  /**
   * Rule {@code place.territory-clause}: a share of the land that a relative clause places ("ثلثا
   * المناطق التي خسرها التنظيم منذ 2016 في كل من ليبيا وتونس") is at the first country
   * named within {@link #TERRITORY_CLAUSE_WINDOW} words after the figure, with no comma between.
   */
  @Nullable PlaceAt territoryCountryAfter(List<PlaceAt> here, int after) {
    for (PlaceAt p : here) {
      if (country(p) && p.word() >= after && p.word() - after <= TERRITORY_CLAUSE_WINDOW
          && !doc.commaBetween(doc.originalSpanOfWords(after - 1, after).end(), p.word())) {
        return p;
      }
    }
    return null;
  }

  /** Rule {@code place.territory-clause}: words after a share of land searched for its country. */
  static final int TERRITORY_CLAUSE_WINDOW = 18;

  /**
   * Rule {@code place.figure-anaphor}: "داخل القطاع"، "في المدينة" within {@link #ANAPHOR_WINDOW} words
   * after a figure with no place of its own is the topic of the nearest sentence that names one (its
   * first town, province or strip before the figure; not a country), as {@code place.anaphor} does
   * for events.
   */
  @Nullable PlaceAt figureAnaphor(Sentence s, int after, int w) {
    String noun = null;
    for (int k = after; k < Math.min(s.to(), after + ANAPHOR_WINDOW) && noun == null; k++) {
      String t = doc.stripped(k);
      if (ANAPHORIC_NOUNS.contains(texts.get(k))) noun = texts.get(k);
      else if (ANAPHORIC_NOUNS.contains("ال" + t)) noun = "ال" + t;
    }
    if (noun == null) return null;
    // "the town", "the city" is the nearest place the text called a town or city ("مدينة حرض في محافظة
    // حجة ... في محيط المدينة" is Haradh, "مدينة الرمادي غرب بغداد ... المدينة" Ramadi), else the first
    // place of the sentence
    boolean town = TOWN_NOUNS.contains(noun);
    int sentence = words.get(w).sentence();
    for (int back = sentence; back >= Math.max(0, sentence - ANAPHOR_SENTENCES); back--) {
      List<PlaceAt> named = pBySentence.getOrDefault(back, List.of());
      PlaceAt first = null;
      PlaceAt calledTown = null;
      for (PlaceAt p : named) {
        if (country(p) || p.word() >= w) continue;
        if (first == null) first = p;
        if (town && (townWord(p.word()) || p.word() > 0 && townWord(p.word() - 1))) calledTown = p;
      }
      if (calledTown != null) return calledTown;
      if (first != null) return first;
    }
    return null;
  }

  /** Whether word {@code i} is "city", "town" or "village", with و/ف/ب/ل before it or not. */
  boolean townWord(int i) {
    String t = texts.get(i);
    if (t.length() > 4 && "وفبل".indexOf(t.charAt(0)) >= 0) t = t.substring(1);
    return t.equals("مدينه") || t.equals("بلده") || t.equals("قريه");
  }

  /** Anaphoric nouns of a town or city (rule place.figure-anaphor), normalized. */
  static final Set<String> TOWN_NOUNS = Set.of("المدينه", "البلده", "القريه");

  boolean country(PlaceAt p) {
    return p.gazetteer().type() == Place.Type.COUNTRY;
  }

  /** "في البلدين" (in both countries) shortly after a figure. */
  boolean bothCountriesAfter(Sentence s, int from) {
    for (int i = from; i < Math.min(s.to(), from + 8); i++) if (BOTH_COUNTRIES.contains(doc.stripped(i))) return true;
    return false;
  }

  boolean mentionsBothCountries(Sentence s) {
    for (int i = s.from(); i < s.to(); i++) if (BOTH_COUNTRIES.contains(texts.get(i))) return true;
    return false;
  }
}
