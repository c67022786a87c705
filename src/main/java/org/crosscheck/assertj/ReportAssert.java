package org.crosscheck.assertj;

import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.crosscheck.claim.Claim;
import org.crosscheck.reconcile.Group;
import org.crosscheck.reconcile.Report;

/** Assertions on a {@link Report}. */
@SuppressWarnings("exports") // AssertJ is optional: whoever uses the assertions has it
public class ReportAssert extends AbstractAssert<ReportAssert, Report> {

  /** Assertions on {@code actual}. */
  public ReportAssert(Report actual) {
    super(actual, ReportAssert.class);
  }

  /** The report has exactly {@code expected} groups; the failure lists them. */
  public ReportAssert hasGroupCount(int expected) {
    isNotNull();
    if (actual.groups().size() != expected) {
      failWithMessage("%nExpecting a report with %s groups but it had %s:%n  %s", expected, actual.groups().size(),
          String.join("\n  ", actual.groups().stream().map(Group::toString).toList()));
    }
    return this;
  }

  /** The claims all land in one group. */
  public ReportAssert groupsTogether(Claim... claims) {
    isNotNull();
    List<Claim> list = Arrays.asList(claims);
    long groups = list.stream().map(c -> actual.groupOf(c).map(Group::key).orElse(null)).distinct().count();
    boolean missing = list.stream().anyMatch(c -> actual.groupOf(c).isEmpty());
    if (groups != 1 || missing) throwAssertionError(ShouldGroup.shouldGroupTogether(actual, list));
    return this;
  }

  /** The two claims land in different groups (a hard negative). */
  public ReportAssert separates(Claim a, Claim b) {
    isNotNull();
    var ga = actual.groupOf(a).map(Group::key);
    var gb = actual.groupOf(b).map(Group::key);
    if (ga.isPresent() && ga.equals(gb)) throwAssertionError(ShouldGroup.shouldSeparate(actual, a, b));
    return this;
  }

  /** The report has exactly {@code expected} genuine contradictions; the failure lists those it has. */
  public ReportAssert hasGenuineContradictions(long expected) {
    isNotNull();
    if (actual.genuineContradictions() != expected) {
      failWithMessage("%nExpecting %s genuine contradictions but found %s:%n  %s", expected,
          actual.genuineContradictions(), String.join("\n  ", actual.assessments().stream()
              .filter(a -> a.isGenuineContradiction()).map(Object::toString).toList()));
    }
    return this;
  }

  /** The report has exactly {@code expected} explained contradictions; the failure lists those it has. */
  public ReportAssert hasExplainedContradictions(long expected) {
    isNotNull();
    if (actual.explainedContradictions() != expected) {
      failWithMessage("%nExpecting %s explained contradictions but found %s:%n  %s", expected,
          actual.explainedContradictions(), String.join("\n  ", actual.assessments().stream()
              .filter(a -> a.isExplained()).map(Object::toString).toList()));
    }
    return this;
  }

  /** Assertions on the group holding {@code claim}. */
  public GroupAssert groupOf(Claim claim) {
    isNotNull();
    Group g = actual.groupOf(claim).orElse(null);
    if (g == null) failWithMessage("%nExpecting the report to hold claim%n  %s%nbut it does not", claim);
    return new GroupAssert(java.util.Objects.requireNonNull(g, "failWithMessage throws"));
  }

  /** Assertions on the assessment of two claims of the report. */
  public AssessmentAssert assessment(Claim a, Claim b) {
    isNotNull();
    return new AssessmentAssert(actual.assessment(a.id(), b.id()));
  }
}
