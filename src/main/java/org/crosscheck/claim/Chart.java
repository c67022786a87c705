package org.crosscheck.claim;

import static com.google.common.base.Preconditions.checkNotNull;

import static org.crosscheck.claim.internal.Html.esc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.Interval;
import org.crosscheck.value.Label;
import org.crosscheck.value.IntervalPolicy;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.TimeValue;
import org.crosscheck.value.Unit;
import org.crosscheck.value.Value;
import org.jspecify.annotations.Nullable;
import org.crosscheck.claim.internal.Html;

/**
 * Small inline SVG charts for the HTML fragments: values of one group on a shared axis (one row
 * per claim: hedges as dashed whiskers, ranges as bars, vague quantities as faint bars, one-sided
 * bounds as arrows to the edge, the consensus as a shaded band), an overview timeline of dated
 * events by place, and a time series of estimates of one quantity over time. Charts are as wide
 * as their data needs: a group of one or two claims gets a small chart, not a full-width one.
 *
 * <p>Every element carries a class that the library's one scoped style sheet colours, so
 * a host page's CSS cannot repaint it. Immutable and thread-safe.
 */
public final class Chart {
  /** Width of a chart for a handful of values. */
  public static final int SMALL = 160;
  /** Width of a chart for many values. */
  public static final int WIDE = 360;
  static final int HEIGHT = 20;
  static final int PAD = 10;

  private final double lo;
  private final double hi;
  private final String title;
  private final Kind kind;
  private final @Nullable Unit unit;
  private final int width;
  private final IntervalPolicy policy;

  private enum Kind { NUMBER, DAY, MINUTE }

  private Chart(double lo, double hi, String title, Kind kind, @Nullable Unit unit, int width, IntervalPolicy policy) {
    this.policy = policy;
    this.lo = lo;
    this.hi = hi;
    this.title = title;
    this.kind = kind;
    this.unit = unit;
    this.width = width;
  }

  /** What the axis measures: {@code count}, {@code timeline}, a unit's plural. */
  public String title() {
    return title;
  }

  /** The chart's width in pixels. */
  public int width() {
    return width;
  }

  /**
   * The shared axis of these values and the consensus, {@code width} pixels wide; {@code null}
   * when the values have no common axis (labels, mixed kinds).
   */
  public static @Nullable Chart of(List<Value> values, @Nullable Value consensus, int width) {
    return of(values, consensus, width, IntervalPolicy.DEFAULT);
  }

  /**
   * The shared axis of these values and the consensus, each hedged value drawn over the interval
   * {@code policy} gives it (a report's rule set: "about 25%" is 24.5 to 25.5 under the default
   * rules, as the verdicts read it); {@code null} when the values have no common axis.
   */
  public static @Nullable Chart of(List<Value> values, @Nullable Value consensus, int width, IntervalPolicy policy) {
    checkNotNull(policy, "policy");
    if (values.isEmpty()) return null;
    Value first = values.get(0);
    if (first instanceof Label) return null;
    Kind kind = first instanceof DateValue ? Kind.DAY : first instanceof TimeValue ? Kind.MINUTE : Kind.NUMBER;
    Unit unit = null;
    if (kind == Kind.NUMBER) {
      if (!(first instanceof Quantity q0)) return null;
      unit = q0.unit();
      for (Value v : values) {
        if (!(v instanceof Quantity q)) return null;
        if (!q.unit().equals(unit)) unit = unit.base();
      }
    }
    List<Interval> forms = new ArrayList<>();
    for (Value v : values) {
      Interval f = form(v, kind, unit, policy);
      if (f != null) forms.add(f);
    }
    if (consensus != null) {
      Interval f = form(consensus, kind, unit, policy);
      if (f != null) forms.add(f);
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Interval f : forms) {
      for (BigDecimal b : new BigDecimal[] {f.lower(), f.upper()}) {
        if (b == null) continue;
        lo = Math.min(lo, b.doubleValue());
        hi = Math.max(hi, b.doubleValue());
      }
    }
    if (lo == Double.POSITIVE_INFINITY) return null;
    double span = hi - lo;
    double pad = span == 0 ? Math.max(1, Math.abs(lo) * 0.1) : span * 0.08;
    lo -= pad;
    hi += pad;
    if (kind == Kind.NUMBER && lo < 0 && forms.stream().allMatch(f -> f.lower() == null || f.lower().signum() >= 0)) lo = 0;
    String title = switch (kind) {
      case DAY -> "timeline";
      case MINUTE -> "time (UTC)";
      case NUMBER -> unit == null || unit.equals(Unit.ONE) ? "count" : unit.plural();
    };
    return new Chart(lo, hi, title, kind, unit, width, policy);
  }

  private static @Nullable Interval form(Value v, Kind kind, @Nullable Unit unit, IntervalPolicy policy) {
    if (v instanceof Quantity q && kind == Kind.NUMBER) {
      Interval iv = q.interval(policy);
      return q.unit().equals(unit) ? iv : q.unit().toBase(iv);
    }
    if (v instanceof DateValue d && kind == Kind.DAY) return d.range().toInterval();
    if (v instanceof TimeValue t && kind == Kind.MINUTE) return t.interval();
    return null;
  }

  private double x(double v) {
    return PAD + (v - lo) / (hi - lo) * (width - 2 * PAD);
  }

  /**
   * One row: {@code value} on the axis over the shaded {@code consensus} (none for a tie or no
   * consensus), drawn in the colour of its {@code role} (backs, dissents, superseded, tied, …).
   */
  public String row(Value value, @Nullable Value consensus, String role) {
    return row(value, consensus, role, true);
  }

  /**
   * One row, with or without the tooltip that gives the value and its canonical form (a large
   * report leaves it out: the row's table cells say the value).
   */
  public String row(Value value, @Nullable Value consensus, String role, boolean titled) {
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"cc-row\" width=\"").append(width).append("\" height=\"").append(HEIGHT).append("\">");
    if (consensus != null) {
      Interval kf = form(consensus, kind, unit, policy);
      if (kf != null) {
        double a = kf.lower() == null ? PAD : x(kf.lower().doubleValue());
        double b = kf.upper() == null ? width - PAD : x(kf.upper().doubleValue());
        s.append("<rect class=\"cc-bg\" x=\"").append(f(a - 1)).append("\" y=\"0\" width=\"")
            .append(f(Math.max(2, b - a + 2))).append("\" height=\"").append(HEIGHT).append("\"/>");
      }
    }
    Interval iv = form(value, kind, unit, policy);
    String cls = "cc-mark cc-" + role;
    if (iv != null) {
      double a = iv.lower() == null ? PAD : x(iv.lower().doubleValue());
      double b = iv.upper() == null ? width - PAD : x(iv.upper().doubleValue());
      double mid = HEIGHT / 2.0;
      if (value instanceof Quantity.Approximate ap) {
        java.math.BigDecimal base = ap.unit().toBase(Interval.point(ap.center())).lower();
        double cx = x(unit != null && ap.unit().equals(unit) || base == null ? ap.center().doubleValue()
            : base.doubleValue());
        s.append("<line class=\"").append(cls).append(" cc-hedge\" x1=\"").append(f(a)).append("\" x2=\"").append(f(b))
            .append("\" y1=\"").append(f(mid)).append("\" y2=\"").append(f(mid)).append("\"/>")
            .append("<line class=\"").append(cls).append(" cc-cap\" x1=\"").append(f(a)).append("\" x2=\"").append(f(a))
            .append("\" y1=\"5\" y2=\"15\"/><line class=\"").append(cls).append(" cc-cap\" x1=\"").append(f(b))
            .append("\" x2=\"").append(f(b)).append("\" y1=\"5\" y2=\"15\"/>")
            .append("<circle class=\"").append(cls).append(" cc-point\" cx=\"").append(f(cx)).append("\" cy=\"")
            .append(f(mid)).append("\" r=\"4\"/>");
      } else if (iv.isPoint() && kind != Kind.DAY) {
        s.append("<circle class=\"").append(cls).append(" cc-point\" cx=\"").append(f(a)).append("\" cy=\"")
            .append(f(mid)).append("\" r=\"4\"/>");
      } else {
        String shape = value instanceof Quantity.Vague ? " cc-vague" : iv.isBounded() ? " cc-range" : " cc-bound";
        s.append("<rect class=\"").append(cls).append(shape).append("\" x=\"").append(f(a)).append("\" y=\"5\" width=\"")
            .append(f(Math.max(3, b - a))).append("\" height=\"10\"/>");
        if (iv.lower() == null) s.append(arrow(PAD, -1, cls));
        if (iv.upper() == null) s.append(arrow(width - PAD, 1, cls));
      }
    }
    if (titled) s.append("<title>").append(esc(value + "  " + Html.canonical(value))).append("</title>");
    return s.append("</svg>").toString();
  }

  private static String arrow(double x, int dir, String cls) {
    return "<polygon class=\"" + cls + " cc-arrow\" points=\"" + f(x) + ",10 " + f(x - 7 * dir) + ",4 "
        + f(x - 7 * dir) + ",16\"/>";
  }

  /** The axis with its ticks, to put under the rows. */
  public String ticks() {
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"cc-ticks\" width=\"").append(width).append("\" height=\"24\" viewBox=\"0 0 ").append(width)
        .append(" 24\"><line class=\"cc-axis\" x1=\"").append(PAD).append("\" x2=\"").append(width - PAD)
        .append("\" y1=\"2\" y2=\"2\"/>");
    List<Double> ticks = tickValues(lo, hi, kind == Kind.DAY, kind == Kind.DAY ? Math.max(2, width / 80) : width >= WIDE ? 6 : 3);
    for (double t : ticks) {
      double x = x(t);
      s.append("<line class=\"cc-axis\" x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"2\" y2=\"7\"/>")
          .append("<text class=\"cc-label\" x=\"").append(f(x)).append("\" y=\"19\" text-anchor=\"")
          .append(anchor(x, 0, width)).append("\">").append(esc(tickLabel(t))).append("</text>");
    }
    return s.append("</svg>").toString();
  }

  private static List<Double> tickValues(double lo, double hi, boolean days, int most) {
    double span = hi - lo;
    double step = Math.pow(10, Math.floor(Math.log10(span / most)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (span / (step * m) <= most) {
        step *= m;
        break;
      }
    }
    if (days) step = Math.max(1, Math.round(step));
    List<Double> out = new ArrayList<>();
    for (double t = Math.ceil(lo / step) * step; t <= hi && out.size() < 8; t += step) out.add(t);
    return out;
  }

  private String tickLabel(double t) {
    return switch (kind) {
      case DAY -> dayLabel(t);
      case MINUTE -> Instant.ofEpochSecond(Math.round(t) * 60).toString().substring(11, 16);
      case NUMBER -> number(t);
    };
  }

  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

  /** {@code 3 Nov 2017}: short enough for a small chart, and never read in the wrong order. */
  private static String dayLabel(double t) {
    LocalDate d = LocalDate.ofEpochDay(Math.round(t));
    return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
  }

  /** Where a label sits on its tick: at the edges it keeps inside the chart. */
  private static String anchor(double x, double left, double right) {
    if (x - left < 32) return "start";
    if (right - x < 32) return "end";
    return "middle";
  }

  private static String number(double t) {
    return new BigDecimal(t).setScale(t == Math.rint(t) ? 0 : 2, RoundingMode.HALF_EVEN).stripTrailingZeros()
        .toPlainString();
  }

  /** A coordinate to the half pixel (marks at most {@link #WIDE} wide need no finer), without a trailing {@code .0}. */
  static String f(double v) {
    double half = Math.round(v * 2) / 2.0;
    String s = String.format(Locale.ROOT, "%.1f", half);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  // ---------------------------------------------------------------- timeline and time series

  /**
   * One dated event for the overview timeline.
   *
   * @param row the row it is drawn in (a place)
   * @param from first day
   * @param until the day after the last (exclusive)
   * @param cls the class of its mark: {@code cc-genuine}, {@code cc-explained}, {@code cc-agree}, …
   * @param title what a reader sees on hovering
   */
  public record Event(String row, LocalDate from, LocalDate until, String cls, String title) {}

  /**
   * The overview timeline: one row per place (in the order first given), each event a dot (one
   * day) or a bar (a span of days), coloured by its class. As wide as the span of days needs, from
   * {@link #SMALL} for a few days to {@link #WIDE}.
   */
  public static String timeline(List<Event> events) {
    if (events.isEmpty()) return "";
    Map<String, List<Event>> rows = new LinkedHashMap<>();
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (Event e : events) {
      rows.computeIfAbsent(e.row(), k -> new ArrayList<>()).add(e);
      first = Math.min(first, e.from().toEpochDay());
      last = Math.max(last, e.until().toEpochDay());
    }
    int labelW = 130;
    int plot = (int) Math.max(SMALL, Math.min(WIDE + 200, (last - first) * 14));
    int w = labelW + plot + PAD;
    int rowH = 18;
    int h = rows.size() * rowH + 26;
    double lo = first - 0.5;
    double hi = last + 0.5;
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"cc-timeline\" width=\"").append(w).append("\" height=\"").append(h).append("\" viewBox=\"0 0 ")
        .append(w).append(' ').append(h).append("\" role=\"img\">");
    int y = 0;
    for (Map.Entry<String, List<Event>> row : rows.entrySet()) {
      double mid = y + rowH / 2.0;
      s.append("<line class=\"cc-grid\" x1=\"").append(labelW).append("\" x2=\"").append(w - PAD).append("\" y1=\"")
          .append(f(mid)).append("\" y2=\"").append(f(mid)).append("\"/>");
      s.append("<text class=\"cc-label\" x=\"").append(labelW - 6).append("\" y=\"").append(f(mid + 3.5))
          .append("\" text-anchor=\"end\">").append(esc(shorten(row.getKey(), 24))).append("</text>");
      for (Event e : row.getValue()) {
        double a = labelW + (e.from().toEpochDay() - lo) / (hi - lo) * plot;
        double b = labelW + (e.until().toEpochDay() - 1 - lo) / (hi - lo) * plot;
        if (b - a < 1) {
          s.append("<circle class=\"cc-mark ").append(e.cls()).append("\" cx=\"").append(f(a)).append("\" cy=\"")
              .append(f(mid)).append("\" r=\"4\">");
        } else {
          s.append("<rect class=\"cc-mark ").append(e.cls()).append("\" x=\"").append(f(a - 3)).append("\" y=\"")
              .append(f(mid - 4)).append("\" width=\"").append(f(b - a + 6)).append("\" height=\"8\">");
        }
        s.append("<title>").append(esc(e.title())).append("</title>").append(b - a < 1 ? "</circle>" : "</rect>");
      }
      y += rowH;
    }
    s.append("<line class=\"cc-axis\" x1=\"").append(labelW).append("\" x2=\"").append(w - PAD).append("\" y1=\"")
        .append(y + 2).append("\" y2=\"").append(y + 2).append("\"/>");
    for (double t : tickValues(lo, hi, true, Math.max(2, plot / 90))) {
      double x = labelW + (t - lo) / (hi - lo) * plot;
      s.append("<text class=\"cc-label\" x=\"").append(f(x)).append("\" y=\"").append(y + 16)
          .append("\" text-anchor=\"").append(anchor(x, labelW, w)).append("\">").append(esc(dayLabel(t))).append("</text>");
    }
    return s.append("</svg>").toString();
  }

  /**
   * One estimate for a time series.
   *
   * @param day the day it is valid for
   * @param value the estimate (a quantity)
   * @param series the index of its source's colour (0 to 7; more sources share colours)
   * @param title what a reader sees on hovering
   */
  public record Point(LocalDate day, Quantity value, int series, String title) {}

  /**
   * A time series of estimates of one quantity: x the day each is valid for, y its interval (a
   * vertical bar; a dot for an exact number), coloured by source; {@code null} when the values
   * share no unit.
   */
  public static @Nullable String series(List<Point> points) {
    return series(points, IntervalPolicy.DEFAULT);
  }

  /** The time series with each hedged estimate drawn over the interval {@code policy} gives it. */
  public static @Nullable String series(List<Point> points, IntervalPolicy policy) {
    if (points.isEmpty()) return null;
    List<Value> values = new ArrayList<>();
    for (Point p : points) values.add(p.value());
    Chart y = of(values, null, 120, policy);
    if (y == null) return null;
    long first = points.stream().mapToLong(p -> p.day().toEpochDay()).min().orElseThrow();
    long last = points.stream().mapToLong(p -> p.day().toEpochDay()).max().orElseThrow();
    int labelW = 44;
    int plot = (int) Math.max(SMALL, Math.min(WIDE, (last - first) * 12));
    int w = labelW + plot + PAD;
    int h = 120;
    int bottom = h - 22;
    double lo = first - 1;
    double hi = last + 1;
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"cc-series-chart\" width=\"").append(w).append("\" height=\"").append(h).append("\" viewBox=\"0 0 ")
        .append(w).append(' ').append(h).append("\" role=\"img\">");
    for (double t : tickValues(y.lo, y.hi, false, 3)) {
      double yy = bottom - (t - y.lo) / (y.hi - y.lo) * (bottom - 6);
      s.append("<line class=\"cc-grid\" x1=\"").append(labelW).append("\" x2=\"").append(w - PAD).append("\" y1=\"")
          .append(f(yy)).append("\" y2=\"").append(f(yy)).append("\"/><text class=\"cc-label\" x=\"").append(labelW - 4)
          .append("\" y=\"").append(f(yy + 3.5)).append("\" text-anchor=\"end\">").append(esc(number(t))).append("</text>");
    }
    for (Point p : points) {
      double x = labelW + (p.day().toEpochDay() - lo) / (hi - lo) * plot;
      Interval iv = form(p.value(), Kind.NUMBER, y.unit, policy);
      if (iv == null) continue;
      double top = iv.upper() == null ? 6 : bottom - (iv.upper().doubleValue() - y.lo) / (y.hi - y.lo) * (bottom - 6);
      double bot = iv.lower() == null ? bottom : bottom - (iv.lower().doubleValue() - y.lo) / (y.hi - y.lo) * (bottom - 6);
      String cls = "cc-s" + Math.floorMod(p.series(), 8);
      if (bot - top < 2) {
        s.append("<circle class=\"").append(cls).append("\" cx=\"").append(f(x)).append("\" cy=\"").append(f(top))
            .append("\" r=\"4\">");
      } else {
        s.append("<rect class=\"").append(cls).append("\" x=\"").append(f(x - 3)).append("\" y=\"").append(f(top))
            .append("\" width=\"6\" height=\"").append(f(bot - top)).append("\">");
      }
      s.append("<title>").append(esc(p.title())).append("</title>").append(bot - top < 2 ? "</circle>" : "</rect>");
    }
    s.append("<line class=\"cc-axis\" x1=\"").append(labelW).append("\" x2=\"").append(w - PAD).append("\" y1=\"")
        .append(bottom + 2).append("\" y2=\"").append(bottom + 2).append("\"/>");
    for (double t : tickValues(lo, hi, true, Math.max(2, plot / 90))) {
      double x = labelW + (t - lo) / (hi - lo) * plot;
      s.append("<text class=\"cc-label\" x=\"").append(f(x)).append("\" y=\"").append(h - 6)
          .append("\" text-anchor=\"").append(anchor(x, labelW, w)).append("\">").append(esc(dayLabel(t))).append("</text>");
    }
    return s.append("</svg>").toString();
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
  }
}
