package org.crosscheck.english.internal;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.value.DayRange;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.Unit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.crosscheck.acceptance.PeerSpecTally;
import org.junit.jupiter.api.Test;

/**
 * Runs English cases of Microsoft Recognizers-Text ({@code Specs/Number/English}: numbers, percents,
 * ordinals; MIT) and of the Duckling English corpus (numerals, ordinals, distances, durations, and
 * times at the grain of a day, week, month or year; BSD) through the English value readers, and
 * prints {@code peer specs (en): P of Q in scope passed}.
 *
 * <p>The data is read from {@code ../shared/peer-specs} (system property {@code crosscheck.shared});
 * it is test data and is never copied into the project. Cases judged wrong or outside what a
 * news-claim extractor needs are listed with their reason in {@code peer-spec-rejections.tsv}; they
 * are not counted in Q, and the list is printed. A rejection that matches no case fails the test.
 *
 * <p>Out of scope as whole families (not listed case by case): Duckling's Quantity (grams, cups,
 * pounds: no news measure), its Time examples at the grain of an hour, minute or second (times of
 * day), Recognizers-Text's DateTime and NumberWithUnit specs, which need another harness (its
 * reference times and Timex values); the number-range model is left for later.
 *
 * <p>How a case passes:
 *
 * <ul>
 *   <li>Recognizers-Text numbers, percents and ordinals: the numbers found (of that kind) equal the
 *       expected ones, one to one, by text and value (within 1e-9).
 *   <li>Duckling numerals and ordinals: the whole input is one number of the expected value.
 *   <li>Duckling distances and durations: the whole input is one quantity of the expected value and
 *       unit; a negative example must give none.
 *   <li>Duckling times: the first date found, resolved against Tuesday 2013-02-12, covers the same
 *       days as the expected value (an interval's end is exclusive). Duckling resolves a weekday or a
 *       date without a year forward (a calendar assistant); the extractor resolves them backward
 *       (news reports the past), so a date the suite puts after the reference time also passes when
 *       ours is the same calendar date one week (a weekday) or one year (a date) earlier.
 * </ul>
 */
@Tag("acceptance")
class PeerSpecsAcceptanceTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Lexicon LEXICON = Lexicon.standard();
  static final EnglishNumbers NUMBERS = new EnglishNumbers(LEXICON);
  static final EnglishQuantities QUANTITIES = new EnglishQuantities(LEXICON);
  static final EnglishDates DATES = new EnglishDates(LEXICON);
  static final LocalDate DUCKLING_NOW = LocalDate.of(2013, 2, 12);

  record Expected(String text, String value) {}

  record Case(String suite, String input, List<Expected> expected) {}

  @Test
  void peerSpecs_passAtLeastNinetyFivePercentOfTheCasesInScope() throws IOException {
    Path shared = Path.of(Objects.requireNonNull(System.getProperty("crosscheck.shared"),
        "set -Dcrosscheck.shared to the shared folder (the pom sets it to ../shared)"));
    Path rt = shared.resolve("peer-specs/recognizers-text-english/Specs/Number/English");
    List<Case> cases = new ArrayList<>();
    cases.addAll(recognizers(rt.resolve("NumberModel.json"), "RT-Number"));
    cases.addAll(recognizers(rt.resolve("PercentModel.json"), "RT-Percent"));
    cases.addAll(recognizers(rt.resolve("OrdinalModel.json"), "RT-Ordinal"));
    cases.addAll(duckling(shared.resolve("peer-specs/duckling-en/duckling-en-corpus.jsonl")));
    Map<String, String> rejections = rejections();

    PeerSpecTally tally = new PeerSpecTally(rejections);
    tally.countAll(cases, Case::suite, Case::input, Case::expected, PeerSpecsAcceptanceTest::run);
    tally.print(" (en)");
    tally.check(95);
  }

  // ---- running one case -------------------------------------------------------------------------

  /** {@code null} when the case passes, else what we found. */
  static @Nullable String run(Case c) {
    return switch (c.suite()) {
      case "RT-Number" -> compareNumbers(c, NumberMention.Form.CARDINAL);
      case "RT-Ordinal" -> compareNumbers(c, NumberMention.Form.ORDINAL);
      case "RT-Percent" -> comparePercents(c);
      case "Duckling-Numeral" -> compareWhole(c, NumberMention.Form.CARDINAL);
      case "Duckling-Ordinal" -> compareWhole(c, NumberMention.Form.ORDINAL);
      case "Duckling-Distance", "Duckling-Duration" -> compareQuantity(c);
      case "Duckling-Time" -> compareDate(c);
      default -> "unknown suite";
    };
  }

  private static @Nullable String compareNumbers(Case c, NumberMention.Form form) {
    EnglishDocument d = EnglishDocument.of(c.input());
    List<Expected> ours = new ArrayList<>();
    for (NumberMention m : NUMBERS.findAll(d)) {
      boolean ordinal = m.form() == NumberMention.Form.ORDINAL;
      if (ordinal != (form == NumberMention.Form.ORDINAL)) continue;
      ours.add(new Expected(d.text(m.from(), m.to()), m.value().toPlainString()));
    }
    return sameSets(c.expected(), ours) ? null : "found " + ours;
  }

  private static @Nullable String comparePercents(Case c) {
    EnglishDocument d = EnglishDocument.of(c.input());
    List<Expected> ours = new ArrayList<>();
    for (QuantityMention q : QUANTITIES.findAll(d)) {
      if (!q.quantity().unit().equals(Unit.PERCENT) || q.quantity().point() == null) continue;
      ours.add(new Expected(d.text(q.from(), q.to()), q.quantity().point().toPlainString() + "%"));
    }
    return sameSets(c.expected(), ours) ? null : "found " + ours;
  }

  private static @Nullable String compareWhole(Case c, NumberMention.Form form) {
    EnglishDocument d = EnglishDocument.of(c.input());
    List<NumberMention> found = NUMBERS.findAll(d);
    String want = c.expected().get(0).value();
    // our span leaves out the "of" of "a couple of"
    int end = d.key(d.size() - 1).equals("of") ? d.size() - 1 : d.size();
    if (found.size() == 1 && found.get(0).from() == 0 && found.get(0).to() == end
        && (found.get(0).form() == NumberMention.Form.ORDINAL) == (form == NumberMention.Form.ORDINAL)
        && sameValue(want, found.get(0).value())) {
      return null;
    }
    return "found " + found;
  }

  private static final Pattern SIMPLE = Pattern.compile("simple (\\w+) ([0-9.]+)");
  private static final Pattern DURATION = Pattern.compile("DurationData ([0-9.]+) (\\w+)");
  private static final Pattern BETWEEN = Pattern.compile("between (\\w+) \\(([0-9.]+), ([0-9.]+)\\)");
  private static final Pattern BOUND = Pattern.compile("(under|above) (\\w+) ([0-9.]+)");

  /** Duckling's unit names to ours, with their size in minutes for durations of fixed size. */
  private static String unitId(String duckling) {
    return switch (duckling) {
      case "Kilometre" -> "km";
      case "Metre" -> "m";
      case "Mile" -> "mi";
      case "Minute" -> "minute";
      case "Hour" -> "hour";
      case "Day" -> "day";
      case "Week" -> "week";
      case "Month" -> "month";
      case "Year" -> "year";
      default -> duckling;
    };
  }

  private static @Nullable BigDecimal minutes(String unitId) {
    return switch (unitId) {
      case "Second" -> BigDecimal.ONE.divide(BigDecimal.valueOf(60), java.math.MathContext.DECIMAL64);
      case "minute" -> BigDecimal.ONE;
      case "hour" -> BigDecimal.valueOf(60);
      case "day" -> BigDecimal.valueOf(1440);
      case "week" -> BigDecimal.valueOf(10080);
      default -> null;
    };
  }

  /** Equal values in one unit, or equal durations of fixed size in minutes (90 minutes = 1.5 hours). */
  private static boolean sameAmount(String value, String unitId, BigDecimal ours, Unit unit) {
    if (unit.id().equals(unitId)) return sameValue(value, ours);
    BigDecimal a = minutes(unitId);
    BigDecimal b = minutes(unit.id());
    if (a == null || b == null) return false;
    BigDecimal want = new BigDecimal(value).multiply(a);
    BigDecimal got = ours.multiply(b);
    return want.subtract(got).abs().compareTo(new BigDecimal("1e-6")) <= 0;
  }

  private static @Nullable String compareQuantity(Case c) {
    EnglishDocument d = EnglishDocument.of(c.input());
    List<QuantityMention> found = QUANTITIES.findAll(d);
    String want = c.expected().isEmpty() ? null : c.expected().get(0).value();
    if (want == null) return found.isEmpty() ? null : "found " + found;
    if (found.size() != 1 || found.get(0).to() != d.size()) return "found " + found;
    Quantity q = found.get(0).quantity();
    Matcher m = SIMPLE.matcher(want);
    Matcher du = DURATION.matcher(want);
    Matcher between = BETWEEN.matcher(want);
    Matcher bound = BOUND.matcher(want);
    boolean ok;
    if (m.find()) {
      ok = q instanceof Quantity.Exact e && sameAmount(m.group(2), unitId(m.group(1)), e.value(), e.unit());
    } else if (du.find()) {
      ok = q instanceof Quantity.Exact e && sameAmount(du.group(1), unitId(du.group(2)), e.value(), e.unit());
    } else if (between.find()) {
      ok = q instanceof Quantity.Between b && b.unit().id().equals(unitId(between.group(1)))
          && sameValue(between.group(2), b.low()) && sameValue(between.group(3), b.high());
    } else if (bound.find()) {
      boolean above = bound.group(1).equals("above");
      ok = q instanceof Quantity.Bound b && b.unit().id().equals(unitId(bound.group(2)))
          && sameValue(bound.group(3), b.value()) && above == (b.kind() == Quantity.Bound.Kind.AT_LEAST
          || b.kind() == Quantity.Bound.Kind.MORE_THAN);
    } else {
      return "cannot read " + want;
    }
    return ok ? null : "found " + found;
  }

  private static final Pattern DATETIME = Pattern.compile("\\((\\d+), (\\d+), (\\d+), \\d+, \\d+, \\d+\\)");

  private static @Nullable String compareDate(Case c) {
    EnglishDocument d = EnglishDocument.of(c.input());
    List<DateMention> found = DATES.findAll(d, DUCKLING_NOW, new boolean[d.size()]);
    String want = c.expected().isEmpty() ? null : c.expected().get(0).value();
    if (want == null) return found.isEmpty() ? null : "found " + found;
    DayRange expected = expectedRange(want);
    if (expected == null) return "cannot read " + want;
    if (!found.isEmpty()) {
      DayRange ours = found.get(0).value().range();
      if (ours.equals(expected)) return null;
      // the suite resolves forward, news backward: the same calendar date a year or a week earlier passes
      if (expected.start() != null && expected.start().isAfter(DUCKLING_NOW) && expected.end() != null
          && (ours.equals(new DayRange(expected.start().minusYears(1), expected.end().minusYears(1)))
          || ours.equals(new DayRange(expected.start().minusDays(7), expected.end().minusDays(7))))) {
        return null;
      }
    }
    return "found " + found + ", want " + expected;
  }

  /** The days a Duckling datetime or interval covers: a day, the week from that day, a month, a year. */
  static @Nullable DayRange expectedRange(String hs) {
    Matcher m = DATETIME.matcher(hs);
    List<LocalDate> days = new ArrayList<>();
    while (m.find()) {
      days.add(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    }
    if (days.isEmpty()) return null;
    String grain = hs.substring(hs.lastIndexOf(' ') + 1);
    if (hs.startsWith("datetimeInterval") && days.size() == 2) return new DayRange(days.get(0), days.get(1));
    LocalDate d = days.get(0);
    return switch (grain) {
      case "Day" -> DayRange.of(d);
      case "Week" -> new DayRange(d, d.plusDays(7));
      case "Month" -> new DayRange(d.withDayOfMonth(1), d.withDayOfMonth(1).plusMonths(1));
      case "Quarter" -> new DayRange(d.withDayOfMonth(1), d.withDayOfMonth(1).plusMonths(3));
      case "Year" -> new DayRange(d.withDayOfYear(1), d.withDayOfYear(1).plusYears(1));
      default -> null;
    };
  }

  private static boolean sameSets(List<Expected> expected, List<Expected> ours) {
    if (expected.size() != ours.size()) return false;
    List<Expected> left = new ArrayList<>(ours);
    for (Expected e : expected) {
      Expected hit = null;
      for (Expected o : left) {
        if (e.text().strip().equalsIgnoreCase(o.text().strip()) && sameValue(e.value().replace("%", ""), o.value().replace("%", ""))) {
          hit = o;
          break;
        }
      }
      if (hit == null) return false;
      left.remove(hit);
    }
    return true;
  }

  private static boolean sameValue(String expected, Object ours) {
    try {
      BigDecimal e = new BigDecimal(expected.strip());
      BigDecimal o = ours instanceof BigDecimal b ? b : new BigDecimal(ours.toString());
      BigDecimal tolerance = e.abs().max(BigDecimal.ONE).multiply(new BigDecimal("1e-9"));
      return e.subtract(o).abs().compareTo(tolerance) <= 0;
    } catch (NumberFormatException notANumber) {
      return false;
    }
  }

  // ---- reading the suites ----------------------------------------------------------------------

  private static List<Case> recognizers(Path file, String suite) throws IOException {
    List<Case> out = new ArrayList<>();
    for (JsonNode m : JSON.readTree(Files.readString(file, StandardCharsets.UTF_8))) {
      List<Expected> expected = new ArrayList<>();
      for (JsonNode r : m.path("Results")) {
        JsonNode value = r.path("Resolution").path("value");
        expected.add(new Expected(r.path("Text").asText(), value.isMissingNode() || value.isNull() ? "" : value.asText()));
      }
      out.add(new Case(suite, m.get("Input").asText(), expected));
    }
    return out;
  }

  private static List<Case> duckling(Path file) throws IOException {
    List<Case> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      JsonNode m = JSON.readTree(line);
      String dimension = m.get("dimension").asText();
      String hs = m.get("expected_hs").isNull() ? null : m.get("expected_hs").asText();
      String text = m.get("text").asText();
      switch (dimension) {
        case "Numeral" -> out.add(new Case("Duckling-Numeral", text,
            List.of(new Expected(text, hs.replace("NumeralValue", "").replace("(", "").replace(")", "").strip()))));
        case "Ordinal" -> out.add(new Case("Duckling-Ordinal", text,
            List.of(new Expected(text, hs.replace("OrdinalData", "").strip()))));
        case "Distance", "Duration" -> out.add(new Case("Duckling-" + dimension, text,
            hs == null ? List.of() : List.of(new Expected(text, hs))));
        case "Time" -> {
          // times of day are out of scope as a family: only day, week, month, quarter and year grains
          if (hs != null && !(hs.endsWith(" Day") || hs.endsWith(" Week") || hs.endsWith(" Month")
              || hs.endsWith(" Year") || hs.endsWith(" Quarter"))) {
            continue;
          }
          out.add(new Case("Duckling-Time", text, hs == null ? List.of() : List.of(new Expected(text, hs))));
        }
        default -> { }
      }
    }
    return out;
  }

  /** Suite + TAB + input, to the reason. */
  private static Map<String, String> rejections() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in = PeerSpecsAcceptanceTest.class.getResourceAsStream("peer-spec-rejections.tsv")) {
      if (in == null) throw new IOException("peer-spec-rejections.tsv is missing from the test resources");
      int number = 0;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        number++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t", -1);
        if (f.length != 3 || f[2].isBlank()) {
          throw new IOException("peer-spec-rejections.tsv line " + number + " needs suite, input and reason, got: " + line);
        }
        out.put(f[0] + "\t" + f[1], f[2]);
      }
    }
    return out;
  }
}
