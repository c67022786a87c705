package org.crosscheck.claim.internal;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.PlainText;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.Value;
import org.crosscheck.claim.Attribution;
import org.crosscheck.claim.Chart;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Modality;
import org.crosscheck.claim.Source;

/**
 * The building blocks of Crosscheck's embeddable HTML fragments, shared by claims, assessments,
 * groups, reports and the standalone HTML page: escaping, text direction, the words a reader sees
 * for a claim's source and value, and the one style sheet.
 *
 * <p>A fragment is one {@code <div class="crosscheck">} element: no doctype, no {@code <html>},
 * no script, and a {@code <style>} element whose every selector starts with {@code .crosscheck},
 * so the fragment can be put inside any page (a Jupyter notebook, a web log) without changing it,
 * and the page's own style sheet cannot change the fragment: every rule of the fragment is marked
 * {@code !important} over a reset of the properties a host page commonly sets.
 *
 * <p>Every quote and every name is marked with its direction ({@code dir="rtl"} for Arabic text,
 * {@code dir="auto"} otherwise), so mixed Arabic and Latin text reads in logical order.
 *
 * <p>Stateless and thread-safe.
 */
public final class Html {
  private Html() {}

  /** The class of every fragment's root element, which scopes every selector of {@link #STYLE}. */
  public static final String ROOT = "crosscheck";

  /** Escapes text for an HTML text node or a quoted attribute value. */
  public static String esc(String s) {
    return escapeHtml4(s);
  }

  /** Whether text begins, after neutral characters, with a right-to-left letter (Arabic, Hebrew, Syriac, Thaana). */
  public static boolean rtl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0590' && c <= '\u08FF') return true;
      if (Character.isLetter(c)) return false;
    }
    return false;
  }

  /** Whether text holds any right-to-left letter. */
  static boolean hasRtl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0590' && c <= '\u08FF') return true;
    }
    return false;
  }

  /** The direction attributes of a quote or name: {@code dir="rtl" lang="ar"} for Arabic, else {@code dir="auto"}. */
  public static String dir(String text) {
    return rtl(text) ? " dir=\"rtl\" lang=\"ar\"" : " dir=\"auto\"";
  }

  /** A name (outlet, speaker, place, topic) as an isolated run of text in its own direction. */
  public static String name(String text) {
    return "<bdi" + dir(text) + ">" + esc(text) + "</bdi>";
  }

  /** A quote from an article as an isolated run of text in its own direction. */
  public static String quote(String text) {
    return "<bdi" + dir(text) + ">" + esc(text) + "</bdi>";
  }

  /**
   * Wraps a fragment's body in the root element with the style sheet: {@code <div
   * class="crosscheck cc-KIND">}.
   */
  public static String fragment(String kind, String body) {
    return "<div class=\"" + ROOT + " cc-" + kind + "\" dir=\"ltr\" lang=\"en\"><style>" + STYLE + "</style>" + body
        + "</div>";
  }

  /** The plural of a count: {@code 1 claim}, {@code 2 claims}. */
  public static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  // ---------------------------------------------------------------- words for a claim

  /** Words Arabic articles use for an unnamed source, and their English. */
  private static final ImmutableMap<String, String> UNNAMED = ImmutableMap.<String, String>builder()
      .put("\u0645\u062d\u0644\u064a", "local")             // mahalli
      .put("\u0639\u0633\u0643\u0631\u064a", "military")    // askari
      .put("\u0623\u0645\u0646\u064a", "security")          // amni
      .put("\u0645\u0637\u0644\u0639", "informed")          // mutali'
      .put("\u0631\u0633\u0645\u064a", "official")          // rasmi
      .put("\u0645\u064a\u062f\u0627\u0646\u064a", "field") // maydani
      .put("\u0637\u0628\u064a", "medical")                 // tibbi
      .put("\u062d\u0643\u0648\u0645\u064a", "government")  // hukumi
      .put("\u0645\u0633\u0624\u0648\u0644", "official")    // mas'ul
      .put("\u0642\u0628\u0644\u064a", "tribal")            // qabali
      .put("\u0645\u062d\u0644\u064a\u0629", "local")
      .buildOrThrow();

  /**
   * How a reader sees one source of a claim. An unnamed source, which the extractor names by its
   * words and the article it appears in ({@code مصدر محلي (05_observer.txt)}) so that each stays
   * its own origin, reads as {@code unnamed local source (Observer Network)}: the kind of source
   * in English when known, and the outlet rather than the file.
   */
  public static String sourceName(Source s, Claim c) {
    String name = s.name();
    String doc = c.document();
    String suffix = doc == null ? null : " (" + doc + ")";
    if (suffix == null || !name.endsWith(suffix)) {
      String latin = Romanizer.latin(name);
      return latin == null ? name : name + " (" + latin + ")";
    }
    String words = name.substring(0, name.length() - suffix.length()).strip();
    String[] parts = words.split("\\s+");
    StringBuilder kind = new StringBuilder();
    String unknown = null;
    for (int i = 1; i < parts.length; i++) {
      String en = UNNAMED.get(parts[i].replace("\u0627\u0644", ""));   // the article al- does not change the kind
      if (en == null) {
        unknown = words;
        break;
      }
      kind.append(en).append(' ');
    }
    Source outlet = c.attribution().outlet();
    String where = outlet != null ? outlet.name() : doc;
    if (unknown != null) return "unnamed source \u201c" + unknown + "\u201d (" + where + ")";
    return "unnamed " + kind + "source (" + where + ")";
  }

  /** Outlet ← agency ← speaker, without the date; {@code unknown source} when none is known. */
  public static String source(Claim c) {
    Attribution a = c.attribution();
    StringBuilder sb = new StringBuilder();
    // an unnamed source already names its outlet: "unnamed local source (Observer Network)"
    boolean unnamed = a.speaker() != null && c.document() != null
        && a.speaker().name().endsWith(" (" + c.document() + ")");
    for (Source s : new Source[] {unnamed ? null : a.outlet(), a.agency(), a.speaker()}) {
      if (s == null) continue;
      if (sb.length() > 0) sb.append(" \u2190 ");
      sb.append(sourceName(s, c));
    }
    return sb.length() == 0 ? "unknown source" : sb.toString();
  }

  /** {@link #source(Claim)} as HTML, each name an isolated run in its own direction. */
  public static String sourceHtml(Claim c) {
    String all = source(c);
    if (!hasRtl(all)) return name(all);   // one left-to-right run: one isolate is enough
    StringBuilder sb = new StringBuilder();
    for (String part : all.split(" \u2190 ")) {
      if (sb.length() > 0) sb.append(" \u2190 ");
      int reading = latinReading(part);
      // a name with its Latin reading is one left-to-right isolate, the Arabic isolated within it,
      // so that the reading follows the name as in the text report (never a bare text node)
      sb.append(reading < 0 ? name(part)
          : "<bdi dir=\"ltr\">" + name(part.substring(0, reading)) + esc(part.substring(reading)) + "</bdi>");
    }
    return sb.toString();
  }

  /**
   * One name of {@link #source(Claim)} as plain text: a name written right to left isolated
   * ({@link PlainText#isolate}), and its Latin reading, if any, after the isolate, so that it reads
   * to the right of the Arabic rather than inside its right-to-left run.
   */
  public static String isolatedName(String part) {
    int reading = latinReading(part);
    return reading < 0 ? PlainText.isolate(part) : PlainText.isolate(part.substring(0, reading)) + part.substring(reading);
  }

  /** Where the Latin reading {@code " (…)"} after a right-to-left name begins, or -1. */
  private static int latinReading(String part) {
    int open = part.lastIndexOf(" (");
    if (open <= 0 || !part.endsWith(")")) return -1;
    return hasRtl(part.substring(0, open)) && !hasRtl(part.substring(open)) ? open : -1;
  }

  /** The value as the source wrote it (from the evidence), or its notation for hand-made claims. */
  public static String asWritten(Claim c) {
    return c.valueAsWritten();
  }

  /** The sentence the claim was read from, or empty for hand-made claims. */
  public static String quoteOf(Claim c) {
    return c.evidence() == null ? "" : c.evidence().quote().strip();
  }

  /** The canonical form: {@code [1350..1650]}, {@code [2017-11-03..2017-11-04)}. */
  public static String canonical(Value v) {
    if (v instanceof Quantity q) return q.unit().label(q.interval().toString(), false);
    if (v instanceof DateValue d) return d.range().toString();
    return v.toString();
  }

  /** The time of validity, or {@code -}. */
  public static String validity(Claim c) {
    return c.validity() == null ? "-" : c.validity().toString();
  }

  /** The publication date, or {@code -}. */
  public static String published(Claim c) {
    return c.attribution().published() == null ? "-" : c.attribution().published().toString();
  }

  /** The fragment of one claim: what it is about, the value as written and normalized, who said it, when, the quote, a small chart. */
  public static String claim(Claim c) {
    StringBuilder sb = new StringBuilder();
    sb.append("<div class=\"cc-card\"><div class=\"cc-title\">").append(name(c.topic())).append(" = <b>")
        .append(esc(c.value().toString())).append("</b></div><table class=\"cc-facts\"><tbody>");
    row(sb, "as written", quote(asWritten(c)));
    row(sb, "canonical", esc(canonical(c.value())));
    row(sb, "source", sourceHtml(c));
    row(sb, "published", esc(published(c)));
    row(sb, "valid", esc(validity(c)));
    if (c.modality() != Modality.ASSERTED) row(sb, "modality", esc(c.modality().name().toLowerCase(Locale.ROOT)));
    Chart chart = Chart.of(java.util.List.of(c.value()), null, Chart.SMALL);
    if (chart != null) {
      row(sb, esc(chart.title()), chart.row(c.value(), null, "backs") + chart.ticks());
    }
    row(sb, "id", "<code>" + esc(c.id()) + "</code>");
    sb.append("</tbody></table>");
    String q = quoteOf(c);
    if (!q.isEmpty()) sb.append("<blockquote class=\"cc-bq\"").append(dir(q)).append('>').append(esc(q)).append("</blockquote>");
    return sb.append("</div>").toString();
  }

  private static void row(StringBuilder sb, String key, String html) {
    sb.append("<tr><th>").append(key).append("</th><td>").append(html).append("</td></tr>");
  }

  // ---------------------------------------------------------------- the style sheet

  private static final String R = "." + ROOT;

  /**
   * The reset every element of a fragment starts from, so that a host page's rules on {@code
   * table}, {@code td}, {@code svg}, {@code li} or inherited fonts cannot reach inside.
   */
  private static final String RESET = "margin:0!important;padding:0!important;border:0 none!important;"
      + "background:none!important;box-shadow:none!important;font-family:inherit!important;"
      + "font-size:inherit!important;font-weight:inherit!important;font-style:inherit!important;"
      + "line-height:inherit!important;color:inherit!important;letter-spacing:normal!important;"
      + "word-spacing:normal!important;text-transform:none!important;text-decoration:none!important;"
      + "text-align:start!important;text-indent:0!important;text-shadow:none!important;vertical-align:baseline!important;"
      + "float:none!important;position:static!important;width:auto!important;height:auto!important;"
      + "min-width:0!important;max-width:none!important;min-height:0!important;max-height:none!important;"
      + "box-sizing:content-box!important;opacity:1!important;transform:none!important;filter:none!important;"
      + "white-space:normal!important;list-style:none!important;overflow:visible!important;"
      + "outline:none!important;border-radius:0!important;visibility:visible!important;";

  /** The one style sheet of every fragment: each selector starts with {@code .crosscheck}, each declaration is {@code !important}. */
  public static final String STYLE = String.join("",
      R + "{" + RESET + "display:block!important;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',"
          + "'Noto Naskh Arabic',sans-serif!important;font-size:14px!important;line-height:1.4!important;"
          + "color:#222!important;background:#fff!important;direction:ltr!important;text-align:left!important;"
          + "padding:4px!important}",
      R + " :where(div,span,bdi,b,strong,em,small,code,a,p,h1,h2,h3,h4,ul,ol,li,table,thead,tbody,tr,th,td,section,header,"
          + "nav,details,summary,blockquote,cite,svg,label){" + RESET + "}",
      R + " :where(div,p,h1,h2,h3,h4,ul,ol,section,header,nav,details,blockquote){display:block!important}",
      R + " :where(span,bdi,b,strong,em,small,code,a,cite,label){display:inline!important}",
      R + " li{display:list-item!important}",
      R + " table{display:table!important;border-collapse:collapse!important;table-layout:auto!important}",
      R + " thead{display:table-header-group!important}" + R + " tbody{display:table-row-group!important}",
      R + " tr{display:table-row!important}" + R + " th," + R + " td{display:table-cell!important;"
          + "padding:2px 6px!important;border-bottom:1px solid #eee!important;vertical-align:middle!important}",
      R + " th{font-weight:600!important;color:#555!important}",
      R + " summary{display:list-item!important;cursor:pointer!important;color:#555!important}",
      R + " details>summary{list-style:disclosure-closed inside!important}",
      R + " details[open]>summary{list-style:disclosure-open inside!important}",
      R + " b," + R + " strong{font-weight:700!important}" + R + " em{font-style:italic!important}",
      R + " small{font-size:12px!important;color:#666!important}",
      R + " code{font-family:ui-monospace,'DejaVu Sans Mono',monospace!important;font-size:12px!important;color:#555!important}",
      R + " a{color:#1a5fa8!important;text-decoration:underline!important;cursor:pointer!important}",
      R + " h1{font-size:22px!important;font-weight:700!important;margin:4px 0!important}",
      R + " h2{font-size:17px!important;font-weight:700!important;margin:14px 0 6px!important}",
      R + " h3{font-size:15px!important;font-weight:700!important;margin:8px 0 4px!important}",
      R + " ul.cc-list>li{margin:2px 0 2px 18px!important;list-style:disc outside!important}",
      R + " bdi[dir=rtl]," + R + " blockquote[dir=rtl]," + R + " td[dir=rtl]{direction:rtl!important;unicode-bidi:isolate!important;"
          + "text-align:right!important}",
      R + " bdi{unicode-bidi:isolate!important}",
      R + " .cc-meta{color:#666!important}",
      R + " .cc-card{border:1px solid #ddd!important;border-radius:6px!important;padding:6px 10px!important;"
          + "display:inline-block!important}",
      R + " .cc-title{font-size:15px!important;margin-bottom:4px!important}",
      R + " .cc-section{margin:10px 0!important;padding:8px 12px!important;border:1px solid #ddd!important;"
          + "border-radius:6px!important}",
      R + " .cc-bq{margin:4px 0!important;padding:3px 10px!important;border-left:3px solid #ccc!important;"
          + "background:#fafafa!important}",
      R + " .cc-bq[dir=rtl]{border-left:0 none!important;border-right:3px solid #ccc!important}",
      R + " .cc-bq cite{display:block!important;color:#777!important;font-size:12px!important;direction:ltr!important;"
          + "text-align:left!important}",
      R + " .cc-badge{display:inline-block!important;padding:0 5px!important;border-radius:4px!important;"
          + "color:#fff!important;font-size:11px!important;font-weight:700!important;background:#757575!important}",
      R + " .cc-agree .cc-badge{background:#2e7d32!important}" + R + " .cc-compatible .cc-badge{background:#1565c0!important}",
      R + " .cc-explained .cc-badge{background:#ef6c00!important}" + R + " .cc-genuine .cc-badge{background:#c62828!important}",
      R + " .cc-genuine-text{color:#c62828!important;font-weight:700!important}",
      R + " .cc-explained-text{color:#ef6c00!important}" + R + " .cc-agree-text{color:#2e7d32!important}",
      R + " .cc-compatible-text{color:#1565c0!important}",
      R + " .cc-why{color:#8d5a00!important;display:block!important;margin-left:18px!important}",
      R + " .cc-flag{color:#c62828!important;display:block!important;margin-left:18px!important}",
      R + " ul.cc-verdicts>li{margin:3px 0!important}",
      R + " .cc-note{color:#666!important;font-size:12px!important}",
      R + " table.cc-claims td:last-child{color:#555!important}",
      R + " table.cc-claims tr.cc-dissents td:last-child{color:#c62828!important;font-weight:700!important}",
      R + " nav.cc-contents{columns:2 280px!important;font-size:13px!important}",
      R + " nav.cc-contents a{display:block!important}",
      R + " svg{display:inline-block!important;vertical-align:middle!important;overflow:hidden!important}",
      R + " svg *{stroke:none!important;fill:none!important;stroke-width:1px!important;stroke-dasharray:none!important;"
          + "stroke-opacity:1!important;fill-opacity:1!important;opacity:1!important;font-size:10px!important;"
          + "font-weight:400!important;font-style:normal!important;stroke-linecap:butt!important;"
          + "visibility:visible!important;display:inline!important}",
      R + " svg .cc-bg{fill:#fff3c4!important}",
      R + " svg .cc-mark{fill:#3b6ea5!important;stroke:#3b6ea5!important}",
      R + " svg .cc-mark.cc-dissents{fill:#c62828!important;stroke:#c62828!important}",
      R + " svg .cc-mark.cc-superseded{fill:#9e9e9e!important;stroke:#9e9e9e!important}",
      R + " svg .cc-mark.cc-incomparable," + R + " svg .cc-mark.cc-tied{fill:#8e8e8e!important;stroke:#8e8e8e!important}",
      R + " svg .cc-hedge{stroke-width:2px!important;stroke-dasharray:4 3!important;fill:none!important}",
      R + " svg .cc-cap{stroke-width:2px!important}",
      R + " svg .cc-vague{fill-opacity:.3!important;stroke-dasharray:3 2!important}",
      R + " svg .cc-bound{fill-opacity:.6!important}",
      R + " svg .cc-axis{stroke:#888!important;stroke-width:1px!important}",
      R + " svg .cc-grid{stroke:#eee!important;stroke-width:1px!important}",
      R + " svg .cc-label{fill:#555!important;font-size:10px!important;font-family:inherit!important}",
      R + " svg .cc-s0{fill:#1f77b4!important;stroke:#1f77b4!important}",
      R + " svg .cc-s1{fill:#d62728!important;stroke:#d62728!important}",
      R + " svg .cc-s2{fill:#2ca02c!important;stroke:#2ca02c!important}",
      R + " svg .cc-s3{fill:#9467bd!important;stroke:#9467bd!important}",
      R + " svg .cc-s4{fill:#ff7f0e!important;stroke:#ff7f0e!important}",
      R + " svg .cc-s5{fill:#8c564b!important;stroke:#8c564b!important}",
      R + " svg .cc-s6{fill:#e377c2!important;stroke:#e377c2!important}",
      R + " svg .cc-s7{fill:#17becf!important;stroke:#17becf!important}",
      R + " svg .cc-series{stroke-width:3px!important}",
      R + " .cc-key{display:inline-block!important;width:10px!important;height:10px!important;margin:0 3px 0 10px!important;"
          + "vertical-align:middle!important}",
      R + " .cc-k0{background:#1f77b4!important}" + R + " .cc-k1{background:#d62728!important}",
      R + " .cc-k2{background:#2ca02c!important}" + R + " .cc-k3{background:#9467bd!important}",
      R + " .cc-k4{background:#ff7f0e!important}" + R + " .cc-k5{background:#8c564b!important}",
      R + " .cc-k6{background:#e377c2!important}" + R + " .cc-k7{background:#17becf!important}",
      R + " [hidden]{display:none!important}");
}
