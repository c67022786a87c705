package org.crosscheck.english.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.crosscheck.extract.Rule;

/**
 * Every named rule of the English pack, with its parameters. Each rule family has a corpus of
 * sentences the team wrote in the tests ({@code src/test/resources/org/crosscheck/english/internal/*.corpus}).
 */
public final class Rules {
  private Rules() {}

  // sentences
  /** A sentence ends at a newline, or at {@code . ! ?} (and closing quotes) before white space. */
  public static final Rule SENTENCE_SPLIT = Rule.of("sentence.split",
      "a sentence ends at a newline, or at . ! ? (and closing quotes) before white space");
  /** No sentence ends after a listed abbreviation (Col. Gen. Nov. U.S.) or an initial. */
  public static final Rule SENTENCE_ABBREVIATION = Rule.of("sentence.no-break-after-abbreviation",
      "no sentence ends after a listed abbreviation (Col. Gen. Nov. U.S.) or an initial");

  // numbers
  /** Digits with thousands separators and a decimal point are a number. */
  public static final Rule NUMBER_DIGITS = Rule.of("number.digits", "digits with thousands separators and a decimal point");
  /** Digits followed by a scale word are multiplied by it: 1.5 million. */
  public static final Rule NUMBER_SCALED = Rule.of("number.scaled", "digits times a scale word: 1.5 million");
  /** Number words (units, tens hyphenated or not, hundred, thousand, million, with "and") are a number. */
  public static final Rule NUMBER_WORDS = Rule.of("number.words",
      "number words: units, tens (hyphenated or not), hundred, thousand, million, with 'and'");
  /** "a" before a scale word or a dozen is one of it: a million, a dozen, a pair of. */
  public static final Rule NUMBER_A_SCALE = Rule.of("number.a-scale", "'a' before a scale or a dozen: a million, a dozen, a pair of");
  /** Ordinals in digits (29th) or in words (twenty-first) are read with their rank. */
  public static final Rule NUMBER_ORDINAL = Rule.of("number.ordinal", "ordinals in digits (29th) or words (twenty-first)");
  /** A fraction word after a number or "a" is a fraction: a third, two-thirds, three quarters, half. */
  public static final Rule NUMBER_FRACTION = Rule.of("number.fraction",
      "a fraction word after a number or 'a': a third, two-thirds, three quarters, half");

  // quantities
  /** An approximator before the figure (about, nearly, some) makes the quantity approximate. */
  public static final Rule QUANTITY_HEDGE = Rule.of("quantity.hedge", "an approximator before the figure: about, nearly, some");
  /** A one-sided bound before the figure (at least, more than, fewer than, up to) makes it a bounded quantity. */
  public static final Rule QUANTITY_BOUND = Rule.of("quantity.bound", "a one-sided bound: at least, more than, fewer than, up to");
  /** A bound or hedge after the figure: "or more", "or so", "people at least". */
  public static final Rule QUANTITY_POSTPOSED = Rule.of("quantity.postposed",
      "a bound or hedge told after the figure: '3,000 or more', '120 or so', '41,250 people at least'");
  /** "between X and Y", "from X to Y", "X to Y" and "X-Y" are a range. */
  public static final Rule QUANTITY_RANGE = Rule.of("quantity.range", "between X and Y, from X to Y, X to Y, X-Y");
  /** Vague plurals of a scale (dozens, hundreds, several hundred, tens of thousands) are vague quantities. */
  public static final Rule QUANTITY_VAGUE = Rule.of("quantity.vague", "dozens, hundreds, several hundred, tens of thousands");
  /** A number before "percent", "per cent" or {@code %} is a percentage. */
  public static final Rule QUANTITY_PERCENT = Rule.of("quantity.percent", "a number before percent, per cent or %");
  /** A unit after the figure (km, miles, square kilometres) is the quantity's unit. */
  public static final Rule QUANTITY_UNIT = Rule.of("quantity.unit", "a unit after the figure: km, miles, square kilometres");
  /** A figure in another unit in brackets right after the first is part of its span: 80 km (50 miles). */
  public static final Rule QUANTITY_ALT_UNIT = Rule.of("quantity.alternative-unit",
      "a figure in another unit in brackets right after the first is part of its span: 80 km (50 miles)");
  /** An epistemic verb next to the figure (are estimated, were believed) sets the claim's modality. */
  public static final Rule QUANTITY_MODALITY = Rule.of("quantity.modality",
      "an epistemic verb next to the figure (are estimated, were believed) sets the claim's modality");

  // durations
  /** A figure in time units is a duration: nine months, within 48 hours. */
  public static final Rule DURATION_UNIT = Rule.of("duration.unit", "a figure in time units: nine months, within 48 hours");
  /** Figures in two time units make one duration in the smaller: two years and three months is 27 months. */
  public static final Rule DURATION_COMPOSITE = Rule.of("duration.composite",
      "figures in two time units joined by and, a comma or nothing: two years and three months, an hour and 45 minutes");
  /** A hyphenated figure-unit adjective is a duration: a three-year campaign. */
  public static final Rule DURATION_ADJECTIVE = Rule.of("duration.adjective", "a hyphenated figure-unit adjective: three-year campaign");
  /** "over the past / for the last N units" is a duration ending at publication, with "over" no bound. */
  public static final Rule DURATION_PAST = Rule.of("duration.past",
      "over the past / for the last N units: a duration ending at publication; 'over' is no bound there");
  /** "the Nth day (week, month) of something" is a duration of N units. */
  public static final Rule DURATION_ORDINAL_DAY = Rule.of("duration.ordinal-day",
      "the Nth day (week, month) of something: a duration of N units");
  /** "for weeks", "for months", "for years" are durations of several units. */
  public static final Rule DURATION_BARE_PLURAL = Rule.of("duration.bare-plural", "for weeks, for months, for years: several units");

  // dates
  /** A weekday is the latest such day on or before publication, since news reports the past. */
  public static final Rule DATE_WEEKDAY = new Rule("date.weekday",
      "a weekday is the latest such day on or before publication (news reports the past)",
      ImmutableMap.of("look-back", "6 days"));
  /** Relative dates (yesterday, today, last week, this month, earlier this month, N days ago) count from publication. */
  public static final Rule DATE_RELATIVE = Rule.of("date.relative",
      "yesterday, today, last week (Monday to Sunday), this month, last month, earlier this month, N days ago");
  /** A month and day without a year is in the publication year, unless that puts it too far ahead. */
  public static final Rule DATE_MONTH_DAY = new Rule("date.month-day",
      "month and day (Nov. 3, 3 November, November 3rd) in the publication year unless that puts it too far ahead",
      ImmutableMap.of("max-ahead", "60 days"));
  /** Day, month and year give one day: 3 November 2017, November 3, 2017. */
  public static final Rule DATE_FULL = Rule.of("date.full", "day, month and year: 3 November 2017, November 3, 2017");
  /** A bare month is the latest such month on or before publication; with a year, that year's. */
  public static final Rule DATE_MONTH = Rule.of("date.month-before-publication",
      "a bare month (in September) is the latest such month on or before publication; with a year, that year");
  /** A year after in, since, from, until, by, of or during, or alone in 1900-2099, is a year. */
  public static final Rule DATE_YEAR = Rule.of("date.year", "a year after in, since, from, until, by, of, during, or alone in 1900-2099");
  /** Early, mid, late or the end of a month or year is the part of it the parameters give. */
  public static final Rule DATE_PART = new Rule("date.part-of-period",
      "early / mid / late / the end of a month or year",
      ImmutableMap.of("early-month", "days 1-10", "mid-month", "days 11-20", "late-month", "days 21-end",
          "early-year", "Jan-May", "mid-year", "May-Aug", "late-year", "Aug-Dec", "end-of-year", "Nov-Dec"));
  /** Two days of one month joined by "and", "to" or a dash are a span: March 5-7. */
  public static final Rule DATE_SPAN = Rule.of("date.span", "between March 5 and 7, from 5 to 7 March, March 5-7");
  /** "N years ago" is the year N before publication. */
  public static final Rule DATE_YEARS_AGO = Rule.of("date.years-ago", "N years ago: the year N before publication");

  // claims
  /** The noun a figure counts gives the measure (fighters, civilians, trucks); adjectives may stand between. */
  public static final Rule MEASURE_NOUN = new Rule("measure.counted-noun",
      "the noun a figure counts gives the measure (fighters, civilians, trucks); adjectives may stand between",
      ImmutableMap.of("max-gap", "7 tokens"));
  /** The noun of a measure the user declared gives that measure, before a built-in noun and whatever verb is near. */
  public static final Rule MEASURE_DECLARED = Rule.of("measure.declared-noun",
      "a noun of a measure the rules file declares (aid truck, truck of aid: aid-trucks) gives that measure");
  /** For people, a word of what happened to them near the figure (killed, displaced, missing) gives the measure. */
  public static final Rule MEASURE_VERB = new Rule("measure.verb-window",
      "for people, a word of what happened to them near the figure wins (killed, displaced, missing)",
      ImmutableMap.of("window", "10 tokens"));
  /** A share measures a population share for people after "of", else territory held or lost by the nearest cue, else a share. */
  public static final Rule MEASURE_SHARE = new Rule("share.cue-window",
      "a share's measure: population share for people after 'of', territory held or lost by the nearest cue, else a share",
      ImmutableMap.of("window", "10 tokens"));
  /** A figure with no noun of its own that continues another ("of them", "including") takes that figure's measure. */
  public static final Rule MEASURE_PREVIOUS = Rule.of("measure.previous-figure",
      "a figure with no noun of its own that continues another takes that figure's measure: 'of them', 'among them',"
      + " 'including', or an elliptic '122,000 are staying…' after an earlier figure");
  /** A bare figure after "at" or "to" takes the measure of a head noun before it: the toll rose to N. */
  public static final Rule MEASURE_HEAD = Rule.of("measure.head-noun",
      "a bare figure after 'at' or 'to' takes the measure of a head noun before it: the toll rose to N, strength at N");
  /** A capitalized plural of people (Iraqis, Syrians) after a figure counts people. */
  public static final Rule MEASURE_DEMONYM = Rule.of("measure.demonym",
      "a capitalized plural of people (Iraqis, Syrians, Yemenis, Sudanese) after a figure counts people");
  /** A bound before coordinated figures bounds each of them: at least 30 rebels and 12 soldiers. */
  public static final Rule QUANTITY_BOUND_SHARED = Rule.of("quantity.bound-shared",
      "a bound before coordinated figures covers each: at least 30 rebels and 12 soldiers");
  /** Control wording (in full control of, completely cleared, had not been taken) gives a control status claim. */
  public static final Rule STATUS_CUE = Rule.of("status.cue",
      "control wording gives a control status claim: in full control of, completely cleared, had not been taken");
  /** "in the actor's hands" says who holds the place. */
  public static final Rule STATUS_IN_HANDS = new Rule("status.in-hands",
      "'in <actor>'s hands' or 'in <actor> hands' says who holds the place", ImmutableMap.of("max-gap", "4 tokens"));
  /** A date near no event cue and no speech verb dates the nearest past-tense verb of its sentence. */
  public static final Rule EVENT_DATE_VERB = new Rule("event.date-past-verb",
      "a date near no event cue and no speech verb dates the nearest past-tense verb of its sentence",
      ImmutableMap.of("max-distance", "8 tokens"));
  /** A word of harm right before "since date" is a toll counted from the start of the conflict, not an event of its own. */
  public static final Rule EVENT_TALLY_SINCE = new Rule("event.tally-since",
      "a word of harm right before 'since <date>' (the number of injured since October 7) is a toll counted since the"
      + " fighting began: the date is the start of the conflict, not an event of its own",
      ImmutableMap.of("window", "3 tokens"));
  /** A start told after "since" (since the war began) is the reference point of a count, not news of the start. */
  public static final Rule EVENT_SINCE_REFERENCE = new Rule("event.since-reference",
      "a start told after 'since' (the toll since the war began, since the offensive started) is the point a count"
      + " runs from, not news of the start: no event claim from it",
      ImmutableMap.of("window", "4 tokens"));
  /** An actor that is the sentence's reporting source is not the subject of a figure. */
  public static final Rule SUBJECT_NOT_SOURCE = Rule.of("subject.not-the-source",
      "an actor that reports the figure (X said, according to X, X reported) is the attribution's speaker, not the"
      + " party the figure is about: it is not taken as the subject");
  /** A share's subject is the armed actor after "by" in its clause, else the one before it in its sentence up to a comma. */
  public static final Rule SUBJECT_BY = new Rule("subject.held-by",
      "a share's subject is the armed actor after 'by' in its clause (37% was controlled by Daesh), else the one"
      + " before it in its sentence up to a comma (the regime controlled 20% and now holds 54%)",
      ImmutableMap.of("window", "8 tokens"));
  /** A figure's time of validity is the nearest date in its clause within the window, never a date opened by "since". */
  public static final Rule QUANTITY_VALID_AT = new Rule("quantity.valid-at",
      "a figure's time of validity is the nearest date of its sentence within the window and the same clause"
      + " (no 'and', 'but', 'while' or ';' between; a comma only after a date opening the sentence): 20% of Syria in May;"
      + " never a date opened by 'since', from which the figure counts",
      ImmutableMap.of("window", "6 tokens"));
  /** A count whose clause says it runs since a date or since an event began is valid over the period from it to the statement. */
  public static final Rule QUANTITY_SINCE_PERIOD = new Rule("quantity.since-period",
      "a count whose clause (within the window) says it runs since a date or since an event began (the toll since"
      + " 7 October, since the start of the war, since the offensive began) is valid over the period from that start"
      + " to the statement: its own day of validity, else the publication day; an undated start leaves the period open"
      + " at the start",
      ImmutableMap.of("window", "12 tokens"));
  /** A count with no date of its own that tells a war's toll up to now is valid from the war's undated start to publication. */
  public static final Rule QUANTITY_WAR_TO_DATE = new Rule("quantity.war-to-date",
      "a count with no date of its own whose clause (within the window) tells a war's toll up to now, in a perfect"
      + " tense (have been uprooted by the conflict, the war has killed) or with 'so far', 'to date', is valid over a"
      + " period from the war's start, which the clause does not date, to the publication day",
      ImmutableMap.of("window", "12 tokens"));
  /** A length measures a distance, an area an area, a time a duration. */
  public static final Rule MEASURE_UNIT = Rule.of("measure.unit", "a length is a distance, an area an area, a time a duration");
  /** The subject is the armed actor the noun phrase names (Islamic State fighters), else none. */
  public static final Rule SUBJECT_NAMED = Rule.of("subject.named",
      "the subject is an armed actor the noun phrase names (Islamic State fighters, fighters of the SDF); else none");
  /** A count of children, women or civilians counts that class (its unit), not a part named in the subject. */
  public static final Rule MEASURE_COUNTED_CLASS = Rule.of("measure.counted-class",
      "a count of children, women or civilians counts that class (its unit), not a part named in the subject: the"
      + " rule set relates the class to the whole toll");
  /** A part of the figure before it ("among them", "of them") is noted in the subject, so it is not compared with the whole. */
  public static final Rule SUBJECT_PART = Rule.of("subject.part-of-figure",
      "a part of the figure before it ('among them', 'of them', '122,000 are staying…') is noted in the subject, so"
      + " that it is not compared with the whole");
  /** A figure's place is not read from a relative clause after it. */
  public static final Rule PLACE_NOT_IN_RELATIVE = Rule.of("place.not-in-relative-clause",
      "a figure's place is not read from a relative clause after it (', which has reduced much of X to rubble')");
  /** "one of the villages" picks one unspecified member of a set and makes no count claim. */
  public static final Rule MEASURE_ONE_OF = Rule.of("measure.one-of",
      "'one of the villages' picks one unspecified member out of a set: no count claim ('two of the towns' is one)");
  /** A city that opens its clause as the subject of a speech verb stands for its government, not for a place. */
  public static final Rule PLACE_SPEAKING_CAPITAL = Rule.of("place.speaking-capital",
      "a city that opens its clause as the subject of a speech verb ('Baghdad declared', 'Khartoum said') stands for"
      + " its government: it is not where anything happened (a country that speaks keeps its place)");
  /** A town's name between a given name and a speech verb is a speaker's surname. */
  public static final Rule PLACE_IN_PERSON_NAME = Rule.of("place.in-person-name",
      "a town's name right after a capitalized given name and before a speech verb ('commander Yusuf Manbij told"
      + " Reuters') ends a speaker's name: it is not a place");
  /** "The airport" is the airport named last with its place. */
  public static final Rule PLACE_FACILITY = Rule.of("place.facility",
      "'the airport', 'the port', 'the camp' is the one named last with its place ('the airport of the city of X',"
      + " 'X airport'): it stands at that place");
  /** A country named as a side of a war is a belligerent, not a place. */
  public static final Rule PLACE_WAR_PARTY = Rule.of("place.war-party",
      "a country named as a side of a war ('the war between Sudan and Chad', 'the Iran-Iraq war') is a"
      + " belligerent, not where a figure was counted or an event happened");
  /** A part of the figure before it in the sentence is at that figure's place. */
  public static final Rule PLACE_OF_WHOLE = Rule.of("place.of-the-whole",
      "a part of the figure before it in the sentence ('among them 300 children') is at that figure's place");
  /** An event cue takes the nearest date mention in its sentence. */
  public static final Rule EVENT_DATE_NEAREST = new Rule("event.date-nearest",
      "an event cue takes the nearest date mention in its sentence",
      ImmutableMap.of("max-distance", "20 tokens"));
  /** An event cue with no date in its sentence is dated the publication day, its span the cue and its object. */
  public static final Rule EVENT_DATE_IMPLICIT = Rule.of("event.date-implicit",
      "an event cue with no date in its sentence is dated the publication day, its span the cue and its object");
  /** A date near no event cue, in a sentence with a speech verb and a place, dates the statement. */
  public static final Rule EVENT_SPEECH_DATE = new Rule("event.statement-date",
      "a date near no event cue, in a sentence with a speech verb and a place, dates the statement (announced) when"
          + " it is next to the verb ('said on Monday') or no past-tense verb is near it",
      ImmutableMap.of("max-distance", "3 tokens"));
  /** A place is a capitalized name found in the gazetteer's English names or in {@code places.txt}, the nearest in the sentence. */
  public static final Rule PLACE_GAZETTEER = Rule.of("place.gazetteer",
      "capitalized names found in the gazetteer's English names or in places.txt; the nearest in the sentence");
  /** "the town" or "the city" refers to the last place named before it. */
  public static final Rule PLACE_COREFERENCE = Rule.of("place.coreference",
      "'the town', 'the city' refer to the last place named before them");
  /** "the militants" or "the group" refers to the last armed actor named before it. */
  public static final Rule SUBJECT_COREFERENCE = Rule.of("subject.coreference",
      "'the militants', 'the group' refer to the last armed actor named before them");
  /** The speaker of a sentence is X in "X said", "according to X", "a spokesman for X" and the like. */
  public static final Rule ATTRIBUTION_SPEAKER = new Rule("attribution.speaker",
      "the speaker of a sentence: X said / said X / according to X / X told Reuters / a spokesman for X",
      ImmutableMap.of("max-name", "8 tokens"));
  /** The agency is the metadata's, else the one in brackets in the dateline, else none. */
  public static final Rule ATTRIBUTION_AGENCY = Rule.of("attribution.agency",
      "the agency is the metadata's, else the one in brackets in the dateline, else none");

  /** A date in the dateline that opens a wire story is when it was filed: it dates no event. */
  public static final Rule DATE_DATELINE = Rule.of("date.dateline",
      "a date in the dateline ('KHARTOUM, March 4 (Reuters) -') is when the story was filed: it dates no event");
  /** The dateline's place is a claim's place only where the sentence names no other place. */
  public static final Rule PLACE_DATELINE = Rule.of("place.dateline",
      "the dateline's place is where the story was filed: a claim takes it only where its sentence names no other place");
  /** A country before "'s" qualifies who acts; a claim takes the other place its sentence names. */
  public static final Rule PLACE_POSSESSIVE_COUNTRY = Rule.of("place.possessive-country",
      "a country before 's ('Sudan's army') qualifies who acts: a claim takes the other place its sentence names");

  /** A country's adjective before a noun says whose, not where; a claim takes the other place its sentence names. */
  public static final Rule PLACE_COUNTRY_ADJECTIVE = Rule.of("place.country-adjective",
      "a country's adjective before a noun ('Lebanese army', 'Israeli strikes') says whose, not where: a claim takes"
          + " the other place its sentence names");

  /** A bare figure takes the verb of people right before it, or the participle right after it. */
  public static final Rule MEASURE_ELLIPTIC_VERB = Rule.of("measure.elliptic-verb",
      "a bare figure takes the verb of people right before it ('killed 71 people and wounded 289') or, going on from a"
          + " count of people, the participle right after it ('120 killed and 35 captured'); people captured are held");

  /** The residents counted right after a place's possessive are its population. */
  public static final Rule MEASURE_POPULATION_POSSESSIVE = Rule.of("measure.population-possessive",
      "the residents counted right after a place's possessive ('the city's 300,000 residents') are its population");

  /** Every rule, in the order above. */
  public static final ImmutableList<Rule> ALL = ImmutableList.of(SENTENCE_SPLIT, SENTENCE_ABBREVIATION, NUMBER_DIGITS,
      NUMBER_SCALED, NUMBER_WORDS, NUMBER_A_SCALE, NUMBER_ORDINAL, NUMBER_FRACTION, QUANTITY_HEDGE, QUANTITY_BOUND,
      QUANTITY_RANGE, QUANTITY_VAGUE, QUANTITY_PERCENT, QUANTITY_UNIT, QUANTITY_ALT_UNIT, QUANTITY_MODALITY,
      DURATION_UNIT, DURATION_COMPOSITE, DURATION_ADJECTIVE, DURATION_PAST, DURATION_ORDINAL_DAY, DURATION_BARE_PLURAL, DATE_WEEKDAY,
      DATE_RELATIVE, DATE_MONTH_DAY, DATE_FULL, DATE_MONTH, DATE_YEAR, DATE_PART, DATE_SPAN, DATE_YEARS_AGO,
      MEASURE_NOUN, MEASURE_VERB, MEASURE_SHARE, MEASURE_UNIT, SUBJECT_NAMED, MEASURE_COUNTED_CLASS, MEASURE_ONE_OF, SUBJECT_PART, PLACE_NOT_IN_RELATIVE, PLACE_SPEAKING_CAPITAL, PLACE_WAR_PARTY, PLACE_FACILITY, PLACE_IN_PERSON_NAME, PLACE_OF_WHOLE, EVENT_DATE_NEAREST, EVENT_DATE_IMPLICIT,
      EVENT_SPEECH_DATE, EVENT_DATE_VERB, EVENT_TALLY_SINCE, MEASURE_PREVIOUS, MEASURE_HEAD, MEASURE_DEMONYM, MEASURE_DECLARED, QUANTITY_BOUND_SHARED,
      STATUS_CUE, STATUS_IN_HANDS, SUBJECT_BY, QUANTITY_VALID_AT, PLACE_GAZETTEER, PLACE_COREFERENCE, SUBJECT_COREFERENCE, ATTRIBUTION_SPEAKER, ATTRIBUTION_AGENCY,
      DATE_DATELINE, PLACE_DATELINE, PLACE_POSSESSIVE_COUNTRY, PLACE_COUNTRY_ADJECTIVE, QUANTITY_POSTPOSED, MEASURE_ELLIPTIC_VERB,
      MEASURE_POPULATION_POSSESSIVE, QUANTITY_SINCE_PERIOD, QUANTITY_WAR_TO_DATE, EVENT_SINCE_REFERENCE,
      SUBJECT_NOT_SOURCE);
}
