package org.crosscheck.io;

import static org.apache.commons.text.StringEscapeUtils.escapeCsv;

import java.util.Map;
import java.util.regex.Pattern;
import org.crosscheck.claim.Claim;
import org.crosscheck.reconcile.Group;
import org.crosscheck.value.PlainText;

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
final class CsvRenderer implements Renderer {
  static final String HEADER = "group,topic,claim,document,outlet,agency,speaker,published,measure,event,subject,place,"
      + "scope,value_as_written,normalized,canonical,valid,consensus,independent_sources,standing";

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
        for (int i = 0; i < cells.length; i++) {
          if (i > 0) sb.append(',');
          sb.append(escapeCsv(neutralized(cells[i])));
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }

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

  private static String name(org.crosscheck.claim.Source s) {
    return s == null ? "" : s.name();
  }
}
