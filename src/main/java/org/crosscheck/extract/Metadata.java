package org.crosscheck.extract;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a user knows about an article besides its text: the outlet, the publication date, the
 * language, and optionally a URL, the wire agency credited and the dateline.
 *
 * <p>Immutable and thread-safe.
 *
 * @param outlet who published it ("Reuters")
 * @param published the publication date, or {@code null} when unknown (an extractor then looks for
 *     a date printed in the text)
 * @param language an ISO 639-1 code ("ar")
 * @param url where it was published, or {@code null}
 * @param agency the wire agency credited by the user, or {@code null}
 * @param dateline the dateline ("Beirut/Erbil"), or {@code null}
 */
public record Metadata(
    String outlet, @Nullable LocalDate published, String language, @Nullable String url, @Nullable String agency,
    @Nullable String dateline) {

  /**
   * What is known about an article; the outlet and the language are required.
   *
   * @throws NullPointerException if the outlet or the language is null
   */
  public Metadata {
    checkNotNull(outlet, "outlet");
    checkNotNull(language, "language");
  }

  /** Outlet, date and language only. */
  public static Metadata of(String outlet, @Nullable LocalDate published, String language) {
    return new Metadata(outlet, published, language, null, null, null);
  }

  /** This metadata with the publication date {@code date} ({@code null}: unknown). */
  public Metadata withPublished(@Nullable LocalDate date) {
    return new Metadata(outlet, date, language, url, agency, dateline);
  }
}
