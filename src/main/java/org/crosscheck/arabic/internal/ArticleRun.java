package org.crosscheck.arabic.internal;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.claim.Attribution;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.EventType;
import org.crosscheck.claim.Evidence;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Modality;
import org.crosscheck.claim.Scope;
import org.crosscheck.claim.Subject;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.Diagnostic;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.Rule;
import org.jspecify.annotations.Nullable;

/**
 * The extraction of one article: its document ({@link ArticleText}), the stages that read it
 * (speakers, places, quantity, event and status claims) and what they build. One per article; not
 * thread-safe.
 */
public final class ArticleRun {
  final ExtractorParts extractor;
  final Article article;
  final String text;
  final NormalizedText nt;
  final ArticleText doc;
  final List<Word> words;
  final List<Sentence> sentences;
  final List<Diagnostic> diagnostics = new ArrayList<>();
  final List<Claim> claims = new ArrayList<>();
  final Set<EventClaims.EventKey> seenEvents = new HashSet<>();
  final String idPrefix;
  @Nullable ArabicValues found;
  /** The found dates by where they start, and those starts; made on first use by {@link #datesIn}. */
  private @Nullable List<DateMatch> datesByStart;
  private int[] dateStarts = new int[0];

  /**
   * A count's figure as the time rules read it: its first and last words, its sentence and the
   * dates found in that sentence.
   */
  record Figure(int first, int last, Sentence sentence, List<DateMatch> dates) {}

  /**
   * The figure spanning {@code span} (original offsets), or {@code null} when the article has no
   * anchor day or values, or the span falls on no word.
   */
  @Nullable Figure figure(org.crosscheck.claim.Span span) {
    if (anchor == null || found == null) return null;
    int first = doc.wordAtOriginal(span.start());
    int last = doc.wordAtOriginal(Math.max(span.start(), span.end() - 1));
    if (first < 0 || last < first) return null;
    // the dates of the figure's sentence only: a long text of many dates stays linear
    Sentence s = sentences.get(words.get(first).sentence());
    return new Figure(first, last, s, datesIn(s));
  }

  /**
   * The found dates that start in the sentence {@code s}, in text order: a rule that looks at a
   * figure's dates asks its sentence's, so a text of many dates stays linear.
   */
  List<DateMatch> datesIn(Sentence s) {
    List<DateMatch> sorted = datesByStart;
    if (sorted == null) {
      List<DateMatch> all = new ArrayList<>(found == null ? List.of() : found.dates());
      all.sort(java.util.Comparator.comparingInt(d -> d.span().start()));
      int[] starts = new int[all.size()];
      for (int k = 0; k < starts.length; k++) starts[k] = all.get(k).span().start();
      dateStarts = starts;
      datesByStart = sorted = all;
    }
    int from = lowerBound(dateStarts, s.start());
    int to = lowerBound(dateStarts, s.end());
    return sorted.subList(from, to);
  }

  private static int lowerBound(int[] a, int key) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  Map<Integer, List<Integer>> qWordsBySentence = Map.of();
  @Nullable LocalDate anchor;
  final Speakers speakers;
  final ArticlePlaces places;
  final QuantityClaims quantities;
  final EventCues cues;
  final EventClaims events;
  final StatusClaims status;

  public ArticleRun(ExtractorParts extractor, Article article) {
    this.extractor = extractor;
    this.article = article;
    this.idPrefix = article.id().replaceAll("\\.[A-Za-z0-9]+$", "") + "#";
    this.text = article.text();
    this.nt = ArabicNormalizer.normalize(text);
    this.doc = new ArticleText(text, nt, extractor.lexicons, diagnostics);
    this.words = doc.words;
    this.sentences = doc.sentences;
    this.speakers = new Speakers(this);
    this.places = new ArticlePlaces(this);
    this.quantities = new QuantityClaims(this);
    this.cues = new EventCues(this);
    this.events = new EventClaims(this);
    this.status = new StatusClaims(this);
  }

  public Extraction run() {
    Tokens tokens = Tokens.of(nt);
    ArabicValues v = extractor.values.extract(tokens, article.metadata().published());
    found = v;
    anchor = v.anchor();
    for (org.crosscheck.arabic.internal.Diagnostic d : v.diagnostics()) diagnostics.add(convert(d));
    boolean unreadable = v.diagnostics().stream().anyMatch(d -> d.code().equals("text.empty")
        || d.code().equals("text.no-letters") || d.code().equals("text.not-arabic"));
    if (unreadable) {
      return new Extraction(article, ImmutableList.of(), ImmutableList.copyOf(diagnostics), anchor);
    }
    doc.tokenize(tokens);
    speakers.findAgency();
    speakers.findMainArmed();
    for (PlaceAt p : places.allPlaces()) if (p.gazetteer().type() == Place.Type.COUNTRY) places.countries.putIfAbsent(p.place().id(), p.place());
    Map<Integer, List<QuantityMatch>> qBySentence = new HashMap<>();
    for (QuantityMatch q : v.quantities()) qBySentence.computeIfAbsent(doc.sentenceOf(q.span().start()), k -> new ArrayList<>()).add(q);
    Map<Integer, List<DateMatch>> dBySentence = new HashMap<>();
    for (DateMatch d : v.dates()) dBySentence.computeIfAbsent(doc.sentenceOf(d.span().start()), k -> new ArrayList<>()).add(d);
    places.pBySentence = new HashMap<>();
    for (PlaceAt p : places.allPlaces()) places.pBySentence.computeIfAbsent(words.get(p.word()).sentence(), k -> new ArrayList<>()).add(p);
    qWordsBySentence = new HashMap<>();
    for (QuantityMatch q : v.quantities()) {
      int qw = doc.wordAtOriginal(q.span().start());
      if (qw >= 0) qWordsBySentence.computeIfAbsent(words.get(qw).sentence(), k -> new ArrayList<>()).add(qw);
    }
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sent = sentences.get(s);
      if (sent.title()) {
        // rule heading.figures: a headline's figures are claims (often worded apart from the body's:
        // ثلاثة آلاف against ٣٠٠٠); its dates and events are not read, the body tells them
        List<PlaceAt> here = places.pBySentence.getOrDefault(s, List.of());
        quantities.quantities(sent, qBySentence.getOrDefault(s, List.of()), here, speakers.attribution(sent), speakers.modality(sent));
        continue;
      }
      if (sent.skipped()) continue;
      List<PlaceAt> here = places.pBySentence.getOrDefault(s, List.of());
      Attribution attribution = speakers.attribution(sent);
      List<QuantityMatch> figures = qBySentence.getOrDefault(s, List.of());
      // the modality is the figures' only: a sentence without figures is not read for it
      Modality modality = figures.isEmpty() ? Modality.ASSERTED : speakers.modality(sent);
      quantities.quantities(sent, figures, here, attribution, modality);
      events.events(sent, dBySentence.getOrDefault(s, List.of()), here, attribution);
      status.status(sent, here, attribution);
      status.control(sent, here, attribution);
    }
    if (claims.isEmpty()) {
      long read = sentences.stream().filter(x -> !x.skipped()).count();
      diagnostics.add(Diagnostic.info("claims.none", "no claims in this article: " + read + " sentences read, "
          + v.quantities().size() + " figures and " + v.dates().size() + " dates found, none tied to a measure or an"
          + " event", null));
    }
    return new Extraction(article, ImmutableList.copyOf(claims), ImmutableList.copyOf(diagnostics), anchor);
  }


  // ---- claims ---------------------------------------------------------------------------------

  /** The evidence of a value in sentence {@code s}; claims of one sentence share its quote string. */
  Evidence evidence(Sentence s, Span value) {
    int start = s.start();
    int end = s.end();
    while (start < end && Character.isWhitespace(text.charAt(start))) start++;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    start = Math.min(start, value.start());
    end = Math.max(end, value.end());
    String quote = quotes.computeIfAbsent(((long) start << 32) | end, k -> text.substring((int) (k >>> 32), (int) (long) k));
    return new Evidence(article.id(), new org.crosscheck.claim.Span(value.start(), value.end()),
        new org.crosscheck.claim.Span(start, end), quote);
  }

  final Map<Long, String> quotes = new HashMap<>();

  /** A claim built in one step, with its id and the ids of the rules that built it (with the attribution's). */
  void add(Subject subject, Measure measure, EventType event, org.crosscheck.claim.Place place, Scope scope,
      org.crosscheck.value.Value value, Attribution attribution, Evidence evidence, Modality modality, List<Rule> rules) {
    List<String> ids = new ArrayList<>();
    for (Rule r : rules) ids.add(r.id());
    // rule quantity.since-period: a count that runs since a date or an event's start is valid over the period
    // and quantity.war-to-date: one a war has taken up to now
    Figure figure = measure.kind() == Measure.Kind.COUNT && event.isNone()
        && value instanceof org.crosscheck.value.Quantity ? figure(evidence.value()) : null;
    SincePeriods.Found period = figure == null ? null : SincePeriods.of(this, figure);
    if (period != null) ids.add(period.rule().id());
    // rule quantity.valid-at: else a count is valid on the day its clause names
    org.crosscheck.value.@Nullable DateValue validAt = period != null ? period.value()
        : figure != null ? ValidDays.of(this, figure) : null;
    if (period == null && validAt != null) ids.add(ArabicRules.QUANTITY_VALID_AT.id());
    if (attribution.agency() != null) ids.add(ArabicRules.ATTRIBUTION_AGENCY.id());
    if (attribution.speaker() != null) ids.add(ArabicRules.ATTRIBUTION_SPEAKER.id());
    if (modality != Modality.ASSERTED) ids.add(ArabicRules.MODALITY_ESTIMATE.id());
    claims.add(new Claim(idPrefix + (claims.size() + 1), subject, measure, event, place, scope,
        validAt, value, attribution,
        evidence.withRules(ids), modality));
  }

  Diagnostic convert(org.crosscheck.arabic.internal.Diagnostic d) {
    org.crosscheck.claim.Span span = d.span() == null ? null : new org.crosscheck.claim.Span(d.span().start(), d.span().end());
    Diagnostic.Severity severity = switch (d.code()) {
      case "text.empty", "text.no-letters", "text.not-arabic" -> Diagnostic.Severity.ERROR;
      case "text.broken-encoding", "date.unresolved", "date.anchor-from-text", "date.hijri-out-of-range" -> Diagnostic.Severity.WARNING;
      default -> Diagnostic.Severity.INFO;
    };
    return new Diagnostic(severity, d.code(), d.message(), span);
  }
}
