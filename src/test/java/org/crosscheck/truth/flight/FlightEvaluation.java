package org.crosscheck.truth.flight;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.crosscheck.truth.Consensus;
import org.crosscheck.truth.TruthProblem;
import org.crosscheck.value.Label;
import org.crosscheck.value.TimeValue;
import org.crosscheck.value.Value;

/**
 * Precision of a {@link Consensus} against the {@link FlightGold}: per attribute and overall, the
 * share of gold values the consensus got right, exactly and (for times) within a tolerance.
 *
 * <p>Every gold value counts, including those of items no source spoke about (they count as
 * wrong and are reported as {@code uncovered}). Gates compare by {@link Label#key()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class FlightEvaluation {

  /**
   * The figures of one attribute (or of all, {@code attribute} = {@code "overall"}).
   *
   * @param attribute the attribute's label, or {@code "overall"}
   * @param gold gold values evaluated
   * @param uncovered gold values whose item no source spoke about
   * @param exact consensus values equal to the gold
   * @param within consensus values within the tolerance of the gold (equal to {@code exact} for gates)
   */
  public record Row(String attribute, long gold, long uncovered, long exact, long within) {
    public Row {
      checkNotNull(attribute, "attribute");
    }

    public double precision() {
      return gold == 0 ? 0 : exact / (double) gold;
    }

    public double precisionWithin() {
      return gold == 0 ? 0 : within / (double) gold;
    }
  }

  private final String method;
  private final ImmutableList<Row> rows;
  private final double tolerance;

  private FlightEvaluation(String method, ImmutableList<Row> rows, double tolerance) {
    this.method = method;
    this.rows = rows;
    this.tolerance = tolerance;
  }

  /**
   * Scores {@code consensus} (over {@code problem}, as loaded by {@link FlightDataset}) against {@code gold}.
   *
   * @param toleranceMinutes the "within" tolerance for times (10 in the benchmark's figures)
   * @throws IllegalArgumentException if the tolerance is negative
   */
  public static FlightEvaluation evaluate(Consensus consensus, FlightGold gold, double toleranceMinutes) {
    checkNotNull(consensus, "consensus");
    checkNotNull(gold, "gold");
    checkArgument(toleranceMinutes >= 0, "toleranceMinutes must be >= 0, got %s", toleranceMinutes);
    TruthProblem problem = consensus.problem();
    FlightAttribute[] attrs = FlightAttribute.values();
    long[] total = new long[attrs.length];
    long[] uncovered = new long[attrs.length];
    long[] exact = new long[attrs.length];
    long[] within = new long[attrs.length];
    for (Map.Entry<String, Value> e : gold.values().entrySet()) {
      FlightAttribute a = attributeOf(e.getKey());
      int ai = a.ordinal();
      total[ai]++;
      OptionalInt item = problem.itemId(e.getKey());
      if (item.isEmpty()) {
        uncovered[ai]++;
        continue;
      }
      int i = item.getAsInt();
      if (e.getValue() instanceof TimeValue t) {
        double d = Math.abs(consensus.lo(i) - t.epochMinute());
        if (consensus.lo(i) == consensus.hi(i) && d == 0) exact[ai]++;
        if (d <= toleranceMinutes) within[ai]++;
      } else {
        String chosen = Label.of(problem.category((int) consensus.lo(i))).key();
        if (chosen.equals(((Label) e.getValue()).key())) {
          exact[ai]++;
          within[ai]++;
        }
      }
    }
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    long g = 0;
    long u = 0;
    long x = 0;
    long w = 0;
    for (FlightAttribute a : attrs) {
      int ai = a.ordinal();
      rows.add(new Row(a.label(), total[ai], uncovered[ai], exact[ai], within[ai]));
      g += total[ai];
      u += uncovered[ai];
      x += exact[ai];
      w += within[ai];
    }
    rows.add(new Row("overall", g, u, x, w));
    return new FlightEvaluation(consensus.method(), rows.build(), toleranceMinutes);
  }

  private static FlightAttribute attributeOf(String itemKey) {
    for (FlightAttribute a : FlightAttribute.values()) {
      if (itemKey.endsWith(" " + a.label())) return a;
    }
    throw new IllegalArgumentException("not a flight item key: '" + itemKey + "'");
  }

  /** The method evaluated. */
  public String method() {
    return method;
  }

  /** One row per attribute, then {@code overall}. */
  public ImmutableList<Row> rows() {
    return rows;
  }

  /** The row of {@code attribute} (a label, or {@code "overall"}). */
  public Row row(String attribute) {
    return rows.stream().filter(r -> r.attribute().equals(attribute)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no row '" + attribute + "'; rows are the attribute labels and 'overall'"));
  }

  /** The overall row. */
  public Row overall() {
    return row("overall");
  }

  /**
   * Lines comparing this evaluation with a baseline, e.g.
   * {@code flight precision (actual departure, exact): 0.912 (majority vote 0.324)}.
   */
  public String compare(FlightEvaluation baseline) {
    StringBuilder out = new StringBuilder();
    String nl = System.lineSeparator();
    for (Row r : rows) {
      Row b = baseline.row(r.attribute());
      boolean time = !r.attribute().endsWith("gate");
      out.append(String.format(Locale.ROOT, "flight precision (%s, exact): %.3f (%s %.3f)", r.attribute(),
          r.precision(), baseline.method(), b.precision())).append(nl);
      if (time) {
        out.append(String.format(Locale.ROOT, "flight precision (%s, within %s min): %.3f (%s %.3f)", r.attribute(),
            trim(tolerance), r.precisionWithin(), baseline.method(), b.precisionWithin())).append(nl);
      }
    }
    return out.toString();
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  @Override
  public String toString() {
    Row o = overall();
    return String.format(Locale.ROOT, "FlightEvaluation[%s: %.3f exact, %.3f within %s min, %d gold values]", method,
        o.precision(), o.precisionWithin(), trim(tolerance), o.gold());
  }
}
