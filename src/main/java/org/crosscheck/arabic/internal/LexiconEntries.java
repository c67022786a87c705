package org.crosscheck.arabic.internal;

import org.crosscheck.claim.Scope;
import org.jspecify.annotations.Nullable;

/**
 * The typed entries of the cue tables of {@link ArabicLexicons}: each line of a lexicon file is read
 * into one of these records when the file is loaded, and a line whose fields do not fit is an error
 * naming the file and line. Immutable and thread-safe.
 */
final class LexiconEntries {
  private LexiconEntries() {}

  /** How an event cue is dated ({@code events.txt}, third field). */
  enum Dating {
    /** {@code yes}: a past-tense report with no date in its sentence is dated by the publication day. */
    PUBLICATION_DAY,
    /** {@code no}: the event needs a date in the text. */
    DATE_IN_TEXT,
    /** {@code since}: an ongoing activity dated only by the date it has gone on since (rule event.ongoing-since). */
    SINCE;

    static Dating of(Lexicon.Line line, String field) {
      return switch (field) {
        case "yes" -> PUBLICATION_DAY;
        case "no" -> DATE_IN_TEXT;
        case "since" -> SINCE;
        default -> throw line.error("the dating of an event cue is yes, no or since, got \"" + field + "\"");
      };
    }
  }

  /**
   * A word that dates an event ({@code events.txt}).
   *
   * @param eventType the id of the event type ({@link org.crosscheck.claim.EventType})
   * @param dating how the event is dated when the cue is found
   */
  record EventCueEntry(String eventType, Dating dating) {
    static EventCueEntry of(Lexicon.Line line) {
      return new EventCueEntry(line.field(1), Dating.of(line, line.field(2)));
    }
  }

  /** Where a measure cue stands from the number it tells the measure of ({@code measure-cues.txt}). */
  enum Where {
    /** Within a few words before the number. */
    BEFORE,
    /** Within a few words after the number. */
    AFTER,
    /** Either side. */
    NEAR;

    /** Whether a cue before ({@code before}) or after ({@code after}) the number is where this says. */
    boolean fits(boolean before, boolean after) {
      return switch (this) {
        case BEFORE -> before;
        case AFTER -> after;
        case NEAR -> before || after;
      };
    }
  }

  /**
   * A word near a number that says what it counts ({@code measure-cues.txt}).
   *
   * @param measure the measure id
   * @param where where the cue stands from the number
   */
  record MeasureCue(String measure, Where where) {
    static MeasureCue of(Lexicon.Line line) {
      return new MeasureCue(line.field(1), LexiconEntries.valueOf(Where.class, line, line.field(2)));
    }
  }

  /** The role of a party ({@code actors.txt}, third field). */
  enum Role {
    /** An armed group: the usual owner of "fighters". */
    ARMED,
    /** An army or a government. */
    STATE,
    /** A coalition of states. */
    COALITION,
    /** A news agency. */
    AGENCY,
    /** Any other organization. */
    BODY;

    /** What an actor of {@code type} does here. */
    static Role of(org.crosscheck.extract.ActorType type) {
      return switch (type) {
        case ARMED_GROUP -> ARMED;
        case STATE_FORCE, GOVERNMENT -> STATE;
        case COALITION -> COALITION;
        case NEWS_AGENCY -> AGENCY;
        case MINISTRY, UN_AGENCY, NGO, MEDIA -> BODY;
      };
    }
  }

  /**
   * A party or organization ({@code actors.txt}).
   *
   * @param name its English name, or {@link Speakers#GENERIC_ACTOR} for a word that names no group by itself
   * @param type what it is
   * @param role what it does here, {@link Role#of} its type
   */
  record Actor(String name, org.crosscheck.extract.ActorType type, Role role) {
    static Actor of(Lexicon.Line line) {
      try {
        org.crosscheck.extract.ActorType type = org.crosscheck.extract.ActorType.of(line.field(2));
        return new Actor(line.field(1), type, Role.of(type));
      } catch (IllegalArgumentException e) {
        throw line.error(e.getMessage() + " (an actor is Arabic name <TAB> English name <TAB> type)");
      }
    }

    /** Whether the word names no group by itself ("التنظيم"): the article's armed group is meant. */
    boolean generic() {
      return name.equals(Speakers.GENERIC_ACTOR);
    }
  }

  /**
   * A word before a place that says which part of it, or how near ({@code scopes.txt}): exactly one
   * of an extent and a proximity.
   *
   * @param extent the part of the place, or {@code null}
   * @param proximity how near the place, or {@code null}
   */
  record ScopeCue(Scope.@Nullable Extent extent, Scope.@Nullable Proximity proximity) {
    static ScopeCue of(Lexicon.Line line) {
      return switch (line.field(1)) {
        case "EXTENT" -> new ScopeCue(LexiconEntries.valueOf(Scope.Extent.class, line, line.field(2)), null);
        case "PROXIMITY" -> new ScopeCue(null, LexiconEntries.valueOf(Scope.Proximity.class, line, line.field(2)));
        default -> throw line.error("a scope cue is EXTENT or PROXIMITY, got \"" + line.field(1) + "\"");
      };
    }

    /** {@code scope} with this cue's extent or proximity. */
    Scope applyTo(Scope scope) {
      if (extent != null) return scope.withExtent(extent);
      if (proximity != null) return scope.withProximity(proximity);
      return scope;
    }
  }

  private static <E extends Enum<E>> E valueOf(Class<E> type, Lexicon.Line line, String field) {
    try {
      return Enum.valueOf(type, field);
    } catch (IllegalArgumentException e) {
      throw line.error("\"" + field + "\" is not a " + type.getSimpleName() + "; one of "
          + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }
}
