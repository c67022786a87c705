package org.crosscheck.claim;

import org.crosscheck.claim.internal.Names;
import org.crosscheck.value.PlainText;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Whose figure or whose event a claim speaks of: the party or body counted ("ISIS" in "ISIS
 * fighters", "France" in "French troops", a flight number). Subjects are compared by {@link #id()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id stable identifier ({@code "isis"})
 * @param label readable name ({@code "ISIS"})
 */
public record Subject(String id, String label) {
  /** No stated subject. */
  public static final Subject NONE = new Subject("-", "-");

  /**
   * A subject with its id and readable label.
   *
   * @throws IllegalArgumentException if the id is blank
   */
  public Subject {
    checkNotNull(id, "id");
    checkNotNull(label, "label");
    checkArgument(!id.isBlank(), "a subject needs a non-blank id, got \"%s\"", id);
  }

  /** A subject whose id is the slug of its label: {@code of("ISIS")} has id {@code "isis"}. */
  public static Subject of(String label) {
    checkNotNull(label, "label");
    String slug = Names.slug(label);
    checkArgument(!slug.isEmpty(), "a subject needs a label with a letter or digit, got \"%s\"", label);
    return new Subject(slug, label.strip());
  }

  /** Whether this is {@link #NONE}: no subject stated. */
  public boolean isNone() {
    return this.equals(NONE);
  }

  /** The label, isolated if it is written right to left ({@link PlainText#isolate}). */
  @Override
  public String toString() {
    return PlainText.isolate(label);
  }
}
