package org.crosscheck.io;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;
import static org.crosscheck.io.Describe.plural;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.claim.Claim;
import org.crosscheck.extract.Diagnostic;
import org.crosscheck.extract.Extraction;
import org.crosscheck.reconcile.Assessment;
import org.crosscheck.reconcile.Consensus;
import org.crosscheck.reconcile.Group;
import org.crosscheck.reconcile.Report;
import org.crosscheck.truth.SourceReliability;
import org.crosscheck.truth.echo.Echo;
import org.crosscheck.value.BoundType;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.Interval;
import org.crosscheck.value.Label;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.TimeValue;
import org.crosscheck.value.Unit;
import org.crosscheck.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The report as one self-contained HTML page (no network: inline CSS and SVG). One section per
 * group: numeric claims as intervals on a shared axis, one row per source, with hedges drawn as
 * dashed whiskers, ranges as bars, vague quantifiers as faint bars and one-sided bounds as arrows
 * to the edge; dates on a timeline; the consensus as a shaded band; verdicts coloured (agree green,
 * compatible blue, explained contradiction orange, genuine contradiction red); Arabic quotes
 * right-to-left.
 *
 * <p>A small inline script counts what the browser drew and writes it to {@code
 * body[data-rendered]}, so a headless browser test can check the page as rendered.
 */
final class HtmlRenderer implements Renderer {
  static final int WIDTH = 360;
  static final int HEIGHT = 20;
  static final int PAD = 10;

  @Override
  public String render(Run run) {
    Report r = run.report();
    StringBuilder sb = new StringBuilder(16_384);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Crosscheck report</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    sb.append("<header><h1>Crosscheck report</h1><p class=\"meta\">rules: ").append(esc(r.rules().name()));
    int docs = run.extractions().size() + run.failures().size();
    if (docs > 0) {
      long failed = run.failures().size() + run.extractions().stream().filter(Extraction::failed).count();
      sb.append(" \u00b7 ").append(plural(docs, "document", "documents")).append(", ").append(failed).append(" failed");
    }
    sb.append("</p></header>\n");

    sb.append("<section id=\"summary\"><h2>Summary</h2><ul class=\"summary\">\n");
    li(sb, "", plural(r.groups().size(), "group", "groups") + " of " + plural(r.claims().size(), "claim", "claims"));
    li(sb, r.genuineContradictions() > 0 ? "genuine" : "", plural(r.genuineContradictions(), "genuine contradiction",
        "genuine contradictions"));
    li(sb, r.explainedContradictions() > 0 ? "explained" : "", plural(r.explainedContradictions(), "contradiction",
        "contradictions") + " explained" + Describe.explanationsUsed(r));
    li(sb, "agree", plural(r.agreements(), "agreement", "agreements") + ", " + r.independentAgreements()
        + " between independent sources");
    li(sb, "compatible", r.compatibilities() + " compatible");
    li(sb, "", plural(run.echoes().size(), "echo", "echoes"));
    sb.append("</ul>\n");
    if (!run.echoes().isEmpty()) {
      sb.append("<h3>Echoes</h3><ul class=\"echoes\">\n");
      for (Echo e : run.echoes()) li(sb, "echo", e.toString());
      sb.append("</ul>\n");
    }
    List<String> failures = new ArrayList<>();
    for (Run.Failure f : run.failures()) failures.add(f.document() + ": " + f.reason());
    for (Extraction x : run.extractions()) {
      if (x.failed()) {
        failures.add(x.article().id() + ": " + String.join("; ",
            x.diagnostics(Diagnostic.Severity.ERROR).stream().map(Diagnostic::message).toList()));
      }
    }
    if (!failures.isEmpty()) {
      sb.append("<h3>Documents that failed</h3><ul class=\"failures\">\n");
      for (String f : failures) li(sb, "failure", f);
      sb.append("</ul>\n");
    }
    if (run.reliability() != null && !run.reliability().sources().isEmpty()) {
      sb.append("<h3>Sources</h3><table class=\"sources\"><thead><tr><th>source</th><th>estimated accuracy</th>")
          .append("<th>claims</th><th>agree with consensus</th><th>dependent on</th></tr></thead><tbody>\n");
      for (SourceReliability s : run.reliability().sources()) {
        sb.append("<tr><td>").append(esc(s.source())).append("</td><td>")
            .append(String.format(Locale.ROOT, "%.2f", s.accuracy())).append("</td><td>").append(s.claims())
            .append("</td><td>").append(s.agreements()).append("</td><td>")
            .append(esc(s.dependents().isEmpty() ? "-" : String.join(", ", s.dependents()))).append("</td></tr>\n");
      }
      sb.append("</tbody></table>\n");
    }
    sb.append("</section>\n");

    int n = 0;
    for (Group g : r.groups()) group(sb, g, ++n);

    if (!r.links().isEmpty()) {
      sb.append("<section id=\"links\"><h2>Links between groups</h2><ul class=\"verdicts\">\n");
      for (Assessment a : r.links()) {
        sb.append("<li class=\"verdict ").append(Describe.verdictClass(a)).append("\"><span class=\"badge\">")
            .append(esc(Describe.verdict(a))).append("</span> ").append(esc(Describe.linkSide(r, a.left()))).append(" / ")
            .append(esc(Describe.linkSide(r, a.right()))).append(": ").append(esc(a.because())).append(" <code>")
            .append(esc(a.rule())).append("</code></li>\n");
      }
      sb.append("</ul></section>\n");
    }
    for (String note : run.notes()) sb.append("<p class=\"note\">").append(esc(note)).append("</p>\n");
    sb.append("<script>\n").append(CHECK).append("</script>\n</body>\n</html>\n");
    return sb.toString();
  }

  private static void li(StringBuilder sb, String cls, String text) {
    sb.append("<li").append(cls.isEmpty() ? "" : " class=\"" + cls + "\"").append('>').append(esc(text)).append("</li>\n");
  }

  private void group(StringBuilder sb, Group g, int n) {
    String family = g.claims().get(0).value().family();
    sb.append("<section class=\"group\" id=\"g").append(n).append("\" data-family=\"").append(family)
        .append("\" data-key=\"").append(esc(g.key().toString())).append("\">\n");
    sb.append("<h2>").append(esc(g.topic())).append(" <small>").append(plural(g.size(), "claim", "claims"))
        .append("</small></h2>\n");
    sb.append("<p class=\"consensus\">Consensus: <strong>").append(esc(Describe.consensus(g.consensus())))
        .append("</strong></p>\n");
    Axis axis = Axis.of(g);
    sb.append("<table class=\"claims\"><thead><tr><th>source</th><th>as written</th><th>normalized</th><th>valid</th>");
    if (axis != null) sb.append("<th class=\"chart\">").append(esc(axis.title)).append("</th>");
    sb.append("<th>standing</th></tr></thead>\n<tbody>\n");
    Map<String, String> roles = Describe.roles(g);
    for (Claim c : g.claims()) {
      String role = Describe.role(roles, c);
      sb.append("<tr class=\"claim ").append(role).append("\" data-claim=\"").append(esc(c.id())).append("\">");
      sb.append("<td>").append(esc(Describe.source(c))).append("<br><small>").append(esc(Describe.published(c)))
          .append("</small></td>");
      String written = Describe.asWritten(c);
      sb.append("<td").append(Describe.rtl(written) ? " dir=\"rtl\" lang=\"ar\"" : "").append('>').append(esc(written))
          .append("</td>");
      sb.append("<td>").append(esc(c.value().toString())).append("</td>");
      sb.append("<td>").append(esc(Describe.validity(c))).append("</td>");
      if (axis != null) sb.append("<td class=\"chart\">").append(axis.row(c, g.consensus(), role)).append("</td>");
      sb.append("<td class=\"standing\">").append(role).append("</td></tr>\n");
    }
    if (axis != null) {
      sb.append("<tr class=\"axis\"><td colspan=\"4\"></td><td class=\"chart\">").append(axis.ticks())
          .append("</td><td></td></tr>\n");
    }
    sb.append("</tbody></table>\n");
    boolean quotes = g.claims().stream().anyMatch(c -> !Describe.quote(c).isEmpty());
    if (quotes) {
      sb.append("<details class=\"quotes\"><summary>quotes</summary>\n");
      for (Claim c : g.claims()) {
        String q = Describe.quote(c);
        if (q.isEmpty()) continue;
        sb.append("<blockquote").append(Describe.rtl(q) ? " dir=\"rtl\" lang=\"ar\"" : "").append('>').append(esc(q))
            .append("<cite dir=\"ltr\">").append(esc(c.id() + " \u00b7 " + Describe.source(c))).append("</cite></blockquote>\n");
      }
      sb.append("</details>\n");
    }
    if (!g.assessments().isEmpty()) {
      sb.append("<ul class=\"verdicts\">\n");
      for (Assessment a : g.assessments()) {
        sb.append("<li class=\"verdict ").append(Describe.verdictClass(a)).append("\"><span class=\"badge\">")
            .append(esc(Describe.verdict(a))).append("</span> ").append(esc(a.left().id())).append(" vs ")
            .append(esc(a.right().id())).append(": ").append(esc(a.because())).append(" <code>").append(esc(a.rule()))
            .append("</code>").append(a.independent() ? "" : " <em>same origin</em>");
        for (Assessment.Explained e : a.explanations()) {
          sb.append("<br><span class=\"why\">").append(esc(e.explanation().phrase() + ": " + e.because())).append("</span>");
        }
        for (Assessment.Flagged f : a.flags()) {
          sb.append("<br><span class=\"flag\">").append(esc("flag: " + f.flag() + " \u2014 " + f.because())).append("</span>");
        }
        sb.append("</li>\n");
      }
      sb.append("</ul>\n");
    }
    for (String note : g.notes()) sb.append("<p class=\"note\">").append(esc(note)).append("</p>\n");
    sb.append("</section>\n");
  }

  private static String esc(String s) {
    return escapeHtml4(s);
  }

  /** The shared axis of one group: numbers in the group's unit, or days, or minutes. */
  private static final class Axis {
    final double lo;
    final double hi;
    final String title;
    final Kind kind;
    final @Nullable Unit unit;

    enum Kind { NUMBER, DAY, MINUTE }

    private Axis(double lo, double hi, String title, Kind kind, @Nullable Unit unit) {
      this.lo = lo;
      this.hi = hi;
      this.title = title;
      this.kind = kind;
      this.unit = unit;
    }

    static @Nullable Axis of(Group g) {
      Value first = g.claims().get(0).value();
      if (first instanceof Label) return null;
      Kind kind = first instanceof DateValue ? Kind.DAY : first instanceof TimeValue ? Kind.MINUTE : Kind.NUMBER;
      Unit unit = null;
      if (kind == Kind.NUMBER) {
        unit = ((Quantity) first).unit();
        for (Claim c : g.claims()) {
          if (!(c.value() instanceof Quantity q)) return null;
          if (!q.unit().equals(unit)) unit = unit.base();
        }
      }
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      List<Interval> forms = new ArrayList<>();
      for (Claim c : g.claims()) {
        Interval f = form(c.value(), kind, unit);
        if (f == null) continue;
        forms.add(f);
      }
      if (g.consensus().value() != null) {
        Interval f = form(g.consensus().value(), kind, unit);
        if (f != null) forms.add(f);
      }
      for (Interval f : forms) {
        if (f.lower() != null) {
          lo = Math.min(lo, f.lower().doubleValue());
          hi = Math.max(hi, f.lower().doubleValue());
        }
        if (f.upper() != null) {
          lo = Math.min(lo, f.upper().doubleValue());
          hi = Math.max(hi, f.upper().doubleValue());
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
      return new Axis(lo, hi, title, kind, unit);
    }

    static @Nullable Interval form(Value v, Kind kind, @Nullable Unit unit) {
      if (v instanceof Quantity q && kind == Kind.NUMBER) {
        return q.unit().equals(unit) ? q.interval() : q.unit().toBase(q.interval());
      }
      if (v instanceof DateValue d && kind == Kind.DAY) return d.range().toInterval();
      if (v instanceof TimeValue t && kind == Kind.MINUTE) return t.interval();
      return null;
    }

    double x(double v) {
      return PAD + (v - lo) / (hi - lo) * (WIDTH - 2 * PAD);
    }

    String row(Claim c, Consensus k, String role) {
      StringBuilder s = new StringBuilder();
      s.append("<svg class=\"row\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
          .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\">");
      if (k.value() != null && !k.tied()) {   // a tie has no consensus to shade
        Interval kf = form(k.value(), kind, unit);
        if (kf != null) {
          double a = kf.lower() == null ? PAD : x(kf.lower().doubleValue());
          double b = kf.upper() == null ? WIDTH - PAD : x(kf.upper().doubleValue());
          s.append("<rect class=\"consensus\" x=\"").append(f(a - 1)).append("\" y=\"0\" width=\"")
              .append(f(Math.max(2, b - a + 2))).append("\" height=\"").append(HEIGHT).append("\"/>");
        }
      }
      Interval iv = form(c.value(), kind, unit);
      String cls = "mark " + role;
      if (iv != null) {
        Value v = c.value();
        double a = iv.lower() == null ? PAD : x(iv.lower().doubleValue());
        double b = iv.upper() == null ? WIDTH - PAD : x(iv.upper().doubleValue());
        double mid = HEIGHT / 2.0;
        if (v instanceof Quantity.Approximate ap) {
          double cx = x(unit != null && ap.unit().equals(unit) ? ap.center().doubleValue()
              : ap.unit().toBase(Interval.point(ap.center())).lower().doubleValue());
          s.append("<line class=\"").append(cls).append(" hedge\" x1=\"").append(f(a)).append("\" x2=\"").append(f(b))
              .append("\" y1=\"").append(f(mid)).append("\" y2=\"").append(f(mid)).append("\"/>")
              .append("<line class=\"").append(cls).append(" cap\" x1=\"").append(f(a)).append("\" x2=\"").append(f(a))
              .append("\" y1=\"5\" y2=\"15\"/><line class=\"").append(cls).append(" cap\" x1=\"").append(f(b))
              .append("\" x2=\"").append(f(b)).append("\" y1=\"5\" y2=\"15\"/>")
              .append("<circle class=\"").append(cls).append(" point\" cx=\"").append(f(cx)).append("\" cy=\"")
              .append(f(mid)).append("\" r=\"4\"/>");
        } else if (iv.isPoint() && kind != Kind.DAY) {
          s.append("<circle class=\"").append(cls).append(" point\" cx=\"").append(f(a)).append("\" cy=\"").append(f(mid))
              .append("\" r=\"4\"/>");
        } else {
          String shape = v instanceof Quantity.Vague ? " vague" : iv.isBounded() ? " range" : " bound";
          s.append("<rect class=\"").append(cls).append(shape).append("\" x=\"").append(f(a)).append("\" y=\"5\" width=\"")
              .append(f(Math.max(3, b - a))).append("\" height=\"10\"/>");
          if (iv.lower() == null) s.append(arrow(PAD, -1, cls));
          if (iv.upper() == null) s.append(arrow(WIDTH - PAD, 1, cls));
        }
      }
      s.append("<title>").append(esc(c.value() + "  " + Describe.canonical(c.value()))).append("</title></svg>");
      return s.toString();
    }

    private static String arrow(double x, int dir, String cls) {
      return "<polygon class=\"" + cls + " arrow\" points=\"" + f(x) + ",10 " + f(x - 7 * dir) + ",4 " + f(x - 7 * dir)
          + ",16\"/>";
    }

    String ticks() {
      StringBuilder s = new StringBuilder();
      s.append("<svg class=\"axis\" width=\"").append(WIDTH).append("\" height=\"24\" viewBox=\"0 0 ").append(WIDTH)
          .append(" 24\"><line x1=\"").append(PAD).append("\" x2=\"").append(WIDTH - PAD)
          .append("\" y1=\"2\" y2=\"2\"/>");
      for (double t : tickValues()) {
        double x = x(t);
        s.append("<line x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"2\" y2=\"7\"/>")
            .append("<text x=\"").append(f(x)).append("\" y=\"19\" text-anchor=\"middle\">").append(esc(tickLabel(t)))
            .append("</text>");
      }
      return s.append("</svg>").toString();
    }

    private List<Double> tickValues() {
      double span = hi - lo;
      double step = Math.pow(10, Math.floor(Math.log10(span / 4)));
      for (double m : new double[] {1, 2, 5, 10}) {
        if (span / (step * m) <= 5) {
          step *= m;
          break;
        }
      }
      if (kind == Kind.DAY) step = Math.max(1, Math.round(step));
      List<Double> out = new ArrayList<>();
      for (double t = Math.ceil(lo / step) * step; t <= hi && out.size() < 8; t += step) out.add(t);
      return out;
    }

    private String tickLabel(double t) {
      return switch (kind) {
        case DAY -> LocalDate.ofEpochDay(Math.round(t)).toString();
        case MINUTE -> java.time.Instant.ofEpochSecond(Math.round(t) * 60).toString().substring(11, 16);
        case NUMBER -> new BigDecimal(t).setScale(t == Math.rint(t) ? 0 : 2, RoundingMode.HALF_EVEN).stripTrailingZeros()
            .toPlainString();
      };
    }

    private static String f(double v) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
  }

  static final String CSS = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Noto Naskh Arabic',sans-serif;margin:2rem;color:#222;max-width:1200px}",
      "h1{margin-bottom:.2rem}.meta{color:#666;margin-top:0}",
      "section{margin:1.5rem 0;padding:1rem 1.2rem;border:1px solid #ddd;border-radius:8px}",
      "section.group h2{font-size:1.1rem;margin:.2rem 0}section.group h2 small{color:#777;font-weight:normal}",
      "ul.summary li.genuine,li.verdict.genuine .badge{color:#fff;background:#c62828}",
      "ul.summary li{margin:.15rem 0}ul.summary li.genuine{background:none;color:#c62828;font-weight:bold}",
      "ul.summary li.explained{color:#ef6c00}ul.summary li.agree{color:#2e7d32}ul.summary li.compatible{color:#1565c0}",
      "table.claims{border-collapse:collapse;width:100%;font-size:.9rem}table.sources{border-collapse:collapse;font-size:.9rem}",
      "table.sources td,table.sources th{padding:.15rem .6rem;text-align:start;border-bottom:1px solid #eee}",
      "table.claims th,table.claims td{border-bottom:1px solid #eee;padding:.25rem .4rem;text-align:start;vertical-align:middle}",
      "td[dir=rtl]{font-size:1.05rem}tr.axis td{border:none}",
      "svg .consensus{fill:#fff3c4}svg .mark{fill:#3b6ea5;stroke:#3b6ea5}svg .mark.dissents{fill:#c62828;stroke:#c62828}",
      "svg .mark.superseded{fill:#9e9e9e;stroke:#9e9e9e}svg .mark.incomparable{fill:#bbb;stroke:#bbb}",
      "svg line.hedge{stroke-width:2;stroke-dasharray:4 3}svg line.cap{stroke-width:2}svg .vague{fill-opacity:.3;stroke-dasharray:3 2}",
      "svg .bound{fill-opacity:.6}svg.axis line{stroke:#888}svg.axis text{font-size:10px;fill:#555}",
      "ul.verdicts{list-style:none;padding-left:0;font-size:.9rem}ul.verdicts li{margin:.3rem 0}",
      ".badge{display:inline-block;padding:0 .4rem;border-radius:4px;color:#fff;font-size:.8rem;font-weight:bold}",
      "li.verdict.agree .badge{background:#2e7d32}li.verdict.compatible .badge{background:#1565c0}",
      "li.verdict.explained .badge{background:#ef6c00}li.verdict.other .badge{background:#757575}",
      ".why{color:#8d5a00;margin-inline-start:1.5rem}.flag{color:#c62828;margin-inline-start:1.5rem}",
      "blockquote{margin:.4rem 0;padding:.3rem .8rem;border-inline-start:3px solid #ccc;background:#fafafa}",
      "blockquote cite{display:block;color:#777;font-size:.8rem;font-style:normal}.note{color:#666;font-size:.85rem}",
      "code{font-size:.8rem;color:#555}td.standing{color:#555}tr.dissents td.standing{color:#c62828;font-weight:bold}",
      "");

  /** Counts what the browser actually drew, for headless tests: marks with a non-empty box, RTL cells. */
  static final String CHECK = String.join("\n",
      "(function(){",
      "  var marks=document.querySelectorAll('svg .mark'), drawn=0;",
      "  marks.forEach(function(m){var b=m.getBBox(); if(b.width>0||b.height>0) drawn++;});",
      "  var rtl=0; document.querySelectorAll('[dir=rtl]').forEach(function(e){ if(getComputedStyle(e).direction==='rtl') rtl++; });",
      "  var genuine=document.querySelectorAll('li.verdict.genuine').length;",
      "  var red=0; document.querySelectorAll('li.verdict.genuine .badge').forEach(function(e){",
      "    if(getComputedStyle(e).backgroundColor==='rgb(198, 40, 40)') red++; });",
      "  document.body.setAttribute('data-rendered', JSON.stringify({groups:document.querySelectorAll('section.group').length,",
      "    marks:marks.length, drawn:drawn, rtl:rtl, genuine:genuine, red:red}));",
      "})();",
      "");
}
