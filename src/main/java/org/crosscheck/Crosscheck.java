package org.crosscheck;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.crosscheck.claim.Attribution;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.EventType;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Measures;
import org.crosscheck.claim.Modality;
import org.crosscheck.claim.Place;
import org.crosscheck.claim.Scope;
import org.crosscheck.claim.Source;
import org.crosscheck.claim.Subject;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.Metadata;
import org.crosscheck.io.Documents;
import org.crosscheck.io.Pipeline;
import org.crosscheck.io.Renderer;
import org.crosscheck.io.Run;
import org.crosscheck.reconcile.Assessment;
import org.crosscheck.reconcile.Independence;
import org.crosscheck.reconcile.Reconciler;
import org.crosscheck.reconcile.Report;
import org.crosscheck.rules.CountedClass;
import org.crosscheck.rules.EventRelation;
import org.crosscheck.rules.Explanation;
import org.crosscheck.rules.Facts;
import org.crosscheck.rules.HedgeWidth;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.rules.Tolerance;
import org.crosscheck.rules.Verdict;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.Hedge;
import org.crosscheck.value.Label;
import org.crosscheck.value.Magnitude;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.Unit;
import org.crosscheck.value.VagueQuantifier;
import org.crosscheck.value.Values;
import org.jspecify.annotations.Nullable;

/**
 * Everything a notebook needs behind one import:
 *
 * <pre>{@code
 * import static org.crosscheck.Crosscheck.*;
 *
 * var alQaim = place("al-Qaim").aka("القائم");
 * var a = claim(FIGHTERS, alQaim, between(1500, 2500)).by(outlet("Reuters").quoting(person("Ryan Dillon")));
 * var b = claim(FIGHTERS, alQaim, about(1500)).by(outlet("Al-Arab").quoting(organization("coalition")));
 * assess(a, b)     // COMPATIBLE  [1500..2500] vs ~1500  (quantity.containment)
 * explain(a, b)    // the facts, one per line
 *
 * var run = report(Path.of("examples/articles"));   // the main job, as `crosscheck report` runs it
 * System.out.println(run.table());
 * render(run, "markdown")
 * extract("قال مصدر إن نحو 700 مسلح بقوا في الميادين.", "ar", date(2017, 11, 3)).claims()
 * reconcile(defaults().with(relativeTolerance(0.10).forMeasure(FIGHTERS)).named("newsroom"), a, b)
 * }</pre>
 *
 * <p>Each method delegates to the class that owns the concept ({@link Values}, {@link Claim},
 * {@link RuleSet}, {@link Reconciler}, …); use those directly in library code.
 */
public final class Crosscheck {
  private Crosscheck() {}

  // ---- values -------------------------------------------------------------------------------
  public static final Magnitude TENS = Magnitude.TENS;
  public static final Magnitude HUNDREDS = Magnitude.HUNDREDS;
  public static final Magnitude THOUSANDS = Magnitude.THOUSANDS;
  public static final Magnitude TENS_OF_THOUSANDS = Magnitude.TENS_OF_THOUSANDS;
  public static final Magnitude MILLIONS = Magnitude.MILLIONS;
  public static final Unit PERCENT = Unit.PERCENT;
  public static final Unit METRE = Unit.METRE;
  public static final Unit KILOMETRE = Unit.KILOMETRE;
  public static final Unit DAY = Unit.DAY;
  public static final Unit WEEK = Unit.WEEK;
  public static final Unit MONTH = Unit.MONTH;
  public static final Unit YEAR = Unit.YEAR;
  public static final Hedge ABOUT = Hedge.ABOUT;
  public static final Hedge NEARLY = Hedge.NEARLY;
  public static final Hedge APPROXIMATELY = Hedge.APPROXIMATELY;
  public static final Hedge ESTIMATED = Hedge.ESTIMATED;

  public static Quantity.Exact exactly(long v) { return Values.exactly(v); }
  public static Quantity.Exact exactly(double v, Unit unit) { return Values.exactly(v, unit); }
  public static Quantity.Approximate about(long v) { return Values.about(v); }
  public static Quantity.Approximate about(double v, Unit unit) { return Values.about(v, unit); }
  public static Quantity.Approximate nearly(long v) { return Values.nearly(v); }
  public static Quantity.Between between(long lo, long hi) { return Values.between(lo, hi); }
  public static Quantity.Between between(double lo, double hi, Unit unit) { return Values.between(lo, hi, unit); }
  public static Quantity.Bound atLeast(long v) { return Values.atLeast(v); }
  public static Quantity.Bound moreThan(long v) { return Values.moreThan(v); }
  public static Quantity.Bound atMost(long v) { return Values.atMost(v); }
  public static Quantity.Bound lessThan(long v) { return Values.lessThan(v); }
  public static Quantity.Vague aFew(Magnitude m) { return Values.aFew(m); }
  public static Quantity.Vague plural(Magnitude m) { return Values.plural(m); }
  public static Quantity.Vague vague(VagueQuantifier q) { return Values.vague(q); }
  public static Quantity.Vague vague(VagueQuantifier q, Unit unit) { return Values.vague(q, unit); }
  public static Quantity.Vague almostAll() { return Values.vague(VagueQuantifier.ALMOST_ALL); }
  public static Quantity.Exact percent(double v) { return Values.percent(v); }
  public static Quantity.Approximate aboutPercent(double v) { return Values.aboutPercent(v); }
  public static Quantity.Fraction fraction(int n, int d) { return Values.fraction(n, d); }
  public static Quantity.Exact km(double v) { return Values.km(v); }
  public static Quantity.Exact duration(double v, Unit unit) { return Values.duration(v, unit); }
  public static DateValue.OnDay onDay(int y, int m, int d) { return Values.onDay(y, m, d); }
  public static DateValue.InMonth inMonth(int y, int m) { return Values.inMonth(y, m); }
  public static DateValue.InYear inYear(int y) { return Values.inYear(y); }
  public static DateValue.Span span(LocalDate first, LocalDate last) { return Values.span(first, last); }
  public static DateValue.Before onOrBefore(LocalDate d) { return Values.onOrBefore(d); }
  public static DateValue.After onOrAfter(LocalDate d) { return Values.onOrAfter(d); }
  public static Label label(String text) { return Values.label(text); }
  public static LocalDate date(int y, int m, int d) { return LocalDate.of(y, m, d); }

  // ---- measures and events ------------------------------------------------------------------
  public static final Measure FIGHTERS = Measures.FIGHTERS;
  public static final Measure TROOPS = Measures.TROOPS;
  public static final Measure KILLED = Measures.KILLED;
  public static final Measure WOUNDED = Measures.WOUNDED;
  public static final Measure CASUALTIES = Measures.CASUALTIES;
  public static final Measure DISPLACED = Measures.DISPLACED;
  public static final Measure REFUGEES = Measures.REFUGEES;
  public static final Measure MISSING = Measures.MISSING;
  public static final Measure ARRIVED = Measures.ARRIVED;
  public static final Measure CAMPS = Measures.CAMPS;
  public static final Measure FACILITIES = Measures.FACILITIES;
  public static final Measure VEHICLES = Measures.VEHICLES;
  public static final Measure PLACES_TAKEN = Measures.PLACES_TAKEN;
  public static final Measure POPULATION_SHARE = Measures.POPULATION_SHARE;
  public static final Measure SHARE_OF = Measures.SHARE_OF;
  public static final Measure SURRENDERED = Measures.SURRENDERED;
  public static final Measure PEOPLE = Measures.PEOPLE;
  public static final Measure PEOPLE_LEFT = Measures.PEOPLE_LEFT;
  public static final Measure PEOPLE_HELD = Measures.PEOPLE_HELD;
  public static final Measure POPULATION = Measures.POPULATION;
  public static final Measure TOWNS_HELD = Measures.TOWNS_HELD;
  public static final Measure ATTACKS = Measures.ATTACKS;
  public static final Measure TERRITORY_HELD = Measures.TERRITORY_HELD;
  public static final Measure TERRITORY_LOST = Measures.TERRITORY_LOST;
  public static final Measure DISTANCE_TO = Measures.DISTANCE_TO;
  public static final Measure LENGTH = Measures.LENGTH;
  public static final Measure DURATION = Measures.DURATION;
  public static final Measure EVENT_DATE = Measures.EVENT_DATE;
  public static final Measure CONTROL = Measures.CONTROL;
  public static final Measure AREA = Measures.AREA;
  public static final EventType ENTERED = EventType.ENTERED;
  public static final EventType CAPTURED = EventType.CAPTURED;
  public static final EventType LIBERATED = EventType.LIBERATED;
  public static final EventType LOST = EventType.LOST;
  public static final EventType RECAPTURED = EventType.RECAPTURED;
  public static final EventType DECLARED_VICTORY = EventType.DECLARED_VICTORY;
  public static final EventType OPERATION_BEGAN = EventType.OPERATION_BEGAN;
  public static final EventType SIEGE_BROKEN = EventType.SIEGE_BROKEN;
  public static final EventType DECLARED = EventType.DECLARED;
  public static final EventType RETOOK = EventType.RETOOK;
  public static final EventType SEIZED = EventType.SEIZED;
  public static final EventType WITHDREW = EventType.WITHDREW;
  public static final EventType STORMED = EventType.STORMED;

  // ---- claims -------------------------------------------------------------------------------
  public static final Scope.Extent CITY = Scope.Extent.CITY;
  public static final Scope.Extent CITY_CENTRE = Scope.Extent.CITY_CENTRE;
  public static final Scope.Extent PROVINCE = Scope.Extent.PROVINCE;
  public static final Scope.Extent COUNTRYSIDE = Scope.Extent.COUNTRYSIDE;
  public static final Scope.Proximity ADJACENT = Scope.Proximity.ADJACENT;
  public static final Modality ESTIMATE = Modality.ESTIMATED;
  public static final Modality BELIEF = Modality.BELIEVED;

  public static Claim claim(Measure measure, Place place, org.crosscheck.value.Value value) {
    return Claim.of(measure, place, value);
  }

  public static Claim event(EventType type, Place place, DateValue date) {
    return Claim.event(type, place, date);
  }

  public static Place place(String name) { return Place.named(name); }
  public static Place union(Place... places) { return Place.union(places); }
  public static Subject subject(String label) { return Subject.of(label); }
  public static Scope scope(Scope.Extent extent) { return Scope.of(extent); }
  public static Scope scope(Scope.Proximity proximity) { return Scope.of(proximity); }
  public static Attribution outlet(String name) { return Attribution.by(java.util.Objects.requireNonNull(name, "name")); }
  public static Source agency(String name) { return Source.agency(name); }
  public static Source person(String name) { return Source.person(name); }
  public static Source organization(String name) { return Source.organization(name); }

  // ---- rules and reconciliation -------------------------------------------------------------
  public static final Verdict AGREE = Verdict.AGREE;
  public static final Verdict COMPATIBLE = Verdict.COMPATIBLE;
  public static final Verdict CONTRADICT = Verdict.CONTRADICT;
  public static final Verdict INCOMPARABLE = Verdict.INCOMPARABLE;
  public static final Verdict UNRELATED = Verdict.UNRELATED;
  public static final Explanation TIME_OF_VALIDITY = Explanation.TIME_OF_VALIDITY;
  public static final Explanation SCOPE = Explanation.SCOPE;
  public static final Explanation EVENT_TYPE = Explanation.EVENT_TYPE;
  public static final Explanation RESTATED_FIGURE = Explanation.RESTATED_FIGURE;

  public static RuleSet defaults() { return RuleSet.defaults(); }
  /** An empty rule set called {@code name}, to fill with {@code with(...)}. */
  public static RuleSet ruleSet(String name) { return RuleSet.empty(checkNotNull(name, "name")); }
  /** The default rules under another name, to customize: {@code rules("newsroom").with(...)}. */
  public static RuleSet rules(String name) { return RuleSet.defaults().named(checkNotNull(name, "name")); }
  public static Tolerance.Spec relativeTolerance(double fraction) { return Tolerance.relative(fraction); }
  public static Tolerance.Spec absoluteTolerance(double amount) { return Tolerance.absolute(amount); }
  public static HedgeWidth hedgeWidth(Hedge hedge, double width) { return HedgeWidth.of(hedge, width); }
  public static EventRelation sameEvent(EventType a, EventType b) { return EventRelation.sameEvent(a, b); }
  public static EventRelation precedes(EventType a, EventType b) { return EventRelation.precedes(a, b); }
  public static EventRelation converse(EventType a, EventType b) { return EventRelation.converse(a, b); }
  public static EventRelation announces(EventType a, EventType b) { return EventRelation.announces(a, b); }
  public static CountedClass counting(String name, String... unitIds) { return CountedClass.of(name, unitIds); }

  /** Assesses two claims under the default rules. */
  public static Assessment assess(Claim a, Claim b) {
    return Reconciler.with(RuleSet.defaults()).assess(a, b);
  }

  /**
   * The facts of the assessment of two claims under the default rules, printed one per line: a
   * value, so that JShell shows the lines rather than a string with {@code \n} escapes.
   */
  public static Facts explain(Claim a, Claim b) {
    return assess(a, b).explain();
  }

  /** The facts of the assessment of two claims under {@code rules}, printed one per line. */
  public static Facts explain(RuleSet rules, Claim a, Claim b) {
    return Reconciler.with(checkNotNull(rules, "rules")).assess(a, b).explain();
  }

  /** Reconciles claims under {@code rules}. */
  public static Report reconcile(RuleSet rules, Claim... claims) {
    checkNotNull(claims, "claims");
    return Reconciler.with(checkNotNull(rules, "rules")).reconcile(Arrays.asList(claims));
  }

  /** Reconciles a list of claims under the default rules. */
  public static Report reconcile(List<Claim> claims) {
    return Reconciler.with(RuleSet.defaults()).reconcile(checkNotNull(claims, "claims"));
  }

  // ---- the main job: articles to a report ---------------------------------------------------

  /**
   * The main job on a folder of articles, as {@code crosscheck report FOLDER} runs it: every
   * article the folder's {@code manifest.json} lists (or, without a manifest, every file, with the
   * language guessed from the script), claims extracted, echoes between articles found, sources
   * weighed, claims reconciled under the default rules. Documents that cannot be read are in
   * {@link Run#failures()}, each with its reason; the others are processed.
   *
   * @throws UncheckedIOException naming the folder if it cannot be listed
   * @throws IllegalArgumentException naming the folder if it does not exist, or the manifest if it
   *     is not valid
   */
  public static Run report(Path folder) {
    return report(folder, RuleSet.defaults());
  }

  /** The main job on a folder of articles under {@code rules}; see {@link #report(Path)}. */
  public static Run report(Path folder, RuleSet rules) {
    checkNotNull(folder, "folder");
    checkNotNull(rules, "rules");
    if (!Files.exists(folder)) {
      throw new IllegalArgumentException("report(): no such file or folder: " + folder.toAbsolutePath()
          + "; give the folder of articles, e.g. Path.of(\"examples/articles\")");
    }
    try {
      Documents.Loaded loaded = new Documents().read(List.of(folder), null);
      return Pipeline.withInstalledExtractors(rules).run(loaded, done -> { });
    } catch (IOException e) {
      throw new UncheckedIOException("report(): cannot read " + folder + ": " + e.getMessage(), e);
    }
  }

  /**
   * The claims an extractor reads in {@code text}, with its diagnostics; relative dates
   * ("yesterday") stay unresolved without a publication date, see {@link #extract(String, String,
   * LocalDate)}.
   *
   * @param language {@code "ar"} or {@code "en"} (any installed extractor's language)
   * @throws IllegalArgumentException naming the language and the installed ones if no extractor reads it
   */
  public static Extraction extract(String text, String language) {
    return extractArticle(text, language, null);
  }

  /** The claims an extractor reads in {@code text}, with relative dates resolved against {@code published}. */
  public static Extraction extract(String text, String language, LocalDate published) {
    return extractArticle(text, language, checkNotNull(published, "published"));
  }

  private static Extraction extractArticle(String text, String language, @Nullable LocalDate published) {
    checkNotNull(text, "text");
    checkNotNull(language, "language");
    Pipeline pipeline = Pipeline.withInstalledExtractors(RuleSet.defaults());
    String lang = language.strip().toLowerCase(Locale.ROOT);
    List<String> installed = pipeline.extractors().stream().flatMap(x -> x.languages().stream()).sorted().toList();
    checkArgument(installed.contains(lang), "extract(): no extractor for language '%s'; installed: %s", language,
        installed);
    // as the command line reads a file with no manifest entry: outlet unknown
    Article article = new Article("text", text, Metadata.of("unknown outlet", published, lang));
    return pipeline.extract(article);
  }

  /**
   * A run rendered in a format: {@code "text"}, {@code "markdown"}, {@code "html"}, {@code "json"}
   * or {@code "csv"}, as the command line's {@code --format} writes it.
   *
   * @throws IllegalArgumentException naming the format and the choices if it is unknown
   */
  public static String render(Run run, String format) {
    checkNotNull(run, "run");
    return Renderer.of(Renderer.Format.parse(checkNotNull(format, "format"))).render(run);
  }

  /** A report of claims rendered in a format; see {@link #render(Run, String)}. */
  public static String render(Report report, String format) {
    return render(Run.of(checkNotNull(report, "report")), format);
  }

  /** Reconciles claims under the default rules. */
  public static Report reconcile(Claim... claims) {
    java.util.Objects.requireNonNull(claims, "claims");
    return Reconciler.with(RuleSet.defaults()).reconcile(Arrays.asList(claims));
  }

  /** A reconciler for {@code rules}. */
  public static Reconciler reconciler(RuleSet rules) {
    return Reconciler.with(rules);
  }

  /** Independence that follows echoes: {@code echoes("marsad.txt", "reuters.txt")} (rewrite, original, …). */
  public static Independence echoes(String... rewriteThenOriginal) {
    if (rewriteThenOriginal.length % 2 != 0) {
      throw new IllegalArgumentException("echoes() takes pairs (rewrite, original), got an odd number of documents: "
          + rewriteThenOriginal.length);
    }
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < rewriteThenOriginal.length; i += 2) m.put(rewriteThenOriginal[i], rewriteThenOriginal[i + 1]);
    return Independence.withEchoes(m);
  }
}
