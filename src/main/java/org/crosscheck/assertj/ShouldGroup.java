package org.crosscheck.assertj;

import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.crosscheck.claim.Claim;
import org.crosscheck.reconcile.Report;

/** Failure: claims that should share a group do not, or claims that should not share one do. */
@SuppressWarnings("exports") // AssertJ is optional: whoever uses the assertions has it
public final class ShouldGroup extends BasicErrorMessageFactory {
  private ShouldGroup(String format, Object... args) {
    super(format, args);
  }

  /** The failure of claims that should share a group: says which group each claim landed in. */
  public static ErrorMessageFactory shouldGroupTogether(Report report, List<Claim> claims) {
    return new ShouldGroup("%nExpecting these claims in one group:%n  %s%nbut they were in:%n  %s",
        new Text(claims.stream().map(Claim::toString).collect(Collectors.joining("\n  "))), new Text(where(report, claims)));
  }

  /** The failure of two claims that should be in different groups: names the group holding both. */
  public static ErrorMessageFactory shouldSeparate(Report report, Claim a, Claim b) {
    return new ShouldGroup("%nExpecting these claims in different groups:%n  %s%n  %s%nbut both were in:%n  %s",
        new Text(a.toString()), new Text(b.toString()),
        new Text(report.groupOf(a).map(g -> g.key() + "  (" + g.topic() + ")").orElse("-")));
  }

  private static String where(Report report, List<Claim> claims) {
    return claims.stream().map(c -> c.id() + " -> " + report.groupOf(c).map(g -> g.key().toString()).orElse("no group"))
        .collect(Collectors.joining("\n  "));
  }
}
