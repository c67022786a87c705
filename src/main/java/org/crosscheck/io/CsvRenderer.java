package org.crosscheck.io;

import static org.apache.commons.text.StringEscapeUtils.escapeCsv;

import java.util.Map;
import org.crosscheck.claim.Claim;
import org.crosscheck.reconcile.Group;

/**
 * One row per claim, for spreadsheets: its group and the group's consensus, who said it and when,
 * what was measured where, the value as written, normalized and canonical, and its standing.
 * RFC 4180 quoting, {@code \n} line ends, UTF-8 with no byte-order mark.
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
          g.key().toString(), g.topic(), c.id(), c.document() == null ? "" : c.document(),
          name(c.attribution().outlet()), name(c.attribution().agency()), name(c.attribution().speaker()),
          Describe.published(c), c.measure().id(), c.event().isNone() ? "" : c.event().id(),
          c.subject().isNone() ? "" : c.subject().label(), c.place().isNowhere() ? "" : c.place().name(),
          c.scope().toString(), Describe.asWritten(c), c.value().toString(), Describe.canonical(c.value()),
          Describe.validity(c), g.consensus().value() == null ? "" : g.consensus().value().toString(),
          String.valueOf(g.consensus().independentSources()), Describe.role(roles, c)
        };
        for (int i = 0; i < cells.length; i++) {
          if (i > 0) sb.append(',');
          sb.append(escapeCsv(cells[i]));
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  private static String name(org.crosscheck.claim.Source s) {
    return s == null ? "" : s.name();
  }
}
