package org.crosscheck.english.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.english.internal.Lexicon.Actor;

/** Reads a user's actors file for {@link Lexicon#withActors}. Not API. */
final class ActorsFile {
  private ActorsFile() {}

  /**
   * The actors of {@code file} by name as written (a lower-case name also capitalized), in file
   * order: UTF-8 lines of name, canonical name and type, tab separated; {@code #} for a comment.
   *
   * @throws IllegalArgumentException naming the file and line of a line that is not of that format
   * @throws UncheckedIOException if the file cannot be read
   */
  static Map<String, Actor> read(java.nio.file.Path file) {
    Map<String, Actor> more = new LinkedHashMap<>();
    List<String> lines;
    try {
      lines = java.nio.file.Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the actors file " + file + ": " + e.getMessage(), e);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      String[] f = lines.get(i).split("\t");
      String problem = f.length != 3 || f[0].isBlank() || f[1].isBlank() ? "three fields are needed" : null;
      Actor a = null;
      if (problem == null) {
        try {
          a = Actor.of(f[1].strip(), f[2]);
        } catch (IllegalArgumentException e) {
          problem = e.getMessage();
        }
      }
      if (a == null) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + problem + "; an actor is name <TAB>"
            + " canonical name <TAB> type (" + org.crosscheck.extract.ActorType.known() + "), like \"the Rapid Support"
            + " Forces\tRSF\tarmed-group\"; got \"" + lines.get(i) + "\"");
      }
      String n = f[0].strip();
      more.putIfAbsent(n, a);
      if (Character.isLowerCase(n.charAt(0))) more.putIfAbsent(Character.toUpperCase(n.charAt(0)) + n.substring(1), a);
    }
        return more;
  }
}
