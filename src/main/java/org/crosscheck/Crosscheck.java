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
import org.crosscheck.extract.DeclaredMeasure;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.Metadata;
import org.crosscheck.io.Documents;
import org.crosscheck.io.Pipeline;
import org.crosscheck.io.Renderer;
import org.crosscheck.io.RuleSetJson;
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
  /** Tens: {@code aFew(TENS)} and {@code plural(TENS)} are both "dozens", {@code [20..99]}. */
  public static final Magnitude TENS = Magnitude.TENS;
  /** Hundreds: {@code aFew(HUNDREDS)} is {@code [200..900]}, {@code plural(HUNDREDS)} {@code [200..999]}. */
  public static final Magnitude HUNDREDS = Magnitude.HUNDREDS;
  /** Thousands: {@code aFew(THOUSANDS)} is {@code [2000..9000]}, {@code plural(THOUSANDS)} {@code [2000..+∞)}. */
  public static final Magnitude THOUSANDS = Magnitude.THOUSANDS;
  /** Tens of thousands, for {@code plural(TENS_OF_THOUSANDS)}: {@code [20000..99999]}. */
  public static final Magnitude TENS_OF_THOUSANDS = Magnitude.TENS_OF_THOUSANDS;
  /** Millions, for {@code plural(MILLIONS)}: {@code [2000000..+∞)}. */
  public static final Magnitude MILLIONS = Magnitude.MILLIONS;
  /** Percentage points of a whole, the unit of shares: {@code 35%}, between 0 and 100. */
  public static final Unit PERCENT = Unit.PERCENT;
  /** The metre, base unit of lengths and distances. */
  public static final Unit METRE = Unit.METRE;
  /** The kilometre, 1000 metres: {@code 40 km}. */
  public static final Unit KILOMETRE = Unit.KILOMETRE;
  /** The day, base unit of durations. */
  public static final Unit DAY = Unit.DAY;
  /** The week, 7 days. */
  public static final Unit WEEK = Unit.WEEK;
  /** The month, 28 to 31 days: "two months" is {@code [56..62]} days, so it does not contradict "sixty days". */
  public static final Unit MONTH = Unit.MONTH;
  /** The year, 365 to 366 days. */
  public static final Unit YEAR = Unit.YEAR;
  /** "about", "around": by default ±10% around the figure. */
  public static final Hedge ABOUT = Hedge.ABOUT;
  /** "nearly", "close to": by default ±10% around the figure. */
  public static final Hedge NEARLY = Hedge.NEARLY;
  /** "approximately", "roughly": by default ±10% around the figure. */
  public static final Hedge APPROXIMATELY = Hedge.APPROXIMATELY;
  /** "estimated at": by default ±10% around the figure. */
  public static final Hedge ESTIMATED = Hedge.ESTIMATED;

  /** A count given as exact: {@code exactly(1500)} is {@code 1500}. */
  public static Quantity.Exact exactly(long v) { return Values.exactly(v); }
  /** A number given as exact in {@code unit}: {@code exactly(2, MONTH)} is {@code 2 months}. */
  public static Quantity.Exact exactly(double v, Unit unit) { return Values.exactly(v, unit); }
  /** "about {@code v}": {@code ~1500}, the width left to the rule set (±10% by default). */
  public static Quantity.Approximate about(long v) { return Values.about(v); }
  /** "about {@code v}" in {@code unit}: {@code about(40, KILOMETRE)} is {@code ~40 km}. */
  public static Quantity.Approximate about(double v, Unit unit) { return Values.about(v, unit); }
  /** "nearly {@code v}": {@code ~10000 (nearly)}, the width left to the rule set. */
  public static Quantity.Approximate nearly(long v) { return Values.nearly(v); }
  /** "between {@code lo} and {@code hi}", both included: {@code [1500..2500]}; needs {@code lo <= hi}. */
  public static Quantity.Between between(long lo, long hi) { return Values.between(lo, hi); }
  /** A closed range in {@code unit}: {@code between(30, 40, KILOMETRE)} is {@code [30..40] km}. */
  public static Quantity.Between between(double lo, double hi, Unit unit) { return Values.between(lo, hi, unit); }
  /** "at least {@code v}", the bound included: {@code [66000..+∞)}. */
  public static Quantity.Bound atLeast(long v) { return Values.atLeast(v); }
  /** "more than {@code v}", the bound excluded: {@code (66000..+∞)}. */
  public static Quantity.Bound moreThan(long v) { return Values.moreThan(v); }
  /** "at most {@code v}", the bound included; for a count the canonical interval is {@code [0..v]}. */
  public static Quantity.Bound atMost(long v) { return Values.atMost(v); }
  /** "less than {@code v}", the bound excluded; for a count the canonical interval is {@code [0..v)}. */
  public static Quantity.Bound lessThan(long v) { return Values.lessThan(v); }
  /**
   * "a few" of a magnitude: {@code aFew(THOUSANDS)} is "a few thousand", {@code [2000..9000]};
   * takes TENS, HUNDREDS or THOUSANDS.
   */
  public static Quantity.Vague aFew(Magnitude m) { return Values.aFew(m); }
  /** The bare plural of a magnitude: {@code plural(THOUSANDS)} is "thousands", {@code [2000..+∞)}. */
  public static Quantity.Vague plural(Magnitude m) { return Values.plural(m); }
  /**
   * A count given by a vague quantifier only, such as {@code SEVERAL}; share quantifiers ({@code
   * MOST}) are in percent.
   */
  public static Quantity.Vague vague(VagueQuantifier q) { return Values.vague(q); }
  /** A vague quantifier counting {@code unit}: {@code vague(SEVERAL, YEAR)} is "several years". */
  public static Quantity.Vague vague(VagueQuantifier q, Unit unit) { return Values.vague(q, unit); }
  /** "almost all" of a whole: a share, {@code [90..100]} percent. */
  public static Quantity.Vague almostAll() { return Values.vague(VagueQuantifier.ALMOST_ALL); }
  /** A share given as exact: {@code percent(35)} is {@code 35%}. */
  public static Quantity.Exact percent(double v) { return Values.percent(v); }
  /** "about {@code v} percent": {@code ~25%}. */
  public static Quantity.Approximate aboutPercent(double v) { return Values.aboutPercent(v); }
  /** A fraction of a whole, as a share: {@code fraction(1, 3)} is "a third", {@code 1/3 (33.3%)}. */
  public static Quantity.Fraction fraction(int n, int d) { return Values.fraction(n, d); }
  /** A length or distance given as exact in kilometres: {@code km(40)} is {@code 40 km}. */
  public static Quantity.Exact km(double v) { return Values.km(v); }
  /** A duration given as exact: {@code duration(2, MONTH)} is {@code 2 months}. */
  public static Quantity.Exact duration(double v, Unit unit) { return Values.duration(v, unit); }
  /** A date given to the day: {@code onDay(2017, 11, 3)} is {@code 2017-11-03}; throws if the day does not exist. */
  public static DateValue.OnDay onDay(int y, int m, int d) { return Values.onDay(y, m, d); }
  /** A date given to the month: {@code inMonth(2017, 11)} is {@code 2017-11}, every day of November. */
  public static DateValue.InMonth inMonth(int y, int m) { return Values.inMonth(y, m); }
  /** A date given to the year: {@code inYear(2014)} is {@code 2014}. */
  public static DateValue.InYear inYear(int y) { return Values.inYear(y); }
  /** The days from {@code first} to {@code last}, both included: {@code 2017-09-01..2017-09-10}. */
  public static DateValue.Span span(LocalDate first, LocalDate last) { return Values.span(first, last); }
  /** On or before a day: {@code ≤ 2018-09-01}. */
  public static DateValue.Before onOrBefore(LocalDate d) { return Values.onOrBefore(d); }
  /** On or after a day: {@code ≥ 2018-09-01}. */
  public static DateValue.After onOrAfter(LocalDate d) { return Values.onOrAfter(d); }
  /** A status given as text, such as who controls a place: {@code label("held by the army")}. */
  public static Label label(String text) { return Values.label(text); }
  /** The day {@code y-m-d}, for publication and validity dates: {@code date(2017, 11, 3)}. */
  public static LocalDate date(int y, int m, int d) { return LocalDate.of(y, m, d); }

  // ---- measures and events ------------------------------------------------------------------
  /** Fighters of an armed group present somewhere ({@code fighters}); a state, it varies over time. */
  public static final Measure FIGHTERS = Measures.FIGHTERS;
  /** Troops a state contributes ({@code troops}); a state, it varies over time. */
  public static final Measure TROOPS = Measures.TROOPS;
  /** People killed in an event ({@code killed}); a running toll, later reports only grow. */
  public static final Measure KILLED = Measures.KILLED;
  /** People wounded in an event ({@code wounded}); a running toll, later reports only grow. */
  public static final Measure WOUNDED = Measures.WOUNDED;
  /** Losses of a party, killed and wounded not told apart ({@code casualties}); a running toll. */
  public static final Measure CASUALTIES = Measures.CASUALTIES;
  /** People forced from their homes inside their country ({@code displaced}); a running total. */
  public static final Measure DISPLACED = Measures.DISPLACED;
  /** People who fled abroad ({@code refugees}); a running total. */
  public static final Measure REFUGEES = Measures.REFUGEES;
  /** People missing ({@code missing}); a state, it varies over time. */
  public static final Measure MISSING = Measures.MISSING;
  /** People who arrived somewhere, such as a camp, since a date ({@code people-arrived}); a running total. */
  public static final Measure ARRIVED = Measures.ARRIVED;
  /** Camps counted somewhere ({@code camps}); a state. */
  public static final Measure CAMPS = Measures.CAMPS;
  /** Buildings or sites hit or used, such as schools, hospitals and shelters ({@code facilities}); a state. */
  public static final Measure FACILITIES = Measures.FACILITIES;
  /** Vehicles such as trucks, buses and cars ({@code vehicles}); a state. */
  public static final Measure VEHICLES = Measures.VEHICLES;
  /** Towns, villages or neighbourhoods taken in an offensive ({@code places-taken}); a running total. */
  public static final Measure PLACES_TAKEN = Measures.PLACES_TAKEN;
  /** Share of a population, such as of the arrivals ({@code population-share}); a state, in percent. */
  public static final Measure POPULATION_SHARE = Measures.POPULATION_SHARE;
  /** Any other share of a whole, such as of imports or of aid ({@code share}); a state, in percent. */
  public static final Measure SHARE_OF = Measures.SHARE_OF;
  /** Fighters who surrendered over a period ({@code surrendered}); a running total. */
  public static final Measure SURRENDERED = Measures.SURRENDERED;
  /** People counted somewhere, such as a camp's population or a crowd ({@code people}); a state. */
  public static final Measure PEOPLE = Measures.PEOPLE;
  /** People who left or fled an area since a date ({@code people-left}); a running total. */
  public static final Measure PEOPLE_LEFT = Measures.PEOPLE_LEFT;
  /** People held by a party, such as civilians held as human shields ({@code people-held}); a state. */
  public static final Measure PEOPLE_HELD = Measures.PEOPLE_HELD;
  /** Population ruled by a party ({@code population}); a state. */
  public static final Measure POPULATION = Measures.POPULATION;
  /** Towns or localities a party still holds ({@code towns-held}); a state. */
  public static final Measure TOWNS_HELD = Measures.TOWNS_HELD;
  /** Attacks in an event ({@code attacks}); fixed once the event is over. */
  public static final Measure ATTACKS = Measures.ATTACKS;
  /** Share of an area a party holds ({@code territory-held}); a state, in percent. */
  public static final Measure TERRITORY_HELD = Measures.TERRITORY_HELD;
  /** Share of its territory a party has lost since a date ({@code territory-lost}); a running total, in percent. */
  public static final Measure TERRITORY_LOST = Measures.TERRITORY_LOST;
  /** Distance of forces from a place ({@code distance-to}); a state, since forces move. */
  public static final Measure DISTANCE_TO = Measures.DISTANCE_TO;
  /** Length of a front, a pocket or a road ({@code length}); a state. */
  public static final Measure LENGTH = Measures.LENGTH;
  /** How long something lasted ({@code duration}); fixed once it is over. */
  public static final Measure DURATION = Measures.DURATION;
  /** The date of an event, the claim's event type saying which ({@code event-date}); fixed. */
  public static final Measure EVENT_DATE = Measures.EVENT_DATE;
  /** Who controls a place, as a status label ({@code control}); a state. */
  public static final Measure CONTROL = Measures.CONTROL;
  /** The area of a region cleared, held or liberated ({@code area}); a state, never a distance or a length. */
  public static final Measure AREA = Measures.AREA;
  /** Forces entered a place; by default this precedes its capture. */
  public static final EventType ENTERED = EventType.ENTERED;
  /**
   * A place was captured; by default liberated, recaptured, retook and seized name the same event,
   * lost and withdrew its converse.
   */
  public static final EventType CAPTURED = EventType.CAPTURED;
  /** A place was liberated: by default the same event as captured. */
  public static final EventType LIBERATED = EventType.LIBERATED;
  /** A place was lost by the subject: by default the capture told by the side that lost it. */
  public static final EventType LOST = EventType.LOST;
  /** A place was captured back from the side that held it: by default the same event as captured. */
  public static final EventType RECAPTURED = EventType.RECAPTURED;
  /** Victory was declared; by default it announces the capture, on its day or later. */
  public static final EventType DECLARED_VICTORY = EventType.DECLARED_VICTORY;
  /** A military operation began; by default it precedes the entry into a place and its capture. */
  public static final EventType OPERATION_BEGAN = EventType.OPERATION_BEGAN;
  /** A siege was broken; by default this precedes the capture. */
  public static final EventType SIEGE_BROKEN = EventType.SIEGE_BROKEN;
  /** Something was proclaimed: a state, a caliphate, a truce. */
  public static final EventType DECLARED = EventType.DECLARED;
  /** A place was taken back, a capture told as a return: by default the same event as captured. */
  public static final EventType RETOOK = EventType.RETOOK;
  /** A place was seized, control wrested from another side: by default the same event as captured. */
  public static final EventType SEIZED = EventType.SEIZED;
  /** A side withdrew from a place, a capture told by the side that leaves: by default the converse of captured. */
  public static final EventType WITHDREW = EventType.WITHDREW;
  /** Forces stormed a place, breaking in before they hold it; by default this precedes the capture. */
  public static final EventType STORMED = EventType.STORMED;

  // ---- claims -------------------------------------------------------------------------------
  /** The city proper, not its province or countryside. */
  public static final Scope.Extent CITY = Scope.Extent.CITY;
  /** The city centre only. */
  public static final Scope.Extent CITY_CENTRE = Scope.Extent.CITY_CENTRE;
  /** The whole province or governorate around the named place. */
  public static final Scope.Extent PROVINCE = Scope.Extent.PROVINCE;
  /** The countryside around a town, not the town itself. */
  public static final Scope.Extent COUNTRYSIDE = Scope.Extent.COUNTRYSIDE;
  /** Next to the place rather than in it ("adjacent to" it). */
  public static final Scope.Proximity ADJACENT = Scope.Proximity.ADJACENT;
  /** A figure the source gives as an estimate ("estimated"). */
  public static final Modality ESTIMATE = Modality.ESTIMATED;
  /** A figure the source gives as a belief ("it is believed"). */
  public static final Modality BELIEF = Modality.BELIEVED;

  /** A claim that {@code measure} at {@code place} has {@code value}, with no subject, source or date yet. */
  public static Claim claim(Measure measure, Place place, org.crosscheck.value.Value value) {
    return Claim.of(measure, place, value);
  }

  /** A claim that an event of {@code type} happened at {@code place} on {@code date}. */
  public static Claim event(EventType type, Place place, DateValue date) {
    return Claim.event(type, place, date);
  }

  /** A place named {@code name}, its id the slug of the name: {@code place("al-Qaim")} has id {@code al-qaim}. */
  public static Place place(String name) { return Place.named(name); }
  /** The union of places: {@code union(IRAQ, SYRIA)} is "Iraq and Syria", id {@code iraq+syria}. */
  public static Place union(Place... places) { return Place.union(places); }
  /** Whose figure a claim gives, the party or body counted: {@code subject("ISIS")}. */
  public static Subject subject(String label) { return Subject.of(label); }
  /** The part of a place a figure covers: {@code scope(COUNTRYSIDE)}. */
  public static Scope scope(Scope.Extent extent) { return Scope.of(extent); }
  /** How near the place a figure holds: {@code scope(ADJACENT)}. */
  public static Scope scope(Scope.Proximity proximity) { return Scope.of(proximity); }
  /** The attribution of a claim published by the outlet {@code name}; add the speaker with {@code quoting(...)}. */
  public static Attribution outlet(String name) { return Attribution.by(java.util.Objects.requireNonNull(name, "name")); }
  /** A wire service a claim came through: {@code agency("AFP")}. */
  public static Source agency(String name) { return Source.agency(name); }
  /** A person quoted: {@code person("Ryan Dillon")}; {@code .of(organization(...))} says whom they speak for. */
  public static Source person(String name) { return Source.person(name); }
  /** An organization quoted, such as a coalition, an army or a ministry. */
  public static Source organization(String name) { return Source.organization(name); }

  // ---- rules and reconciliation -------------------------------------------------------------
  /** Same thing, same value within the hedges and tolerances. */
  public static final Verdict AGREE = Verdict.AGREE;
  /** Both can be true: a range contains an estimate, a month contains a day, one event precedes another. */
  public static final Verdict COMPATIBLE = Verdict.COMPATIBLE;
  /** The values clash; the assessment says whether the clash is explained or genuine. */
  public static final Verdict CONTRADICT = Verdict.CONTRADICT;
  /** Same thing, but the values cannot be compared: a date against a count, an unknown unit. */
  public static final Verdict INCOMPARABLE = Verdict.INCOMPARABLE;
  /** The claims speak of different things. */
  public static final Verdict UNRELATED = Verdict.UNRELATED;
  /** Explains a contradiction by time: the figures describe different times and the measure changes over time. */
  public static final Explanation TIME_OF_VALIDITY = Explanation.TIME_OF_VALIDITY;
  /**
   * Explains a contradiction by scope: the figures cover different parts of a place, or the place
   * and its surroundings.
   */
  public static final Explanation SCOPE = Explanation.SCOPE;
  /**
   * Explains a contradiction of dates by event: they date different but related events (victory
   * declared after the capture).
   */
  public static final Explanation EVENT_TYPE = Explanation.EVENT_TYPE;
  /** Explains a contradiction as an older figure restated after events overtook it. */
  public static final Explanation RESTATED_FIGURE = Explanation.RESTATED_FIGURE;
  /** Explains a contradiction of distances by how they were measured: by road or in a straight line. */
  public static final Explanation MEASURING_BASIS = Explanation.MEASURING_BASIS;

  /** The default rule set: the rules the command line and {@link #report(Path)} use. */
  public static RuleSet defaults() { return RuleSet.defaults(); }
  /** An empty rule set called {@code name}, to fill with {@code with(...)}. */
  public static RuleSet ruleSet(String name) { return RuleSet.empty(checkNotNull(name, "name")); }
  /** The default rules under another name, to customize: {@code rules("newsroom").with(...)}. */
  public static RuleSet rules(String name) { return RuleSet.defaults().named(checkNotNull(name, "name")); }
  /**
   * A tolerance of {@code fraction} of the values' magnitude (0.10 for 10%), to restrict with
   * {@code forMeasure(...)}.
   */
  public static Tolerance.Spec relativeTolerance(double fraction) { return Tolerance.relative(fraction); }
  /**
   * A tolerance of {@code amount} base units (percentage points, metres, items), to restrict with
   * {@code forMeasure(...)}.
   */
  public static Tolerance.Spec absoluteTolerance(double amount) { return Tolerance.absolute(amount); }
  /** The rule that {@code hedge} means ±{@code width} (a fraction: 0.05 for ±5%); id {@code hedge.<hedge>}. */
  public static HedgeWidth hedgeWidth(Hedge hedge, double width) { return HedgeWidth.of(hedge, width); }
  /** The rule that {@code a} and {@code b} name one event told from the same side; id {@code event.<a>-is-<b>}. */
  public static EventRelation sameEvent(EventType a, EventType b) { return EventRelation.sameEvent(a, b); }
  /** The rule that {@code a} happens on or before {@code b} at one place; id {@code event.<a>-before-<b>}. */
  public static EventRelation precedes(EventType a, EventType b) { return EventRelation.precedes(a, b); }
  /**
   * The rule that {@code a} is {@code b} told from the other side (lost is captured); id {@code
   * event.<a>-is-converse-of-<b>}.
   */
  public static EventRelation converse(EventType a, EventType b) { return EventRelation.converse(a, b); }
  /** The rule that {@code a} announces {@code b}, on its day or later; id {@code event.<a>-announces-<b>}. */
  public static EventRelation announces(EventType a, EventType b) { return EventRelation.announces(a, b); }
  /**
   * The rule that units {@code unitIds} count the class {@code name} (families, not people); id
   * {@code measure.counts-<name>}.
   */
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
   * The main job on a folder of articles under a JSON rules file ({@code docs/json-format.md}): its
   * rule set reconciles, and the measures it declares are extracted where the articles count their
   * nouns, as {@code crosscheck report FOLDER --rules FILE} runs it; see {@link #report(Path)}.
   *
   * @throws UncheckedIOException naming the file if it cannot be read
   * @throws IllegalArgumentException naming the file, line and member if it is not a valid rules file,
   *     or the folder if it does not exist
   */
  public static Run report(Path folder, Path rulesFile) {
    checkNotNull(folder, "folder");
    RuleSetJson.RulesFile rules = readRules(rulesFile);
    if (!Files.exists(folder)) {
      throw new IllegalArgumentException("report(): no such file or folder: " + folder.toAbsolutePath()
          + "; give the folder of articles, e.g. Path.of(\"examples/articles\")");
    }
    try {
      Documents.Loaded loaded = new Documents().read(List.of(folder), null);
      return Pipeline.withInstalledExtractors(rules.rules()).withMeasures(rules.measures()).run(loaded, done -> { });
    } catch (IOException e) {
      throw new UncheckedIOException("report(): cannot read " + folder + ": " + e.getMessage(), e);
    }
  }

  /**
   * A JSON rules file read: its rule set ({@code .rules()}) and the measures it declares with their
   * nouns ({@code .measures()}).
   *
   * @throws UncheckedIOException naming the file if it cannot be read
   * @throws IllegalArgumentException naming the file, line and member if it is not a valid rules file
   */
  public static RuleSetJson.RulesFile readRules(Path file) {
    checkNotNull(file, "file");
    try {
      return RuleSetJson.readFile(file);
    } catch (IOException e) {
      throw new UncheckedIOException("readRules(): cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * A count measure of one's own, to give nouns with {@code .withNouns("en", "aid truck")} and extract
   * with {@link #extract(String, String, LocalDate, DeclaredMeasure...)}: {@code declare("aid trucks",
   * VARIES)} has id {@code aid-trucks}.
   */
  public static DeclaredMeasure declare(String label, Measure.Trend trend) {
    return DeclaredMeasure.of(Measure.of(checkNotNull(label, "label"), Measure.Kind.COUNT, checkNotNull(trend,
        "trend")));
  }

  /**
   * The claims an extractor reads in {@code text}, figures of {@code measures} included where the text
   * counts their nouns in {@code language}; relative dates resolved against {@code published}.
   */
  public static Extraction extract(String text, String language, LocalDate published, DeclaredMeasure... measures) {
    checkNotNull(measures, "measures");
    return extractArticle(text, language, checkNotNull(published, "published"), List.of(measures));
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
    return extractArticle(text, language, null, List.of());
  }

  /** The claims an extractor reads in {@code text}, with relative dates resolved against {@code published}. */
  public static Extraction extract(String text, String language, LocalDate published) {
    return extractArticle(text, language, checkNotNull(published, "published"), List.of());
  }

  private static Extraction extractArticle(String text, String language, @Nullable LocalDate published,
      List<DeclaredMeasure> measures) {
    checkNotNull(text, "text");
    checkNotNull(language, "language");
    Pipeline pipeline = Pipeline.withInstalledExtractors(RuleSet.defaults()).withMeasures(measures);
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
