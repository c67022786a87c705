package org.crosscheck.claim;

import org.crosscheck.claim.internal.Names;
import org.crosscheck.value.PlainText;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/**
 * Someone a claim comes from: an outlet (a newspaper, a site), an agency (a wire service), a
 * person quoted, or an organization (a coalition, an army, a ministry). A person may be
 * affiliated with an organization ({@code Dillon} speaks for the coalition), which matters for
 * independence: two quotes of one organization's people are one origin.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id stable identifier (slug of the name unless given)
 * @param name readable name
 * @param kind what kind of source
 * @param affiliation the organization a person speaks for, or {@code null}
 */
public record Source(String id, String name, Kind kind, @Nullable Source affiliation) {

  /** What kind of source. */
  public enum Kind {
    /** A newspaper, a broadcaster or a site that publishes. */
    OUTLET,
    /** A wire service. */
    AGENCY,
    /** A person quoted. */
    PERSON,
    /** An organization quoted: a coalition, an army, a ministry. */
    ORGANIZATION
  }

  /**
   * A source, with at most {@link #MAX_AFFILIATIONS} affiliations above it.
   *
   * @throws IllegalArgumentException if the id is blank or the chain has more than {@link
   *     #MAX_AFFILIATIONS} links
   */
  public Source {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(kind, "kind");
    checkArgument(!id.isBlank(), "a source needs a non-blank id");
    int depth = 0;
    for (Source s = affiliation; s != null; s = s.affiliation()) {
      checkArgument(++depth <= MAX_AFFILIATIONS, "source '%s' has a chain of more than %s affiliations (the %sth is"
          + " '%s'); name the organization it speaks for, not every one above it", id, MAX_AFFILIATIONS, depth, s.id());
    }
  }

  /**
   * The longest chain of affiliations a source may have (a person, the unit they speak for, its
   * army, …). Equality, hashing and the JSON formats walk the chain, so it is kept short.
   */
  public static final int MAX_AFFILIATIONS = 8;

  private static Source make(String name, Kind kind) {
    String slug = Names.slug(checkNotNull(name, "name"));
    checkArgument(!slug.isEmpty(), "a source needs a name with a letter or digit, got \"%s\"", name);
    return new Source(slug, name.strip(), kind, null);
  }

  /** An outlet that publishes: a newspaper, a site; its id the slug of {@code name}. */
  public static Source outlet(String name) {
    return make(name, Kind.OUTLET);
  }

  /** A wire service a report came through; its id the slug of {@code name}. */
  public static Source agency(String name) {
    return make(name, Kind.AGENCY);
  }

  /** A person quoted; its id the slug of {@code name}. {@link #of(Source)} says whom they speak for. */
  public static Source person(String name) {
    return make(name, Kind.PERSON);
  }

  /** An organization quoted: a coalition, an army, a ministry; its id the slug of {@code name}. */
  public static Source organization(String name) {
    return make(name, Kind.ORGANIZATION);
  }

  /** This person speaking for {@code organization}. */
  public Source of(Source organization) {
    checkNotNull(organization, "organization");
    checkArgument(kind == Kind.PERSON, "only a person speaks for an organization; %s is %s", name, kind);
    checkArgument(organization.kind != Kind.PERSON, "a person speaks for an organization, agency or outlet, not for"
        + " another person (%s)", organization.name);
    return new Source(id, name, kind, organization);
  }

  /** The name, isolated if it is written right to left ({@link PlainText#isolate}). */
  @Override
  public String toString() {
    return PlainText.isolate(name);
  }
}
