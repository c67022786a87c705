package org.crosscheck.truth.flight;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.value.TimeValue;
import org.jspecify.annotations.Nullable;

/**
 * Reads the time formats of the Flight benchmark's sources into {@link TimeValue}s (UTC, minute
 * granularity).
 *
 * <p>Every format seen in the 31 days is listed in {@link #FORMATS} with its name, which is also
 * how the {@link ParseReport} counts them. Three decisions, each taken from the data:
 *
 * <ul>
 *   <li><b>Zones.</b> An explicit offset ({@code (-05:00)}) or a North-American zone
 *       abbreviation ({@code EST}, {@code AKST}) is used as printed. A time without a zone is the
 *       local time of the airport the attribute belongs to (origin for departures, destination for
 *       arrivals): on flights that a zone-qualified source also reports, zone-less sources agree
 *       with it to the minute once read that way (see the loader's zone survey).
 *   <li><b>Years.</b> A date printed without a year takes the year that puts it nearest to the
 *       crawl day. A printed year that puts the date more than half a year from the crawl day is a
 *       slip of the site ({@code January 1, 2011} on 1 January 2012): the nearest year is taken and
 *       the value is flagged {@code yearRepaired}.
 *   <li><b>Qualifiers.</b> Trailing remarks ({@code (Estimated)}, {@code (runway)}, {@code *},
 *       {@code Delayed}, {@code On Time}) do not change the time; they are kept in the format name
 *       so the report shows how many values carried them.
 * </ul>
 *
 * <p>Month and day names are English and matched under {@link Locale#ROOT}; nothing here depends on
 * the default locale. Stateless and thread-safe.
 */
public final class FlightTimes {
  private FlightTimes() {}

  /** Hour, minute and meridiem: {@code 01:55 PM}, {@code 2:07PM}, {@code 9:30 a.m.}, {@code 8:41a}, {@code 12:00noon}. */
  private static final String T =
      "(\\d{1,2}):(\\d{2}) ?(AM|PM|am|pm|a\\.m\\.|p\\.m\\.|A|P|a|p|noon|midnight)";

  private static final ImmutableMap<String, Integer> MONTHS = ImmutableMap.<String, Integer>builder()
      .put("jan", 1).put("feb", 2).put("mar", 3).put("apr", 4).put("may", 5).put("jun", 6)
      .put("jul", 7).put("aug", 8).put("sep", 9).put("oct", 10).put("nov", 11).put("dec", 12)
      .buildOrThrow();

  /** Standard and daylight abbreviations the sources print, as fixed offsets. */
  private static final ImmutableMap<String, ZoneOffset> ABBREVIATIONS = ImmutableMap.<String, ZoneOffset>builder()
      .put("AST", ZoneOffset.ofHours(-4)).put("ADT", ZoneOffset.ofHours(-3))
      .put("EST", ZoneOffset.ofHours(-5)).put("EDT", ZoneOffset.ofHours(-4))
      .put("CST", ZoneOffset.ofHours(-6)).put("CDT", ZoneOffset.ofHours(-5))
      .put("MST", ZoneOffset.ofHours(-7)).put("MDT", ZoneOffset.ofHours(-6))
      .put("PST", ZoneOffset.ofHours(-8)).put("PDT", ZoneOffset.ofHours(-7))
      .put("AKST", ZoneOffset.ofHours(-9)).put("AKDT", ZoneOffset.ofHours(-8))
      .put("HST", ZoneOffset.ofHours(-10))
      .buildOrThrow();

  /** Trailing remarks that leave the time as it is. */
  private static final ImmutableList<String> QUALIFIERS = ImmutableList.of(
      "(Estimated runway)", "(Estimated)", "(runway)", "(Runway)", "*", "Delayed", "On Time", "Extra Stop", "Rerouted");
  /** Lower-case phrases that make a field a statement, with the statement's kind. */
  private static final ImmutableList<String[]> STATEMENTS = ImmutableList.of(
      new String[] {"not available", "not available"}, new String[] {"cancelled", "cancelled"},
      new String[] {"canceled", "cancelled"}, new String[] {"contact airline", "contact airline"},
      new String[] {"result unknown", "result unknown"}, new String[] {"possible delay", "possible delay"},
      new String[] {"pending", "pending"});
  private static final Pattern DATE_ONLY = Pattern.compile("^[A-Z][a-z]+ \\d{1,2}, \\d{4}$");

  /** Where a format finds each part; group numbers, 0 when the format has no such part. */
  private record Format(String name, Pattern pattern, int year, int month, int monthName, int day,
      int hour, int minute, int meridiem, int zone, int offsetHours, int offsetMinutes) {}

  private static Format f(String name, String regex, int year, int month, int monthName, int day,
      int hour, int minute, int meridiem, int zone, int offsetHours, int offsetMinutes) {
    return new Format(name, Pattern.compile(regex), year, month, monthName, day, hour, minute, meridiem, zone,
        offsetHours, offsetMinutes);
  }

  /** Every format of the benchmark, each named by its shape; the names are what reports count. */
  private static final ImmutableList<Format> FORMATS = ImmutableList.of(
      // aa and the gold: 12/01/2011 01:55 PM
      f("M/d/yyyy h:mm a", "^(\\d{1,2})/(\\d{1,2})/(\\d{4}) " + T + "$", 3, 1, 0, 2, 4, 5, 6, 0, 0, 0),
      // flightexplorer: 12/1/2011 2:07PM EST
      f("M/d/yyyy h:mma z", "^(\\d{1,2})/(\\d{1,2})/(\\d{4}) " + T + " ([A-Z]{3,4})$", 3, 1, 0, 2, 4, 5, 6, 7, 0, 0),
      // airtravelcenter, myrateplan, helloflight, flytecomm: 12/1/11 2:06 PM (-05:00)
      f("M/d/yy h:mm a (±hh:mm)", "^(\\d{1,2})/(\\d{1,2})/(\\d{2}) " + T + " \\(([+-]\\d{2}):(\\d{2})\\)$",
          3, 1, 0, 2, 4, 5, 6, 0, 7, 8),
      // aa (from 8 Dec) and the gold: December 8, 2011 01:55 PM
      f("MMMM d, yyyy h:mm a", "^([A-Z][a-z]+) (\\d{1,2}), (\\d{4}) " + T + "$", 3, 0, 1, 2, 4, 5, 6, 0, 0, 0),
      // CO: Fri., Dec.02, 2011 9:30 a.m.
      f("EEE., MMM.dd, yyyy h:mm a.m.", "^[A-Z][a-z]{2}\\., ([A-Z][a-z]{2})\\.(\\d{1,2}), (\\d{4}) " + T + "$",
          3, 0, 1, 2, 4, 5, 6, 0, 0, 0),
      // flightview and its copies, orbitz, mytripandmore: 8:36 AM, Dec 01 / 6:25 AMDec 01 / 8:41aDec 1
      f("h:mm a, MMM d", "^" + T + ",? ?([A-Z][a-z]{2}) (\\d{1,2})$", 0, 0, 4, 5, 1, 2, 3, 0, 0, 0),
      // flights, weather, flightstats and others: 2011-12-01 06:04 AM, dfw: 10:35 am, mia: 11:14A
      f("yyyy-MM-dd h:mm a", "^(\\d{4})-(\\d{2})-(\\d{2}) " + T + "$", 1, 2, 0, 3, 4, 5, 6, 0, 0, 0),
      // flightaware, wunderground, flightwise: 2011-12-01 06:55AM CST
      f("yyyy-MM-dd h:mma z", "^(\\d{4})-(\\d{2})-(\\d{2}) " + T + " ([A-Z]{3,4})$", 1, 2, 0, 3, 4, 5, 6, 7, 0, 0),
      // flights and its copies: 12:23 AM Fri 02-Dec-2011
      f("h:mm a EEE dd-MMM-yyyy", "^" + T + " [A-Z][a-z]{2} (\\d{1,2})-([A-Z][a-z]{2})-(\\d{4})$",
          6, 0, 5, 4, 1, 2, 3, 0, 0, 0),
      // ua and the gold: Fri, Dec 2 5:54 AM
      f("EEE, MMM d h:mm a", "^[A-Z][a-z]{2}, ([A-Z][a-z]{2}) (\\d{1,2}) " + T + "$", 0, 0, 1, 2, 3, 4, 5, 0, 0, 0),
      // iad: 2011-12-01 13:52
      f("yyyy-MM-dd HH:mm", "^(\\d{4})-(\\d{2})-(\\d{2}) (\\d{1,2}):(\\d{2})$", 1, 2, 0, 3, 4, 5, 0, 0, 0, 0),
      // mco: 2011-12-02 Fri 16:17
      f("yyyy-MM-dd EEE HH:mm", "^(\\d{4})-(\\d{2})-(\\d{2}) [A-Z][a-z]{2} (\\d{1,2}):(\\d{2})$",
          1, 2, 0, 3, 4, 5, 0, 0, 0, 0),
      // mia: 11:30A 12-01-11
      f("h:mma MM-dd-yy", "^" + T + " (\\d{2})-(\\d{2})-(\\d{2})$", 6, 4, 0, 5, 1, 2, 3, 0, 0, 0),
      // travelocity, mytripandmore: Dec 01 - 1:55pm, Dec 29 - 12:00midnight
      f("MMM d - h:mma", "^([A-Z][a-z]{2}) (\\d{1,2}) - " + T + "$", 0, 0, 1, 2, 3, 4, 5, 0, 0, 0),
      // ord: 2011-12-01 11/30 11:25 AM (crawl date, then the flight's own month/day)
      f("yyyy-MM-dd M/d h:mm a", "^(\\d{4})-\\d{2}-\\d{2} (\\d{1,2})/(\\d{1,2}) " + T + "$",
          1, 2, 0, 3, 4, 5, 6, 0, 0, 0));

  /**
   * Reads one time field.
   *
   * @param text the field as the source printed it (not empty)
   * @param crawlDay the day of the file the field comes from; completes and checks years
   * @param localZone the zone of the airport the attribute belongs to, for times printed without one
   * @return the value, a statement ("not available", "cancelled", "date without time"), or the
   *     field's shape when no format reads it
   */
  public static FieldReading parse(String text, LocalDate crawlDay, ZoneId localZone) {
    return parse(text, crawlDay, localZone, null);
  }

  /** As {@link #parse(String, LocalDate, ZoneId)}, trying the format at {@code hint[0]} first and leaving the one that read the field there. */
  static FieldReading parse(String text, LocalDate crawlDay, ZoneId localZone, int @Nullable [] hint) {
    checkNotNull(text, "text");
    checkNotNull(crawlDay, "crawlDay");
    checkNotNull(localZone, "localZone");
    String clean = clean(text);
    if (clean.isEmpty()) return new FieldReading.Unparsed("blank");
    String statement = statementKind(clean);
    if (statement != null) return new FieldReading.Statement(statement);
    String qualifier = "";
    for (String q : QUALIFIERS) {
      if (clean.endsWith(q) && clean.length() > q.length()) {
        clean = clean.substring(0, clean.length() - q.length()).strip();
        qualifier = " " + q;
        break;
      }
    }
    if (DATE_ONLY.matcher(clean).matches()) return new FieldReading.Statement("date without time");
    int first = hint == null ? 0 : hint[0];
    for (int k = 0; k < FORMATS.size(); k++) {
      // the format that read this source's previous field is tried first: sites keep their format
      int f = (first + k) % FORMATS.size();
      Format format = FORMATS.get(f);
      Matcher m = format.pattern().matcher(clean);
      if (!m.matches()) continue;
      FieldReading reading = read(format, m, clean, crawlDay, localZone, qualifier);
      if (reading != null) {
        if (hint != null) hint[0] = f;
        return reading;
      }
    }
    return new FieldReading.Unparsed(FieldReading.shapeOf(text.strip()));
  }

  /** The number in group {@code group} of {@code m} over {@code text}, read in place (no substring). */
  private static int number(Matcher m, String text, int group) {
    return Integer.parseInt(text, m.start(group), m.end(group), 10);
  }

  private static @Nullable FieldReading read(Format f, Matcher m, String text, LocalDate crawlDay, ZoneId localZone,
      String qualifier) {
    Integer month;
    if (f.month() > 0) {
      month = number(m, text, f.month());
    } else {
      String name = m.group(f.monthName());
      month = MONTHS.get(name.substring(0, Math.min(3, name.length())).toLowerCase(Locale.ROOT));
    }
    if (month == null) return null;
    int day = number(m, text, f.day());
    Integer year = null;
    if (f.year() > 0) {
      int y = number(m, text, f.year());
      year = y < 100 ? 2000 + y : y;
    }
    int hour = number(m, text, f.hour());
    int minute = number(m, text, f.minute());
    if (f.meridiem() > 0) {
      String meridiem = m.group(f.meridiem()).toLowerCase(Locale.ROOT);
      if (hour < 1 || hour > 12) return null;
      if (meridiem.equals("noon")) {
        hour = 12;
      } else if (meridiem.equals("midnight") || meridiem.startsWith("a")) {
        hour = hour % 12; // 12:00 AM and 12:00midnight are the first minute of the day
      } else {
        hour = hour % 12 + 12;
      }
    }
    if (hour > 23 || minute > 59) return null;
    LocalDate date;
    boolean repaired = false;
    try {
      if (year == null) {
        date = nearest(month, day, crawlDay);
      } else {
        date = LocalDate.of(year, month, day);
        if (Math.abs(ChronoUnit.DAYS.between(crawlDay, date)) > 183) {
          date = nearest(month, day, crawlDay);
          repaired = true;
        }
      }
    } catch (DateTimeException e) {
      return null; // 31 November and the like: not this format's date, or not a date at all
    }
    LocalDateTime local = date.atTime(hour, minute);
    java.time.Instant instant;
    if (f.zone() > 0) {
      ZoneOffset offset = ABBREVIATIONS.get(m.group(f.zone()));
      if (offset == null) return null;
      instant = local.toInstant(offset);
    } else if (f.offsetHours() > 0) {
      int h = number(m, text, f.offsetHours());
      int mm = number(m, text, f.offsetMinutes());
      if (Math.abs(h) > 14 || mm > 59) return null;
      boolean west = h < 0 || text.charAt(m.start(f.offsetHours())) == '-';
      instant = local.toInstant(ZoneOffset.ofHoursMinutes(h, west ? -mm : mm));
    } else {
      instant = local.atZone(localZone).toInstant();
    }
    return new FieldReading.Parsed(TimeValue.at(instant), qualifier.isEmpty() ? f.name() : f.name() + qualifier,
        repaired);
  }

  /** The date with {@code month} and {@code day} nearest to {@code crawlDay} (in the year before, of, or after it). */
  private static LocalDate nearest(int month, int day, LocalDate crawlDay) {
    LocalDate best = null;
    long bestDistance = Long.MAX_VALUE;
    for (int y = crawlDay.getYear() - 1; y <= crawlDay.getYear() + 1; y++) {
      LocalDate candidate;
      try {
        candidate = LocalDate.of(y, month, day);
      } catch (DateTimeException e) {
        continue; // 29 February in a common year
      }
      long distance = Math.abs(ChronoUnit.DAYS.between(crawlDay, candidate));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best == null) throw new DateTimeException("no year has " + month + "/" + day);
    return best;
  }

  private static @Nullable String statementKind(String clean) {
    boolean letters = false;
    for (int i = 0; i < clean.length() && !letters; i++) letters = Character.isLetter(clean.charAt(i)) && i > 0
        && Character.isLetter(clean.charAt(i - 1)) && i > 1 && Character.isLetter(clean.charAt(i - 2));
    if (!letters) return null; // no word of three letters: no phrase to look for
    String lower = clean.toLowerCase(Locale.ROOT);
    for (String[] s : STATEMENTS) if (lower.contains(s[0])) return s[1];
    return null;
  }

  private static boolean isClean(String s) {
    int n = s.length();
    if (n == 0) return true;
    if (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') return false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (s.charAt(i - 1) == ' ') return false;
      } else if (c < '!' || c == '\u00a0' || c == '\ufffd' || (c > '~' && Character.isWhitespace(c))) {
        return false;
      }
    }
    return true;
  }

  /** No-break spaces (as {@code &nbsp}, U+00A0, or an undecodable byte) become spaces; white space runs become one space. */
  static String clean(String text) {
    String s = text.indexOf('&') >= 0 ? text.replace("&nbsp", " ") : text;
    if (isClean(s)) return s;
    StringBuilder out = null;
    boolean space = true; // drops leading white space
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean ws = Character.isWhitespace(c) || c == '\u00a0' || c == '\ufffd';
      if (ws) {
        if (!space) {
          if (out == null) out = new StringBuilder(n).append(s, 0, i);
          out.append(' ');
        } else if (out == null) {
          out = new StringBuilder(n).append(s, 0, i);
        }
        space = true;
        continue;
      }
      if (out != null) out.append(c);
      space = false;
    }
    if (out == null) return s;
    int len = out.length();
    if (len > 0 && out.charAt(len - 1) == ' ') out.setLength(len - 1);
    return out.toString();
  }
}
