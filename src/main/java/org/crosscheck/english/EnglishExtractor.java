package org.crosscheck.english;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.arabic.PlaceGazetteer;
import org.crosscheck.arabic.internal.Gazetteer;
import org.crosscheck.arabic.internal.GazetteerAccess;
import org.crosscheck.claim.Attribution;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.EventType;
import org.crosscheck.claim.Evidence;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Measures;
import org.crosscheck.claim.Modality;
import org.crosscheck.claim.Place;
import org.crosscheck.claim.Scope;
import org.crosscheck.claim.Source;
import org.crosscheck.claim.Span;
import org.crosscheck.claim.Subject;
import org.crosscheck.english.internal.ArmedActors;
import org.crosscheck.english.internal.DateMention;
import org.crosscheck.english.internal.EnglishAttribution;
import org.crosscheck.english.internal.Dateline;
import org.crosscheck.english.internal.EnglishDates;
import org.crosscheck.english.internal.EnglishDocument;
import org.crosscheck.english.internal.EnglishPlaces;
import org.crosscheck.english.internal.EnglishQuantities;
import org.crosscheck.english.internal.EventClaims;
import org.crosscheck.english.internal.FigureTimes;
import org.crosscheck.english.internal.Lexicon;
import org.crosscheck.english.internal.PhraseTable;
import org.crosscheck.english.internal.PlaceMention;
import org.crosscheck.english.internal.QuantityClaims;
import org.crosscheck.english.internal.QuantityMention;
import org.crosscheck.english.internal.Rules;
import org.crosscheck.english.internal.Token;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.DeclaredMeasure;
import org.crosscheck.extract.Diagnostic;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.Extractor;
import org.crosscheck.extract.Rule;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.Values;
import org.jspecify.annotations.Nullable;

/**
 * Reads claims from English news articles. The stages, each a function of one document whose
 * tokens are cut once: dates, quantities and durations, places, speakers, then per sentence the
 * quantity claims (measure from the counted noun, subject from the noun phrase, no default actor)
 * and the event claims (cue, then date). Every heuristic is a named {@link Rule} ({@link #rules});
 * {@link #trace} returns each claim with the ids of the rules that built it.
 *
 * <p>Found by {@link java.util.ServiceLoader} for language {@code en}. Thread-safe and
 * deterministic; never throws for bad content.
 */
public final class EnglishExtractor implements Extractor {
  /** {@code STATUS_IN_HANDS.intParameter("max-gap")}, read once: rules are constants. */
  private static final int STATUS_IN_HANDS_MAX_GAP = Rules.STATUS_IN_HANDS.intParameter("max-gap");
  private final Lexicon lexicon;
  private final EnglishDates dates;
  private final EnglishQuantities quantities;
  private final EnglishPlaces places;
  private final EnglishAttribution attribution;
  private final QuantityClaims quantityClaims;
  private final EventClaims eventClaims;

  /** The extractor with the built-in word lists and gazetteer (the ServiceLoader constructor). */
  public EnglishExtractor() {
    this(Lexicon.standard(), Gazetteer.standard());
  }

  private EnglishExtractor(Lexicon lexicon, Gazetteer gazetteer) {
    this.lexicon = lexicon;
    this.dates = new EnglishDates(lexicon);
    this.quantities = new EnglishQuantities(lexicon);
    this.places = new EnglishPlaces(lexicon, gazetteer);
    this.attribution = new EnglishAttribution(lexicon);
    this.quantityClaims = new QuantityClaims(lexicon);
    this.eventClaims = new EventClaims(lexicon);
  }

  /** This extractor reading the English nouns of {@code measures} too (rule {@code measure.declared-noun}), or itself. */
  @Override
  public EnglishExtractor withMeasures(List<DeclaredMeasure> measures) {
    Lexicon l = lexicon.withMeasures(checkNotNull(measures, "measures"));
    return l == lexicon ? this : new EnglishExtractor(l, places.gazetteer());
  }

  /** True: {@link #withMeasures} is read. */
  @Override
  public boolean readsDeclaredMeasures() {
    return true;
  }

  /** A builder to set another gazetteer, or measures of one's own. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EnglishExtractor}; not thread-safe. */
  public static final class Builder {
    private PlaceGazetteer gazetteer = PlaceGazetteer.standard();
    private List<DeclaredMeasure> declared = List.of();
    private Lexicon lexicon = Lexicon.standard();

    private Builder() {}

    /**
     * Actors of one's own named before the built-in ones, from a UTF-8 file in the format of the
     * built-in {@code actors.txt} (name as written, canonical name, {@link org.crosscheck.extract.ActorType} word).
     *
     * @throws IllegalArgumentException naming the file and line of a bad line
     */
    public Builder actors(java.nio.file.Path file) {
      this.lexicon = Lexicon.standard().withActors(checkNotNull(file, "file"));
      return this;
    }

    /** Measures beside the built-in ones, read where a figure counts one of their English nouns; none by default. */
    public Builder measures(List<DeclaredMeasure> measures) {
      this.declared = List.copyOf(checkNotNull(measures, "measures"));
      return this;
    }

    /** The gazetteer English place names are looked up in. */
    public Builder gazetteer(PlaceGazetteer g) {
      this.gazetteer = checkNotNull(g, "gazetteer");
      return this;
    }

    /** An extractor with the standard English word lists, the gazetteer (the standard one by default) and measures set here. */
    public EnglishExtractor build() {
      return new EnglishExtractor(lexicon.withMeasures(declared), GazetteerAccess.of(gazetteer));
    }
  }

  @Override
  public Set<String> languages() {
    return Set.of("en");
  }

  @Override
  public Extraction extract(Article article) {
    checkNotNull(article, "article");
    Run run = new Run(article);
    return new Extraction(article, run.built.stream().map(Built::claim).collect(ImmutableList.toImmutableList()),
        ImmutableList.copyOf(run.diagnostics), article.metadata().published());
  }

  /**
   * The named rules this extractor applies, in a fixed order: the ids that claims' evidence and
   * {@link #trace} name, with their parameters.
   */
  public static ImmutableList<Rule> rules() {
    return Rules.ALL;
  }

  /** The claims of an article, each with the ids of the rules that built it. */
  public List<Built> trace(Article article) {
    checkNotNull(article, "article");
    return List.copyOf(new Run(article).built);
  }

  /** A file extension at the end of an article id, dropped from its claims' ids; compiled once, not per article. */
  private static final java.util.regex.Pattern EXTENSION = java.util.regex.Pattern.compile("\\.[A-Za-z0-9]+$");

  /** One article's extraction. */
  private final class Run {
    final Article article;
    final List<Built> built = new ArrayList<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();
    final String idPrefix;

    Run(Article article) {
      this.article = article;
      this.idPrefix = EXTENSION.matcher(article.id()).replaceAll("") + "#";
      try {
        run();
      } catch (RuntimeException e) {
        built.clear();
        diagnostics.add(Diagnostic.error("extract.failed", "the English extractor failed on this article ("
            + e + "); please report it with the article"));
      }
    }

    void run() {
      String text = article.text();
      if (text.isBlank()) {
        diagnostics.add(Diagnostic.error("text.empty", "the text is empty or only white space; nothing to read"));
        return;
      }
      LocalDate pub = article.metadata().published();
      if (pub == null) {
        diagnostics.add(Diagnostic.warning("date.unresolved",
            "no publication date: relative dates (yesterday, on Sunday, last week) are not resolved", null));
      }
      EnglishDocument d = EnglishDocument.of(text, lexicon);
      boolean[] taken = new boolean[d.size()];
      List<DateMention> allDates = dates.findAll(d, pub, taken);
      List<QuantityMention> allQuantities = quantities.findAll(d, 0, d.size(), taken);
      boolean[] quantityTokens = new boolean[d.size()];
      for (QuantityMention q : allQuantities) for (int k = q.from(); k < q.to(); k++) quantityTokens[k] = true;
      // rule place.speaking-capital: "Baghdad declared", "Khartoum said": a place that speaks is its government
      // rule place.in-person-name: "commander Yusuf Manbij told Reuters": a speaker's surname, not a place
      List<PlaceMention> allPlaces = places.findAll(d).stream().filter(p -> !places.speaks(d, p) && !places.surname(d, p)).toList();
      // rules date.dateline, place.dateline: where and when the story was filed
      int[] dateline = Dateline.find(d);
      allDates = Dateline.withoutFiled(d, dateline, allDates, diagnostics);
      Source agency = attribution.agency(article.metadata(), d);
      Attribution base = Attribution.by(Source.outlet(article.metadata().outlet()));
      if (pub != null) base = base.publishedOn(pub);
      if (agency != null && !agency.name().equalsIgnoreCase(article.metadata().outlet())) base = base.via(agency);
      Source previous = null;
      String lastArmed = null;
      int qi = 0;
      int di = 0;
      int pi = 0;
      Measure previousCount = null;
      for (EnglishDocument.Sentence s : d.sentences()) {
        Source speaker = attribution.speaker(d, s, previous);
        if (speaker != null) previous = speaker;
        Attribution a = speaker == null || (agency != null && speaker.equals(agency)) ? base : base.quoting(speaker);
        // the places of the sentence: allPlaces is in text order, so one pointer walks it once per document
        while (pi < allPlaces.size() && allPlaces.get(pi).from() < s.from()) pi++;
        List<PlaceMention> here = new ArrayList<>();
        for (int k = pi; k < allPlaces.size() && allPlaces.get(k).from() < s.to(); k++) {
          if (allPlaces.get(k).to() <= s.to()) here.add(allPlaces.get(k));
        }
        here = Dateline.claimPlaces(d, dateline, here);
        List<DateMention> sentenceDates = new ArrayList<>();
        while (di < allDates.size() && allDates.get(di).from() < s.to()) sentenceDates.add(allDates.get(di++));
        QuantityMention before = null;
        QuantityClaims.Reading beforeReading = null;
        for (; qi < allQuantities.size() && allQuantities.get(qi).from() < s.to(); qi++) {
          QuantityMention q = allQuantities.get(qi);
          lastArmed = armedBefore(d, s.from(), q.from(), lastArmed);
          QuantityClaims.Reading r = quantityClaims.read(d, s, q, lastArmed, here, previousCount);
          if (r == null) {
            diagnostics.add(Diagnostic.info("quantity.no-measure", "a figure with no counted noun or word of what it"
                + " counts: \"" + d.text(q.from(), q.to()) + "\"", d.span(q.from(), q.to())));
            continue;
          }
          List<Rule> extra = new ArrayList<>();
          // "at least 30 rebels and 12 soldiers": the bound covers both figures
          if (before != null && beforeReading != null && before.quantity() instanceof Quantity.Bound b && q.quantity() instanceof Quantity.Exact e
              && beforeReading.nounTo() + 1 == q.from() && d.key(q.from() - 1).equals("and")) {
            q = new QuantityMention(q.from(), q.to(), q.numberTo(), new Quantity.Bound(b.kind(), e.value(), e.unit()),
                q.modality(), q.rules());
            extra.add(Rules.QUANTITY_BOUND_SHARED);
          }
          quantity(d, s, q, r, a, here, extra, sentenceDates);
          if (QuantityClaims.isPeople(r.measure())) previousCount = r.measure();
          before = q;
          beforeReading = r;
        }
        lastArmed = armedBefore(d, s.from(), s.to(), lastArmed);
        statuses(d, s, a, here, quantityTokens, lastArmed);
        List<EventClaims.Event> events = eventClaims.find(d, s, sentenceDates, quantityTokens, here, diagnostics);
        for (EventClaims.Event e : events) event(d, s, e, a, here, pub);
        for (DateMention m : sentenceDates) {
          if (events.stream().noneMatch(e -> e.date() == m)) {
            diagnostics.add(Diagnostic.info("date.no-event", "a date with no event wording, statement or past-tense verb"
                + " near it: \"" + d.text(m.from(), m.to()) + "\"", d.span(m.from(), m.to())));
          }
        }
      }
    }

    /** The last armed actor named in tokens {@code from} to {@code to}, else {@code last} (rule subject.coreference). */
    @Nullable String armedBefore(EnglishDocument d, int from, int to, @Nullable String last) {
      ArmedActors a = armed;
      if (a == null || !a.of(d)) armed = a = new ArmedActors(d, lexicon);
      return a.lastIn(from, to, last);
    }

    /** The armed actors of the document read last (none yet: null). */
    private @Nullable ArmedActors armed;

    /** Words that open a relative clause after a comma. */
    private static final java.util.Set<String> RELATIVE = java.util.Set.of("which", "who", "whose");

    void quantity(EnglishDocument d, EnglishDocument.Sentence s, QuantityMention q, QuantityClaims.Reading r,
        Attribution a, List<PlaceMention> here, List<Rule> extra, List<DateMention> dates) {
      List<Rule> rules = new ArrayList<>(q.rules());
      rules.addAll(r.rules());
      rules.addAll(extra);
      DateValue validAt = FigureTimes.validAt(d, s, q.from(), q.to(), dates);
      if (validAt != null) rules.add(Rules.QUANTITY_VALID_AT);
      DateValue period = r.measure().kind() == Measure.Kind.COUNT
          ? FigureTimes.since(d, s, q.from(), q.to(), dates, validAt, article.metadata().published()) : null;
      if (period != null) rules.add(Rules.QUANTITY_SINCE_PERIOD);
      DateValue toDate = period == null && validAt == null && r.measure().kind() == Measure.Kind.COUNT
          ? FigureTimes.warToDate(d, s, q.from(), q.to(), dates, article.metadata().published()) : null;
      if (toDate != null) rules.add(Rules.QUANTITY_WAR_TO_DATE);
      if (period != null || toDate != null) validAt = period != null ? period : toDate;
      Modality modality = q.modality();
      for (int k = r.nounTo(); k < Math.min(s.to(), r.nounTo() + 3); k++) {
        PhraseTable.Hit<Lexicon.Quantifier> h = lexicon.quantifiers.match(d, k, s.to());
        if (h != null && h.value().role() == Lexicon.Role.MODALITY) {
          modality = java.util.Objects.requireNonNullElse(h.value().modality(), modality);
          rules.add(Rules.QUANTITY_MODALITY);
          break;
        }
      }
      // rule place.not-in-relative-clause: ", which has reduced much of X to rubble" speaks of another thing
      List<PlaceMention> own = here.stream().filter(m -> !relativeClauseBetween(d, q.to(), m.from())).toList();
      PlaceMention p = PlaceMention.nearest(own, q.from(), q.to());
      Place place = p == null ? Place.NOWHERE : p.place();
      Scope scope = p == null ? Scope.WHOLE : p.scope();
      Claim whole = built.isEmpty() ? null : built.get(built.size() - 1).claim();
      if (r.part() && whole != null && whole.evidence() != null && !whole.place().isNowhere()
          && whole.evidence().sentence().equals(s.span())) {
        // rule place.of-the-whole: "the toll in X rose to 9,000, among them 4,000 children, the
        // ministry of Y said": the part is where its whole is, not at a place named after it
        place = whole.place();
        scope = whole.scope();
        rules.add(Rules.PLACE_OF_WHOLE);
      } else if (p != null) {
        rules.add(p.rule());
      }
      Quantity value = r.counts() == null ? q.quantity() : q.quantity().counting(r.counts());
      add(new Claim(idPrefix + (built.size() + 1), r.subject(), r.measure(), EventType.NONE, place, scope, validAt,
          value, a, evidence(d, s, q.from(), q.to()), modality), rules);
    }

    /** Whether a relative clause (", which", ", who", ", whose") opens between token {@code from} and {@code to}. */
    boolean relativeClauseBetween(EnglishDocument d, int from, int to) {
      for (int k = from; k + 1 < to; k++) {
        if (d.key(k).equals(",") && RELATIVE.contains(d.key(k + 1))) return true;
      }
      return false;
    }

    /** Control status claims (rules status.cue, status.in-hands); their tokens hold no event cue. */
    void statuses(EnglishDocument d, EnglishDocument.Sentence s, Attribution a, List<PlaceMention> here,
        boolean[] blocked, @Nullable String lastArmed) {
      for (int k = s.from(); k < s.to(); k++) {
        PhraseTable.Hit<Lexicon.StatusCue> h = lexicon.statuses.match(d, k, s.to());
        int from;
        int to;
        String label;
        Rule rule;
        if (h != null) {
          from = h.from();
          to = h.to();
          label = h.value().label();
          rule = Rules.STATUS_CUE;
        } else if (d.key(k).equals("hands") && !blocked[k]) {
          int in = k - 1;
          while (in >= s.from() && k - in <= STATUS_IN_HANDS_MAX_GAP && !d.key(in).equals("in")) in--;
          if (in < s.from() || !d.key(in).equals("in")) continue;
          // "5% of the town was still in their hands": the share claim already says it
          if (shareBefore(d, s, in)) continue;
          String holder = armedBefore(d, in, k, null);
          // "in the militants' hands": the last armed actor named (rule subject.coreference)
          if (holder == null && lastArmed != null) {
            for (int c = in; c < k && holder == null; c++) {
              PhraseTable.Hit<Lexicon.CountedNoun> n = lexicon.nouns.match(d, c, k);
              if (n != null && n.value().nounClass() == Lexicon.NounClass.ARMED || d.key(c).equals("group")) holder = lastArmed;
            }
          }
          from = in;
          to = k + 1;
          label = holder == null ? "held" : "held by " + holder;
          rule = Rules.STATUS_IN_HANDS;
        } else {
          continue;
        }
        for (int b = from; b < to; b++) blocked[b] = true;
        PlaceMention p = PlaceMention.nearest(here, from, to);
        List<Rule> rules = new ArrayList<>(List.of(rule));
        if (p != null) rules.add(p.rule());
        add(new Claim(idPrefix + (built.size() + 1), Subject.NONE, Measures.CONTROL, EventType.NONE,
            p == null ? Place.NOWHERE : p.place(), p == null ? Scope.WHOLE : p.scope(), null, Values.label(label), a,
            evidence(d, s, from, to), Modality.ASSERTED), rules);
        k = to - 1;
      }
    }

    boolean shareBefore(EnglishDocument d, EnglishDocument.Sentence s, int at) {
      for (int k = Math.max(s.from(), at - 10); k < at; k++) {
        if (d.key(k).equals("%") || d.key(k).equals("percent") || d.key(k).equals("cent")) return true;
      }
      return false;
    }

    void event(EnglishDocument d, EnglishDocument.Sentence s, EventClaims.Event e, Attribution a,
        List<PlaceMention> here, @Nullable LocalDate pub) {
      DateValue date;
      if (e.date() != null) {
        date = e.date().value();
      } else if (pub != null) {
        date = Values.onDay(pub);
      } else {
        diagnostics.add(Diagnostic.warning("date.unresolved", "an event with no date in its sentence and no"
            + " publication date: \"" + d.text(e.from(), e.to()) + "\"", d.span(e.from(), e.to())));
        return;
      }
      List<Rule> rules = new ArrayList<>(e.rules());
      PlaceMention p = PlaceMention.nearest(here, e.from(), e.to());
      if (p != null) rules.add(p.rule());
      Place place = p == null ? Place.NOWHERE : p.place();
      Scope scope = p == null ? Scope.WHOLE : p.scope();
      add(new Claim(idPrefix + (built.size() + 1), Subject.NONE, Measures.EVENT_DATE, e.type(), place, scope, null,
          date, a, evidence(d, s, e.from(), e.to()), Modality.ASSERTED), rules);
    }

    /** Adds a claim whose evidence names the rules that built it. */
    void add(Claim c, List<Rule> rules) {
      Built b = Built.of(c, rules);
      built.add(new Built(c.evidence() == null ? c : c.withEvidence(c.evidence().withRules(b.rules())), b.rules()));
    }

    Evidence evidence(EnglishDocument d, EnglishDocument.Sentence s, int from, int to) {
      Span value = d.span(from, to);
      return new Evidence(article.id(), value, s.span(), d.text(s));
    }
  }
}
