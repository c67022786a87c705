package org.crosscheck.reconcile;

import static org.crosscheck.claim.internal.Html.esc;
import static org.crosscheck.claim.internal.Html.name;
import static org.crosscheck.claim.internal.Html.plural;
import static org.crosscheck.claim.internal.Html.quote;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crosscheck.claim.Chart;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.internal.Html;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Source;
import org.crosscheck.rules.Explanation;
import org.crosscheck.rules.Fact;
import org.crosscheck.rules.Verdict;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The HTML fragments of assessments, groups and reports, which {@link Assessment#toHtml()},
 * {@link Group#toHtml()} and {@link Report#toHtml()} return and the standalone HTML report puts
 * together: fragments with no script and a style sheet scoped under {@code .crosscheck} (see
 * {@link Html}).
 *
 * <p>A report leads with what an analyst must look at first: its genuine contradictions (one
 * entry per disagreement, however many outlets repeat each side), then the explained ones, an
 * overview timeline of dated events by place, a time series per measure, and the groups in order
 * of urgency ({@link #ordered(Report)}), each with an anchor the contents link to and the data
 * attributes ({@code data-place}, {@code data-measure}, {@code data-outlets}, {@code
 * data-verdicts}) a page's filter reads.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportHtml {
  private ReportHtml() {}

  /**
   * A section a caller adds to a report's fragment (the run's echoes, sources, failed documents),
   * listed in the contents.
   *
   * @param id the anchor's suffix
   * @param title the heading
   * @param html the section's body
   */
  public record Section(String id, String title, String html) {}

  // ---------------------------------------------------------------- words

  /**
   * The standing of every claim of the group, by claim id: backs the consensus, dissents,
   * superseded, incomparable; under a tied consensus, which names no winner, the claims that would
   * back or dissent are all "tied". Built once per group (O(n) for n claims). A claim the consensus
   * does not list stands as "-".
   */
  public static Map<String, String> roles(Group g) {
    Consensus k = g.consensus();
    Map<String, String> roles = new HashMap<>();
    // later puts win: dissent over superseded over incomparable over backing
    for (Claim c : k.supporters()) roles.put(c.id(), k.tied() ? "tied" : "backs");
    for (Claim c : k.incomparable()) roles.put(c.id(), "incomparable");
    for (Claim c : k.superseded()) roles.put(c.id(), "superseded");
    for (Claim c : k.dissenters()) roles.put(c.id(), k.tied() ? "tied" : "dissents");
    // a day's count beside running totals stands to the days' own consensus
    Consensus days = k.dayCounts();
    if (days != null) {
      for (Claim c : days.supporters()) roles.put(c.id(), days.tied() ? "tied day count" : "backs the day count");
      for (Claim c : days.superseded()) roles.put(c.id(), "superseded day count");
      for (Claim c : days.dissenters()) roles.put(c.id(), days.tied() ? "tied day count" : "dissents from the day count");
    }
    return roles;
  }

  /**
   * The consensus line: {@code [1500..1650] — 2 independent sources}; a tie names no winner:
   * {@code none: tied, no value has more support than another}.
   */
  public static String consensus(Consensus k) {
    Consensus days = k.dayCounts();
    if (days != null) {
      // a running total and a day's count are different counts: each kind's consensus apart
      java.time.LocalDate upTo = k.upTo();
      return "running total: " + one(k, upTo == null ? "" : " (up to " + upTo + ")") + "; day count: "
          + one(days, dayOf(days));
    }
    return one(k, "");
  }

  /**
   * A standing as one CSS class word: a day count's standing to the days' consensus is drawn as the
   * standing it names ({@code backs the day count} as {@code backs}).
   */
  static String cssRole(String role) {
    if (!role.contains("day count")) return role;
    return role.split(" ", 2)[0];
  }

  /** The day (or days) the backers of a days' consensus count, when they share one; else the latest. */
  private static String dayOf(Consensus days) {
    if (days.value() == null || days.tied()) return "";
    if (days.asOf() != null) return "";   // already says "as of"
    Set<String> at = new java.util.TreeSet<>();
    for (Claim c : days.supporters()) if (c.validity() != null) at.add(c.validity().toString());
    if (at.isEmpty()) return "";
    return at.size() == 1 ? " (" + at.iterator().next() + ")" : " (" + String.join(", ", at) + ")";
  }

  private static String one(Consensus k, String when) {
    if (k.value() == null) return "none";
    if (k.tied()) return "none: tied, no value has more support than another";
    StringBuilder sb = new StringBuilder(k.value().toString()).append(when);
    if (k.asOf() != null) sb.append(" as of ").append(k.asOf());
    sb.append(" \u2014 ").append(plural(k.independentSources(), "independent source", "independent sources"));
    return sb.toString();
  }

  /** {@code CONTRADICT (explained: time of validity, scope)}, {@code CONTRADICT (genuine)}, {@code AGREE}. */
  public static String verdict(Assessment a) {
    if (a.verdict() != Verdict.CONTRADICT) return a.verdict().name();
    if (!a.isExplained()) return "CONTRADICT (genuine)";
    return "CONTRADICT (explained: " + String.join(", ", a.explainedBy().stream().map(Explanation::phrase).toList()) + ")";
  }

  /** The kind of a verdict, as the class of its mark: agree, compatible, explained, genuine, other. */
  public static String verdictClass(Assessment a) {
    return switch (a.verdict()) {
      case AGREE -> "agree";
      case COMPATIBLE -> "compatible";
      case CONTRADICT -> a.isExplained() ? "explained" : "genuine";
      default -> "other";
    };
  }

  /**
   * What explains the report's explained contradictions, the kinds used only, in their declared
   * order: {@code " (time of validity, scope)"}; empty when none is explained.
   */
  public static String explanationsUsed(Report r) {
    EnumSet<Explanation> used = EnumSet.noneOf(Explanation.class);
    for (Assessment a : r.assessments()) if (a.isExplained()) used.addAll(a.explainedBy());
    return used.isEmpty() ? "" : " (" + String.join(", ", used.stream().map(Explanation::phrase).toList()) + ")";
  }

  /**
   * The groups in the order an analyst should read them: those with genuine contradictions first
   * (most first), then those with explained ones, then those with dissent, then the rest by how
   * many claims they hold; ties keep the report's order.
   */
  public static List<Group> ordered(Report r) {
    List<Group> out = new ArrayList<>(r.groups());
    out.sort(Comparator.comparingLong(Group::genuineContradictions).reversed()
        .thenComparing(Comparator.comparingLong(Group::explainedContradictions).reversed())
        .thenComparing(Comparator.comparingInt((Group g) -> g.consensus().dissenters().size()).reversed())
        .thenComparing(Comparator.comparingInt(Group::size).reversed()));
    return out;
  }

  /**
   * An anchor prefix that differs between reports ({@code cc-} and a hash of the claim ids), so that
   * two fragments on one page do not share ids.
   */
  public static String prefix(Report r) {
    StringBuilder sb = new StringBuilder();
    for (Claim c : r.claims()) sb.append(c.id()).append('\n');
    return "cc-" + Hashing.murmur3_32_fixed().hashString(sb, StandardCharsets.UTF_8).toString();
  }

  // ---------------------------------------------------------------- fragments

  /** The fragment of one assessment. */
  static String assessment(Assessment a) {
    StringBuilder sb = new StringBuilder("<div class=\"cc-card cc-").append(verdictClass(a)).append("\">");
    sb.append("<div class=\"cc-title\"><span class=\"cc-badge\">").append(esc(verdict(a))).append("</span> ")
        .append(esc(a.because())).append(" <code>").append(esc(a.rule().id())).append("</code></div>");
    Chart chart = Chart.of(List.of(a.left().value(), a.right().value()), null, Chart.SMALL);
    sb.append("<table class=\"cc-facts\"><tbody>");
    for (Claim c : List.of(a.left(), a.right())) {
      sb.append("<tr><td>").append(Html.sourceHtml(c)).append("<br><small>").append(esc(Html.published(c)))
          .append("</small></td><td>").append(quote(Html.asWritten(c))).append("</td><td>")
          .append(esc(c.value().toString())).append("</td>");
      if (chart != null) sb.append("<td>").append(chart.row(c.value(), null, "backs")).append("</td>");
      sb.append("</tr>");
    }
    if (chart != null) sb.append("<tr><td colspan=\"3\"></td><td>").append(chart.ticks()).append("</td></tr>");
    sb.append("</tbody></table>");
    details(sb, a);
    sb.append("<details><summary>facts</summary><table class=\"cc-facts\"><tbody>");
    for (Fact f : a.facts()) {
      sb.append("<tr><th>").append(esc(f.key().strip())).append("</th><td>").append(name(f.value())).append("</td></tr>");
    }
    return sb.append("</tbody></table></details></div>").toString();
  }

  private static void details(StringBuilder sb, Assessment a) {
    if (!a.independent()) sb.append(" <em>(same origin)</em>");   // a space apart from the rule id before it
    for (Assessment.Explained e : a.explanations()) {
      sb.append("<span class=\"cc-why\">").append(esc(e.explanation().phrase() + ": " + e.because())).append("</span>");
    }
    for (Assessment.Flagged f : a.flags()) {
      sb.append("<span class=\"cc-flag\">").append(esc("flag: " + f.flag() + " \u2014 " + f.because())).append("</span>");
    }
  }

  /** The fragment of one group, alone. */
  static String group(Group g) {
    StringBuilder ids = new StringBuilder();
    for (Claim c : g.claims()) ids.append(c.id()).append('\n');
    return group(g, "cc-" + Hashing.murmur3_32_fixed().hashString(ids, StandardCharsets.UTF_8), 2);
  }

  /** The body of one group's section, with this anchor id and heading level. */
  public static String group(Group g, String id, int level) {
    return group(g, id, level, false);
  }

  /**
   * The body of one group's section; {@code compact} (for large reports) lists the contradictions
   * one by one and counts the other verdicts.
   */
  static String group(Group g, String id, int level, boolean compact) {
    return group(g, id, level, compact, null, org.crosscheck.value.IntervalPolicy.DEFAULT);
  }

  private static String group(Group g, String id, int level, boolean compact, @Nullable Map<String, Integer> outletIndex,
      org.crosscheck.value.IntervalPolicy policy) {
    StringBuilder sb = new StringBuilder();
    sb.append("<section class=\"cc-section cc-group\" id=\"").append(esc(id)).append('"');
    filterData(sb, g, outletIndex);
    sb.append('>');
    sb.append("<h").append(level).append('>').append(name(g.topic())).append(" <small>")
        .append(plural(g.size(), "claim", "claims"));
    if (g.genuineContradictions() > 0) {
      sb.append(" \u00b7 <span class=\"cc-genuine-text\">")
          .append(plural(g.genuineContradictions(), "genuine contradiction", "genuine contradictions")).append("</span>");
    }
    if (g.explainedContradictions() > 0) {
      sb.append(" \u00b7 <span class=\"cc-explained-text\">")
          .append(plural(g.explainedContradictions(), "explained contradiction", "explained contradictions"))
          .append("</span>");
    }
    sb.append("</small></h").append(level).append('>');
    Consensus k = g.consensus();
    sb.append("<p>Consensus: <b>").append(esc(consensus(k))).append("</b></p>");
    // claims that say the same thing the same way (one wire story carried by several outlets) are one row
    Map<String, String> roles = roles(g);
    Map<String, List<Claim>> rows = new LinkedHashMap<>();
    for (Claim c : g.claims()) {
      String key = Html.asWritten(c) + '\u0000' + c.value() + '\u0000' + Html.validity(c) + '\u0000'
          + roles.getOrDefault(c.id(), "-");
      rows.computeIfAbsent(key, x -> new ArrayList<>()).add(c);
    }
    List<Value> values = new ArrayList<>();
    for (List<Claim> row : rows.values()) values.add(row.get(0).value());
    // small data, small chart: a full-width axis for one point says nothing
    Chart chart = Chart.of(values, k.tied() ? null : k.value(), rows.size() <= 3 ? Chart.SMALL : Chart.WIDE, policy);
    Value band = k.tied() ? null : k.value();   // a tie has no consensus to shade
    sb.append("<table class=\"cc-claims\"><thead><tr><th>source</th><th>as written</th><th>normalized</th><th>valid</th>");
    if (chart != null) sb.append("<th>").append(esc(chart.title())).append("</th>");
    sb.append("<th>standing</th></tr></thead><tbody>");
    for (List<Claim> row : rows.values()) {
      Claim c = row.get(0);
      String role = roles.getOrDefault(c.id(), "-");
      String cls = cssRole(role);
      sb.append("<tr class=\"cc-").append(cls).append("\"><td>");
      sources(sb, row, compact ? 3 : Integer.MAX_VALUE);
      sb.append("</td><td>").append(quote(Html.asWritten(c))).append("</td><td>").append(esc(c.value().toString()))
          .append("</td><td>").append(esc(Html.validity(c))).append("</td>");
      if (chart != null) sb.append("<td>").append(chart.row(c.value(), band, cls, !compact)).append("</td>");
      sb.append("<td>").append(esc(role)).append("</td></tr>");
    }
    if (chart != null) {
      sb.append("<tr><td colspan=\"4\"></td><td>").append(chart.ticks()).append("</td><td></td></tr>");
    }
    sb.append("</tbody></table>");
    Map<String, List<Claim>> quotes = new LinkedHashMap<>();
    for (Claim c : g.claims()) {
      String q = Html.quoteOf(c);
      if (!q.isEmpty()) quotes.computeIfAbsent(q, x -> new ArrayList<>()).add(c);
    }
    if (!quotes.isEmpty()) {
      sb.append("<details><summary>").append(plural(quotes.size(), "quote", "quotes")).append("</summary>");
      int shown = 0;
      for (Map.Entry<String, List<Claim>> e : quotes.entrySet()) {
        if (compact && shown++ == MOST_QUOTES) {
          sb.append("<p class=\"cc-note\">and ").append(plural(quotes.size() - MOST_QUOTES, "more quote", "more quotes"))
              .append("</p>");
          break;
        }
        sb.append("<blockquote class=\"cc-bq\"").append(Html.dir(e.getKey())).append('>').append(esc(e.getKey()))
            .append("<cite dir=\"ltr\">");
        sources(sb, e.getValue(), compact ? 3 : Integer.MAX_VALUE);
        sb.append("</cite></blockquote>");
      }
      sb.append("</details>");
    }
    if (!g.assessments().isEmpty()) {
      // pairs with the same verdict between the same two values, for the same reason, are one line
      record Line(String verdict, String because, String rule, boolean independent, String left, String right) {}
      Map<Line, List<Assessment>> lines = new LinkedHashMap<>();
      for (Assessment a : g.assessments()) {
        Assessment o = a.left().value().toString().compareTo(a.right().value().toString()) <= 0 ? a : a.swapped();
        lines.computeIfAbsent(new Line(verdict(o), o.because(), o.rule().id(), o.independent(), o.left().value().toString(),
            o.right().value().toString()), x -> new ArrayList<>()).add(o);
      }
      sb.append("<ul class=\"cc-verdicts\">");
      Map<String, Integer> counted = new TreeMap<>();
      int listed = 0;
      for (List<Assessment> same : lines.values()) {
        Assessment a = same.get(0);
        if (compact && (a.verdict() != Verdict.CONTRADICT || listed++ >= MOST_LINES)) {
          String what = a.verdict() != Verdict.CONTRADICT ? a.verdict().name().toLowerCase(java.util.Locale.ROOT)
            : a.isExplained() ? "explained contradictions (listed above)" : "genuine contradictions (listed above)";
        counted.merge(what, same.size(), Integer::sum);
          continue;
        }
        sb.append("<li class=\"cc-").append(verdictClass(a)).append("\"><span class=\"cc-badge\">")
            .append(esc(verdict(a))).append("</span> <code>").append(esc(a.left().id())).append("</code> vs <code>")
            .append(esc(a.right().id())).append("</code>");
        if (same.size() > 1) sb.append(" <small>and ").append(plural(same.size() - 1, "more pair", "more pairs")).append("</small>");
        sb.append(": ").append(esc(a.because())).append(" <code>").append(esc(a.rule().id())).append("</code> ");
        details(sb, a);
        sb.append("</li>");
      }
      if (!counted.isEmpty()) {
        List<String> parts = new ArrayList<>();
        counted.forEach((v, n) -> parts.add(plural(n, "pair", "pairs") + " " + v));
        sb.append("<li class=\"cc-note\">and ").append(esc(String.join(", ", parts))).append("</li>");
      }
      sb.append("</ul>");
    }
    for (String note : g.notes()) sb.append("<p class=\"cc-note\">").append(esc(note)).append("</p>");
    for (Fact f : g.facts()) {
      sb.append("<p class=\"cc-note\">grouped by ").append(esc(f.key())).append(": ").append(name(f.value())).append("</p>");
    }
    return sb.append("</section>").toString();
  }

  /** In a large report, the links between groups listed. */
  static final int MOST_LINKS = 40;
  /** In a large report, the quotes shown per group. */
  static final int MOST_QUOTES = 2;
  /** In a large report, the contradiction lines listed per group (all are in the sections above). */
  static final int MOST_LINES = 4;

  /** The sources of claims that say the same thing, each once, with their publication dates; at most {@code most}. */
  private static void sources(StringBuilder sb, List<Claim> claims, int most) {
    Map<String, Set<String>> dates = new LinkedHashMap<>();
    for (Claim c : claims) dates.computeIfAbsent(Html.sourceHtml(c), x -> new TreeSet<>()).add(Html.published(c));
    int i = 0;
    for (Map.Entry<String, Set<String>> e : dates.entrySet()) {
      if (i == most) {
        sb.append("<br><small>and ").append(dates.size() - most).append(" more</small>");
        break;
      }
      if (i++ > 0) sb.append("<br>");
      sb.append(e.getKey());
      // in a large report the dates stay in the "valid" column (a claim is valid when published unless it says otherwise)
      if (most == Integer.MAX_VALUE) sb.append(" <small>").append(esc(String.join(", ", e.getValue()))).append("</small>");
    }
  }

  /**
   * The attributes a page's filter reads: {@code data-place}, {@code data-measure}, {@code
   * data-outlets} (the outlets' positions in {@link #outlets(Report)}, space-separated, or their
   * names separated by {@code |} when no index is given) and {@code data-verdicts}; empty ones left out.
   */
  private static void filterData(StringBuilder sb, Group g, @Nullable Map<String, Integer> outletIndex) {
    Set<String> verdicts = new TreeSet<>();
    for (Assessment a : g.assessments()) verdicts.add(verdictClass(a));
    Set<String> outlets = new TreeSet<>();
    for (Claim c : g.claims()) {
      if (c.attribution().outlet() == null) continue;
      String o = c.attribution().outlet().name();
      outlets.add(outletIndex == null ? o : String.valueOf(outletIndex.get(o)));
    }
    Claim first = g.claims().get(0);
    if (!first.place().isNowhere()) sb.append(" data-place=\"").append(esc(first.place().name())).append('"');
    sb.append(" data-measure=\"").append(esc(g.key().measure().label())).append('"');
    if (!outlets.isEmpty()) {
      sb.append(" data-outlets=\"").append(esc(String.join(outletIndex == null ? "|" : " ", outlets))).append('"');
    }
    if (!verdicts.isEmpty()) sb.append(" data-verdicts=\"").append(String.join(" ", verdicts)).append('"');
  }

  /** Every outlet of the report's claims, sorted: the filter's choices, whose positions {@code data-outlets} holds. */
  public static List<String> outlets(Report r) {
    Set<String> out = new TreeSet<>();
    for (Claim c : r.claims()) if (c.attribution().outlet() != null) out.add(c.attribution().outlet().name());
    return new ArrayList<>(out);
  }

  /**
   * The groups no source disputes (one claim, or claims that agree or are compatible, with no
   * dissent and no tie), as one compact table: a row each, with its anchor and the filter's
   * attributes, the consensus (or the value as written), how many claims and who made them.
   */
  private static String undisputed(List<Group> groups, Map<Group, String> anchors, Map<String, Integer> outletIndex) {
    StringBuilder sb = new StringBuilder("<p class=\"cc-note\">Figures no source disputes: one claim only, or claims"
        + " that agree or are compatible.</p><table class=\"cc-undisputed\"><thead><tr><th>what</th><th>value</th>"
        + "<th>claims</th><th>sources</th></tr></thead><tbody>");
    for (Group g : groups) {
      Claim c = g.claims().get(0);
      sb.append("<tr class=\"cc-group\" id=\"").append(anchors.get(g)).append('"');
      filterData(sb, g, outletIndex);
      sb.append("><td>").append(name(g.topic())).append("</td><td>");
      if (g.size() == 1) {
        sb.append(quote(Html.asWritten(c))).append(" = ").append(esc(c.value().toString()));
      } else {
        sb.append(esc(consensus(g.consensus())));
      }
      sb.append("</td><td>").append(g.size()).append("</td><td>");
      Set<String> who = new LinkedHashSet<>();
      for (Claim x : g.claims()) who.add(Html.sourceHtml(x));
      few(sb, who, 3);
      sb.append("</td></tr>");
    }
    return sb.append("</tbody></table>").toString();
  }

  /** At most {@code most} of these HTML names, then how many more. */
  private static void few(StringBuilder sb, Set<String> names, int most) {
    int i = 0;
    for (String n : names) {
      if (i == most) {
        sb.append(" <small>and ").append(names.size() - most).append(" more</small>");
        break;
      }
      if (i++ > 0) sb.append("; ");
      sb.append(n);
    }
  }

  /** The fragment of a report alone (no documents, echoes or sources: {@code Run.toHtml()} adds those). */
  static String report(Report r) {
    return Html.fragment("report", body(r, "Crosscheck report", "rules: " + r.rules().name(), List.of(), List.of(),
        prefix(r)));
  }

  /**
   * The body of a report's fragment: heading, contents, summary, genuine and explained
   * contradictions, timeline, time series, the groups in order, then {@code extra} sections and
   * the links between groups.
   *
   * @param title the heading
   * @param meta the line under it
   * @param summaryExtra more summary items (plain text)
   * @param extra sections after the groups (the run's echoes, sources, failures)
   * @param prefix the anchor prefix
   */
  public static String body(Report r, String title, String meta, List<String> summaryExtra, List<Section> extra,
      String prefix) {
    List<Group> groups = ordered(r);
    // a large report shows the groups of one claim in one compact table (small data, small space)
    boolean compact = r.groups().size() > COMPACT_FROM;
    List<Group> singles = groups.stream().filter(g -> undisputed(g, compact)).toList();
    Map<String, Integer> outletIndex = new HashMap<>();
    for (String o : outlets(r)) outletIndex.put(o, outletIndex.size());
    // by identity: a group's hash would walk all its claims and assessments at every look-up
    Map<Group, String> anchors = new java.util.IdentityHashMap<>();
    for (int i = 0; i < r.groups().size(); i++) anchors.put(r.groups().get(i), prefix + "-g" + (i + 1));
    StringBuilder sb = new StringBuilder();
    sb.append("<header><h1>").append(esc(title)).append("</h1><p class=\"cc-meta\">").append(name(meta)).append("</p></header>");

    String genuine = contradictions(r, true, anchors);
    String explained = contradictions(r, false, anchors);
    String timeline = timeline(r);
    String series = series(r, anchors);
    // contents
    sb.append("<nav class=\"cc-contents\" id=\"").append(prefix).append("-contents\"><b>Contents</b>");
    link(sb, prefix + "-summary", "Summary");
    if (!genuine.isEmpty()) {
      link(sb, prefix + "-genuine", plural(r.genuineContradictions(), "genuine contradiction", "genuine contradictions"));
    }
    if (!explained.isEmpty()) {
      link(sb, prefix + "-explained", plural(r.explainedContradictions(), "explained contradiction",
          "explained contradictions"));
    }
    if (!timeline.isEmpty()) link(sb, prefix + "-timeline", "Timeline of events");
    if (!series.isEmpty()) link(sb, prefix + "-series", "Estimates over time");
    for (Group g : groups) {
      if (undisputed(g, compact)) continue;
      String cls = g.genuineContradictions() > 0 ? "cc-genuine-text" : g.explainedContradictions() > 0
          ? "cc-explained-text" : "";
      sb.append("<a href=\"#").append(anchors.get(g)).append("\"").append(cls.isEmpty() ? "" : " class=\"" + cls + "\"")
          .append('>').append(name(g.topic())).append(" <small>(").append(g.size()).append(")</small></a>");
    }
    if (!singles.isEmpty()) link(sb, prefix + "-undisputed", plural(singles.size(), "undisputed figure", "undisputed figures"));
    for (Section s : extra) link(sb, prefix + "-" + s.id(), s.title());
    if (!r.links().isEmpty()) link(sb, prefix + "-links", "Links between groups");
    sb.append("</nav>");

    sb.append("<section class=\"cc-section\" id=\"").append(prefix).append("-summary\"><h2>Summary</h2><ul class=\"cc-list\">");
    li(sb, "", plural(r.groups().size(), "group", "groups") + " of " + plural(r.claims().size(), "claim", "claims"));
    li(sb, r.genuineContradictions() > 0 ? "cc-genuine-text" : "",
        plural(r.genuineContradictions(), "genuine contradiction", "genuine contradictions"));
    li(sb, r.explainedContradictions() > 0 ? "cc-explained-text" : "",
        plural(r.explainedContradictions(), "contradiction", "contradictions") + " explained" + explanationsUsed(r));
    li(sb, "cc-agree-text", plural(r.agreements(), "agreement", "agreements") + ", " + r.independentAgreements()
        + " between independent sources");
    li(sb, "cc-compatible-text", r.compatibilities() + " compatible");
    for (String s : summaryExtra) li(sb, "", s);
    sb.append("</ul></section>");

    if (!genuine.isEmpty()) {
      section(sb, prefix + "-genuine", "Genuine contradictions", genuine);
    }
    if (!explained.isEmpty()) section(sb, prefix + "-explained", "Explained contradictions", explained);
    if (!timeline.isEmpty()) {
      section(sb, prefix + "-timeline", "Timeline of events", "<p class=\"cc-note\">dated events by place; "
          + "red: a genuine contradiction, orange: an explained one, green: agreed, blue: neither confirmed nor"
          + " contradicted</p>" + timeline);
    }
    if (!series.isEmpty()) section(sb, prefix + "-series", "Estimates over time", series);
    sb.append("<div class=\"cc-groups\">");
    for (Group g : groups) if (!undisputed(g, compact)) sb.append(group(g, java.util.Objects.requireNonNull(anchors.get(g), "every group has its anchor"), 2, compact, outletIndex, r.rules()));
    sb.append("</div>");
    if (!singles.isEmpty()) section(sb, prefix + "-undisputed", "Undisputed figures", undisputed(singles, anchors, outletIndex));
    for (Section s : extra) section(sb, prefix + "-" + s.id(), s.title(), s.html());
    if (!r.links().isEmpty()) {
      StringBuilder l = new StringBuilder("<ul class=\"cc-verdicts\">");
      int shown = 0;
      for (Assessment a : r.links()) {
        if (compact && shown++ == MOST_LINKS) {
          l.append("<li class=\"cc-note\">and ").append(plural(r.links().size() - MOST_LINKS, "more link", "more links"))
              .append(" (the JSON report lists them all)</li>");
          break;
        }
        l.append("<li class=\"cc-").append(verdictClass(a)).append("\"><span class=\"cc-badge\">").append(esc(verdict(a)))
            .append("</span> ").append(side(r, a.left(), anchors)).append(" / ").append(side(r, a.right(), anchors))
            .append(": ").append(esc(a.because())).append(" <code>").append(esc(a.rule().id())).append("</code></li>");
      }
      section(sb, prefix + "-links", "Links between groups", l.append("</ul>").toString());
    }
    if (!r.notes().isEmpty()) {
      StringBuilder n = new StringBuilder();
      for (String note : r.notes()) n.append("<p class=\"cc-note\">").append(esc(note)).append("</p>");
      section(sb, prefix + "-notes", "Notes", n.toString());
    }
    return sb.toString();
  }

  /** Reports with more groups than this show the groups no source disputes as rows of one table. */
  static final int COMPACT_FROM = 60;

  private static boolean undisputed(Group g, boolean compact) {
    if (!compact) return false;
    Consensus k = g.consensus();
    return k.dissenters().isEmpty() && !k.tied() && g.assessments().stream().noneMatch(a -> a.verdict() == Verdict.CONTRADICT);
  }

  private static String side(Report r, Claim c, Map<Group, String> anchors) {
    Group g = r.groupOf(c).orElse(null);
    if (g == null) return name(c.topic()) + " (<code>" + esc(c.id()) + "</code>)";
    return "<a href=\"#" + anchors.get(g) + "\">" + name(g.topic()) + "</a> (<code>" + esc(c.id()) + "</code>)";
  }

  private static void link(StringBuilder sb, String id, String text) {
    sb.append("<a href=\"#").append(esc(id)).append("\">").append(esc(text)).append("</a>");
  }

  private static void li(StringBuilder sb, String cls, String text) {
    sb.append("<li").append(cls.isEmpty() ? "" : " class=\"" + cls + "\"").append('>').append(esc(text)).append("</li>");
  }

  private static void section(StringBuilder sb, String id, String title, String html) {
    sb.append("<section class=\"cc-section\" id=\"").append(esc(id)).append("\"><h2>").append(esc(title)).append("</h2>")
        .append(html).append("</section>");
  }

  /**
   * The genuine (or explained) contradictions within groups, one entry per disagreement: the pairs
   * of a group whose two values are the same are one entry, so that one story rewritten by N outlets
   * is one contradiction, not N; so are entries that would read the same (one group, each side's value
   * as written, the reason and the rule). An entry's first pair keeps the order the assessment gave it, since
   * its explanation is written in that order; the pairs after it are turned to match it.
   * Entries follow the groups in the order of {@link #ordered(Report)}; the plain-text report lists
   * them as the HTML report does.
   */
  public static List<List<Assessment>> disagreements(Report r, boolean genuine) {
    record Key(int group, String left, String right) {}
    Map<Key, List<Assessment>> entries = new LinkedHashMap<>();
    List<Group> groups = ordered(r);
    for (int i = 0; i < groups.size(); i++) {
      for (Assessment a : groups.get(i).assessments()) {
        if (a.verdict() != Verdict.CONTRADICT || a.isExplained() == genuine) continue;
        String lv = a.left().value().toString();
        String rv = a.right().value().toString();
        Key k = lv.compareTo(rv) <= 0 ? new Key(i, lv, rv) : new Key(i, rv, lv);
        List<Assessment> pairs = entries.computeIfAbsent(k, x -> new ArrayList<>());
        // the entry's first pair keeps its own order, since its explanation ("countryside vs province")
        // is written in that order; the pairs after it are turned to match it
        pairs.add(pairs.isEmpty() || pairs.get(0).left().value().toString().equals(lv) ? a : a.swapped());
      }
    }
    // entries that read the same (one group, each side as written, the reason and the rule) are one
    // entry: two values that differ only where the text does not show it (41,250 read as exact in one
    // claim and as a lower bound in another, the same words on both) would print one line twice
    Map<String, List<Assessment>> read = new LinkedHashMap<>();
    for (Map.Entry<Key, List<Assessment>> e : entries.entrySet()) {
      Assessment a = e.getValue().get(0);
      String l = Html.asWritten(a.left());
      String w = Html.asWritten(a.right());
      String tail = '\u0000' + a.because() + '\u0000' + a.rule().id();
      String key = e.getKey().group() + "\u0000" + l + '\u0000' + w + tail;
      String turned = e.getKey().group() + "\u0000" + w + '\u0000' + l + tail;
      if (read.containsKey(key)) {
        read.get(key).addAll(e.getValue());
      } else if (read.containsKey(turned)) {
        for (Assessment x : e.getValue()) read.get(turned).add(x.swapped());
      } else {
        read.put(key, new ArrayList<>(e.getValue()));
      }
    }
    return new ArrayList<>(read.values());
  }

  /** The genuine (or explained) contradictions as a list, one entry per disagreement ({@link #disagreements}). */
  private static String contradictions(Report r, boolean genuine, Map<Group, String> anchors) {
    List<List<Assessment>> entries = disagreements(r, genuine);
    if (entries.isEmpty()) return "";
    StringBuilder sb = new StringBuilder("<ul class=\"cc-verdicts\">");
    for (List<Assessment> pairs : entries) {
      Assessment a = pairs.get(0);
      Group g = r.groupOf(a.left()).orElseThrow();
      sb.append("<li class=\"cc-").append(verdictClass(a)).append("\" data-group=\"").append(anchors.get(g)).append("\">")
          .append("<span class=\"cc-badge\">").append(esc(verdict(a))).append("</span> <a href=\"#")
          .append(anchors.get(g)).append("\">").append(name(g.topic())).append("</a>: ");
      sideOf(sb, pairs, true);
      sb.append(" vs ");
      sideOf(sb, pairs, false);
      sb.append(" \u2014 ").append(esc(a.because())).append(" <code>").append(esc(a.rule().id())).append("</code>");
      if (pairs.size() > 1) sb.append(" <small>(").append(pairs.size()).append(" pairs of claims)</small>");
      details(sb, a);
      sb.append("</li>");
    }
    return sb.append("</ul>").toString();
  }

  private static void sideOf(StringBuilder sb, List<Assessment> pairs, boolean left) {
    Claim c0 = left ? pairs.get(0).left() : pairs.get(0).right();
    Set<String> sources = new LinkedHashSet<>();
    for (Assessment a : pairs) sources.add(Html.sourceHtml(left ? a.left() : a.right()));
    sb.append("<b>").append(quote(Html.asWritten(c0))).append("</b> (");
    few(sb, sources, 3);
    sb.append(')');
  }

  /**
   * The overview timeline: every event-date group's consensus (or, without one, each claim's
   * date) as a mark in its place's row, coloured by the group's worst verdict.
   */
  static String timeline(Report r) {
    List<Chart.Event> events = new ArrayList<>();
    Map<String, List<Chart.Event>> byPlace = new TreeMap<>();
    for (Group g : r.groups()) {
      if (g.key().measure().kind() != Measure.Kind.EVENT_DATE) continue;
      String place = g.claims().get(0).place().isNowhere() ? "(no place)" : g.claims().get(0).place().name();
      String cls = g.genuineContradictions() > 0 ? "cc-s1" : g.explainedContradictions() > 0 ? "cc-s4"
          : g.count(Verdict.AGREE) > 0 ? "cc-s2" : "cc-s0";
      Set<String> seen = new LinkedHashSet<>();
      List<Value> dates = new ArrayList<>();
      if (g.consensus().value() instanceof DateValue d && !g.consensus().tied() && g.genuineContradictions() == 0) {
        dates.add(d);
      } else {
        for (Claim c : g.claims()) dates.add(c.value());
      }
      for (Value v : dates) {
        if (!(v instanceof DateValue d) || d.range().start() == null || d.range().end() == null) continue;
        LocalDate from = d.range().start();
        LocalDate until = d.range().end();
        if (until.toEpochDay() - from.toEpochDay() > 400 || !seen.add(from + "/" + until)) continue;
        String what = g.claims().get(0).event().isNone() ? g.key().measure().label() : g.claims().get(0).event().label();
        byPlace.computeIfAbsent(place, p -> new ArrayList<>())
            .add(new Chart.Event(place, from, until, cls, what + " " + d + " (" + plural(g.size(), "claim", "claims") + ")"));
      }
    }
    for (List<Chart.Event> es : byPlace.values()) events.addAll(es);
    return Chart.timeline(events);
  }

  /**
   * A time series per group of quantities valid on at least two different days: each estimate as
   * an interval on its day of validity, coloured by its outlet (a legend names the colours).
   */
  static String series(Report r, Map<Group, String> anchors) {
    StringBuilder sb = new StringBuilder();
    int charted = 0;
    int more = 0;
    for (Group g : ordered(r)) {
      if (!(g.claims().get(0).value() instanceof Quantity)) continue;
      Set<LocalDate> days = new TreeSet<>();
      for (Claim c : g.claims()) {
        DateValue v = c.validity();
        if (v != null && v.range().start() != null) days.add(v.range().start());
      }
      if (days.size() < 2) continue;
      Map<String, Integer> colours = new LinkedHashMap<>();
      List<Chart.Point> points = new ArrayList<>();
      for (Claim c : g.claims()) {
        DateValue v = c.validity();
        if (!(c.value() instanceof Quantity q) || v == null || v.range().start() == null) continue;
        Source outlet = c.attribution().outlet();
        String who = outlet == null ? Html.source(c) : outlet.name();
        int colour = colours.computeIfAbsent(who, k -> colours.size());
        points.add(new Chart.Point(v.range().start(), q, colour, who + ": " + q + " (valid " + v + ")"));
      }
      if (colours.size() < 2) continue;   // one source's figures over time are not a comparison
      if (charted == MOST_SERIES) {
        more++;
        continue;
      }
      String chart = Chart.series(points, r.rules());   // hedged values as wide as the verdicts read them
      if (chart == null) continue;
      charted++;
      sb.append("<div class=\"cc-series\"><h3><a href=\"#").append(anchors.get(g)).append("\">").append(name(g.topic()))
          .append("</a></h3>").append(chart).append("<div>");
      for (Map.Entry<String, Integer> e : colours.entrySet()) {
        sb.append("<span class=\"cc-key cc-k").append(Math.floorMod(e.getValue(), 8)).append("\"></span>")
            .append(name(e.getKey()));
      }
      sb.append("</div></div>");
    }
    if (more > 0) {
      sb.append("<p class=\"cc-note\">").append(plural(more, "more quantity", "more quantities"))
          .append(" estimated on several days, not charted: see the groups.</p>");
    }
    return sb.toString();
  }

  /** The most time series a report charts, the most urgent first. */
  static final int MOST_SERIES = 12;
}
