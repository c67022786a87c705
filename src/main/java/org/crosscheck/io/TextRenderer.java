package org.crosscheck.io;

import static org.crosscheck.io.Describe.plural;

import java.util.List;
import java.util.Map;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.internal.Html;
import org.crosscheck.extract.Diagnostic;
import org.crosscheck.extract.Extraction;
import org.crosscheck.reconcile.Assessment;
import org.crosscheck.reconcile.Group;
import org.crosscheck.reconcile.Report;
import org.crosscheck.reconcile.ReportHtml;
import org.crosscheck.truth.SourceReliability;
import org.crosscheck.truth.echo.Echo;
import org.crosscheck.value.PlainText;

/**
 * The readable report as plain text or Markdown, in the order of the HTML report: a summary first
 * (groups; genuine contradictions; explained ones; agreements and how many are independent), then
 * the genuine contradictions and the explained ones (one entry per disagreement, however many
 * outlets repeat each side), the echo clusters (one story rewritten by several outlets is one
 * cluster), the sources, and each group, those that matter most first, with its claims (source,
 * value as written and normalized, date, quote) and verdicts with their reasons.
 */
final class TextRenderer implements Renderer {
  private final boolean markdown;

  TextRenderer(boolean markdown) {
    this.markdown = markdown;
  }

  @Override
  public String render(Run run) {
    Report r = run.report();
    StringBuilder sb = new StringBuilder();
    heading(sb, 1, "Crosscheck report");
    line(sb, "Rules: " + r.rules().name());
    int docs = run.extractions().size() + run.failures().size();
    if (docs > 0) {
      long failed = run.failures().size() + run.extractions().stream().filter(Extraction::failed).count();
      line(sb, plural(docs, "document", "documents") + ", " + failed + " failed"); // a failed one was not read
    }
    sb.append('\n');
    heading(sb, 2, "Summary");
    bullet(sb, plural(r.groups().size(), "group", "groups") + " of " + plural(r.claims().size(), "claim", "claims"));
    bullet(sb, plural(r.genuineContradictions(), "genuine contradiction", "genuine contradictions"));
    bullet(sb, plural(r.explainedContradictions(), "contradiction", "contradictions") + " explained"
        + Describe.explanationsUsed(r));
    bullet(sb, plural(r.agreements(), "agreement", "agreements") + ", " + r.independentAgreements()
        + " between independent sources");
    bullet(sb, r.compatibilities() + " compatible");
    bullet(sb, plural(run.echoes().size(), "echo", "echoes") + " (articles rewriting others)");
    sb.append('\n');

    // as the HTML report: one entry per disagreement (one story rewritten by N outlets is one
    // contradiction, each side listing its sources), the groups that matter most first; then the
    // contradictions between groups
    List<List<Assessment>> genuine = ReportHtml.disagreements(r, true);
    List<Assessment> genuineLinks = r.links().stream().filter(Assessment::isGenuineContradiction).toList();
    if (!genuine.isEmpty() || !genuineLinks.isEmpty()) {
      heading(sb, 2, "Genuine contradictions");
      for (List<Assessment> pairs : genuine) disagreement(sb, r, pairs);
      for (Assessment a : genuineLinks) {
        bullet(sb, Describe.linkSide(r, a.left()) + " / " + Describe.linkSide(r, a.right()) + ": " + a.because() + " ["
            + a.rule() + "]");
      }
      sb.append('\n');
    }
    List<List<Assessment>> explained = ReportHtml.disagreements(r, false);
    if (!explained.isEmpty()) {
      heading(sb, 2, "Explained contradictions");
      for (List<Assessment> pairs : explained) disagreement(sb, r, pairs);
      sb.append('\n');
    }
    if (!run.echoes().isEmpty()) {
      // one entry per echo cluster, as in the HTML report: its original and its rewrites
      heading(sb, 2, "Echo clusters");
      Map<String, String> outlets = Describe.outlets(run);
      List<List<String>> clusters = Describe.echoClusters(run);
      List<List<Echo>> echoesOf = Describe.echoesOf(run, clusters);
      for (int i = 0; i < clusters.size(); i++) {
        List<String> c = clusters.get(i);
        java.util.Set<String> others = new java.util.TreeSet<>();
        for (String d : c.subList(1, c.size())) others.add(outlets.getOrDefault(d, d));
        bullet(sb, label(c.get(0), outlets) + " and " + plural(c.size() - 1, "rewrite", "rewrites")
            + (others.isEmpty() ? "" : " (" + String.join(", ", others) + ")"));
        List<Echo> inside = echoesOf.get(i);
        String indent = markdown ? "    - " : "      ";
        if (inside.size() <= MOST_ECHOES) {
          for (Echo e : inside) sb.append(indent).append(e).append('\n');
        } else {
          // a large cluster: its members, not every pair of them
          for (String d : c) sb.append(indent).append(label(d, outlets)).append('\n');
          sb.append(indent).append(plural(inside.size(), "echo", "echoes")).append(" between them\n");
        }
      }
      sb.append('\n');
    }
    if (!run.failures().isEmpty() || run.extractions().stream().anyMatch(Extraction::failed)) {
      heading(sb, 2, "Documents that failed");
      for (Run.Failure f : run.failures()) bullet(sb, f.document() + ": " + f.reason());
      for (Extraction x : run.extractions()) {
        if (x.failed()) {
          bullet(sb, x.article().id() + ": " + String.join("; ",
              x.diagnostics(Diagnostic.Severity.ERROR).stream().map(Diagnostic::message).toList()));
        }
      }
      sb.append('\n');
    }

    if (run.reliability() != null && !run.reliability().sources().isEmpty()) {
      heading(sb, 2, "Sources");
      if (markdown) {
        sb.append("| source | estimated accuracy | 90% interval | claims | agree with the consensus | dependent on |\n"
            + "|---|---|---|---|---|---|\n");
      }
      Map<String, String> outlets = Describe.outlets(run);
      Map<String, java.util.Set<String>> mates = Describe.clusterMates(outlets, Describe.echoClusters(run));
      for (SourceReliability s : run.reliability().sources()) {
        String acc = String.format(java.util.Locale.ROOT, "%.2f", s.accuracy());
        double[] interval = s.interval();
        String range = String.format(java.util.Locale.ROOT, "%.2f\u2013%.2f", interval[0], interval[1]);
        List<String> deps = Describe.dependents(s, mates);
        String dep = deps.isEmpty() ? "none found" : String.join(", ", deps);
        if (markdown) {
          sb.append("| ").append(cell(s.source())).append(" | ").append(acc).append(" | ").append(range).append(" | ")
              .append(s.claims()).append(" | ")
              .append(s.agreements()).append(" | ").append(cell(dep)).append(" |\n");
        } else {
          bullet(sb, s.source() + ": estimated accuracy " + s.accuracyWithInterval() + ", "
              + plural(s.claims(), "claim", "claims") + ", "
              + s.agreements() + (s.agreements() == 1 ? " agrees" : " agree") + " with the consensus"
              + (deps.isEmpty() ? "" : ", dependent on " + dep));
        }
      }
      sb.append('\n');
    }

    heading(sb, 2, "Groups");
    // in the order an analyst should read them, as in the HTML report: genuine contradictions first
    for (Group g : ReportHtml.ordered(r)) {
      heading(sb, 3, g.topic() + " \u2014 " + plural(g.size(), "claim", "claims"));
      line(sb, "Consensus: " + Describe.consensus(g.consensus()));
      Map<String, String> roles = Describe.roles(g);
      if (markdown) {
        sb.append("\n| claim | source | as written | normalized | valid | standing | quote |\n");
        sb.append("|---|---|---|---|---|---|---|\n");
        for (Claim c : g.claims()) {
          sb.append("| ").append(cell(c.id())).append(" | ").append(cell(who(c))).append(" | ")
              .append(cell(said(Describe.asWritten(c)))).append(" | ").append(cell(c.value().toString())).append(" | ")
              .append(cell(Describe.validity(c))).append(" | ").append(Describe.role(roles, c)).append(" | ")
              .append(cell(said(Describe.quote(c)))).append(" |\n");
        }
        sb.append('\n');
      } else {
        for (Claim c : g.claims()) {
          sb.append("  [").append(c.id()).append("] ").append(who(c)).append(", ")
              .append(Describe.published(c)).append(": \u201c").append(said(Describe.asWritten(c))).append("\u201d = ")
              .append(c.value()).append(" (valid ").append(Describe.validity(c)).append("; ").append(Describe.role(roles, c))
              .append(")\n");
          String q = Describe.quote(c);
          if (!q.isEmpty()) sb.append("      \u00bb ").append(said(q)).append('\n');
        }
      }
      if (!g.assessments().isEmpty()) {
        line(sb, markdown ? "Verdicts:" : "  verdicts:");
        if (markdown) sb.append('\n');
        for (Assessment a : g.assessments()) {
          String text = Describe.verdict(a) + "  " + a.left().id() + " vs " + a.right().id() + ": " + a.because() + " ["
              + a.rule() + "]" + (a.independent() ? "" : " (same origin)");
          if (markdown) bullet(sb, text);
          else sb.append("    ").append(text).append('\n');
          for (Assessment.Explained e : a.explanations()) {
            sb.append(markdown ? "    - " : "      ").append(e.explanation().phrase()).append(": ").append(e.because())
                .append('\n');
          }
          for (Assessment.Flagged f : a.flags()) {
            sb.append(markdown ? "    - " : "      ").append("flag: ").append(f.flag()).append(" \u2014 ").append(f.because())
                .append('\n');
          }
        }
      }
      for (String n : new java.util.LinkedHashSet<>(g.notes())) line(sb, (markdown ? "" : "  ") + "note: " + n);
      java.util.Set<String> facts = new java.util.LinkedHashSet<>();
      for (org.crosscheck.rules.Fact f : g.facts()) facts.add("grouped by " + f.key() + ": " + f.value());
      for (String f : facts) line(sb, (markdown ? "" : "  ") + f);
      sb.append('\n');
    }
    if (!r.links().isEmpty()) {
      heading(sb, 2, "Links between groups");
      for (Assessment a : r.links()) {
        bullet(sb, Describe.verdict(a) + "  " + Describe.linkSide(r, a.left()) + " / " + Describe.linkSide(r, a.right())
            + ": " + a.because() + " ["
            + a.rule() + "]");
      }
      sb.append('\n');
    }
    if (!r.notes().isEmpty() || !run.notes().isEmpty()) {
      heading(sb, 2, "Notes");
      // a note the run and the report both make (or one made twice) is said once
      java.util.Set<String> notes = new java.util.LinkedHashSet<>(run.notes());
      notes.addAll(r.notes());
      for (String n : notes) bullet(sb, n);
    }
    return sb.toString().stripTrailing() + "\n";
  }

  /** Echoes listed one by one under a cluster; a larger cluster lists its members instead. */
  private static final int MOST_ECHOES = 6;

  /** One disagreement: the group, each side's value as written and its sources, the reason, and how many pairs. */
  private void disagreement(StringBuilder sb, Report r, List<Assessment> pairs) {
    Assessment a = pairs.get(0);
    StringBuilder line = new StringBuilder(Describe.groupTopic(r, a.left())).append(": ");
    side(line, pairs, true);
    line.append(" vs ");
    side(line, pairs, false);
    line.append(" \u2014 ").append(a.because()).append(" [").append(a.rule()).append(']');
    if (pairs.size() > 1) line.append(" (").append(pairs.size()).append(" pairs of claims)");
    bullet(sb, line.toString());
    for (Assessment.Explained e : a.explanations()) {
      sb.append(markdown ? "    - " : "      ").append(e.explanation().phrase()).append(": ").append(e.because())
          .append('\n');
    }
  }

  /** A side of a disagreement: the value as written, and every source that gave it (at most three named). */
  private void side(StringBuilder sb, List<Assessment> pairs, boolean left) {
    Claim first = left ? pairs.get(0).left() : pairs.get(0).right();
    java.util.Set<String> sources = new java.util.LinkedHashSet<>();
    for (Assessment a : pairs) sources.add(who(left ? a.left() : a.right()));
    sb.append(said(Describe.asWritten(first))).append(" (");
    int i = 0;
    for (String s : sources) {
      if (i == 3) {
        sb.append(" and ").append(sources.size() - 3).append(" more");
        break;
      }
      if (i++ > 0) sb.append("; ");
      sb.append(s);
    }
    sb.append(')');
  }

  private static String label(String doc, Map<String, String> outlets) {
    String o = outlets.get(doc);
    return o == null ? doc : o + " (" + doc + ")";
  }

  private void heading(StringBuilder sb, int level, String text) {
    if (markdown) {
      sb.append("#".repeat(level)).append(' ').append(text).append("\n\n");
    } else if (level == 1) {
      sb.append(text).append('\n').append("=".repeat(text.length())).append('\n');
    } else if (level == 2) {
      sb.append(text).append('\n').append("-".repeat(text.length())).append('\n');
    } else {
      sb.append("== ").append(text).append('\n');
    }
  }

  private void line(StringBuilder sb, String text) {
    sb.append(text).append('\n');
  }

  private void bullet(StringBuilder sb, String text) {
    sb.append(markdown ? "- " : "  * ").append(text).append('\n');
  }

  /**
   * Text a source wrote (a quote, a value as written): in Markdown, right-to-left text is marked with
   * its direction ({@code <span dir="rtl" lang="ar">…</span>}, escaped inside); in plain text it is
   * isolated ({@link PlainText#isolate}) so the line around it keeps its order.
   */
  private String said(String s) {
    if (s.isEmpty()) return s;
    if (!markdown) return PlainText.isolate(s);
    if (!PlainText.hasRightToLeft(s)) return s;
    String escaped = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return "<span dir=\"rtl\"" + (Describe.rtl(s) ? " lang=\"ar\"" : "") + ">" + escaped + "</span>";
  }

  /** Outlet ← agency ← speaker without the date; names written right to left isolated in plain text. */
  private String who(Claim c) {
    if (markdown) return Describe.source(c);
    // each name isolated on its own; an unnamed source reads "unnamed local source (Observer Network)"
    java.util.List<String> parts = new java.util.ArrayList<>();
    for (String part : Describe.source(c).split(" \u2190 ")) parts.add(Html.isolatedName(part));
    return String.join(" \u2190 ", parts);
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
