package org.crosscheck.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Articles exported by news crawlers, one JSON object per article: news-please ({@code title},
 * {@code maintext}, {@code date_publish}, {@code source_domain}, {@code language}, {@code url}) and
 * trafilatura ({@code title}, {@code text}, {@code date}, {@code sitename} or {@code hostname},
 * {@code language}, {@code url}). Other members (authors, image URLs, download dates) are not
 * needed and not read. The article's text is its title, then its main text.
 */
final class CrawlerRecords {
  private CrawlerRecords() {}

  /** The members that hold the text, in the order they are looked for. */
  static final List<String> TEXT = List.of("maintext", "text", "raw_text");

  /**
   * One record.
   *
   * @throws IllegalArgumentException if it is not an object or holds no text, saying which members are looked for
   */
  static Found read(JsonNode r) {
    if (!r.isObject()) {
      throw new IllegalArgumentException("a crawler record is a JSON object with \"title\" and \"maintext\""
          + " (news-please) or \"text\" (trafilatura), got " + r.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    String body = null;
    for (String m : TEXT) {
      JsonNode t = r.get(m);
      if (t != null && t.isTextual() && !t.asText().isBlank()) {
        body = t.asText().strip();
        break;
      }
    }
    if (body == null) {
      throw new IllegalArgumentException("no article text: a record needs \"maintext\" (news-please) or \"text\""
          + " (trafilatura), and this one has " + (r.isEmpty() ? "no members" : "only " + names(r)));
    }
    Found.Builder found = new Found.Builder();
    for (String m : List.of("source_domain", "sitename", "hostname")) found.offer(Found.OUTLET, string(r, m), m);
    for (String m : List.of("date_publish", "date")) found.offer(Found.PUBLISHED, string(r, m), m);
    found.offer(Found.LANGUAGE, string(r, "language"), "language");
    found.offer(Found.URL, string(r, "url"), "url");
    String title = string(r, "title");
    String text = title == null || title.isBlank() || body.startsWith(title.strip()) ? body : title.strip() + "\n\n" + body;
    return found.build(text);
  }

  private static String names(JsonNode r) {
    StringBuilder sb = new StringBuilder();
    r.fieldNames().forEachRemaining(n -> sb.append(sb.length() == 0 ? "" : ", ").append('"').append(n).append('"'));
    return sb.toString();
  }

  private static @org.jspecify.annotations.Nullable String string(JsonNode r, String member) {
    JsonNode v = r.get(member);
    return v == null || !v.isTextual() ? null : v.asText();
  }
}
