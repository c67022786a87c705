package org.crosscheck.io;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A JSON document that parsed but is not of the expected shape, with the JSON path of the offending
 * member or element ({@code $.place.id}, {@code $[2].publishd}). Readers turn it into a {@link
 * FormatException} with the real line and column of that path (see {@link StrictJson#locate}).
 *
 * <p>Package-private: callers of the readers see {@link FormatException}.
 */
final class JsonPathException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  /** Member names ({@code String}) and array indices ({@code Integer}), outermost first. */
  private final List<Object> path;
  private final String problem;
  /** Whether the message starts with the path; false where the problem already says where (rules files). */
  private final boolean pathInMessage;

  JsonPathException(List<Object> path, String problem, @Nullable Throwable cause) {
    this(path, problem, cause, true);
  }

  JsonPathException(List<Object> path, String problem, @Nullable Throwable cause, boolean pathInMessage) {
    super(problem, cause);
    this.path = List.copyOf(path);
    this.problem = problem;
    this.pathInMessage = pathInMessage;
  }

  JsonPathException(String problem) {
    this(List.of(), problem, null);
  }

  /** This error, one level further out: under {@code member} (a String) or at an index (an Integer). */
  JsonPathException under(Object segment) {
    List<Object> p = new ArrayList<>(path.size() + 1);
    p.add(segment);
    p.addAll(path);
    JsonPathException e = new JsonPathException(p, problem, getCause(), pathInMessage);
    e.setStackTrace(getStackTrace());
    return e;
  }

  /** The path in JSONPath notation: {@code $}, {@code $.place.id}, {@code $[2].publishd}. */
  String jsonPath() {
    StringBuilder sb = new StringBuilder("$");
    for (Object s : path) {
      if (s instanceof Integer i) sb.append('[').append(i).append(']');
      else sb.append('.').append(s);
    }
    return sb.toString();
  }

  /** The path as a JSON Pointer, for finding it in the text. */
  JsonPointer pointer() {
    StringBuilder sb = new StringBuilder();
    for (Object s : path) sb.append('/').append(s.toString().replace("~", "~0").replace("/", "~1"));
    return JsonPointer.compile(sb.toString());
  }

  /** What is wrong, without the path. */
  String problem() {
    return problem;
  }

  /** {@code at $.place: missing 'id'}. */
  @Override
  public String getMessage() {
    return pathInMessage ? "at " + jsonPath() + ": " + problem : problem;
  }
}
