package org.crosscheck.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.internal.Html;
import org.crosscheck.extract.Extraction;
import org.crosscheck.claim.Source;
import org.crosscheck.reconcile.Assessment;
import org.crosscheck.reconcile.Consensus;
import org.crosscheck.reconcile.Group;
import org.crosscheck.reconcile.ReportHtml;
import org.crosscheck.truth.SourceReliability;
import org.crosscheck.truth.echo.Echo;
import org.crosscheck.value.Value;

/** Words and cells shared by the renderers. */
final class Describe {
  private Describe() {}

  /**
   * The topic of the group a claim belongs to ("captured@Al Qa'im"), which the report's group
   * headings show; a claim's own topic may name its event type instead ("lost@Al Qa'im").
   */
  static String groupTopic(org.crosscheck.reconcile.Report r, Claim c) {
    return r.groupOf(c).map(Group::topic).orElse(c.topic());
  }

  /** One side of a link between groups: the group's topic and the claim's id. */
  static String linkSide(org.crosscheck.reconcile.Report r, Claim c) {
    return groupTopic(r, c) + " (" + c.id() + ")";
  }

  /** Outlet ← agency ← speaker, without the date; an unnamed source reads {@code unnamed local source (Observer Network)}. */
  static String source(Claim c) {
    return Html.source(c);
  }

  /** The value as the source wrote it (from the evidence), or its notation for hand-made claims. */
  static String asWritten(Claim c) {
    return c.valueAsWritten();
  }

  static String quote(Claim c) {
    return Html.quoteOf(c);
  }

  /** The canonical form: {@code [1350..1650]}, {@code [2017-11-03..2017-11-04)}. */
  static String canonical(Value v) {
    return Html.canonical(v);
  }

  static String validity(Claim c) {
    return Html.validity(c);
  }

  static String published(Claim c) {
    return Html.published(c);
  }

  /** The standing of every claim of the group, by claim id (see {@link ReportHtml#roles(Group)}). */
  static Map<String, String> roles(Group g) {
    return ReportHtml.roles(g);
  }

  /** The standing of one claim among {@code roles} (from {@link #roles(Group)}). */
  static String role(Map<String, String> roles, Claim c) {
    return roles.getOrDefault(c.id(), "-");
  }

  /** {@code CONTRADICT (explained: time of validity, scope)}, {@code CONTRADICT (genuine)}, {@code AGREE}. */
  static String verdict(Assessment a) {
    return ReportHtml.verdict(a);
  }

  /** The kind of a verdict: agree, compatible, explained, genuine, other. */
  static String verdictClass(Assessment a) {
    return ReportHtml.verdictClass(a);
  }

  /** The consensus line (see {@link ReportHtml#consensus(Consensus)}); a tie names no winner. */
  static String consensus(Consensus k) {
    return ReportHtml.consensus(k);
  }

  /** What explains the report's explained contradictions, the kinds used only: {@code " (time of validity, scope)"}. */
  static String explanationsUsed(org.crosscheck.reconcile.Report r) {
    return ReportHtml.explanationsUsed(r);
  }

  /** The outlet of each document of the run, by document id. */
  static Map<String, String> outlets(Run run) {
    Map<String, String> out = new HashMap<>();
    for (Extraction x : run.extractions()) out.put(x.article().id(), x.article().metadata().outlet());
    return out;
  }

  /**
   * The echo clusters of a run: documents linked by echoes (one story rewritten by several
   * outlets), each cluster in order, the originals (documents that echo no other) first. Clusters
   * in order of their first document.
   */
  static List<List<String>> echoClusters(Run run) {
    Map<String, String> parent = new TreeMap<>();
    for (Echo e : run.echoes()) {
      union(parent, e.rewrite(), e.original());
    }
    Map<String, TreeSet<String>> clusters = new TreeMap<>();
    for (String d : parent.keySet()) clusters.computeIfAbsent(find(parent, d), k -> new TreeSet<>()).add(d);
    Set<String> rewrites = new HashSet<>();
    for (Echo e : run.echoes()) rewrites.add(e.rewrite());
    List<List<String>> out = new ArrayList<>();
    for (TreeSet<String> c : clusters.values()) {
      List<String> members = new ArrayList<>();
      for (String d : c) if (!rewrites.contains(d)) members.add(d);
      for (String d : c) if (rewrites.contains(d)) members.add(d);
      out.add(members);
    }
    out.sort(java.util.Comparator.comparing((List<String> l) -> l.get(0)));
    return out;
  }

  /**
   * The echoes of each cluster of {@link #echoClusters}, in the run's order: each echo filed once
   * under the cluster of its rewrite, not found by scanning every echo for every cluster.
   */
  static List<List<Echo>> echoesOf(Run run, List<List<String>> clusters) {
    Map<String, Integer> clusterOf = new HashMap<>();
    for (int i = 0; i < clusters.size(); i++) for (String d : clusters.get(i)) clusterOf.put(d, i);
    List<List<Echo>> out = new ArrayList<>();
    for (int i = 0; i < clusters.size(); i++) out.add(new ArrayList<>());
    for (Echo e : run.echoes()) {
      Integer i = clusterOf.get(e.rewrite());
      if (i != null) out.get(i).add(e);
    }
    return out;
  }

  private static String find(Map<String, String> parent, String d) {
    // every key's parent is a key (union and find put only keys), so the look-ups below find one
    String p = parent.computeIfAbsent(d, k -> k);
    for (String up = parent.get(p); up != null && !p.equals(up); up = parent.get(p)) p = up;
    String q = d;
    while (!q.equals(p)) {   // path compression keeps the run linear
      String next = java.util.Objects.requireNonNull(parent.get(q), "a key without a parent");
      parent.put(q, p);
      q = next;
    }
    return p;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (ra.equals(rb)) return;
    if (ra.compareTo(rb) < 0) parent.put(rb, ra);
    else parent.put(ra, rb);
  }

  /**
   * For each outlet, the outlets of the documents in an echo cluster with one of its documents
   * (itself included), computed once for all the sources of a report.
   */
  static Map<String, Set<String>> clusterMates(Map<String, String> outlets, List<List<String>> clusters) {
    Map<String, Set<String>> mates = new HashMap<>();
    for (List<String> c : clusters) {
      Set<String> names = new TreeSet<>();
      for (String d : c) names.add(outlets.getOrDefault(d, d));
      for (String name : names) mates.computeIfAbsent(name, k -> new TreeSet<>()).addAll(names);
    }
    return mates;
  }

  /**
   * The sources {@code s} depends on or that depend on it, everywhere the same: those the
   * reliability estimate found, and the outlets of documents in an echo cluster with one of its
   * documents ({@link #clusterMates}). Sorted by name.
   */
  static List<String> dependents(SourceReliability s, Map<String, Set<String>> clusterMates) {
    Set<String> out = new TreeSet<>(s.dependents());
    out.addAll(clusterMates.getOrDefault(s.source(), Set.of()));
    out.remove(s.source());
    return new ArrayList<>(out);
  }

  static boolean rtl(String s) {
    return Html.rtl(s);
  }

  static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  static String join(List<String> parts) {
    return String.join(", ", parts);
  }

  static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
