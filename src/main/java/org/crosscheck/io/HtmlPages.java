package org.crosscheck.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.crosscheck.extract.Diagnostic;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Saved web pages: the article's main text without navigation and boilerplate, and its metadata.
 *
 * <p>The main text is the page's {@code <article>} (the one with the most text), else its {@code
 * itemprop=articleBody}, {@code <main>} or {@code role=main}, else its body; navigation, headers,
 * footers, asides, forms, scripts and the blocks whose class or id says ad, share, related,
 * comments, newsletter, cookie, menu or sidebar are dropped first. Headings, paragraphs, list items,
 * quotations and captions become paragraphs of the text, the headline first.
 *
 * <p>Metadata, first found wins: the outlet from {@code og:site_name}, JSON-LD {@code
 * publisher.name}, {@code application-name}, then the host of the canonical URL; the publication date
 * from {@code article:published_time}, JSON-LD {@code datePublished} (of a {@code NewsArticle},
 * {@code Article}, {@code ReportageNews} or similar), {@code itemprop=datePublished}, then a {@code
 * <time datetime>} inside the article; the language from {@code <html lang>}, {@code
 * content-language}, JSON-LD {@code inLanguage}, {@code og:locale}; the URL from the canonical
 * link, {@code og:url}, then JSON-LD {@code url}.
 */
final class HtmlPages {
  private HtmlPages() {}

  /** Elements that are never the article's text. */
  private static final String BOILERPLATE = "nav, header, footer, aside, form, script, style, noscript, template, iframe,"
      + " svg, button, select, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [hidden],"
      + " [aria-hidden=true]";
  /** Class or id words of blocks that are not the article (ads, share bars, related stories...). */
  private static final Pattern NOISE = Pattern.compile("(^|[\\s_-])(ad|ads|advert|advertisement|adslot|banner|promo"
      + "|sponsor(ed)?|share|sharing|social|related|recommended|comments?|newsletter|subscribe|cookies?|consent|menu"
      + "|sidebar|breadcrumbs?|popup|modal|paywall|outbrain|taboola|tags)($|[\\s_-])");
  private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, dd, dt";
  private static final List<String> ARTICLE_TYPES = List.of("NewsArticle", "Article", "ReportageNews",
      "AnalysisNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle", "BlogPosting",
      "LiveBlogPosting", "Report");

  /**
   * Reads a saved page. The character set is the page's own (byte-order mark, then {@code <meta
   * charset>}), UTF-8 when it names none.
   *
   * @param bytes the file's content
   * @param name the file's name, for messages
   */
  static Found read(byte[] bytes, String name) throws IOException {
    Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
    Found.Builder found = new Found.Builder();
    List<JsonNode> articles = jsonLdArticles(doc, found);

    // the outlet
    found.offer(Found.OUTLET, meta(doc, "meta[property=og:site_name]"), "og:site_name");
    for (JsonNode a : articles) found.offer(Found.OUTLET, a.path("publisher").path("name").asText(""), "JSON-LD publisher.name");
    found.offer(Found.OUTLET, meta(doc, "meta[name=application-name]"), "application-name");

    // the publication date
    found.offer(Found.PUBLISHED, meta(doc, "meta[property=article:published_time]"), "article:published_time");
    for (JsonNode a : articles) {
      found.offer(Found.PUBLISHED, a.path("datePublished").asText(""), "JSON-LD " + type(a) + ".datePublished");
    }
    Element itemprop = doc.selectFirst("[itemprop=datePublished]");
    if (itemprop != null) {
      found.offer(Found.PUBLISHED, itemprop.hasAttr("content") ? itemprop.attr("content") : itemprop.attr("datetime"),
          "itemprop=datePublished");
    }

    // the language
    found.offer(Found.LANGUAGE, doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
        "<html lang>");
    found.offer(Found.LANGUAGE, meta(doc, "meta[http-equiv=content-language]"), "content-language");
    for (JsonNode a : articles) found.offer(Found.LANGUAGE, a.path("inLanguage").asText(""), "JSON-LD inLanguage");
    found.offer(Found.LANGUAGE, meta(doc, "meta[property=og:locale]"), "og:locale");

    // the URL
    Element canonical = doc.selectFirst("link[rel=canonical]");
    found.offer(Found.URL, canonical == null ? null : canonical.attr("href"), "canonical link");
    found.offer(Found.URL, meta(doc, "meta[property=og:url]"), "og:url");
    for (JsonNode a : articles) found.offer(Found.URL, a.path("url").asText(""), "JSON-LD url");

    String title = title(doc, articles);
    Element body = mainText(doc);
    if (body != null) {
      // a date printed in the article's byline
      Element time = body.selectFirst("time[datetime]");
      if (time != null) found.offer(Found.PUBLISHED, time.attr("datetime"), "<time datetime> in the article");
    }
    List<String> paragraphs = body == null ? new ArrayList<>() : paragraphs(body);
    if (paragraphs.isEmpty()) {
      for (JsonNode a : articles) {
        String text = a.path("articleBody").asText("");
        if (!text.isBlank()) {
          paragraphs.add(text.strip());
          found.diagnostic(Diagnostic.info("input.text-from-json-ld", "the page shows no article text; read JSON-LD"
              + " articleBody instead", null));
          break;
        }
      }
    }
    if (title != null && (paragraphs.isEmpty() || !paragraphs.get(0).equals(title))) paragraphs.add(0, title);
    // the outlet last of all from the host of the page's address
    Found.Field url = found.build("").fields().get(Found.URL);
    if (url != null) found.offer(Found.OUTLET, Found.host(url.value()), "host of the " + url.source());
    return found.build(String.join("\n\n", paragraphs));
  }

  private static @Nullable String meta(Document doc, String query) {
    Element e = doc.selectFirst(query);
    return e == null ? null : e.attr("content");
  }

  /** The JSON-LD objects of an article type, in page order ({@code @graph} and arrays looked into). */
  private static List<JsonNode> jsonLdArticles(Document doc, Found.Builder found) {
    List<JsonNode> out = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = ClaimJson.MAPPER.readTree(script.data());
      } catch (JsonProcessingException e) {
        found.diagnostic(Diagnostic.warning("metadata.bad-json-ld", "a JSON-LD block of the page is not valid JSON ("
            + e.getOriginalMessage() + "); its metadata is not used", null));
        continue;
      }
      collect(root, out);
    }
    return out;
  }

  private static void collect(JsonNode n, List<JsonNode> out) {
    if (n.isArray()) {
      for (JsonNode x : n) collect(x, out);
    } else if (n.isObject()) {
      if (n.has("@graph")) collect(n.get("@graph"), out);
      if (isArticle(n.get("@type"))) out.add(n);
    }
  }

  private static boolean isArticle(@Nullable JsonNode type) {
    if (type == null) return false;
    if (type.isArray()) {
      for (JsonNode t : type) if (isArticle(t)) return true;
      return false;
    }
    return ARTICLE_TYPES.contains(type.asText(""));
  }

  private static String type(JsonNode a) {
    JsonNode t = a.get("@type");
    return t.isArray() ? t.get(0).asText("") : t.asText("");
  }

  private static @Nullable String title(Document doc, List<JsonNode> articles) {
    Element h1 = doc.selectFirst("article h1, main h1, h1");
    if (h1 != null && !h1.text().isBlank()) return h1.text().strip();
    String og = meta(doc, "meta[property=og:title]");
    if (og != null && !og.isBlank()) return og.strip();
    for (JsonNode a : articles) if (!a.path("headline").asText("").isBlank()) return a.get("headline").asText().strip();
    return doc.title().isBlank() ? null : doc.title().strip();
  }

  /** The element holding the article's text, with its boilerplate removed; {@code null} if the page has no body. */
  static @Nullable Element mainText(Document doc) {
    Element body = doc.body();
    if (body == null) return null;
    body.select(BOILERPLATE).remove();
    for (Element e : body.select("[class], [id]")) {
      String words = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      // an article or the body itself is never noise, whatever its class says
      if (e == body || e.tagName().equals("article") || e.tagName().equals("main")) continue;
      if (NOISE.matcher(words).find()) e.remove();
    }
    Element best = null;
    for (Element a : body.select("article")) {
      if (best == null || a.text().length() > best.text().length()) best = a;
    }
    if (best == null) best = body.selectFirst("[itemprop=articleBody]");
    if (best == null) best = body.selectFirst("main");
    if (best == null) best = body.selectFirst("[role=main]");
    return best == null ? body : best;
  }

  /** The text blocks of {@code root} in document order, each once (a paragraph inside a list item is not read twice). */
  static List<String> paragraphs(Element root) {
    List<String> out = new ArrayList<>();
    Elements blocks = root.select(BLOCKS);
    for (Element b : blocks) {
      if (!b.select(BLOCKS).stream().filter(x -> x != b).toList().isEmpty()) {
        // a block holding blocks: its own text is read through them
        continue;
      }
      String t = b.text().strip();
      if (!t.isEmpty()) out.add(t);
    }
    if (out.isEmpty()) {
      String t = root.text().strip();
      if (!t.isEmpty()) out.add(t);
    }
    return out;
  }
}
