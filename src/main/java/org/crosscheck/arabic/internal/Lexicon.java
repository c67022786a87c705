package org.crosscheck.arabic.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the lexicon resources: UTF-8 files beside this class, one entry per line, fields separated by
 * tabs, {@code #} at the start of a line for a comment. The first field is an Arabic word or phrase in
 * ordinary spelling; it is normalized with {@link ArabicNormalizer} and its white space collapsed, so
 * the files need not list أ/ا or ة/ه variants.
 */
final class Lexicon {
  private Lexicon() {}

  /** One line of a lexicon: the normalized key, the raw fields and the line number. */
  record Line(String key, String[] fields, int number, String resource) {
    /** Field {@code i} (0 is the raw key), or a clear error naming the line. */
    String field(int i) {
      if (i >= fields.length) {
        throw new IllegalStateException(resource + " line " + number + " needs at least " + (i + 1)
            + " tab-separated fields, got " + fields.length + ": " + String.join("\\t", fields));
      }
      return fields[i];
    }

    boolean has(int i) {
      return i < fields.length && !fields[i].isEmpty();
    }

    IllegalStateException error(String what) {
      return new IllegalStateException(resource + " line " + number + ": " + what);
    }
  }

  /**
   * The entries of resource {@code name}.
   *
   * @throws IllegalStateException if the resource is missing
   * @throws UncheckedIOException if it cannot be read
   */
  static List<Line> read(String name) {
    checkNotNull(name, "name");
    InputStream in = Lexicon.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("lexicon resource " + name + " is missing from the class path next to "
          + Lexicon.class.getName());
    }
    return read(name, in);
  }

  /**
   * The entries of a lexicon read from {@code in} (closed after reading), named {@code name} in
   * errors.
   *
   * @throws UncheckedIOException if it cannot be read
   */
  static List<Line> read(String name, InputStream in) {
    List<Line> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
        String[] fields = line.split("\t", -1);
        for (int i = 0; i < fields.length; i++) fields[i] = fields[i].strip();
        lines.add(new Line(key(fields[0]), fields, number, name));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon resource " + name, e);
    }
    return lines;
  }

  /** A phrase as a lookup key: normalized, words joined by one space. */
  static String key(String phrase) {
    String n = ArabicNormalizer.normalizeToString(phrase);
    return collapsed(n, 0, n.length(), Integer.MAX_VALUE);
  }

  /**
   * Chars {@code from..to} of an already normalized text as a key ({@link #key}), cut after {@code
   * limit} chars: enough to tell whether the key starts with a phrase of at most that length.
   */
  static String collapsed(CharSequence normalized, int from, int to, int limit) {
    StringBuilder sb = new StringBuilder(Math.min(to - from, limit));
    boolean space = false;
    for (int i = from; i < to && sb.length() < limit; i++) {
      char c = normalized.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) sb.append(' ');
        if (sb.length() < limit) sb.append(c);
        space = false;
      }
    }
    return sb.toString();
  }

  /**
   * Whether chars {@code from..to} of an already normalized text, as a key ({@link #collapsed}),
   * start with {@code prefix} (a key): the same answer as {@code collapsed(normalized, from, to,
   * prefix.length()).startsWith(prefix)}, read in place.
   */
  static boolean collapsedStartsWith(char[] normalized, int from, int to, String prefix) {
    int k = 0;
    boolean space = false;
    boolean any = false;
    for (int i = from; i < to && k < prefix.length(); i++) {
      char c = normalized[i];
      if (Character.isWhitespace(c)) {
        space = any;
      } else {
        if (space) {
          if (prefix.charAt(k++) != ' ') return false;
          if (k == prefix.length()) return true;
        }
        if (prefix.charAt(k++) != c) return false;
        any = true;
        space = false;
      }
    }
    return k == prefix.length();
  }
}
