package org.crosscheck.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import java.util.Locale;
import org.crosscheck.claim.Claim;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.Unit;

/**
 * What a count counts, read from its count unit: people, families, fighters, civilians. A count of
 * 50 families and a count of 200 people are never one group (a family is several people), though
 * they may be linked ({@link #linked}); a count of fighters is not a count of civilians.
 *
 * <p>The class that lists the plain count unit {@code one} is the default: a count whose unit names
 * nothing (a bare number) or a noun no class lists belongs to it, so bare counts keep grouping as
 * they always did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id stable id, {@code measure.counts-<name>}
 * @param description what it says
 * @param reasons why
 * @param name the class's name ({@code "families"})
 * @param units the ids of the count units that count this class ({@code families}, {@code households})
 * @param linked names of the classes whose counts are linked to (not grouped with) this one's
 * @param wholes names of the classes this one is a part of (children of people): linked, and a
 *     count of the part may differ from the whole's by scope, never exceed it
 */
public record CountedClass(
    String id, String description, List<String> reasons, String name, ImmutableSortedSet<String> units,
    ImmutableSortedSet<String> linked, ImmutableSortedSet<String> wholes) implements Rule, Comparable<CountedClass> {

  /**
   * A counted class with its count units, linked classes and wholes.
   *
   * @throws IllegalArgumentException if the id is malformed, no unit is given, the class is linked
   *     to itself, or a whole is not linked
   */
  public CountedClass {
    Rule.checkId(id);
    checkNotNull(description, "description");
    reasons = ImmutableList.copyOf(reasons);
    checkNotNull(name, "name");
    units = ImmutableSortedSet.copyOf(checkNotNull(units, "units"));
    linked = ImmutableSortedSet.copyOf(checkNotNull(linked, "linked"));
    wholes = ImmutableSortedSet.copyOf(checkNotNull(wholes, "wholes"));
    checkArgument(linked.containsAll(wholes), "counted class '%s' must be linked to the classes it is a part of", name);
    checkArgument(!units.isEmpty(), "counted class '%s' needs at least one count unit id, like \"families\"", name);
    checkArgument(!linked.contains(name), "counted class '%s' cannot be linked to itself", name);
  }

  /**
   * The class {@code name} counted in the units {@code unitIds} (lower case, as {@link Unit#id()}):
   * id {@code measure.counts-<name>}.
   */
  public static CountedClass of(String name, String... unitIds) {
    checkNotNull(name, "name");
    checkNotNull(unitIds, "unitIds");
    checkArgument(name.matches("[a-z0-9]+(?:-[a-z0-9]+)*"),
        "a counted class is named by a lower-case word, like \"families\"; got \"%s\"", name);
    ImmutableSortedSet.Builder<String> u = ImmutableSortedSet.naturalOrder();
    for (String id : unitIds) u.add(checkNotNull(id, "unit id").toLowerCase(Locale.ROOT));
    return new CountedClass("measure.counts-" + name, "a count in " + String.join(", ", unitIds) + " counts " + name,
        List.of(), name, u.build(), ImmutableSortedSet.of(), ImmutableSortedSet.of());
  }

  /** This class linked to the classes {@code names}: their counts are compared across groups, never grouped. */
  public CountedClass linkedTo(String... names) {
    checkNotNull(names, "names");
    return new CountedClass(id, description, reasons, name, units,
        ImmutableSortedSet.<String>naturalOrder().addAll(linked).add(names).build(), wholes);
  }

  /**
   * This class as a part of the classes {@code names} (children, women and civilians of people):
   * linked to them, and a count of the part against a count of the whole at one place is a
   * difference of scope while the part does not exceed the whole (rule {@code measure.part-of-whole}).
   */
  public CountedClass partOf(String... names) {
    checkNotNull(names, "names");
    CountedClass l = linkedTo(names);
    return new CountedClass(id, description, reasons, name, units, l.linked,
        ImmutableSortedSet.<String>naturalOrder().addAll(wholes).add(names).build());
  }

  /** Whether this is the default class (it lists the plain count unit {@code one}). */
  public boolean isDefault() {
    return units.contains(Unit.ONE.id());
  }

  /** Whether a claim's value is a count in one of this class's units. */
  public boolean counts(Claim claim) {
    return claim.value() instanceof Quantity q && q.unit().dimension() == Unit.Dimension.COUNT
        && units.contains(q.unit().id().toLowerCase(Locale.ROOT));
  }

  @Override
  public CountedClass because(String reason) {
    return new CountedClass(id, description, ImmutableList.<String>builder().addAll(reasons).add(reason).build(), name,
        units, linked, wholes);
  }

  @Override
  public int compareTo(CountedClass o) {
    return name.compareTo(o.name);
  }

  /** {@code families}. */
  @Override
  public String toString() {
    return name;
  }
}
