package org.crosscheck.truth.flight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class FlightTimesTest {
  private static final LocalDate DAY = LocalDate.of(2011, 12, 1);
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** Every format of the benchmark, as each source prints it, read at a New York airport on 1 Dec 2011. */
  static Stream<Arguments> formats() {
    return Stream.of(
        Arguments.of("12/01/2011 01:55 PM", "2011-12-01T18:55Z (M/d/yyyy h:mm a)"),
        Arguments.of("12/1/2011 2:07PM EST", "2011-12-01T19:07Z (M/d/yyyy h:mma z)"),
        Arguments.of("11/30/2011 9:31PM HST", "2011-12-01T07:31Z (M/d/yyyy h:mma z)"),
        Arguments.of("12/1/11 2:06 PM (-05:00)", "2011-12-01T19:06Z (M/d/yy h:mm a (±hh:mm))"),
        Arguments.of("12/2/11 9:49 AM (+01:00)", "2011-12-02T08:49Z (M/d/yy h:mm a (±hh:mm))"),
        Arguments.of("December 1, 2011               01:55 PM    ", "2011-12-01T18:55Z (MMMM d, yyyy h:mm a)"),
        Arguments.of("Thu., Dec.01, 2011 9:30 a.m.", "2011-12-01T14:30Z (EEE., MMM.dd, yyyy h:mm a.m.)"),
        Arguments.of("Thu., Dec.01, 2011 1:55 p.m.", "2011-12-01T18:55Z (EEE., MMM.dd, yyyy h:mm a.m.)"),
        Arguments.of("8:36 AM, Dec 01", "2011-12-01T13:36Z (h:mm a, MMM d)"),
        Arguments.of("6:25 AMDec 01", "2011-12-01T11:25Z (h:mm a, MMM d)"),
        Arguments.of("8:41aDec 1", "2011-12-01T13:41Z (h:mm a, MMM d)"),
        Arguments.of("1:17 AM, Dec 02&nbsp(Estimated)", "2011-12-02T06:17Z (h:mm a, MMM d (Estimated))"),
        Arguments.of("2011-12-01 06:04 AM", "2011-12-01T11:04Z (yyyy-MM-dd h:mm a)"),
        Arguments.of("2011-12-01 10:35 am", "2011-12-01T15:35Z (yyyy-MM-dd h:mm a)"),
        Arguments.of("2011-12-01  11:14A", "2011-12-01T16:14Z (yyyy-MM-dd h:mm a)"),
        Arguments.of("2011-12-01 5:43 AM (Estimated runway)", "2011-12-01T10:43Z (yyyy-MM-dd h:mm a (Estimated runway))"),
        Arguments.of("2011-12-01 12:26 AM (runway)", "2011-12-01T05:26Z (yyyy-MM-dd h:mm a (runway))"),
        Arguments.of("2011-12-01 06:55AM CST", "2011-12-01T12:55Z (yyyy-MM-dd h:mma z)"),
        Arguments.of("12:23 AM  Fri 02-Dec-2011", "2011-12-02T05:23Z (h:mm a EEE dd-MMM-yyyy)"),
        Arguments.of("12:26 AM  Fri 02-Dec-2011 (Runway)", "2011-12-02T05:26Z (h:mm a EEE dd-MMM-yyyy (Runway))"),
        Arguments.of("Fri, Dec 2 5:54 AM", "2011-12-02T10:54Z (EEE, MMM d h:mm a)"),
        Arguments.of("Fri, Dec 2 10:05 AM            Delayed", "2011-12-02T15:05Z (EEE, MMM d h:mm a Delayed)"),
        Arguments.of("Fri, Dec 2 6:30 AM            On Time", "2011-12-02T11:30Z (EEE, MMM d h:mm a On Time)"),
        Arguments.of("2011-12-01 13:52 ", "2011-12-01T18:52Z (yyyy-MM-dd HH:mm)"),
        Arguments.of("2011-12-02 Fri  16:17", "2011-12-02T21:17Z (yyyy-MM-dd EEE HH:mm)"),
        Arguments.of("11:30A 12-01-11", "2011-12-01T16:30Z (h:mma MM-dd-yy)"),
        Arguments.of("Dec 01 - 1:55pm", "2011-12-01T18:55Z (MMM d - h:mma)"),
        Arguments.of("Dec 01 - 7:54pm*", "2011-12-02T00:54Z (MMM d - h:mma *)"),
        Arguments.of("Dec 01 - 12:00noon", "2011-12-01T17:00Z (MMM d - h:mma)"),
        Arguments.of("Dec 01 - 12:00midnight", "2011-12-01T05:00Z (MMM d - h:mma)"),
        Arguments.of("2011-12-01 11/30 11:25 AM", "2011-11-30T16:25Z (yyyy-MM-dd M/d h:mm a)"));
  }

  @ParameterizedTest
  @MethodSource("formats")
  void parse_everyFormat(String text, String expected) {
    assertThat(FlightTimes.parse(text, DAY, NEW_YORK).toString()).isEqualTo(expected);
  }

  @Test
  void parse_yearLessDateTakesTheNearestYear() {
    assertThat(FlightTimes.parse("6:20 AM, Jan 01", LocalDate.of(2011, 12, 31), NEW_YORK).toString())
        .isEqualTo("2012-01-01T11:20Z (h:mm a, MMM d)");
  }

  @Test
  void parse_yearHalfAYearOffIsRepaired() {
    assertThat(FlightTimes.parse("January 1, 2011               06:20 AM    ", LocalDate.of(2012, 1, 1), NEW_YORK)
        .toString()).isEqualTo("2012-01-01T11:20Z (MMMM d, yyyy h:mm a, year repaired)");
  }

  @Test
  void parse_zoneLessTimeIsLocalToTheAirport() {
    assertThat(FlightTimes.parse("12/01/2011 01:55 PM", DAY, ZoneId.of("America/Denver")).toString())
        .isEqualTo("2011-12-01T20:55Z (M/d/yyyy h:mm a)");
  }

  static Stream<Arguments> statements() {
    return Stream.of(
        Arguments.of("Not Available", "statement: not available"),
        Arguments.of("2011-12-01 Cancelled", "statement: cancelled"),
        Arguments.of("Dec 01 - Canceled", "statement: cancelled"),
        Arguments.of("Dec 01 - Contact Airline", "statement: contact airline"),
        Arguments.of("2011-12-04 result unknown (?) (track log &amp; graph)", "statement: result unknown"),
        Arguments.of("Dec 10 - Possible delay pending airline decision.", "statement: possible delay"),
        Arguments.of("Mon, Jan 2 Pending will update at9:21 PM", "statement: pending"),
        Arguments.of("December 8, 2011     ", "statement: date without time"),
        Arguments.of(" ", "unparsed: 'blank'"),
        Arguments.of("soon, 12:5", "unparsed: 'soon, 9:9'"),
        Arguments.of("13/45/2011 01:55 PM", "unparsed: '9/9/9 9:9 PM'"));
  }

  @ParameterizedTest
  @MethodSource("statements")
  void parse_statementsAndUnparsed(String text, String expected) {
    assertThat(FlightTimes.parse(text, DAY, NEW_YORK).toString()).isEqualTo(expected);
  }
}
