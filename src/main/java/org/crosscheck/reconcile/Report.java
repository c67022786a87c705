package org.crosscheck.reconcile;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Place;
import org.crosscheck.rules.Facts;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.rules.Verdict;
import org.crosscheck.value.PlainText;

/**
 * The result of reconciling a batch: groups with their assessments and consensus, links between
 * related groups, and notes on anything a reader should know (a claim given twice, a group too
 * large to assess pair by pair).
 *
 * <p>{@link #toString()} is one line; {@link #table()} is a compact table for notebooks; {@link
 * #explain(String, String)} gives the facts of one assessment.
 *
 * <p>Immutable and thread-safe.
 */
public final class Report {
  private final RuleSet rules;
  private final Independence independence;
  private final ImmutableList<Group> groups;
  private final ImmutableList<Assessment> links;
  private final ImmutableList<String> notes;
  private final Assessor assessor;
  private final Function<Place, String> places;
  private final ImmutableMap<String, Claim> given;
  /** Claim id to the first group holding it, so that looking a claim up is O(1), not a scan of the groups. */
  private final ImmutableMap<String, Group> groupById;
  private final ImmutableMap<GroupKey, Group> groupByKey;

  Report(RuleSet rules, Independence independence, ImmutableList<Group> groups, ImmutableList<Assessment> links,
      ImmutableList<String> notes, Assessor assessor, Function<Place, String> places, ImmutableMap<String, Claim> given) {
    this.rules = rules;
    this.independence = independence;
    this.groups = groups;
    this.links = links;
    this.notes = notes;
    this.assessor = assessor;
    this.places = places;
    this.given = given;
    Map<String, Group> byId = new HashMap<>();
    Map<GroupKey, Group> byKey = new HashMap<>();
    for (Group g : groups) {
      byKey.putIfAbsent(g.key(), g);
      for (Claim c : g.claims()) byId.putIfAbsent(c.id(), g);
    }
    this.groupById = ImmutableMap.copyOf(byId);
    this.groupByKey = ImmutableMap.copyOf(byKey);
  }

  /** The rule set the batch was reconciled under. */
  public RuleSet rules() {
    return rules;
  }

  /** How the batch's claims depend on one another: shared origins and echoes between documents. */
  public Independence independence() {
    return independence;
  }

  /** The groups, ordered by key. */
  public ImmutableList<Group> groups() {
    return groups;
  }

  /** Assessments between related groups (made between claims backing each group's consensus). */
  public ImmutableList<Assessment> links() {
    return links;
  }

  /** Notes on the batch a reader should know, one sentence each (a claim given twice, say). */
  public ImmutableList<String> notes() {
    return notes;
  }

  /** Every claim, group by group, as the groups hold it (with any place a grouping rule inferred). */
  public ImmutableList<Claim> claims() {
    return groups.stream().flatMap(g -> g.claims().stream()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Every claim as it was given, group by group: a claim whose place a grouping rule inferred
   * ({@code grouping.focus-place}) appears without it, as in the input, so that reconciling these
   * claims again gives this report.
   */
  public ImmutableList<Claim> givenClaims() {
    return claims().stream().map(c -> given.getOrDefault(c.id(), c)).collect(ImmutableList.toImmutableList());
  }

  /** Every assessment: within groups, then links. */
  public ImmutableList<Assessment> assessments() {
    ImmutableList.Builder<Assessment> b = ImmutableList.builder();
    groups.forEach(g -> b.addAll(g.assessments()));
    return b.addAll(links).build();
  }

  /** The group holding the claim with this id. */
  public Optional<Group> groupOf(String claimId) {
    return Optional.ofNullable(groupById.get(checkNotNull(claimId, "claimId")));
  }

  /** The group holding {@code claim}, looked up by its id. */
  public Optional<Group> groupOf(Claim claim) {
    return groupOf(checkNotNull(claim, "claim").id());
  }

  /** The group with this key. */
  public Optional<Group> group(GroupKey key) {
    return Optional.ofNullable(groupByKey.get(checkNotNull(key, "key")));
  }

  /** The claim with this id. */
  public Optional<Claim> claim(String id) {
    return groupOf(id).flatMap(g -> g.claim(id));
  }

  /**
   * The assessment of two claims of the report: the one made, or one made now for a pair that was
   * not assessed (different groups, or a large group).
   *
   * @throws IllegalArgumentException naming the id if a claim is not in the report
   */
  public Assessment assessment(String idA, String idB) {
    Claim a = claim(idA).orElseThrow(() -> new IllegalArgumentException("no claim '" + idA + "' in this report"));
    Claim b = claim(idB).orElseThrow(() -> new IllegalArgumentException("no claim '" + idB + "' in this report"));
    Optional<Group> ga = groupOf(idA);
    if (ga.isPresent()) {
      Optional<Assessment> made = ga.get().assessment(idA, idB);
      if (made.isPresent()) return made.get();
    }
    for (Assessment l : links) {
      if (l.left().id().equals(idA) && l.right().id().equals(idB)) return l;
      if (l.left().id().equals(idB) && l.right().id().equals(idA)) return l.swapped();
    }
    return assessor.assess(a, b, places);
  }

  /** The facts of the assessment of two claims, printed one per line. */
  public Facts explain(String idA, String idB) {
    return assessment(idA, idB).explain();
  }

  private long count(java.util.function.Predicate<Assessment> p) {
    return assessments().stream().filter(p).count();
  }

  /** How many assessments, within groups and links, contradict with nothing that explains it. */
  public long genuineContradictions() {
    return count(Assessment::isGenuineContradiction);
  }

  /** How many contradictions are explained: by time of validity, scope, event type or a restated figure. */
  public long explainedContradictions() {
    return count(Assessment::isExplained);
  }

  /** Agreements, not counting a figure an article restates ({@link Assessment#isRestatement()}). */
  public long agreements() {
    return count(Assessment::isAgreement);
  }

  /** How many agreements are between claims of independent origins ({@link Assessment#independent()}). */
  public long independentAgreements() {
    return count(a -> a.isAgreement() && a.independent());
  }

  /** Figures an article gives twice: one claim restated, never an agreement. */
  public long restatements() {
    return count(Assessment::isRestatement);
  }

  /** How many assessments found the claims {@code COMPATIBLE}: both can be true. */
  public long compatibilities() {
    return count(a -> a.verdict() == Verdict.COMPATIBLE);
  }

  /** The summary line. */
  public String summary() {
    int claims = groups.stream().mapToInt(Group::size).sum();
    return String.format(Locale.ROOT, "%s, %s: %s, %d explained, %s (%d independent), %d compatible",
        plural(groups.size(), "group", "groups"), plural(claims, "claim", "claims"),
        plural(genuineContradictions(), "genuine contradiction", "genuine contradictions"), explainedContradictions(),
        plural(agreements(), "agreement", "agreements"), independentAgreements(), compatibilities());
  }

  /** {@code 1 group}, {@code 2 groups}. */
  private static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /**
   * A compact table: one row per group (claims, consensus, independent sources, verdicts), then
   * the contradictions and the links, each named as the reports name them (the group's heading,
   * each side's value and source) rather than by claim ids. Columns are aligned by display width
   * ({@link PlainText#width}) and right-to-left names are isolated, so the table lines up and reads
   * in order in a terminal, a notebook or a browser.
   */
  public String table() {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"group", "claims", "consensus", "sources", "verdicts"});
    for (Group g : groups) {
      rows.add(new String[] {g.topic(), String.valueOf(g.size()), consensusCell(g),
          String.valueOf(g.consensus().independentSources()), verdictCell(g)});
    }
    StringBuilder sb = new StringBuilder(summary()).append('\n');
    int[] w = new int[5];
    for (String[] r : rows) for (int i = 0; i < 5; i++) w[i] = Math.max(w[i], PlainText.width(r[i]));
    for (String[] r : rows) {
      String line = PlainText.padEnd(r[0], w[0]) + "  " + PlainText.padStart(r[1], w[1]) + "  "
          + PlainText.padEnd(r[2], w[2]) + "  " + PlainText.padStart(r[3], w[3]) + "  " + r[4];
      sb.append(line.stripTrailing()).append('\n');
    }
    List<Assessment> contradictions = assessments().stream().filter(a -> a.verdict() == Verdict.CONTRADICT).toList();
    if (!contradictions.isEmpty()) {
      sb.append("contradictions:\n");
      appendPairs(sb, contradictions, a -> heading(a.left()) + ": " + side(a.left()) + " vs " + side(a.right()));
    }
    if (!links.isEmpty()) {
      sb.append("links between groups:\n");
      appendPairs(sb, links, a -> heading(a.left()) + ": " + side(a.left()) + " / " + heading(a.right()) + ": "
          + side(a.right()));
    }
    for (String n : notes) sb.append("note: ").append(n).append('\n');
    for (Group g : groups) for (String n : g.notes()) sb.append("note (").append(g.topic()).append("): ").append(n).append('\n');
    return sb.toString();
  }

  /**
   * One line per pair, named as the reports name it; two pairs that would read the same (one
   * article giving two claims in the same words) get their claim ids.
   */
  private static void appendPairs(StringBuilder sb, List<Assessment> pairs, Function<Assessment, String> name) {
    Map<String, Integer> uses = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (Assessment a : pairs) {
      String n = name.apply(a) + "  " + verdictNote(a);
      names.add(n);
      uses.merge(n, 1, Integer::sum);
    }
    for (int i = 0; i < pairs.size(); i++) {
      Assessment a = pairs.get(i);
      sb.append("  ").append(names.get(i));
      if (uses.getOrDefault(names.get(i), 0) > 1) sb.append("  [").append(a.left().id()).append(" vs ").append(a.right().id()).append(']');
      sb.append('\n');
    }
  }

  /** The heading of the group a claim is in, as the reports show it. */
  private String heading(Claim c) {
    return groupOf(c).map(Group::topic).orElse(c.topic());
  }

  /** One side of a pair as the reports show it: the value as written, then the sources ({@code ~1500 (Al-Arab ← US-led coalition)}). */
  private static String side(Claim c) {
    return PlainText.isolate(c.valueAsWritten()) + " (" + c.attribution().sources() + ")";
  }

  /** {@code CONTRADICT (quantity.disjoint; explained by: time of validity, scope)}. */
  private static String verdictNote(Assessment a) {
    StringBuilder sb = new StringBuilder(a.verdict().name()).append(" (").append(a.rule());
    if (!a.explanations().isEmpty()) {
      sb.append("; explained by: ").append(String.join(", ", a.explainedBy().stream().map(x -> x.phrase()).toList()));
    } else if (a.verdict() == Verdict.CONTRADICT) {
      sb.append("; genuine");
    }
    return sb.append(')').toString();
  }

  private static String consensusCell(Group g) {
    Consensus c = g.consensus();
    if (c.value() == null) return "-";
    if (c.tied()) return "- (tied)";   // a tie names no winner
    String s = c.value().toString();
    if (c.asOf() != null) s += " as of " + c.asOf();
    return s;
  }

  private static String verdictCell(Group g) {
    List<String> parts = new ArrayList<>();
    long agree = g.agreements();
    long restated = g.restatements();
    long compatible = g.count(Verdict.COMPATIBLE);
    long genuine = g.genuineContradictions();
    long explained = g.explainedContradictions();
    long incomparable = g.count(Verdict.INCOMPARABLE);
    if (agree > 0) parts.add(agree + " agree (" + g.independentAgreements() + " independent)");
    if (compatible > 0) parts.add(compatible + " compatible");
    if (genuine > 0) parts.add(genuine + " CONTRADICT");
    if (explained > 0) parts.add(explained + " explained contradiction" + (explained == 1 ? "" : "s"));
    if (incomparable > 0) parts.add(incomparable + " incomparable");
    if (restated > 0) parts.add(restated + " restated in one article");
    return parts.isEmpty() ? "-" : String.join(", ", parts);
  }

  /** {@code Report[12 groups, 40 claims: 1 genuine contradiction, …]}. */
  @Override
  public String toString() {
    return "Report[" + summary() + "]";
  }

  /**
   * This report as an embeddable HTML fragment: contents, summary, the genuine contradictions
   * first, then the explained ones, a timeline of events, estimates over time and the groups in
   * order of urgency, with small inline SVG charts; no script, styles scoped under {@code
   * .crosscheck} (see {@link ReportHtml}). Jupyter's Java kernel shows it when a cell's last
   * expression is a report.
   */
  public String toHtml() {
    return ReportHtml.report(this);
  }
}
