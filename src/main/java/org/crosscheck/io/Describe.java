package org.crosscheck.io;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.claim.Attribution;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Source;
import org.crosscheck.reconcile.Assessment;
import org.crosscheck.reconcile.Consensus;
import org.crosscheck.reconcile.Group;
import org.crosscheck.rules.Explanation;
import org.crosscheck.rules.Verdict;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.Quantity;
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

  /** Outlet ← agency ← speaker, without the date. */
  static String source(Claim c) {
    Attribution a = c.attribution();
    StringBuilder sb = new StringBuilder();
    for (Source s : new Source[] {a.outlet(), a.agency(), a.speaker()}) {
      if (s == null) continue;
      if (sb.length() > 0) sb.append(" \u2190 ");
      sb.append(s.name());
    }
    return sb.length() == 0 ? "unknown source" : sb.toString();
  }

  /** The value as the source wrote it (from the evidence), or its notation for hand-made claims. */
  static String asWritten(Claim c) {
    return c.valueAsWritten();
  }

  static String quote(Claim c) {
    return c.evidence() == null ? "" : c.evidence().quote().strip();
  }

  /** The canonical form: {@code [1350..1650]}, {@code [2017-11-03..2017-11-04)}. */
  static String canonical(Value v) {
    if (v instanceof Quantity q) return q.unit().label(q.interval().toString(), false);
    if (v instanceof DateValue d) return d.range().toString();
    return v.toString();
  }

  static String validity(Claim c) {
    return c.validity() == null ? "-" : c.validity().toString();
  }

  static String published(Claim c) {
    return c.attribution().published() == null ? "-" : c.attribution().published().toString();
  }

  /**
   * The standing of every claim of the group, by claim id: backs the consensus, dissents,
   * superseded, incomparable; under a tied consensus, which names no winner, the claims that would
   * back or dissent are all "tied". Built once per group, so that rendering a group of n claims
   * takes O(n) rather than a list search per claim. A claim the consensus does not list stands as
   * "-".
   */
  static Map<String, String> roles(Group g) {
    Consensus k = g.consensus();
    Map<String, String> roles = new HashMap<>();
    // later puts win: dissent over superseded over incomparable over backing
    for (Claim c : k.supporters()) roles.put(c.id(), k.tied() ? "tied" : "backs");
    for (Claim c : k.incomparable()) roles.put(c.id(), "incomparable");
    for (Claim c : k.superseded()) roles.put(c.id(), "superseded");
    for (Claim c : k.dissenters()) roles.put(c.id(), k.tied() ? "tied" : "dissents");
    return roles;
  }

  /** The standing of one claim among {@code roles} (from {@link #roles(Group)}). */
  static String role(Map<String, String> roles, Claim c) {
    return roles.getOrDefault(c.id(), "-");
  }

  /** {@code CONTRADICT (explained: time of validity, scope)}, {@code CONTRADICT (genuine)}, {@code AGREE}. */
  static String verdict(Assessment a) {
    if (a.verdict() != Verdict.CONTRADICT) return a.verdict().name();
    if (!a.isExplained()) return "CONTRADICT (genuine)";
    return "CONTRADICT (explained: " + String.join(", ", a.explainedBy().stream().map(Explanation::phrase).toList()) + ")";
  }

  /** CSS class of a verdict. */
  static String verdictClass(Assessment a) {
    return switch (a.verdict()) {
      case AGREE -> "agree";
      case COMPATIBLE -> "compatible";
      case CONTRADICT -> a.isExplained() ? "explained" : "genuine";
      default -> "other";
    };
  }

  /**
   * The consensus line: {@code [1500..1650] — 2 independent sources}; a tie names no winner:
   * {@code none: tied, no value has more support than another}.
   */
  static String consensus(Consensus k) {
    if (k.value() == null) return "none";
    if (k.tied()) return "none: tied, no value has more support than another";
    StringBuilder sb = new StringBuilder(k.value().toString());
    if (k.asOf() != null) sb.append(" as of ").append(k.asOf());
    sb.append(" \u2014 ").append(k.independentSources())
        .append(k.independentSources() == 1 ? " independent source" : " independent sources");
    return sb.toString();
  }

  /**
   * What explains the report's explained contradictions, the kinds used only, in their declared
   * order: {@code " (time of validity, scope)"}; empty when none is explained.
   */
  static String explanationsUsed(org.crosscheck.reconcile.Report r) {
    java.util.EnumSet<Explanation> used = java.util.EnumSet.noneOf(Explanation.class);
    for (Assessment a : r.assessments()) if (a.isExplained()) used.addAll(a.explainedBy());
    return used.isEmpty() ? "" : " (" + String.join(", ", used.stream().map(Explanation::phrase).toList()) + ")";
  }

  static boolean rtl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0590' && c <= '\u08FF') return true;
      if (Character.isLetter(c)) return false;
    }
    return false;
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
