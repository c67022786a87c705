package org.crosscheck.claim;

import org.crosscheck.claim.internal.Names;
import org.crosscheck.value.PlainText;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A place a claim speaks of, with its names and spellings in any script and the places that
 * contain it. Two places are one place when their ids are equal; the reconciler also merges
 * places without an authority id that share a name key ({@link Names#key}), so that
 * {@code al-Qaim} written by one source and {@code القائم} by another meet when either lists the
 * other spelling.
 *
 * <p>A place can be the union of others ("Iraq and Syria"): it then contains each part.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id canonical identifier: a slug ({@code "al-qaim"}) or an authority id ({@code "wof:890449891"})
 * @param name the preferred name
 * @param aliases other names and spellings, any script
 * @param type what kind of place
 * @param within ids of the places that contain this one, nearest first
 * @param parts ids of the places a union is made of; empty for an ordinary place
 */
public record Place(
    String id, String name, ImmutableSortedSet<String> aliases, Type type, ImmutableList<String> within,
    ImmutableList<String> parts) {

  /** What kind of place. */
  public enum Type {
    /** A country. */
    COUNTRY,
    /** A region larger than a province, or across borders. */
    REGION,
    /** A province or governorate. */
    PROVINCE,
    /** A district within a province. */
    DISTRICT,
    /** A city. */
    CITY,
    /** A town. */
    TOWN,
    /** A village. */
    VILLAGE,
    /** A neighbourhood or quarter of a city. */
    NEIGHBOURHOOD,
    /** A single site: a dam, a base, a border crossing, an airport. */
    SITE,
    /** The union of other places ("Iraq and Syria"), listed in {@code parts}. */
    UNION,
    /** Not known. */
    UNKNOWN
  }

  /** No place stated. */
  public static final Place NOWHERE =
      new Place("-", "-", ImmutableSortedSet.of(), Type.UNKNOWN, ImmutableList.of(), ImmutableList.of());

  /**
   * A place with its names, type, containing places and parts.
   *
   * @throws IllegalArgumentException if the id is blank or {@code within} lists the place itself
   */
  public Place {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(type, "type");
    checkArgument(!id.isBlank(), "a place needs a non-blank id");
    aliases = ImmutableSortedSet.copyOf(checkNotNull(aliases, "aliases"));
    within = ImmutableList.copyOf(checkNotNull(within, "within"));
    parts = ImmutableList.copyOf(checkNotNull(parts, "parts"));
    checkArgument(!within.contains(id), "place %s cannot lie within itself", id);
  }

  /** A place whose id is the slug of its name: {@code named("al-Qaim")} has id {@code "al-qaim"}. */
  public static Place named(String name) {
    String slug = Names.slug(checkNotNull(name, "name"));
    checkArgument(!slug.isEmpty(), "a place needs a name with a letter or digit, got \"%s\"", name);
    return new Place(slug, name.strip(), ImmutableSortedSet.of(), Type.UNKNOWN, ImmutableList.of(), ImmutableList.of());
  }

  /** A place with an authority id (a gazetteer's): {@code Place.identified("wof:890449891", "Abu Kamal")}. */
  public static Place identified(String id, String name) {
    return new Place(id, name, ImmutableSortedSet.of(), Type.UNKNOWN, ImmutableList.of(), ImmutableList.of());
  }

  /** The union of places: {@code union(IRAQ, SYRIA)} is "Iraq and Syria", id {@code "iraq+syria"}. */
  public static Place union(Place... places) {
    checkArgument(places.length >= 2, "a union needs at least two places, got %s", places.length);
    ImmutableList<String> ids = Arrays.stream(places).map(Place::id).sorted().collect(ImmutableList.toImmutableList());
    String name = Arrays.stream(places).map(Place::name).collect(Collectors.joining(" and "));
    return new Place(String.join("+", ids), name, ImmutableSortedSet.of(), Type.UNION, ImmutableList.of(), ids);
  }

  /** This place with more names and spellings. */
  public Place aka(String... names) {
    return new Place(id, name, ImmutableSortedSet.<String>naturalOrder().addAll(aliases).add(names).build(), type,
        within, parts);
  }

  /** This place inside {@code container} (and everything that contains the container). */
  public Place within(Place container) {
    checkNotNull(container, "container");
    ImmutableList.Builder<String> b = ImmutableList.<String>builder().addAll(within).add(container.id);
    container.within.stream().filter(w -> !within.contains(w)).forEach(b::add);
    return new Place(id, name, aliases, type, b.build().stream().distinct().collect(ImmutableList.toImmutableList()),
        parts);
  }

  /** This place with another type. */
  public Place ofType(Type newType) {
    return new Place(id, name, aliases, newType, within, parts);
  }

  /** Whether this is {@link #NOWHERE}: no place stated. */
  public boolean isNowhere() {
    return id.equals(NOWHERE.id);
  }

  /** Whether this id is an authority's (contains a colon, like {@code wof:…} or {@code geonames:…}). */
  public boolean hasAuthorityId() {
    return id.indexOf(':') > 0;
  }

  /** The name keys of the name and every alias. */
  public ImmutableSortedSet<String> nameKeys() {
    ImmutableSortedSet.Builder<String> b = ImmutableSortedSet.naturalOrder();
    String k = Names.key(name);
    if (!k.isEmpty()) b.add(k);
    for (String a : aliases) {
      String ak = Names.key(a);
      if (!ak.isEmpty()) b.add(ak);
    }
    return b.build();
  }

  /** Whether {@code other} lies strictly inside this place (or inside one of this union's parts). */
  public boolean contains(Place other) {
    if (other.id.equals(id) || isNowhere() || other.isNowhere()) return false;
    if (other.within.contains(id)) return true;
    for (String part : parts) {
      if (other.id.equals(part) || other.within.contains(part)) return true;
    }
    // a union contains a smaller union of its own parts ("Iraq and Syria" contains neither more nor less)
    return !parts.isEmpty() && !other.parts.isEmpty() && parts.containsAll(other.parts) && !parts.equals(other.parts);
  }

  /** The preferred name, isolated if it is written right to left ({@link PlainText#isolate}). */
  @Override
  public String toString() {
    return PlainText.isolate(name);
  }
}
