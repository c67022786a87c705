package org.crosscheck.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.function.Supplier;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.jspecify.annotations.Nullable;

/**
 * What the strict readers share: unknown members refused with the nearest known one suggested,
 * errors located by JSON path, and input that is not UTF-8 named with its fix.
 */
final class StrictJson {
  private StrictJson() {}

  /**
   * Refuses members of {@code n} other than {@code known}, so that a misspelt member is an error,
   * not silently ignored: {@code unknown member "publishd" in manifest entry 1; known
   * members: file, outlet, ...; did you mean "published"?}. The error's path is the unknown member.
   *
   * @throws JsonPathException if {@code n} is not an object or has an unknown member
   */
  static void members(JsonNode n, String what, Collection<String> known) {
    if (!n.isObject()) {
      throw new JsonPathException(what + " must be a JSON object, got " + n.getNodeType().name()
          .toLowerCase(java.util.Locale.ROOT));
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (known.contains(f)) continue;
      String near = nearest(f, known);
      throw new JsonPathException("unknown member \"" + f + "\" in " + what + "; known members: "
          + String.join(", ", known) + (near == null ? "" : "; did you mean \"" + near + "\"?")).under(f);
    }
  }

  /**
   * The known name nearest to {@code given} in edit distance, ignoring case, if it is near enough
   * to be a misspelling (at most a third of its length, and at least 1, apart); ties go to the
   * first in {@code known}.
   */
  static @Nullable String nearest(String given, Collection<String> known) {
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    String lower = given.toLowerCase(java.util.Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance.apply(lower, k.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(1, Math.max(given.length(), best.length()) / 3) ? best : null;
  }

  /** The value of {@code supplier}, with any error in it placed under {@code segment} (a member or an index). */
  static <T> T at(Object segment, Supplier<T> supplier) {
    try {
      return supplier.get();
    } catch (JsonPathException e) {
      throw e.under(segment);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw new JsonPathException(java.util.List.of(segment), String.valueOf(e.getMessage()), e);
    }
  }

  /**
   * The line and column (1-based) in {@code json} where {@code pointer} is: the member name for a
   * member, the value for an array element, the start for the root; {@code {1, 1}} if it is not
   * found (the text is read again only when there is an error, so this costs nothing otherwise).
   */
  static long[] locate(String json, JsonPointer pointer) {
    if (pointer.matches()) return start(json);
    try (JsonParser p = ClaimJson.FACTORY.createParser(json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        JsonStreamContext ctx = p.getParsingContext();
        JsonPointer here;
        if (t == JsonToken.FIELD_NAME) here = ctx.pathAsPointer();
        else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          if (ctx.getParent() == null || !ctx.getParent().inArray()) continue;
          here = ctx.getParent().pathAsPointer();
        } else if (ctx.inArray()) here = ctx.pathAsPointer();
        else continue;
        if (here.equals(pointer)) {
          JsonLocation l = p.currentTokenLocation();
          return new long[] {Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr())};
        }
      }
    } catch (IOException e) {
      // the text parsed once already; if it cannot be read again, fall back to its start
    }
    return new long[] {1, 1};
  }

  private static long[] start(String json) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < json.length() && Character.isWhitespace(json.charAt(i)); i++) {
      if (json.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new long[] {line, column};
  }

  /**
   * The text of a UTF-8 file (a byte-order mark is dropped).
   *
   * @throws FormatException naming the file and the fix if it is not UTF-8 (UTF-16, windows-1256)
   * @throws IOException if it cannot be read
   */
  static String readUtf8(Path file, String what) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      String s = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      throw notUtf8(file.toString(), 1, what, bytes, e);
    }
  }

  /**
   * The error for input that is not UTF-8: names the file, the line, the encoding it looks like
   * (from its first bytes, when known) and the fix.
   */
  static FormatException notUtf8(String source, long line, String what, byte @Nullable [] head, Throwable cause) {
    String guess = null;
    if (head != null && head.length >= 2) {
      int a = head[0] & 0xff;
      int b = head[1] & 0xff;
      if ((a == 0xFF && b == 0xFE) || (a == 0xFE && b == 0xFF) || a == 0 || b == 0) guess = "UTF-16";
    }
    String looks = guess != null ? " (it looks like " + guess + ")"
        : " (perhaps UTF-16, as Windows PowerShell writes, or windows-1256)";
    return new FormatException(source, line, 1, what + " must be UTF-8, but this one is not" + looks
        + "; convert it, e.g. iconv -f " + (guess != null ? guess : "UTF-16") + " -t UTF-8 " + source + " > converted"
        + suffix(source) + (guess != null ? "" : " (or -f CP1256 for windows-1256)") + ", and read the converted file",
        cause);
  }

  private static String suffix(String source) {
    int dot = source.lastIndexOf('.');
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return dot > slash ? source.substring(dot) : "";
  }
}
