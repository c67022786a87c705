package org.crosscheck.io;

import static org.crosscheck.claim.internal.Html.esc;
import static org.crosscheck.claim.internal.Html.name;
import static org.crosscheck.io.Describe.plural;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.internal.Html;
import org.crosscheck.extract.Diagnostic;
import org.crosscheck.extract.Extraction;
import org.crosscheck.reconcile.Group;
import org.crosscheck.reconcile.Report;
import org.crosscheck.reconcile.ReportHtml;
import org.crosscheck.truth.SourceReliability;
import org.crosscheck.truth.echo.Echo;
import org.jspecify.annotations.Nullable;
import org.crosscheck.truth.Reliability;

/**
 * The report as one self-contained HTML page (no network: inline CSS and SVG), built around the
 * run's embeddable fragment ({@link #fragment(Run)}, which {@link Run#toHtml()} returns): the
 * page adds a filter by place, measure, outlet and verdict, and a small script that applies it.
 * The fragment leads with the genuine contradictions, then the explained ones, a timeline of
 * dated events by place, estimates over time per measure, and the groups in order of urgency;
 * after them the echo clusters (one story rewritten by several outlets is one cluster), the
 * sources and the documents that failed.
 *
 * <p>The script also counts what the browser drew and writes it to {@code body[data-rendered]},
 * so a headless browser test can check the page as rendered.
 */
final class HtmlRenderer implements Renderer {

  @Override
  public String render(Run run) {
    Report r = run.report();
    StringBuilder sb = new StringBuilder(65_536);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Crosscheck report</title>\n<style>\n").append(PAGE_CSS).append("</style>\n</head>\n<body>\n");
    sb.append(filter(r)).append('\n');
    sb.append(fragment(run)).append('\n');
    sb.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return sb.toString();
  }

  /** The run as an embeddable fragment: no doctype, no script, styles scoped under {@code .crosscheck}. */
  static String fragment(Run run) {
    Report r = run.report();
    StringBuilder meta = new StringBuilder("rules: ").append(r.rules().name());
    int docs = run.extractions().size() + run.failures().size();
    List<String> failures = failures(run);
    if (docs > 0) {
      meta.append(" \u00b7 ").append(plural(docs, "document", "documents")).append(", ").append(failures.size())
          .append(" failed");
    }
    List<List<String>> clusters = Describe.echoClusters(run);
    Map<String, String> outlets = Describe.outlets(run);
    List<String> summary = new ArrayList<>();
    if (docs > 0 || !run.echoes().isEmpty()) {
      summary.add(plural(run.echoes().size(), "echo", "echoes") + " (articles rewriting others)"
          + (clusters.isEmpty() ? "" : ", in " + plural(clusters.size(), "cluster", "clusters")));
    }
    List<ReportHtml.Section> extra = new ArrayList<>();
    if (!clusters.isEmpty()) extra.add(new ReportHtml.Section("echoes", "Echo clusters", echoes(run, clusters, outlets)));
    Reliability.@Nullable Estimate reliability = run.reliability();
    if (reliability != null && !reliability.sources().isEmpty()) {
      extra.add(new ReportHtml.Section("sources", "Sources", sources(run, reliability, outlets, clusters)));
    }
    if (!failures.isEmpty()) {
      StringBuilder f = new StringBuilder("<ul class=\"cc-list\">");
      for (String s : failures) f.append("<li>").append(name(s)).append("</li>");
      extra.add(new ReportHtml.Section("failures", "Documents that failed", f.append("</ul>").toString()));
    }
    if (!run.notes().isEmpty()) {
      StringBuilder n = new StringBuilder();
      for (String note : run.notes()) n.append("<p class=\"cc-note\">").append(esc(note)).append("</p>");
      extra.add(new ReportHtml.Section("run-notes", "About the input", n.toString()));
    }
    return Html.fragment("report", ReportHtml.body(r, "Crosscheck report", meta.toString(), summary, extra,
        ReportHtml.prefix(r) + "r"));
  }

  private static List<String> failures(Run run) {
    List<String> failures = new ArrayList<>();
    for (Run.Failure f : run.failures()) failures.add(f.document() + ": " + f.reason());
    for (Extraction x : run.extractions()) {
      if (x.failed()) {
        failures.add(x.article().id() + ": " + String.join("; ",
            x.diagnostics(Diagnostic.Severity.ERROR).stream().map(Diagnostic::message).toList()));
      }
    }
    return failures;
  }

  /** One collapsed entry per echo cluster: its original and how many rewrites, the members and evidence inside. */
  private static String echoes(Run run, List<List<String>> clusters, Map<String, String> outlets) {
    StringBuilder sb = new StringBuilder("<p class=\"cc-note\">Documents that rewrite others; their agreements are"
        + " not independent corroboration.</p>");
    List<List<Echo>> echoesOf = Describe.echoesOf(run, clusters);
    for (int ci = 0; ci < clusters.size(); ci++) {
      List<String> c = clusters.get(ci);
      String first = c.get(0);
      sb.append("<details class=\"cc-cluster\"><summary>").append(name(label(first, outlets))).append(" and ")
          .append(plural(c.size() - 1, "rewrite", "rewrites"));
      Set<String> others = new TreeSet<>();
      for (String d : c.subList(1, c.size())) others.add(outlets.getOrDefault(d, d));
      if (!others.isEmpty()) sb.append(" <small>(").append(esc(String.join(", ", others))).append(")</small>");
      sb.append("</summary><ul class=\"cc-list\">");
      List<Echo> inside = echoesOf.get(ci);
      if (inside.size() <= 6) {
        for (Echo e : inside) {
          sb.append("<li>").append(name(label(e.rewrite(), outlets))).append(" echoes ")
              .append(name(label(e.original(), outlets))).append(" <small>")
              .append(e.basis() == Echo.Basis.FIGURES ? "across languages " : "")
              .append(esc(e.evidence()))
              .append("</small></li>");
        }
      } else {
        // a large cluster: its members, not every pair of them
        for (String d : c) sb.append("<li>").append(name(label(d, outlets))).append("</li>");
        sb.append("<li class=\"cc-note\">").append(plural(inside.size(), "echo", "echoes")).append(" between them</li>");
      }
      sb.append("</ul></details>");
    }
    return sb.toString();
  }

  private static String label(String doc, Map<String, String> outlets) {
    String o = outlets.get(doc);
    return o == null ? doc : o + " (" + doc + ")";
  }

  private static String sources(Run run, Reliability.Estimate reliability, Map<String, String> outlets,
      List<List<String>> clusters) {
    StringBuilder sb = new StringBuilder("<table class=\"cc-sources\"><thead><tr><th>source</th><th>estimated accuracy</th>"
        + "<th>90% interval</th><th>claims</th><th>agree with the consensus</th><th>dependent on</th></tr></thead><tbody>");
    Map<String, Set<String>> mates = Describe.clusterMates(outlets, clusters);
    for (SourceReliability s : reliability.sources()) {
      List<String> deps = Describe.dependents(s, mates);
      sb.append("<tr><td>").append(name(s.source())).append("</td><td>")
          .append(String.format(Locale.ROOT, "%.2f", s.accuracy())).append("</td><td>")
          .append(String.format(Locale.ROOT, "%.2f\u2013%.2f", s.interval()[0], s.interval()[1])).append("</td><td>")
          .append(s.claims())
          .append("</td><td>").append(s.agreements()).append("</td><td>")
          .append(deps.isEmpty() ? "none found" : name(String.join(", ", deps))).append("</td></tr>");
    }
    return sb.append("</tbody></table>").toString();
  }

  /** The page's filter: selects filled from the groups' places, measures and outlets. */
  private static String filter(Report r) {
    Set<String> places = new TreeSet<>();
    Set<String> measures = new TreeSet<>();
    for (Group g : r.groups()) {
      Claim first = g.claims().get(0);
      if (!first.place().isNowhere()) places.add(first.place().name());
      measures.add(g.key().measure().label());
    }
    StringBuilder sb = new StringBuilder("<form class=\"filter\" id=\"filter\" role=\"search\"><b>Filter</b> ");
    select(sb, "place", places);
    select(sb, "measure", measures);
    // the groups name their outlets by position in this list
    sb.append("<label>outlet <select name=\"outlet\"><option value=\"\">any</option>");
    List<String> outlets = ReportHtml.outlets(r);
    for (int i = 0; i < outlets.size(); i++) {
      sb.append("<option").append(Html.dir(outlets.get(i))).append(" value=\"").append(i).append("\">")
          .append(esc(outlets.get(i))).append("</option>");
    }
    sb.append("</select></label> ");
    sb.append("<label>verdict <select name=\"verdict\"><option value=\"\">any</option>")
        .append("<option value=\"genuine\">genuine contradiction</option>")
        .append("<option value=\"explained\">explained contradiction</option>")
        .append("<option value=\"agree\">agreement</option><option value=\"compatible\">compatible</option>")
        .append("</select></label> <button type=\"reset\">clear</button> <output name=\"shown\"></output></form>");
    return sb.toString();
  }

  private static void select(StringBuilder sb, String name, Set<String> values) {
    sb.append("<label>").append(name).append(" <select name=\"").append(name).append("\"><option value=\"\">any</option>");
    for (String v : values) {
      sb.append("<option").append(Html.dir(v)).append(" value=\"").append(esc(v)).append("\">").append(esc(v))
          .append("</option>");
    }
    sb.append("</select></label> ");
  }

  /** The page's own style: only the page around the fragment (the fragment brings its own, scoped). */
  static final String PAGE_CSS = String.join("\n",
      "body{margin:0;padding:1rem 2rem;background:#f4f4f4;font-family:system-ui,sans-serif;font-size:14px}",
      "form.filter{position:sticky;top:0;z-index:1;background:#f4f4f4;padding:.5rem 0;border-bottom:1px solid #ddd}",
      "form.filter label{margin-inline-end:.8rem;white-space:nowrap}form.filter select{max-width:14rem}",
      "form.filter output{white-space:nowrap;color:#555}",
      "");

  /**
   * The filter (hides the groups, contents entries and contradictions that do not match) and the
   * check a headless test reads: marks with a non-empty box, right-to-left quotes laid out right to
   * left, genuine contradictions in red, and the order of the sections.
   */
  static final String SCRIPT = String.join("\n",
      "(function(){",
      "  var form=document.getElementById('filter');",
      "  function apply(){",
      "    var place=form.place.value, measure=form.measure.value, outlet=form.outlet.value, verdict=form.verdict.value;",
      "    var shown=0, hidden={};",
      "    document.querySelectorAll('.crosscheck .cc-group').forEach(function(s){",
      "      var ok=(!place||s.dataset.place===place)&&(!measure||s.dataset.measure===measure)",
      "        &&(!outlet||(s.dataset.outlets||'').split(' ').indexOf(outlet)>=0)",
      "        &&(!verdict||(s.dataset.verdicts||'').split(' ').indexOf(verdict)>=0);",
      "      s.hidden=!ok; if(ok) shown++; else hidden[s.id]=true;",
      "    });",
      "    document.querySelectorAll('nav.cc-contents a').forEach(function(a){",
      "      a.hidden=!!hidden[a.getAttribute('href').slice(1)]; });",
      "    document.querySelectorAll('[data-group]').forEach(function(e){ e.hidden=!!hidden[e.dataset.group]; });",
      "    form.shown.value=shown+' of '+document.querySelectorAll('.crosscheck .cc-group').length+' groups shown';",
      "  }",
      "  form.addEventListener('change',apply); form.addEventListener('reset',function(){setTimeout(apply,0);});",
      "  apply();",
      "  var marks=document.querySelectorAll('svg .cc-mark'), drawn=0;",
      "  marks.forEach(function(m){var b=m.getBBox(); if(b.width>0||b.height>0) drawn++;});",
      "  var rtl=0; document.querySelectorAll('.crosscheck [dir=rtl]').forEach(function(e){",
      "    if(getComputedStyle(e).direction==='rtl') rtl++; });",
      "  var crossLingual=0; document.querySelectorAll('.crosscheck section.cc-group').forEach(function(s){",
      "    var dirs={}; s.querySelectorAll('table.cc-claims td:nth-child(2) bdi').forEach(function(q){",
      "      dirs[getComputedStyle(q).direction]=true; }); if(dirs.rtl&&dirs.ltr) crossLingual++; });",
      "  var genuine=document.querySelectorAll('li.cc-genuine').length;",
      "  var red=0; document.querySelectorAll('li.cc-genuine .cc-badge').forEach(function(e){",
      "    if(getComputedStyle(e).backgroundColor==='rgb(198, 40, 40)') red++; });",
      "  var order=[]; document.querySelectorAll('.crosscheck section').forEach(function(s){",
      "    order.push(s.classList.contains('cc-group')?'group':s.id.replace(/^cc-[0-9a-f]+r?-/,'')); });",
      "  document.body.setAttribute('data-rendered', JSON.stringify({groups:document.querySelectorAll('.crosscheck .cc-group').length,",
      "    marks:marks.length, drawn:drawn, rtl:rtl, crossLingual:crossLingual, genuine:genuine, red:red, order:order}));",
      "})();",
      "");
}
