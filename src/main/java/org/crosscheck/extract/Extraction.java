package org.crosscheck.extract;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.crosscheck.claim.Claim;
import org.jspecify.annotations.Nullable;

/**
 * What an extractor read from one article: its claims, its diagnostics, and the publication date
 * it used (the metadata's, or one printed in the text).
 *
 * <p>Immutable and thread-safe.
 *
 * @param article the article
 * @param claims the claims, in text order
 * @param diagnostics what the user should know
 * @param published the publication date used to resolve relative dates, or {@code null}
 */
public record Extraction(
    Article article, ImmutableList<Claim> claims, ImmutableList<Diagnostic> diagnostics, @Nullable LocalDate published) {

  /**
   * What an extractor read from {@code article}.
   *
   * @throws NullPointerException if the article is null
   */
  public Extraction {
    checkNotNull(article, "article");
    claims = ImmutableList.copyOf(claims);
    diagnostics = ImmutableList.copyOf(diagnostics);
  }

  /** An extraction that failed as a whole, with its reason. */
  public static Extraction failed(Article article, Diagnostic reason) {
    return new Extraction(article, ImmutableList.of(), ImmutableList.of(reason), article.metadata().published());
  }

  /** Whether the article could not be processed (an ERROR diagnostic). */
  public boolean failed() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
  }

  /** The diagnostics of one severity. */
  public List<Diagnostic> diagnostics(Diagnostic.Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).toList();
  }

  @Override
  public String toString() {
    return "Extraction[" + article.id() + ": " + claims.size() + " claims, " + diagnostics.size() + " diagnostics]";
  }
}
