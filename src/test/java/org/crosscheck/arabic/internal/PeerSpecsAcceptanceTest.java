package org.crosscheck.arabic.internal;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crosscheck.value.BoundType;
import org.crosscheck.value.Interval;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.Unit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.crosscheck.acceptance.PeerSpecTally;
import org.junit.jupiter.api.Test;

/**
 * Runs the number, range and percent cases of Microsoft Recognizers-Text ({@code Specs/Number/Arabic},
 * MIT) and the Numeral cases of the Duckling Arabic corpus (BSD) through {@link ArabicNumberParser}
 * and {@link ArabicQuantityParser}, and prints {@code peer specs: P of Q in scope passed}.
 *
 * <p>The data is read from {@code ../shared/peer-specs} (system property {@code crosscheck.shared});
 * it is test data and is never copied into the project. Cases judged wrong or outside what a
 * news-claim extractor needs are listed with their reason in {@code peer-spec-rejections.tsv}; they
 * are not counted in Q, and the list is printed. A rejection that matches no case fails the test, so
 * the list cannot go stale.
 *
 * <p>How a case passes:
 *
 * <ul>
 *   <li>Numbers and percentages: the found numbers (ordinals left out, as the suites have none) equal
 *       the expected ones, one to one, by text and value. A text matches when it is equal, or equal
 *       once a leading attached conjunction or preposition (و، ب، ل، ف) is taken off the expected text:
 *       our spans leave it out (بألفين is the number ألفين). Values match within 1e-9.
 *   <li>Ranges: the found bounds, ranges and equalities ("يساوي 20") equal the expected intervals. Two
 *       bounds joined by و ("أكبر من 10 وأصغر من 20") are compared as their intersection, which is what
 *       the suite writes as one interval. A bound on a fraction (أكثر من نصف) is a share in percent for
 *       us and a fraction for the suite: it is divided by 100 before comparing. For a two-sided range
 *       ("بين 20 و30") only the ends are compared: the suite writes "between" half-open, [20,30), while a
 *       news range includes both ends; one-sided bounds must also agree on open or closed. Our span may
 *       also hold the unit after the number (أكبر من ثلاثين سنة) and the ما opening a cue (ما يصل إلى).
 *   <li>Duckling numerals: the whole input is one number with the expected value.
 * </ul>
 */
@Tag("acceptance")
class PeerSpecsAcceptanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Expected(String text, String value) {}

  record Case(String suite, String input, List<Expected> expected) {}

  @Test
  void peerSpecs_passAtLeastNinetyPercentOfTheCasesInScope() throws IOException {
    Path shared = Path.of(Objects.requireNonNull(System.getProperty("crosscheck.shared"),
        "set -Dcrosscheck.shared to the shared folder (the pom sets it to ../shared)"));
    Path rt = shared.resolve("peer-specs/recognizers-text-arabic/Specs/Number/Arabic");
    List<Case> cases = new ArrayList<>();
    cases.addAll(recognizers(rt.resolve("NumberModel.json"), "RT-Number"));
    cases.addAll(recognizers(rt.resolve("NumberRangeModel.json"), "RT-NumberRange"));
    cases.addAll(recognizers(rt.resolve("PercentModel.json"), "RT-Percent"));
    cases.addAll(duckling(shared.resolve("peer-specs/duckling-ar/duckling-ar-corpus.jsonl")));
    Map<String, String> rejections = rejections();

    PeerSpecTally tally = new PeerSpecTally(rejections);
    tally.countAll(cases, Case::suite, Case::input, Case::expected, PeerSpecsAcceptanceTest::run);
    tally.print("");
    tally.check(90);
  }

  // ---- running one case -------------------------------------------------------------------------

  /** {@code null} when the case passes, else what we found. */
  private static @Nullable String run(Case c) {
    return switch (c.suite()) {
      case "RT-Number" -> compareNumbers(c, false);
      case "RT-Percent" -> compareNumbers(c, true);
      case "RT-NumberRange" -> compareRanges(c);
      default -> compareWhole(c);
    };
  }

  private static @Nullable String compareNumbers(Case c, boolean percent) {
    List<Expected> ours = new ArrayList<>();
    for (NumberMatch m : ArabicNumberParser.instance().find(c.input()).matches()) {
      if (m.kind() == NumberMatch.Kind.ORDINAL) continue;
      if (percent != (m.kind() == NumberMatch.Kind.PERCENT)) continue;
      ours.add(new Expected(m.text(), m.value().toPlainString()));
    }
    List<Expected> expected = new ArrayList<>();
    for (Expected e : c.expected()) expected.add(new Expected(e.text(), e.value().replace("%", "")));
    return sameSets(expected, ours, false) ? null : "found " + ours;
  }

  private static @Nullable String compareWhole(Case c) {
    List<NumberMatch> found = ArabicNumberParser.instance().find(c.input()).matches().stream()
        .filter(m -> m.kind() != NumberMatch.Kind.ORDINAL).toList();
    String want = c.expected().get(0).value();
    if (found.size() == 1 && found.get(0).text().equals(c.input().strip()) && sameValue(want, found.get(0).value())) {
      return null;
    }
    return "found " + found;
  }

  private static @Nullable String compareRanges(Case c) {
    List<QuantityMatch> qs = ArabicQuantityParser.instance().find(c.input()).matches();
    List<Expected> ours = new ArrayList<>();
    QuantityMatch pending = null;
    for (QuantityMatch q : qs) {
      boolean equality = q.quantity() instanceof Quantity.Exact && q.cue() != null
          && (q.cue().contains("يساوي") || q.cue().contains("تساوي"));
      if (!(q.quantity() instanceof Quantity.Bound) && !(q.quantity() instanceof Quantity.Between) && !equality) continue;
      if (pending != null && joinable(c.input(), pending, q)) {
        Interval both = interval(pending).intersection(interval(q));
        if (both != null) {
          ours.remove(ours.size() - 1);
          ours.add(new Expected(c.input().substring(pending.span().start(), q.span().end()), "strict" + show(both)));
          pending = null;
          continue;
        }
      }
      ours.add(new Expected(q.text(), (q.quantity() instanceof Quantity.Between ? "ends" : "strict") + show(interval(q))));
      pending = q.quantity() instanceof Quantity.Bound ? q : null;
    }
    return sameSets(c.expected(), ours, true) ? null : "found " + ours;
  }

  /** A lower and an upper bound joined by و: "أكثر من 10 وأقل من 20". */
  private static boolean joinable(String input, QuantityMatch a, QuantityMatch b) {
    if (!(a.quantity() instanceof Quantity.Bound x) || !(b.quantity() instanceof Quantity.Bound y)) return false;
    if (lower(x.kind()) == lower(y.kind())) return false;
    String between = input.substring(a.span().end(), b.span().start()).strip();
    return between.isEmpty() || between.equals("و");
  }

  private static boolean lower(Quantity.Bound.Kind k) {
    return k == Quantity.Bound.Kind.AT_LEAST || k == Quantity.Bound.Kind.MORE_THAN;
  }

  /** The interval of a quantity, a share from a fraction word put back on the scale of 1. */
  private static Interval interval(QuantityMatch q) {
    Interval i = q.quantity().interval();
    boolean fractionShare = q.quantity().unit().equals(Unit.PERCENT) && !q.text().contains("%")
        && !q.text().contains("\u066a") && !q.text().contains("مئة") && !q.text().contains("مائة");
    if (!fractionShare) {
      if (q.quantity() instanceof Quantity.Bound b) {
        // the raw bound, not the share clamped to [0..100]
        return switch (b.kind()) {
          case AT_LEAST -> Interval.atLeast(b.value());
          case MORE_THAN -> Interval.greaterThan(b.value());
          case AT_MOST -> Interval.atMost(b.value());
          case LESS_THAN -> Interval.lessThan(b.value());
        };
      }
      return i;
    }
    Quantity.Bound b = (Quantity.Bound) q.quantity();
    BigDecimal v = b.value().divide(BigDecimal.valueOf(100), MathContext.DECIMAL64);
    return switch (b.kind()) {
      case AT_LEAST -> Interval.atLeast(v);
      case MORE_THAN -> Interval.greaterThan(v);
      case AT_MOST -> Interval.atMost(v);
      case LESS_THAN -> Interval.lessThan(v);
    };
  }

  /** The suite's notation: {@code [20,30)}, {@code (,100]}. */
  private static String show(Interval i) {
    return (i.lowerType() == BoundType.CLOSED ? "[" : "(") + (i.lower() == null ? "" : i.lower().toPlainString()) + ","
        + (i.upper() == null ? "" : i.upper().toPlainString()) + (i.upperType() == BoundType.CLOSED ? "]" : ")");
  }

  private static boolean sameSets(List<Expected> expected, List<Expected> ours, boolean intervals) {
    if (expected.size() != ours.size()) return false;
    List<Expected> left = new ArrayList<>(ours);
    for (Expected e : expected) {
      Expected hit = null;
      for (Expected o : left) {
        boolean text = intervals ? sameRangeText(e.text(), o.text()) : sameText(e.text(), o.text());
        if (text && (intervals ? sameInterval(e.value(), o.value()) : sameValue(e.value(), o.value()))) {
          hit = o;
          break;
        }
      }
      if (hit == null) return false;
      left.remove(hit);
    }
    return true;
  }

  private static boolean sameText(String expected, String ours) {
    String e = expected.strip();
    String o = ours.strip();
    if (e.equals(o)) return true;
    return e.length() > 1 && "وبلف".indexOf(e.charAt(0)) >= 0 && e.substring(1).strip().equals(o);
  }

  /**
   * Span leniency for ranges: our span may also hold the unit after the number (أكبر من ثلاثين سنة)
   * and the ما that opens some cues (ما يصل إلى 700), which the suite leaves out.
   */
  private static boolean sameRangeText(String expected, String ours) {
    if (sameText(expected, ours)) return true;
    String e = expected.strip();
    String o = ours.strip();
    if (o.startsWith("ما ") && sameText(e, o.substring(3))) return true;
    if (o.startsWith(e)) {
      String rest = o.substring(e.length()).strip();
      return !rest.isEmpty() && rest.chars().noneMatch(Character::isDigit) && rest.split(" ").length <= 2;
    }
    return false;
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

  /** Compares {@code [20,30)} with ours, tagged "ends" (compare ends only) or "strict". */
  private static boolean sameInterval(String expected, String ours) {
    boolean endsOnly = ours.startsWith("ends");
    String o = ours.substring(endsOnly ? 4 : 6);
    String e = expected.strip();
    if (e.length() < 3 || o.length() < 3) return false;
    String[] ep = e.substring(1, e.length() - 1).split(",", -1);
    String[] op = o.substring(1, o.length() - 1).split(",", -1);
    if (ep.length != 2 || op.length != 2) return false;
    for (int k = 0; k < 2; k++) {
      if (ep[k].isEmpty() != op[k].isEmpty()) return false;
      if (!ep[k].isEmpty() && !sameValue(ep[k], op[k])) return false;
    }
    if (endsOnly) return true;
    return e.charAt(0) == o.charAt(0) && e.charAt(e.length() - 1) == o.charAt(o.length() - 1);
  }

  // ---- reading the suites ----------------------------------------------------------------------

  private static List<Case> recognizers(Path file, String suite) throws IOException {
    List<Case> out = new ArrayList<>();
    for (JsonNode m : JSON.readTree(withoutByteOrderMark(Files.readString(file, StandardCharsets.UTF_8)))) {
      List<Expected> expected = new ArrayList<>();
      for (JsonNode r : m.path("Results")) {
        JsonNode value = r.path("Resolution").path("value");
        expected.add(new Expected(r.path("Text").asText(), value.isMissingNode() || value.isNull() ? "" : value.asText()));
      }
      out.add(new Case(suite, m.path("Input").asText(), expected));
    }
    return out;
  }

  private static List<Case> duckling(Path file) throws IOException {
    List<Case> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      JsonNode m = JSON.readTree(withoutByteOrderMark(line));
      if (!"Numeral".equals(m.path("dimension").asText())) continue;
      String text = m.path("text").asText();
      String value = m.path("expected_hs").asText().replace("NumeralValue", "").replace("(", "").replace(")", "").strip();
      out.add(new Case("Duckling-Numeral", text, List.of(new Expected(text, value))));
    }
    return out;
  }

  /** Some exported suites begin with a byte-order mark, which a JSON parser reads as a stray character. */
  private static String withoutByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Suite + TAB + input, to the reason. Fields are not trimmed: some inputs start with a space. */
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
