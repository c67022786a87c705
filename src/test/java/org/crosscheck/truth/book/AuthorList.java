package org.crosscheck.truth.book;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The one normalization of an author list, applied alike to what the stores list and to the gold:
 * the value of a (store, book) is the sorted multiset of the name tokens of its authors, so that
 * {@code "Knuth, Donald E."}, {@code "Donald E. Knuth"} and {@code "DONALD E KNUTH"} are one value
 * and {@code "Knuth"} another.
 *
 * <p>The steps, in order:
 *
 * <ol>
 *   <li><b>Entities</b>: HTML entities are decoded ({@code &amp;amp;}, {@code &amp;eacute;}).
 *   <li><b>Mojibake</b>: text that is UTF-8 read as Latin-1 ({@code GagnÃ©}) is read again as
 *       UTF-8 ({@code Gagné}); a lead byte left alone at the end of a truncated listing
 *       ({@code GagnÃ}) is dropped.
 *   <li><b>Accents</b>: canonical decomposition, combining marks removed ({@code é} → {@code e}).
 *   <li><b>Case</b>: lower case under {@link Locale#ROOT}.
 *   <li><b>Roles in parentheses</b>: a balanced {@code (...)} group is a role or an affiliation
 *       ({@code (Author)}, {@code (Joint Author)}, {@code (Simon Fraser University)}), never a
 *       name, and is dropped.
 *   <li><b>Punctuation</b>: apostrophes are removed ({@code O'Leary} → {@code oleary}); every
 *       other character that is not a letter or a digit separates tokens ({@code J.N.} →
 *       {@code j n}, {@code Conry-Murray} → {@code conry murray}).
 *   <li><b>Words that are not names</b>: {@link #NOT_NAMES} (and, by, author(s), editor(s), ed,
 *       eds, edited, et, al, joint, with).
 *   <li><b>Order</b>: the remaining tokens sorted, joined by one space.
 * </ol>
 *
 * Placeholders that say there is no value ({@code Not Available}, {@code N/A}, {@code unknown})
 * normalize to the empty string, as does a listing with no name token left.
 *
 * <p>Stateless and thread-safe.
 */
public final class AuthorList {
  /** Words dropped from every listing: connectives and roles, never part of a name. */
  public static final ImmutableSet<String> NOT_NAMES = ImmutableSet.of("and", "by", "author", "authors", "editor",
      "editors", "ed", "eds", "edited", "et", "al", "joint", "with");

  /** Listings that state the absence of a value, compared after lower-casing and trimming. */
  public static final ImmutableSet<String> PLACEHOLDERS = ImmutableSet.of("not available", "n/a", "na", "unknown",
      "none", "-");

  private static final Pattern MOJIBAKE = Pattern.compile("[\\u00C2-\\u00F4][\\u0080-\\u00BF]+");
  private static final Pattern TRAILING_LEAD = Pattern.compile("[\\u00C2-\\u00C3](?=\\s|$)");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");

  private AuthorList() {}

  /**
   * The normalized value of an author listing: its name tokens, sorted, separated by one space;
   * empty when the listing names nobody.
   */
  public static String normalize(String listing) {
    List<String> tokens = tokens(listing);
    Collections.sort(tokens);
    return String.join(" ", tokens);
  }

  /** The name tokens of a listing in their order (steps 1 to 7), for tests and reports. */
  public static List<String> tokens(String listing) {
    checkNotNull(listing, "listing");
    // each step only when the text needs it: most listings are plain ASCII without entities
    String text = listing.indexOf('&') >= 0 ? StringEscapeUtils.unescapeHtml4(listing) : listing;
    if (PLACEHOLDERS.contains(text.strip().toLowerCase(Locale.ROOT))) return new ArrayList<>();
    if (!isAscii(text)) {
      text = repairMojibake(text);
      text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }
    text = text.toLowerCase(Locale.ROOT);
    if (text.indexOf('(') >= 0) {
      String previous;
      do { // nested groups, innermost first
        previous = text;
        text = PARENTHESES.matcher(text).replaceAll(" ");
      } while (!text.equals(previous));
    }
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (c == '\'' || c == '\u2019') continue; // O'Leary is one token
      if (Character.isLetterOrDigit(c)) {
        token.append(c);
      } else if (token.length() > 0) {
        String t = token.toString();
        if (!NOT_NAMES.contains(t)) tokens.add(t);
        token.setLength(0);
      }
    }
    return tokens;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
    return true;
  }

  /**
   * Reads runs of Latin-1 characters that spell UTF-8 byte sequences again as UTF-8; leaves
   * anything that does not decode cleanly as it was.
   */
  static String repairMojibake(String text) {
    var m = MOJIBAKE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String run = m.group();
      String decoded = new String(run.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(decoded.contains("\uFFFD") ? run : decoded));
    }
    m.appendTail(out);
    return TRAILING_LEAD.matcher(out).replaceAll("");
  }
}
