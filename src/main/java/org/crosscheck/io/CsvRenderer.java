package org.crosscheck.io;

import static org.apache.commons.text.StringEscapeUtils.escapeCsv;

import java.util.Map;
import java.util.regex.Pattern;
import org.crosscheck.claim.Claim;
import org.crosscheck.reconcile.Group;
import org.crosscheck.value.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * One row per claim, for spreadsheets: its group and the group's consensus, who said it and when,
 * what was measured where, the value as written, normalized and canonical, and its standing.
 * RFC 4180 quoting, {@code \n} line ends, UTF-8 with no byte-order mark.
 *
 * <p>Article text, file names and outlet names are untrusted: a text cell that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be taken for a
 * formula by a spreadsheet, so it is written after a single quote ({@code '=cmd|calc!A1}), as
 * OWASP advises against CSV injection. Numbers ({@code -5}, {@code 1}) are written as they are.
 */
public final class CsvRenderer implements Renderer {
  static final String HEADER = "group,topic,claim,document,outlet,agency,speaker,published,measure,event,subject,place,"
      + "scope,value_as_written,normalized,canonical,valid,consensus,independent_sources,standing";

  CsvRenderer() {}

  /** The pairwise verdicts of a run as CSV (see {@link #verdicts(Run)}). */
  public static String verdictsOf(Run run) {
    return verdicts(run);
  }

  @Override
  public String render(Run run) {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (Group g : run.report().groups()) {
      Map<String, String> roles = Describe.roles(g);
      for (Claim c : g.claims()) {
        String[] cells = {
          g.key().toString(), PlainText.stripIsolates(g.topic()), c.id(), c.document() == null ? "" : c.document(),
          name(c.attribution().outlet()), name(c.attribution().agency()), name(c.attribution().speaker()),
          Describe.published(c), c.measure().id(), c.event().isNone() ? "" : c.event().id(),
          c.subject().isNone() ? "" : c.subject().label(), c.place().isNowhere() ? "" : c.place().name(),
          PlainText.stripIsolates(c.scope().toString()), Describe.asWritten(c), PlainText.stripIsolates(c.value().toString()),
          Describe.canonical(c.value()),
          Describe.validity(c), g.consensus().value() == null ? "" : g.consensus().value().toString(),
          String.valueOf(g.consensus().independentSources()), Describe.role(roles, c)
        };
        row(sb, cells);
      }
    }
    return sb.toString();
  }

  /** The columns of the pairwise verdicts' CSV. */
  static final String VERDICTS_HEADER = "group,topic,left_claim,right_claim,left_outlet,right_outlet,left_as_written,"
      + "right_as_written,left_canonical,right_canonical,verdict,explained_by,independent,rule,because";

  /**
   * One row per pair of claims assessed, for spreadsheets: the group, both claims (id, outlet, value
   * as written and canonical), the verdict, what explains a contradiction, whether the two sources
   * are independent, the rule that decided and why; links between groups last, their group left
   * blank. Quoted and neutralized as {@link #render} is.
   */
  static String verdicts(Run run) {
    StringBuilder sb = new StringBuilder(VERDICTS_HEADER).append('\n');
    for (Group g : run.report().groups()) {
      for (org.crosscheck.reconcile.Assessment a : g.assessments()) verdictRow(sb, g.key().toString(), g.topic(), a);
    }
    for (org.crosscheck.reconcile.Assessment a : run.report().links()) verdictRow(sb, "", "", a);
    return sb.toString();
  }

  private static void verdictRow(StringBuilder sb, String group, String topic, org.crosscheck.reconcile.Assessment a) {
    String[] cells = {
      group, topic, a.left().id(), a.right().id(), name(a.left().attribution().outlet()),
      name(a.right().attribution().outlet()), Describe.asWritten(a.left()), Describe.asWritten(a.right()),
      a.leftCanonical(), a.rightCanonical(), a.verdict().name(),
      String.join("; ", a.explainedBy().stream().map(org.crosscheck.rules.Explanation::phrase).toList()),
      String.valueOf(a.independent()), a.rule().id(), a.because()
    };
    row(sb, cells);
  }

  private static void row(StringBuilder sb, String[] cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) sb.append(',');
      sb.append(escapeCsv(neutralized(cells[i])));
    }
    sb.append('\n');
  }

  /** The UTF-8 byte-order mark that makes Excel read a CSV file as UTF-8 (without it, Arabic comes out garbled). */
  public static final String EXCEL_BOM = "\uFEFF";

  /** Characters that make a spreadsheet read a cell as a formula when they begin it. */
  private static final String FORMULA_START = "=+-@\t\r";
  /** A plain decimal number, which no spreadsheet reads as a formula. */
  private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(?:\\.[0-9]+)?");

  /**
   * The cell, prefixed with a single quote if a spreadsheet would read it as a formula; plain
   * numbers are left as they are, so they stay numeric.
   */
  static String neutralized(String cell) {
    if (cell.isEmpty() || FORMULA_START.indexOf(cell.charAt(0)) < 0 || NUMBER.matcher(cell).matches()) return cell;
    return "'" + cell;
  }

  private static String name(org.crosscheck.claim.@Nullable Source s) {
    return s == null ? "" : s.name();
  }
}
