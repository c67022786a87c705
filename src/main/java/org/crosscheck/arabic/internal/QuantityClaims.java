package org.crosscheck.arabic.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.claim.Attribution;
import org.crosscheck.claim.EventType;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Measures;
import org.crosscheck.claim.Modality;
import org.crosscheck.claim.Scope;
import org.crosscheck.claim.Subject;
import org.crosscheck.extract.Diagnostic;
import org.crosscheck.extract.Rule;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.Unit;
import org.crosscheck.value.VagueQuantifier;
import org.jspecify.annotations.Nullable;

/**
 * Quantity claims of a sentence: each figure the value parsers found gets a measure (its counted
 * noun, a cue near it, its unit), a subject read from the text, a place and the sentence's
 * attribution. One per article; not thread-safe.
 */
final class QuantityClaims extends ArticleStage {
  /** The rules that built the figure being read, in order. */
  private final List<Rule> trace = new ArrayList<>();

  QuantityClaims(ArticleRun run) {
    super(run);
  }

  static final Set<String> CAPTURE_TYPES = Set.of("captured", "liberated", "recaptured", "entered", "stormed");
  /** Rule {@code measure.places-taken}: words before a count of towns searched for a verb of capture. */
  static final int CAPTURE_WINDOW = 6;
  /** Words before a count that make it a part of the figure before it ("بينهم ثمانية انتحاريين"). */
  static final Set<String> AMONG = Set.of("بينهم", "بينها", "منهم", "منها");
  static final Set<String> OTHERS = Set.of("اخرين", "اخرون", "اخري", "اخر", "منهم");
  /**
   * Words before a share that make it a share lost: losing it, or (rule {@code measure.share-retaken})
   * its being retaken or liberated from the party that held it.
   */
  static final Set<String> LOSS = Set.of("خسر", "خسرت", "خسروا", "خساره", "فقد", "فقدت", "فقدان", "خسارته",
      "يخسر", "تخسر", "استعاده", "استعادت", "استعاد", "حررت", "حرر", "تحرير");
  static final Set<String> TERRITORY = Set.of("اراضي", "الاراضي", "مساحه", "مساحات", "المساحه", "محافظه",
      "ريف", "الدولتين", "البلدين", "ارض", "المناطق", "مناطق");
  static final Set<String> LENGTH_CUES = Set.of("طول", "طوله", "بطول", "يمتد", "تمتد", "بعمق", "عرض", "امتداد",
      "بامتداد");
  static final Set<String> SHARE_PLACE_NOUNS = Set.of("قضاء", "ناحيه", "حي", "الاحياء", "احياء", "قطاع", "ولايه");
  static final Set<String> OF_IT = Set.of("منها", "منه");
  static final Set<String> STATE_VERBS = Set.of("يسيطر", "تسيطر", "يسيطرون");
  static final Set<String> COUNTED_PLACE_NOUNS = Set.of("مدينه", "بلده", "معقل", "منطقه", "محافظه");
  /** Rule {@code subject.victims}: nouns of the killed and wounded that say who they were. */
  static final Map<String, String> VICTIMS = Map.ofEntries(
      Map.entry("مدني", "civilians"), Map.entry("مدنيا", "civilians"), Map.entry("مدنيين", "civilians"),
      Map.entry("مدنيون", "civilians"), Map.entry("طفل", "children"), Map.entry("طفلا", "children"),
      Map.entry("اطفال", "children"), Map.entry("امراه", "women"), Map.entry("نساء", "women"),
      Map.entry("فلسطيني", "Palestinians"), Map.entry("فلسطينيا", "Palestinians"), Map.entry("فلسطينيين", "Palestinians"));
  /** Rule {@code measure.counted-class}: victims' nouns that name a class of people, as count units. */
  static final Map<String, Unit> COUNTED_CLASSES = Map.of("civilians", Unit.counting("civilian", "civilians"),
      "children", Unit.counting("child", "children"), "women", Unit.counting("woman", "women"));
  static final Set<String> PLACE_NOUNS = Set.of("بلد", "دوله", "جانب", "طرف", "ضفه", "مدينه", "بلده", "منطقه",
      "محافظه", "عمليه", "معقل", "فرع", "جيب", "حكومه", "قوه", "جهه");
  // ---- quantities ---------------------------------------------------------------------------

  void quantities(Sentence s, List<QuantityMatch> qs, List<PlaceAt> here, Attribution attribution, Modality modality) {
    String inherited = null;
    for (QuantityMatch q : qs) {
      trace.clear();
      int w = doc.wordAtOriginal(q.span().start());
      int wEnd = doc.wordAtOriginal(Math.max(q.span().start(), q.span().end() - 1));
      if (w < 0 || wEnd < 0) continue;
      int after = q.nounSpan() != null ? Math.max(wEnd + 1, doc.wordAtOriginal(q.nounSpan().start()) + 1) : wEnd + 1;
      String noun = q.noun() == null ? null : ArabicNormalizer.normalizeToString(q.noun());
      if (skipQuantity(q, w, noun)) continue;
      // rule measure.declared-noun: the noun of a measure the user declared names it, before any cue
      CueTable.Hit<Measure> declared = q.nounSpan() == null || q.quantity().unit().dimension() != Unit.Dimension.COUNT
          ? null : run.extractor.declaredNouns.match(doc, after - 1);
      if (declared != null) {
        after = Math.max(after, declared.to());
        trace.add(ArabicRules.MEASURE_DECLARED);
      }
      String measureId = declared != null ? declared.value().id() : measure(q, w, wEnd + 1, after, noun, s);
      if (measureId == null && (noun == null || OTHERS.contains(noun)) && inherited != null && !(q.quantity() instanceof Quantity.Fraction)
          && q.quantity().unit().dimension() == Unit.Dimension.COUNT) {
        measureId = inherited;
        trace.add(ArabicRules.MEASURE_PREVIOUS);
      }
      // rule measure.part-of-figure: "9000 قتيل بينهم 4000 طفل": a part counted among a figure
      // measures what the figure measures (the children are among the killed)
      // "من بين القتلى 4800 طفل": the whole is named right before the part
      if (declared == null && w - 2 >= s.from() && texts.get(w - 2).equals("بين")) {
        CueTable.Hit<String> whole = measureNouns.match(List.of(texts.get(w - 1)), 0);
        if (whole != null && q.quantity().unit().dimension() == Unit.Dimension.COUNT) {
          measureId = whole.value();
          trace.add(ArabicRules.MEASURE_PART);
        }
      }
      if (declared == null && inherited != null && w > s.from() && AMONG.contains(texts.get(w - 1))
          && q.quantity().unit().dimension() == Unit.Dimension.COUNT && !(q.quantity() instanceof Quantity.Fraction)) {
        measureId = inherited;
        trace.add(ArabicRules.MEASURE_PART);
      }
      // rule measure.places-taken: towns or villages counted by a verb of capture are places taken,
      // not places a party still holds
      if ("towns-held".equals(measureId) && captureBefore(w, s)) {
        measureId = "places-taken";
        trace.add(ArabicRules.MEASURE_PLACES_TAKEN);
      }
      if (measureId == null) {
        diagnostics.add(Diagnostic.info("quantity.no-measure", "read " + q.quantity() + " but not what it counts; not"
            + " a claim", new org.crosscheck.claim.Span(q.span().start(), q.span().end())));
        continue;
      }
      if (declared != null || (noun != null && measureNouns.containsWord(noun))) inherited = measureId;
      Measure measure = declared != null ? declared.value() : Measures.byId(measureId).orElseThrow();
      Quantity value = q.quantity();
      if (!fits(measure, value)) continue;
      PlaceAt place = run.places.placeFor(here, w, wEnd + 1);
      if (place != null) trace.add(ArabicRules.PLACE_NEAREST);
      if (place == null && (place = run.places.figureAnaphor(s, after, w)) != null) trace.add(ArabicRules.PLACE_FIGURE_ANAPHOR);
      if (place == null && (measureId.equals("territory-held") || measureId.equals("territory-lost"))
          && (place = run.places.territoryCountryAfter(here, wEnd + 1)) != null) {
        trace.add(ArabicRules.PLACE_TERRITORY_CLAUSE);
      }
      // (the one town a sentence names elsewhere is not taken: it is as often where people came from)
      org.crosscheck.claim.Place p = place == null ? org.crosscheck.claim.Place.NOWHERE : place.place();
      if (place != null && run.places.country(place)) {
        // "في العراق وسوريا": two countries named together are one place
        for (PlaceAt other : here) {
          if (other != place && run.places.country(other) && other.word() >= place.toWord() && other.word() <= place.toWord() + 1
              && !other.place().equals(place.place())) {
            p = org.crosscheck.claim.Place.union(place.place(), other.place());
            trace.add(ArabicRules.PLACE_COUNTRIES_TOGETHER);
          }
        }
      }
      if (run.places.bothCountriesAfter(s, wEnd + 1)) {
        p = run.places.theatre();
        trace.add(ArabicRules.PLACE_THEATRE);
        place = null;
      }
      Scope scope = place == null ? Scope.WHOLE : place.scope();
      if (place != null && place.mainly()) {
        p = run.places.theatre();
        scope = Scope.WHOLE.withNote("mainly in " + place.place().name());
        trace.add(ArabicRules.PLACE_THEATRE);
      } else if (place == null && run.places.mentionsBothCountries(s)) {
        p = run.places.theatre();
        trace.add(ArabicRules.PLACE_THEATRE);
      }
      classUnit = null;
      Subject subject = subject(measure, s, after, noun);
      if (classUnit != null) value = value.counting(classUnit);
      if (classUnit == null && noun != null && w > s.from() && AMONG.contains(texts.get(w - 1))
          && measure.kind() == Measure.Kind.COUNT) {
        // "38 متشدداً بينهم ثمانية انتحاريين": a part of the figure before, of its own kind; not a
        // second figure for the same thing
        String part = "among them: " + java.util.Objects.requireNonNullElse(q.noun(), noun).strip();
        subject = Subject.of(subject.equals(Subject.NONE) ? "(" + part + ")" : subject.label() + " (" + part + ")");
        trace.add(ArabicRules.SUBJECT_PART);
      }
      if (s.title()) trace.add(0, ArabicRules.HEADING_FIGURES);
      run.add(subject, measure, EventType.NONE, p, scope, value, attribution, run.evidence(s, q.span()), modality, trace);
    }
  }

  /** A cue of capture or liberation within {@link #CAPTURE_WINDOW} words before word {@code w}. */
  boolean captureBefore(int w, Sentence s) {
    for (int i = Math.max(s.from(), w - CAPTURE_WINDOW); i < w; i++) {
      CueTable.Hit<LexiconEntries.EventCueEntry> h = eventCues.match(doc, i);
      // "still controls two towns" (يسيطر) is a state, not a capture
      if (h != null && CAPTURE_TYPES.contains(h.value().eventType()) && !STATE_VERBS.contains(doc.stripped(i))) return true;
    }
    return false;
  }

  boolean skipQuantity(QuantityMatch q, int w, @Nullable String noun) {
    String written = ArabicNormalizer.normalizeToString(q.text()).strip();
    // "the two countries", "the two sides": a definite dual names things, it does not count them
    if (q.quantity() instanceof Quantity.Exact e && e.value().intValue() == 2 && written.indexOf(' ') < 0
        && written.startsWith("ال") && noun != null && PLACE_NOUNS.contains(stem(noun))) {
      return true;
    }
    // an indefinite dual of a side or party ("طرفين") names the two, it does not count places; a dual
    // of towns or strongholds ("مدينتين"، "معقلين") is a count
    if (q.quantity() instanceof Quantity.Exact e && e.value().intValue() == 2 && noun != null
        && PLACE_NOUNS.contains(stem(noun)) && !COUNTED_PLACE_NOUNS.contains(stem(noun)) && written.indexOf(' ') < 0) {
      return true;
    }
    // a bare plural of years is a duration only with ل: "لسنوات" (for years), not "بعد سنوات"
    if (q.quantity() instanceof Quantity.Vague v && v.quantifier() == VagueQuantifier.SEVERAL) {
      return !(written.startsWith("ل") || (w > 0 && texts.get(w - 1).equals("منذ")));
    }
    return false;
  }

  String stem(String word) {
    String s = word.startsWith("ال") ? word.substring(2) : word;
    if (s.endsWith("ين") || s.endsWith("ان")) s = s.substring(0, s.length() - 2);
    if (s.endsWith("ت") && s.length() > 3) s = s.substring(0, s.length() - 1) + "ه";
    return s;
  }

  @Nullable String measure(QuantityMatch q, int w, int wEnd, int after, @Nullable String noun, Sentence s) {
    Unit unit = q.quantity().unit();
    if (unit.dimension() == Unit.Dimension.TIME || unit.dimension() == Unit.Dimension.AREA
        || unit.dimension() == Unit.Dimension.LENGTH) {
      trace.add(ArabicRules.MEASURE_UNIT);
    }
    if (unit.dimension() == Unit.Dimension.TIME) return "duration";
    if (unit.dimension() == Unit.Dimension.AREA) return "area";
    if (unit.dimension() == Unit.Dimension.LENGTH) {
      for (int i = Math.max(s.from(), w - 4); i < Math.min(s.to(), after + 2); i++) {
        if (LENGTH_CUES.contains(texts.get(i)) || LENGTH_CUES.contains(doc.stripped(i))) return "length";
      }
      return "distance-to";
    }
    if (unit.dimension() == Unit.Dimension.SHARE) {
      boolean loss = false;
      boolean territory = false;
      for (int i = Math.max(s.from(), w - 5); i < w; i++) {
        if (LOSS.contains(texts.get(i)) || LOSS.contains(doc.stripped(i))) loss = true;
      }
      for (int i = Math.max(s.from(), w - 5); i < Math.min(s.to(), after + 4); i++) {
        String t = doc.stripped(i);
        if (TERRITORY.contains(texts.get(i)) || TERRITORY.contains(t)) territory = true;
      }
      // rule measure.share-of-place: a share of a named place or of a place noun ("94% of the city",
      // "three quarters of the district of Tal Afar") is a share of territory
      if (!territory) territory = placeAfter(wEnd, after, s);
      if (!territory) return null;
      trace.add(ArabicRules.MEASURE_SHARE);
      return loss ? "territory-lost" : "territory-held";
    }
    // a cue near the number beats its noun
    String cue = cueMeasure(w, wEnd, s);
    // a cue for people in general ("a town that shelters N") does not override a noun that says
    // which people ("N displaced")
    if (cue != null && !(cue.equals("people") && noun != null && measureNouns.match(List.of(noun), 0) != null)) {
      trace.add(ArabicRules.MEASURE_CUE);
      return cue;
    }
    if (noun != null) {
      CueTable.Hit<String> n = measureNouns.match(List.of(noun), 0);
      if (n != null) {
        String m = n.value();
        trace.add(ArabicRules.MEASURE_NOUN);
        if (m.equals("fighters") && ownForces(after, s)) return "troops";
        return m;
      }
    }
    return null;
  }

  /** The measure of the nearest cue around a figure that may govern it ({@code measure-cues.txt}). */
  /** A place name or a place noun (مدينة، قضاء، حي) from word {@code from} to two words after word {@code after}. */
  boolean placeAfter(int from, int after, Sentence s) {
    for (int i = from; i < Math.min(s.to(), after + 3); i++) {
      String t = doc.stripped(i);
      // "خسر 90 بالمئة منها": "of it" refers back to a place
      if (PLACE_NOUNS.contains(t) || SHARE_PLACE_NOUNS.contains(t) || (i == from && OF_IT.contains(texts.get(i)))) {
        return true;
      }
      for (PlaceAt p : run.places.pBySentence.getOrDefault(words.get(i).sentence(), List.of())) if (p.word() == i) return true;
    }
    return false;
  }

  @Nullable String cueMeasure(int w, int wEnd, Sentence s) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = Math.max(s.from(), w - 6); i < Math.min(s.to(), wEnd + 5); i++) {
      CueTable.Hit<LexiconEntries.MeasureCue> h = measureCues.match(doc, i);
      if (h == null) continue;
      boolean before = h.to() <= w;
      boolean afterIt = h.from() >= wEnd;
      if (h.value().where().fits(before, afterIt)) {
        int distance = before ? w - h.to() : h.from() - wEnd;
        if (distance < bestDistance) {
          best = h.value().measure();
          bestDistance = distance;
        }
      }
    }
    return best;
  }

  /** "1200 عنصر من قواتها": a state's own soldiers, not fighters. */
  boolean ownForces(int after, Sentence s) {
    for (int i = after; i < Math.min(s.to(), after + 3); i++) {
      String t = doc.stripped(i);
      if (t.startsWith("قوات") && !t.equals("قوات")) return true;
    }
    return false;
  }


  boolean fits(Measure m, Quantity q) {
    try {
      m.checkValue(q);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }


  /**
   * Who a figure is about, read from the text, never assumed:
   *
   * <ul>
   *   <li>{@code subject.named}: a party named right after the counted noun ("من مقاتلي الدولة الإسلامية");
   *   <li>{@code subject.victims}: the killed and wounded are who the noun says (civilians, children,
   *       women), not the party that killed them; "people" names no one in particular;
   *   <li>{@code subject.sentence-party}: troops of the state party, the surrendered of the armed
   *       party the sentence names, and the killed or wounded too when their noun says they were
   *       fighters;
   *   <li>{@code subject.article-armed-group}: fighters, territory, towns held of the armed group the
   *       article names most; none when it names none.
   * </ul>
   */
  /** Nouns of families and households (normalized), counted in {@link #FAMILIES}. */
  static final Set<String> FAMILY_NOUNS = Set.of("عائله", "عائلات", "اسره", "اسر", "العائلات", "الاسر");
  /** The count unit of families. */
  static final Unit FAMILIES = Unit.counting("family", "families");

  /** The count unit of the class the last {@link #subject} call found counted (rule measure.counted-class). */
  private @Nullable Unit classUnit;

  Subject subject(Measure m, Sentence s, int after, @Nullable String noun) {
    boolean counted = m.kind() == Measure.Kind.COUNT;
    if (counted && noun != null && (FAMILY_NOUNS.contains(noun) || FAMILY_NOUNS.contains(doc.stripped(noun)))) {
      // "6 آلاف أسرة نزحت": families are counted in families, never compared as a count of people
      classUnit = FAMILIES;
      trace.add(ArabicRules.MEASURE_COUNTED_CLASS);
    }
    for (int i = after; counted && i < Math.min(s.to(), after + 4); i++) {
      CueTable.Hit<LexiconEntries.Actor> h = actors.match(doc, i);
      if (h != null && h.value().role() != LexiconEntries.Role.AGENCY) {
        if (SourceParties.reports(this, after, i)) {
          // "وفق الأمم المتحدة": the party after a source cue reports the figure
          trace.add(ArabicRules.SUBJECT_NOT_SOURCE);
          break;
        }
        trace.add(ArabicRules.SUBJECT_NAMED);
        return run.speakers.party(run.speakers.resolve(h.value()));
      }
    }
    String victims = noun == null ? null : VICTIMS.get(doc.stripped(noun));
    if (victims == null && noun != null) victims = VICTIMS.get(noun);
    if (victims != null && (m.id().equals("killed") || m.id().equals("wounded"))) {
      // "4800 طفل": children are what is counted, a part of the toll, not a side
      classUnit = COUNTED_CLASSES.get(victims);
      if (classUnit != null) {
        trace.add(ArabicRules.MEASURE_COUNTED_CLASS);
        return Subject.NONE;
      }
      trace.add(ArabicRules.SUBJECT_VICTIMS);
      return Subject.of(victims);
    }
    switch (m.id()) {
      case "fighters", "territory-held", "territory-lost", "towns-held", "population", "people-held" -> {
        trace.add(ArabicRules.SUBJECT_ARTICLE_GROUP);
        return run.speakers.party(run.speakers.mainArmed);
      }
      case "troops", "killed", "wounded", "surrendered" -> {
        // the killed and wounded are a party's only when the noun says they were fighters ("قتل 20
        // مسلحا"); a toll of people names no side, whoever the sentence names (the ministry run by X)
        var nounHit = noun == null ? null : measureNouns.match(List.of(noun), 0);
        boolean fighters = nounHit != null && "fighters".equals(nounHit.value());
        if ((m.id().equals("killed") || m.id().equals("wounded")) && !fighters) return Subject.NONE;
        boolean speaking = false;
        for (int i = s.from(); i < s.to(); i++) {
          CueTable.Hit<LexiconEntries.Actor> h = actors.match(doc, i);
          if (h != null && h.value().role() == (m.id().equals("troops") ? LexiconEntries.Role.STATE : LexiconEntries.Role.ARMED)) {
            // "قالت القوات إنها قتلت 40 مسلحا": the party that speaks killed them; they are not its own
            if (SourceParties.reports(this, s.from(), i)) {
              speaking = true;
              i = h.to() - 1;
              continue;
            }
            trace.add(ArabicRules.SUBJECT_SENTENCE_PARTY);
            return run.speakers.party(run.speakers.resolve(h.value()));
          }
        }
        if (speaking) {
          // the armed party that speaks killed them: they are the other side's, unnamed
          trace.add(ArabicRules.SUBJECT_NOT_SOURCE);
          return Subject.NONE;
        }
        if (!m.id().equals("troops")) trace.add(ArabicRules.SUBJECT_ARTICLE_GROUP);
        return m.id().equals("troops") ? Subject.NONE : run.speakers.party(run.speakers.mainArmed);
      }
      default -> {
        return Subject.NONE;
      }
    }
  }
}
