package org.crosscheck.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.extract.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * What one input (a saved web page, a crawler record) says about itself: its main text, and each
 * metadata field found with where it was found ({@code og:site_name}, {@code <html lang>}, {@code
 * source_domain}), plus what was odd on the way (a date that is not a date).
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the article's text: title, then the main text, paragraphs apart
 * @param fields {@link #OUTLET}, {@link #PUBLISHED} (ISO date), {@link #LANGUAGE} (ISO 639-1) and
 *     {@link #URL}, each with its source
 * @param diagnostics what the reader of the report should know about the input
 */
record Found(String text, ImmutableMap<String, Field> fields, ImmutableList<Diagnostic> diagnostics) {
  static final String OUTLET = "outlet";
  static final String PUBLISHED = "published";
  static final String LANGUAGE = "language";
  static final String URL = "url";

  /**
   * One metadata value and where it was found.
   *
   * @param value the value
   * @param source where it came from, as a reader would look for it ({@code og:site_name})
   */
  record Field(String value, String source) {
    Field {
      checkNotNull(value, "value");
      checkNotNull(source, "source");
    }
  }

  Found {
    checkNotNull(text, "text");
    fields = ImmutableMap.copyOf(fields);
    diagnostics = ImmutableList.copyOf(diagnostics);
  }

  /** Collects fields: the first value found for a field wins, later candidates are ignored. */
  static final class Builder {
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final ImmutableList.Builder<Diagnostic> diagnostics = ImmutableList.builder();

    /** Offers {@code value} for {@code field} from {@code source}; blank values are no value. */
    Builder offer(String field, @Nullable String value, String source) {
      if (value == null || value.isBlank() || fields.containsKey(field)) return this;
      String v = value.strip();
      if (field.equals(PUBLISHED)) {
        LocalDate d = date(v);
        if (d == null) {
          diagnostics.add(Diagnostic.warning("metadata.bad-date", source + " \"" + v + "\" is not a date like"
              + " 2017-11-03 or 2017-11-03T10:00:00+03:00; ignored", null));
          return this;
        }
        v = d.toString();
      } else if (field.equals(LANGUAGE)) {
        v = language(v);
        if (v == null) return this;
      }
      fields.put(field, new Field(v, source));
      return this;
    }

    Builder diagnostic(Diagnostic d) {
      diagnostics.add(d);
      return this;
    }

    Found build(String text) {
      return new Found(text, ImmutableMap.copyOf(fields), diagnostics.build());
    }
  }

  private static final Pattern LEADING_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:[ T].*)?$");

  /**
   * The calendar date of a publication time as written, in the writer's own offset
   * ({@code 2017-11-03T23:30:00-05:00} is 3 November, as its readers saw it); {@code null} if it
   * is not an ISO date or date-time.
   */
  static @Nullable LocalDate date(String s) {
    String t = s.strip();
    try {
      return OffsetDateTime.parse(t).toLocalDate();
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return ZonedDateTime.parse(t).toLocalDate();
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(t).toLocalDate();
    } catch (DateTimeParseException e) {
      // try the next form
    }
    Matcher m = LEADING_DATE.matcher(t);
    if (m.matches()) {
      try {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    return null;
  }

  /** The ISO 639-1 code of a language tag ({@code ar-EG}, {@code en_GB}, {@code AR} → ar), or {@code null}. */
  static @Nullable String language(String tag) {
    String t = tag.strip().replace('_', '-');
    int dash = t.indexOf('-');
    String primary = (dash < 0 ? t : t.substring(0, dash)).toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }

  /** The host of a URL without {@code www.}, or {@code null}. */
  static @Nullable String host(@Nullable String url) {
    if (url == null) return null;
    try {
      String h = java.net.URI.create(url.strip()).getHost();
      if (h == null || h.isBlank()) return null;
      h = h.toLowerCase(Locale.ROOT);
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
