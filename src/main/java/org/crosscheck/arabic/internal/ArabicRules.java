package org.crosscheck.arabic.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.crosscheck.extract.Rule;

/**
 * Every named rule of the Arabic claim stages, with its parameters. A claim's evidence names the
 * rules that built it ({@link org.crosscheck.claim.Evidence#rules()}); the distances the stages use
 * are read from here, so a rule's id and its parameters are one.
 */
public final class ArabicRules {
  private ArabicRules() {}

  // text
  /** A headline's figures are claims, while its dates and events are left to the body. */
  public static final Rule HEADING_FIGURES = Rule.of("heading.figures",
      "a headline's figures are claims; its dates and events are not read, the body tells them");

  // measures
  /** A figure in units of time, area or length measures a duration, an area, a length or a distance. */
  public static final Rule MEASURE_UNIT = Rule.of("measure.unit",
      "a figure in units of time, area or length measures a duration, an area, a length (a length cue near) or a distance");
  /** A share is of territory when a territory word or a place follows it, and lost after a verb of loss or retaking. */
  public static final Rule MEASURE_SHARE = new Rule("measure.share-of-territory",
      "a share is of territory when a territory word or a place follows; lost after a verb of loss or retaking",
      ImmutableMap.of("loss-window", "5 words before", "territory-window", "5 before to 4 after"));
  /** A cue of {@code measure-cues.txt} near a figure gives its measure, before its counted noun does. */
  public static final Rule MEASURE_CUE = new Rule("measure.cue",
      "a cue near a figure (measure-cues.txt: قتل 38 متشددا counts the killed) beats its counted noun",
      ImmutableMap.of("window", "6 words before to 5 after"));
  /** The noun a figure counts gives its measure ({@code measures.txt}); a state's own forces are troops. */
  public static final Rule MEASURE_NOUN = Rule.of("measure.counted-noun",
      "the counted noun gives the measure (measures.txt: مقاتل is fighters); a state's own forces are troops");
  /** The noun of a measure the user declared gives that measure, before any cue or built-in noun. */
  public static final Rule MEASURE_DECLARED = Rule.of("measure.declared-noun",
      "a noun of a measure the rules file declares (شاحنة مساعدات: aid-trucks) gives that measure, before any cue");
  /** A count with no noun of its own measures what the figure before it measures. */
  public static final Rule MEASURE_PREVIOUS = Rule.of("measure.previous-figure",
      "a count with no noun of its own (or آخرين، منهم) measures what the figure before it measures");
  /** A part counted among a figure ("among them", "among the killed") measures what that figure measures. */
  public static final Rule MEASURE_PART = Rule.of("measure.part-of-figure",
      "a part counted among a figure (بينهم، من بين القتلى) measures what the figure measures");
  /** Towns counted after a verb of capture are places taken, not places held. */
  public static final Rule MEASURE_PLACES_TAKEN = new Rule("measure.places-taken",
      "towns counted after a verb of capture are places taken, not places held",
      ImmutableMap.of("window", "6 words before"));

  // subjects
  /** A party named right after the counted noun is who is counted. */
  public static final Rule SUBJECT_NAMED = new Rule("subject.named",
      "a party named right after the counted noun is who is counted", ImmutableMap.of("window", "4 words"));
  /** The killed and wounded are who their noun says (civilians, children, women), not who killed them. */
  public static final Rule SUBJECT_VICTIMS = Rule.of("subject.victims",
      "the killed and wounded are who their noun says (civilians, children, women), not who killed them");
  /** Troops are of the state party, and surrendered, killed or wounded fighters of the armed party, that the sentence names. */
  public static final Rule SUBJECT_SENTENCE_PARTY = Rule.of("subject.sentence-party",
      "troops of the state party, the surrendered, killed or wounded fighters of the armed party the sentence names");
  /** Fighters, territory and towns held are of the armed group the article names most, or of none when it names none. */
  public static final Rule SUBJECT_ARTICLE_GROUP = Rule.of("subject.article-armed-group",
      "fighters, territory and towns held of the armed group the article names most; none when it names none");
  /** The killed and wounded counted as children, women or civilians are a count of that class (its unit), not a party. */
  public static final Rule MEASURE_COUNTED_CLASS = Rule.of("measure.counted-class",
      "the killed and wounded counted as children, women or civilians are a count of that class (its unit), not a"
      + " party: the rule set relates the class to the whole toll");
  /** A part of the figure before it is noted in the claim's subject. */
  public static final Rule SUBJECT_PART = Rule.of("subject.part-of-figure",
      "a part of the figure before (بينهم ثمانية انتحاريين) is noted in the subject");

  // places
  /** A figure's place is the first town or province after it, else the last one before it, else a country. */
  public static final Rule PLACE_NEAREST = new Rule("place.nearest-to-figure",
      "a figure's place is the first town or province after it, else the last before it, else a country",
      ImmutableMap.of("after", "10 words", "before", "12 words"));
  /** "In the city" after a figure with no place is the topic of the nearest sentence that names one. */
  public static final Rule PLACE_FIGURE_ANAPHOR = new Rule("place.figure-anaphor",
      "في المدينة after a figure with no place is the topic of the nearest sentence that names one",
      ImmutableMap.of("window", "4 words", "sentences", "2"));
  /** Two countries named together ("in Iraq and Syria") are one place. */
  public static final Rule PLACE_COUNTRIES_TOGETHER = Rule.of("place.countries-together",
      "two countries named together (في العراق وسوريا) are one place");
  /** A figure over both countries, or located only "mainly" somewhere, is over the countries the article names. */
  public static final Rule PLACE_THEATRE = Rule.of("place.theatre",
      "a figure over both countries or located only mainly somewhere is over the countries the article names");
  /** An event is about the places after its cue up to the next cue, towns before countries. */
  public static final Rule PLACE_EVENT_OBJECTS = new Rule("place.event-objects",
      "an event is about the places after its cue up to the next cue, towns before countries",
      ImmutableMap.of("window", "18 words"));
  /** A share of the land a relative clause places is at the country that clause names after the figure, with no comma between. */
  public static final Rule PLACE_TERRITORY_CLAUSE = new Rule("place.territory-clause",
      "a share of the land a relative clause places (من الأراضي التي استولى عليها في كل من سوريا والعراق) is at the"
      + " country it names after the figure, with no comma between", ImmutableMap.of("window", "18 words"));
  /** A country right after "led by" leads an actor and is not read as a place. */
  public static final Rule PLACE_LEADER = Rule.of("place.leader-not-place",
      "a country right after \"led by\" (الذي تقوده، بقيادة) leads an actor: it is not read as a place");
  /** A place name inside an actor's name (قوات سوريا الديمقراطية) names the actor, not a place. */
  public static final Rule PLACE_IN_ACTOR_NAME = Rule.of("place.in-actor-name",
      "a place name inside an actor's name that starts before it (\u0642\u0648\u0627\u062a \u0633\u0648\u0631\u064a\u0627"
      + " \u0627\u0644\u062f\u064a\u0645\u0642\u0631\u0627\u0637\u064a\u0629: the Syrian Democratic Forces) names the"
      + " actor: it is not read as a place");
  /** A name followed by "of the river" (الضفة الغربية لنهر …) is a river's bank, not the land of that name. */
  public static final Rule PLACE_RIVER_BANK = Rule.of("place.river-bank",
      "a place name right before \"of the river\" (لنهر، للنهر، من النهر) names a bank of that river: it is not read"
      + " as the place of that name");
  /** An event about a place named before (a pronoun, "the city") is about the sentence's topic or the nearest place. */
  public static final Rule PLACE_ANAPHOR = new Rule("place.anaphor",
      "an event about a place named before (a pronoun, عليها، المدينة) is about the sentence's topic or the nearest place",
      ImmutableMap.of("window", "4 words", "sentences", "2"));

  // attribution
  /** The wire agency is the metadata's, or the one the text credits (a dateline, "to the agency"). */
  public static final Rule ATTRIBUTION_AGENCY = Rule.of("attribution.agency",
      "a wire agency from the metadata or credited in the text (a dateline, لوكالة)");
  /** The party or person after a speech cue is the speaker; "he added that" goes on with the speaker before. */
  public static final Rule ATTRIBUTION_SPEAKER = new Rule("attribution.speaker",
      "the party or person after a speech cue speaks; وأضاف أن goes on with the speaker before",
      ImmutableMap.of("name-window", "8 words"));
  /** An estimate or a belief verb in the sentence sets the claim's modality. */
  public static final Rule MODALITY_ESTIMATE = Rule.of("quantity.modality",
      "an estimate (يقدر، تقديرات) or belief (يعتقد، يرجح) in the sentence sets the claim's modality");

  // events
  /** An event cue of {@code events.txt} names the event type, except after a purpose particle, "under", or in an announcement of words. */
  public static final Rule EVENT_CUE = Rule.of("event.cue",
      "an event cue of events.txt names the event type; not after ل of purpose, تحت, nor an announcement of words");
  /** A capture followed by "again" is a recapture. */
  public static final Rule EVENT_RECAPTURED = new Rule("event.taken-again",
      "a capture with مجددا after it is a recapture", ImmutableMap.of("window", "10 words"));
  /** Each date goes to the nearest cue that can make a claim, and each cue takes at most one date. */
  public static final Rule EVENT_DATE_NEAREST = new Rule("event.date-nearest",
      "each date goes to the nearest cue that can make a claim, each cue takes at most one",
      ImmutableMap.of("max-distance", "12 words", "comma-penalty", "6 words", "placeless-penalty", "3 words"));
  /** An ongoing activity ("the fighting going on since") is dated only by the date it has gone on since. */
  public static final Rule EVENT_ONGOING_SINCE = Rule.of("event.ongoing-since",
      "an ongoing activity (القتال المتواصل منذ) is dated only by the date it has gone on since");
  /** An event in a that-clause with no date of its own is dated by the report's date. */
  public static final Rule EVENT_DATE_OF_REPORT = Rule.of("event.date-of-report",
      "an event in a that-clause with no date of its own is dated by the report's date");
  /** A verb reporting an event at a named place with no date near is dated by the publication day; a verbal noun only under a verb of completion. */
  public static final Rule EVENT_DATED_BY_PUBLICATION = new Rule("event.dated-by-publication",
      "a verb reporting an event about a named place with no date near is dated by the publication day;"
          + " a verbal noun only when a verb of completion governs it", ImmutableMap.of("completion-window", "8 words"));
  /** A place taken "fully" (بالكامل) makes an undated verbal noun, or an event of a place named before, an event done. */
  public static final Rule EVENT_COMPLETED_FULLY = new Rule("event.completed-fully",
      "a place taken fully (بالكامل، بكاملها، برمتها right after it) makes a verbal noun with no date, or an event of a"
          + " place named before, a report of the event done, dated by the publication day",
      ImmutableMap.of("window", "2 words after the place"));
  /** A date left to no event but said of a speech verb dates the statement. */
  public static final Rule EVENT_STATEMENT_DATE = new Rule("event.statement-date",
      "a date left to no event but said of a speech verb dates the statement", ImmutableMap.of("window", "20 words"));

  /** A count whose clause runs since a date or since an event began is valid over the period from it to the anchor day. */
  public static final Rule QUANTITY_SINCE_PERIOD = new Rule("quantity.since-period",
      "a count whose clause (within the window, no comma or date of its own between) runs since a date (منذ السابع"
          + " من أكتوبر) or since an event began (منذ بدء الحرب، منذ اندلاع القتال، منذ أن بدأت الحرب) is valid over the"
          + " period from that start to the statement (a day the sentence names before them, else the article's day); an"
          + " undated start leaves the period open at the start",
      ImmutableMap.of("window", "12 words"));

  /** A count a war has taken up to now (حتى الآن) is valid from the war's undated start to the anchor day. */
  public static final Rule QUANTITY_WAR_TO_DATE = new Rule("quantity.war-to-date",
      "a count whose clause (within the window, no comma or date of its own between) says up to now (حتى الآن،"
          + " حتى اللحظة) and names a war (الحرب، القتال، المعارك، العدوان) is valid over a period from the war's start,"
          + " which the clause does not date, to the article's day",
      ImmutableMap.of("window", "12 words"));

  /** A count is valid on the day its clause names, never on the day of a statement when the clause dates the event. */
  public static final Rule QUANTITY_VALID_AT = new Rule("quantity.valid-at",
      "a count with no period is valid on the resolved day its clause names (at, not after the article's day, in its"
          + " sentence within the window, no comma between bar the one closing the date): قتل 12 شخصا يوم الخميس;"
          + " a date after the figure and the nearer win, and a statement's day (أعلنت الوزارة يوم الأحد أن…) only"
          + " when no other date qualifies",
      ImmutableMap.of("window", "8 words"));

  // status
  /** "X is still present in P" says that the party still holds the place. */
  public static final Rule STATUS_STILL_PRESENT = new Rule("status.still-present",
      "ما زال X متواجدا في P: the party still holds the place", ImmutableMap.of("window", "7 words"));

  /** "بسطت القوات سيطرتها بالكامل على P": the place is fully controlled. */
  public static final Rule STATUS_CONTROL_EXTENDED = new Rule("status.control-extended",
      "بسط / فرض / أحكم سيطرته بالكامل على P: the place is fully controlled", ImmutableMap.of("window", "4 words"));
  /** A start told after منذ (منذ بدء الحرب) is the reference point of a count, not news of the start. */
  public static final Rule EVENT_SINCE_REFERENCE = Rule.of("event.since-reference",
      "a start told right after \u0645\u0646\u0630 (since the start of the war, since the launch of the operation) is"
      + " the point a count runs from, not news of the start: no event claim from it");
  /** A party named right after a source cue (according to X) reports the figure: it is not the subject. */
  public static final Rule SUBJECT_NOT_SOURCE = Rule.of("subject.not-the-source",
      "a party named right after a source or speech cue (\u0648\u0641\u0642\u060c \u0628\u062d\u0633\u0628\u060c"
      + " \u062d\u0633\u0628\u060c \u0642\u0627\u0644\u062a) reports the figure: it is the attribution's speaker,"
      + " not who is counted, and is not taken as the subject");
  /** "بقي P خارج سيطرتها": the place is not controlled. */
  public static final Rule STATUS_OUTSIDE_CONTROL = new Rule("status.outside-control",
      "بقي / ظل P خارج سيطرة X: the place is not controlled; a facility named by its noun alone (المطار) is the one"
          + " of the place named before", ImmutableMap.of("window", "4 words"));

  /** Every rule above, in order. */
  public static final ImmutableList<Rule> ALL = ImmutableList.of(HEADING_FIGURES, MEASURE_UNIT, MEASURE_SHARE,
      MEASURE_CUE, MEASURE_NOUN, MEASURE_DECLARED, MEASURE_PREVIOUS, MEASURE_PART, MEASURE_PLACES_TAKEN, SUBJECT_NAMED, SUBJECT_VICTIMS,
      MEASURE_COUNTED_CLASS, SUBJECT_SENTENCE_PARTY, SUBJECT_ARTICLE_GROUP, SUBJECT_PART, PLACE_NEAREST, PLACE_FIGURE_ANAPHOR,
      PLACE_COUNTRIES_TOGETHER, PLACE_THEATRE, PLACE_EVENT_OBJECTS, PLACE_TERRITORY_CLAUSE, PLACE_LEADER, PLACE_IN_ACTOR_NAME, PLACE_RIVER_BANK,
      PLACE_ANAPHOR, ATTRIBUTION_AGENCY,
      ATTRIBUTION_SPEAKER, MODALITY_ESTIMATE, EVENT_CUE, EVENT_RECAPTURED, EVENT_DATE_NEAREST, EVENT_ONGOING_SINCE,
      EVENT_DATE_OF_REPORT, EVENT_DATED_BY_PUBLICATION, EVENT_COMPLETED_FULLY, EVENT_STATEMENT_DATE,
      STATUS_STILL_PRESENT, STATUS_CONTROL_EXTENDED, STATUS_OUTSIDE_CONTROL, QUANTITY_SINCE_PERIOD,
      QUANTITY_WAR_TO_DATE, QUANTITY_VALID_AT, EVENT_SINCE_REFERENCE, SUBJECT_NOT_SOURCE);
}
