package org.crosscheck.english.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.crosscheck.claim.EventType;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Measures;
import org.crosscheck.claim.Modality;
import org.crosscheck.claim.Scope;
import org.crosscheck.english.EnglishExtractor;
import org.crosscheck.value.Hedge;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.Unit;
import org.crosscheck.value.VagueQuantifier;
import org.jspecify.annotations.Nullable;

/**
 * The English word lists, each a documented resource file beside this class (its header says the
 * format), loaded once into typed entries and phrase tables. A user may build the extractor with
 * other lists through {@link EnglishExtractor#builder()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Lexicon {

  /** What a number word is. */
  public enum NumberKind {
    /** A unit or a teen, 0 to 19: {@code seven}, {@code twelve}. */
    UNIT,
    /** A multiple of ten from 20 to 90: {@code forty}. */
    TEN,
    /** A scale, hundred and up, that multiplies what comes before it: {@code thousand}, {@code million}. */
    SCALE,
    /** An ordinal word, its value the rank: {@code first}, {@code twentieth}. */
    ORDINAL,
    /** A fraction's denominator word, its value the denominator: {@code third} = 3, {@code quarters} = 4. */
    FRACTION,
    /** A word for a set number, read only after "a" or a number: {@code dozen} = 12, {@code pair} = 2. */
    DOZEN
  }

  /** A number word ({@code twelve}, {@code thousand}, {@code third}). */
  public record NumberWord(NumberKind kind, long value) {}

  /** What a quantifier word does to the figure it opens. */
  public enum Role {
    /** An approximator ("about", "nearly"): the figure is approximate, by the entry's {@link Hedge}. */
    HEDGE,
    /** A one-sided bound ("at least", "up to"): the figure bounds the quantity, by the entry's bound kind. */
    BOUND,
    /** A focus particle ("just"): skipped, the figure stays exact. */
    FOCUS,
    /** An epistemic verb ("estimated", "believed") before or after the figure: sets the claim's {@link Modality}. */
    MODALITY
  }

  /** A hedge, bound, focus particle or epistemic verb; the fields that do not apply are {@code null}. */
  public record Quantifier(Role role, @Nullable Hedge hedge, Quantity.Bound.@Nullable Kind bound,
      @Nullable Modality modality) {}

  /** What kind of thing a counted noun names. */
  public enum NounClass {
    /** People: a word near the figure may say what happened to them (killed, displaced). */
    PERSON,
    /** Fighters or troops: a word of harm near the figure still wins. */
    ARMED,
    /** Objects: the noun's measure stands. */
    THING,
    /** Towns, villages, neighbourhoods: places held or taken. */
    PLACE
  }

  /** A counted noun and the measure it gives. */
  public record CountedNoun(Measure measure, NounClass nounClass) {}

  /** How an event cue is dated. */
  public enum Dating {
    /** The nearest date of the sentence, else the publication day. */
    NEAREST,
    /** The event is a claim only when its sentence gives a date. */
    DATED_ONLY,
    /** Only a date opened by "since" dates it: "held the city since 2014" was taken in 2014. */
    SINCE_ONLY
  }

  /** Event wording: its event type and how it is dated. */
  public record EventCue(EventType type, Dating dating) {}

  /** The role of a speech cue. */
  public enum SpeechRole {
    /** The speaker is the name before the cue ("the coalition said") or after it ("said Col. X"). */
    SAY,
    /** The speaker is before the cue and the outlet told after it ("X told Reuters"). */
    TOLD,
    /** The speaker follows the cue ("according to the ministry"). */
    ACCORDING,
    /** The source follows the cue and the outer speaker stays ("state media said, citing a military source"). */
    CITING,
    /** A written statement: the speaker is the nearest actor before it. */
    STATEMENT
  }

  /** What an actor does in English text, by its {@link org.crosscheck.extract.ActorType type}. */
  public enum ActorRole {
    /** A party to the fighting: a subject of figures and events. */
    ARMED,
    /** A news agency: becomes the attribution's agency. */
    AGENCY,
    /** An organization that gives figures: a speaker, not a subject. */
    OFFICIAL,
    /** State or party media: a speaker. */
    MEDIA,
    /** A word that refers back to the last armed actor named ("the militants", rule {@code subject.coreference}). */
    COREFERENT;

    /** The role of an actor of {@code type}; {@link #COREFERENT} for a word that names none ({@code generic}). */
    public static ActorRole of(org.crosscheck.extract.ActorType type, boolean generic) {
      if (generic) return COREFERENT;
      return switch (type) {
        case ARMED_GROUP, STATE_FORCE, COALITION -> ARMED;
        case NEWS_AGENCY -> AGENCY;
        case MEDIA -> MEDIA;
        case MINISTRY, UN_AGENCY, NGO, GOVERNMENT -> OFFICIAL;
      };
    }
  }

  /** The canonical name of a word that names no actor by itself ("the militants"). */
  public static final String GENERIC_ACTOR = "*";

  /**
   * An actor: its canonical name ({@link #GENERIC_ACTOR} for a word that names none), type and role.
   *
   * @param name the canonical name
   * @param type what the actor is
   * @param role what its name does in English text
   */
  public record Actor(String name, org.crosscheck.extract.ActorType type, ActorRole role) {
    /** The actor of a line's canonical name and type word, its role by {@link ActorRole#of}. */
    static Actor of(String name, String type) {
      org.crosscheck.extract.ActorType t = org.crosscheck.extract.ActorType.of(type);
      return new Actor(name, t, ActorRole.of(t, name.equals(GENERIC_ACTOR)));
    }
  }

  /** A place spelling: a gazetteer name, or a place outside the gazetteer ({@code outside}). */
  public record PlaceVariant(String target, boolean outside) {}

  /** A head noun: the measure it names, or {@code null} for the measure of the figure before. */
  public record HeadNoun(@Nullable Measure measure) {}

  /** A control status: its label ({@code full control}, {@code not captured}). */
  public record StatusCue(String label) {}

  /** A scope word: an extent or a proximity (one is {@code null}). */
  public record ScopeCue(Scope.@Nullable Extent extent, Scope.@Nullable Proximity proximity) {}

  final Map<String, NumberWord> numberWords;
  final Map<String, NumberWord> fractionWords;
  public final PhraseTable<Quantifier> quantifiers;
  final PhraseTable<VagueQuantifier> vague;
  final PhraseTable<Unit> units;
  final Map<String, Integer> months;
  final Map<String, DayOfWeek> weekdays;
  public final PhraseTable<CountedNoun> nouns;
  final PhraseTable<Measure> verbs;
  final PhraseTable<Measure> shares;
  final PhraseTable<EventCue> events;
  public final PhraseTable<SpeechRole> speech;
  final PhraseTable<Actor> actors;
  final PhraseTable<PlaceVariant> places;
  final PhraseTable<ScopeCue> scopes;
  final PhraseTable<HeadNoun> heads;
  public final PhraseTable<StatusCue> statuses;
  private final ImmutableSet<String> abbreviations;
  /** This lexicon without the nouns of declared measures: what {@link #withMeasures} adds them to. */
  private final Lexicon plain;
  /** The words a quantity may start with: quantifiers, vague quantities, number words, and a few openers. */
  final ImmutableSet<String> quantityStarts;
  private final ImmutableMap<String, Integer> startMasks;
  /** Every form of the lists, interned into the ids the phrase tables are bound to. */
  private final Vocabulary vocabulary;

  private static final class Holder {
    static final Lexicon STANDARD = new Lexicon();
  }

  /** The word lists built into the library. */
  public static Lexicon standard() {
    return Holder.STANDARD;
  }

  private Lexicon() {
    // every word list gets a bit; a document marks per token the lists that may start there
    Map<String, Integer> masks = new java.util.HashMap<>();
    // "third" is both an ordinal and a fraction word: the ordinal reading is kept here, the fraction apart
    Map<String, NumberWord> fractions = new LinkedHashMap<>();
    Map<String, NumberWord> words = new LinkedHashMap<>();
    for (String line : lines("numbers.txt")) {
      String[] f = line.split("\t");
      NumberWord w = new NumberWord(NumberKind.valueOf(f[1].toUpperCase(Locale.ROOT)), Long.parseLong(f[2]));
      if (w.kind() == NumberKind.FRACTION) fractions.put(f[0], w);
      else words.putIfAbsent(f[0], w);
    }
    numberWords = ImmutableMap.copyOf(words);
    fractionWords = ImmutableMap.copyOf(fractions);
    quantifiers = mark(PhraseTable.of(read("quantifiers.txt", 3, Lexicon::quantifier), false), 0, masks);
    vague = mark(PhraseTable.of(read("vague.txt", 2, f -> VagueQuantifier.valueOf(f[1])), false), 1, masks);
    units = mark(PhraseTable.of(read("units.txt", 2, f -> Unit.byId(f[1]).orElseThrow(
        () -> new IllegalStateException("units.txt: unknown unit " + f[1]))), false), 2, masks);
    months = ImmutableMap.copyOf(read("months.txt", 2, f -> Integer.parseInt(f[1])));
    weekdays = ImmutableMap.copyOf(read("weekdays.txt", 2, f -> DayOfWeek.of(Integer.parseInt(f[1]))));
    nouns = mark(PhraseTable.of(read("nouns.txt", 3, f -> new CountedNoun(measure(f[1]),
        NounClass.valueOf(f[2].toUpperCase(Locale.ROOT)))), false), 3, masks);
    verbs = mark(PhraseTable.of(read("verbs.txt", 2, f -> measure(f[1])), false), 4, masks);
    shares = mark(PhraseTable.of(read("shares.txt", 2, f -> measure(f[1])), false), 5, masks);
    events = mark(PhraseTable.of(read("events.txt", 3, f -> new EventCue(eventType(f[1]),
        Dating.valueOf(f[2].toUpperCase(Locale.ROOT).replace('-', '_')))), false), 6, masks);
    speech = mark(PhraseTable.of(read("speech.txt", 2, f -> SpeechRole.valueOf(f[1].toUpperCase(Locale.ROOT))), false), 7, masks);
    Map<String, Actor> actorNames = read("actors.txt", 3, f -> Actor.of(f[1], f[2]));
    // a name written in lower case ("state media", "the coalition") is capitalized when it opens a sentence
    for (Map.Entry<String, Actor> e : List.copyOf(actorNames.entrySet())) {
      String n = e.getKey();
      if (Character.isLowerCase(n.charAt(0))) actorNames.putIfAbsent(Character.toUpperCase(n.charAt(0)) + n.substring(1), e.getValue());
    }
    actors = mark(PhraseTable.of(actorNames, true), 8, masks);
    places = mark(PhraseTable.of(read("places.txt", 2, f -> f[1].startsWith("=")
        ? new PlaceVariant(f[1].substring(1), true) : new PlaceVariant(f[1], false)), false), 9, masks);
    scopes = mark(PhraseTable.of(read("scopes.txt", 3, f -> f[1].equals("extent")
        ? new ScopeCue(Scope.Extent.valueOf(f[2]), null) : new ScopeCue(null, Scope.Proximity.valueOf(f[2]))), false), 10, masks);
    abbreviations = ImmutableSet.copyOf(lines("abbreviations.txt"));
    heads = mark(PhraseTable.of(read("heads.txt", 2, f -> new HeadNoun(f[1].equals("previous") ? null : measure(f[1]))),
        false), 11, masks);
    statuses = mark(PhraseTable.of(read("statuses.txt", 2, f -> new StatusCue(f[1])), false), 12, masks);
    ImmutableSet.Builder<String> starts = ImmutableSet.<String>builder().add("a", "an", "half", "quarter", "between", "from",
        "for").addAll(numberWords.keySet()).addAll(fractionWords.keySet());
    for (String file : new String[] {"quantifiers.txt", "vague.txt"}) {
      for (String line : lines(file)) starts.add(EnglishDocument.tokenize(line.split("\t")[0]).get(0).key());
    }
    quantityStarts = starts.build();
    // word classes read by key get a bit too, so a word of none of them costs no hash probe
    markWords(months.keySet(), MONTHS, masks);
    markWords(weekdays.keySet(), WEEKDAYS, masks);
    markWords(numberWords.keySet(), NUMBER_WORDS, masks);
    markWords(fractionWords.keySet(), FRACTION_WORDS, masks);
    markWords(quantityStarts, QUANTITY_STARTS, masks);
    markWords(EnglishDates.OPENERS, DATE_OPENERS, masks);
    startMasks = ImmutableMap.copyOf(masks);
    vocabulary = Vocabulary.bind(startMasks, quantifiers, vague, units, nouns, verbs, shares, events, speech, actors, places,
        scopes, heads, statuses);
    plain = this;
  }

  /**
   * This lexicon with the English nouns of {@code declared} counted before the built-in ones (rule
   * {@code measure.declared-noun}), in the singular given and the plural {@link DeclaredNouns} makes;
   * this lexicon itself when they declare none.
   */
  public Lexicon withMeasures(List<org.crosscheck.extract.DeclaredMeasure> declared) {
    Map<String, CountedNoun> extra = DeclaredNouns.of(declared);
    return extra.isEmpty() ? plain : new Lexicon(plain, extra, Map.of());
  }

  /**
   * This lexicon with the actors of {@code file} named before the built-in ones: UTF-8, the format of
   * {@code actors.txt} (name as written, canonical name, type: one of {@link
   * org.crosscheck.extract.ActorType#known()}), {@code #} for a comment.
   *
   * @throws IllegalArgumentException naming the file and line of a line that is not of that format
   * @throws UncheckedIOException if the file cannot be read
   */
  public Lexicon withActors(java.nio.file.Path file) {
    Map<String, Actor> more = ActorsFile.read(file);
    return more.isEmpty() ? this : new Lexicon(this, Map.of(), more);
  }

  private Lexicon(Lexicon base, Map<String, CountedNoun> declared, Map<String, Actor> moreActors) {
    numberWords = base.numberWords;
    fractionWords = base.fractionWords;
    quantifiers = base.quantifiers.copy();
    vague = base.vague.copy();
    units = base.units.copy();
    months = base.months;
    weekdays = base.weekdays;
    nouns = declared.isEmpty() ? base.nouns.copy() : base.nouns.plus(declared);
    verbs = base.verbs.copy();
    shares = base.shares.copy();
    events = base.events.copy();
    speech = base.speech.copy();
    actors = moreActors.isEmpty() ? base.actors.copy() : base.actors.plus(moreActors);
    places = base.places.copy();
    scopes = base.scopes.copy();
    heads = base.heads.copy();
    statuses = base.statuses.copy();
    abbreviations = base.abbreviations;
    quantityStarts = base.quantityStarts;
    Map<String, Integer> masks = new java.util.HashMap<>(base.startMasks);
    for (String k : nouns.firstKeys()) masks.merge(k, nouns.bit(), (a, b) -> a | b);
    for (String k : actors.firstKeys()) masks.merge(k, actors.bit(), (a, b) -> a | b);
    startMasks = ImmutableMap.copyOf(masks);
    vocabulary = Vocabulary.bind(startMasks, quantifiers, vague, units, nouns, verbs, shares, events, speech, actors, places,
        scopes, heads, statuses);
    plain = declared.isEmpty() ? this : base.plain;
  }

  /** Start-mask bit of the month words. */
  static final int MONTHS = 1 << 13;
  /** Start-mask bit of the weekday words. */
  static final int WEEKDAYS = 1 << 14;
  /** Start-mask bit of the number words. */
  static final int NUMBER_WORDS = 1 << 15;
  /** Start-mask bit of the fraction words. */
  static final int FRACTION_WORDS = 1 << 16;
  /** Start-mask bit of the words a quantity may start with. */
  static final int QUANTITY_STARTS = 1 << 17;
  /** Start-mask bit of the words a date read by {@link EnglishDates} may start with, beside month, weekday and number words. */
  static final int DATE_OPENERS = 1 << 18;

  private static void markWords(java.util.Collection<String> keys, int bit, Map<String, Integer> masks) {
    for (String k : keys) masks.merge(k, bit, (a, b) -> a | b);
  }

  /** The number word at token {@code i} (a cardinal, scale, ordinal or dozen word), or {@code null}. */
  @Nullable NumberWord numberWord(EnglishDocument d, int i) {
    return d.mayStart(i, NUMBER_WORDS) ? numberWords.get(d.key(i)) : null;
  }

  /** The fraction word at token {@code i} ({@code third}, {@code quarters}), or {@code null}. */
  @Nullable NumberWord fractionWord(EnglishDocument d, int i) {
    return d.mayStart(i, FRACTION_WORDS) ? fractionWords.get(d.key(i)) : null;
  }

  /** The month named at token {@code i}, or {@code null}. */
  @Nullable Integer month(EnglishDocument d, int i) {
    return d.mayStart(i, MONTHS) ? months.get(d.key(i)) : null;
  }

  /** The weekday named at token {@code i}, or {@code null}. */
  @Nullable DayOfWeek weekday(EnglishDocument d, int i) {
    return d.mayStart(i, WEEKDAYS) ? weekdays.get(d.key(i)) : null;
  }

  /** Whether a quantity may start with the word at token {@code i}. */
  boolean quantityStart(EnglishDocument d, int i) {
    // a document cut with this lexicon marks exactly the words of the set
    return d.mayStart(i, QUANTITY_STARTS) && (d.vocabulary() == vocabulary || quantityStarts.contains(d.key(i)));
  }

  private static <T> PhraseTable<T> mark(PhraseTable<T> table, int index, Map<String, Integer> masks) {
    int bit = 1 << index;
    for (String k : table.firstKeys()) masks.merge(k, bit, (a, b) -> a | b);
    return table.withBit(bit);
  }

  /** The ids documents cut with this lexicon give their tokens. */
  Vocabulary vocabulary() {
    return vocabulary;
  }

  /** Words after which a full stop does not end a sentence, as written ({@code Col}, {@code U.S}). */
  public ImmutableSet<String> abbreviations() {
    return abbreviations;
  }

  /** The month a word names (1..12), or {@code null}; {@code "Nov"} and {@code "november"} alike. */
  public @Nullable Integer month(String key) {
    return months.get(key);
  }

  private static Quantifier quantifier(String[] f) {
    return switch (f[1]) {
      case "hedge" -> new Quantifier(Role.HEDGE, Hedge.valueOf(f[2].toUpperCase(Locale.ROOT)), null, null);
      case "bound" -> new Quantifier(Role.BOUND, null, Quantity.Bound.Kind.valueOf(f[2].toUpperCase(Locale.ROOT)), null);
      case "focus" -> new Quantifier(Role.FOCUS, null, null, null);
      case "modality" -> new Quantifier(Role.MODALITY, null, null, Modality.valueOf(f[2].toUpperCase(Locale.ROOT)));
      default -> throw new IllegalStateException("quantifiers.txt: unknown role " + f[1]);
    };
  }

  static Measure measure(String id) {
    return Measures.byId(id).orElseThrow(() -> new IllegalStateException("unknown measure id " + id));
  }

  static EventType eventType(String id) {
    return EventType.byId(id).orElseGet(() -> EventType.of(id.replace('-', ' ')));
  }

  private static <T> Map<String, T> read(String resource, int fields, Function<String[], T> entry) {
    Map<String, T> out = new LinkedHashMap<>();
    for (String line : lines(resource)) {
      String[] f = line.split("\t");
      if (f.length != fields) {
        throw new IllegalStateException(resource + ": expected " + fields + " tab-separated fields, got: " + line);
      }
      out.putIfAbsent(f[0], entry.apply(f));
    }
    return out;
  }

  private static List<String> lines(String resource) {
    try (InputStream in = checkNotNull(Lexicon.class.getResourceAsStream(resource), resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
