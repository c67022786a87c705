package org.crosscheck.value;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import org.crosscheck.value.internal.Numbers;

/**
 * How one canonical form relates to another: {@code EQUAL}, {@code CONTAINS} (the first encloses
 * the second), {@code WITHIN} (the reverse), {@code OVERLAPS}, or {@code DISJOINT} with the gap
 * between them (zero when they only touch, e.g. {@code [1..2)} and {@code [2..3]}; in days for
 * dates).
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the kind of relation
 * @param gap the distance between two disjoint forms; zero for every other kind
 */
public record Relation(Kind kind, BigDecimal gap) {

  /** The kinds of relation, from the first form's point of view. */
  public enum Kind {
    /** The same interval. */
    EQUAL,
    /** The first encloses the second. */
    CONTAINS,
    /** The first lies inside the second. */
    WITHIN,
    /** Some points shared, neither enclosing the other. */
    OVERLAPS,
    /** No point shared; the relation's gap says how far apart. */
    DISJOINT
  }

  /** The two forms are the same interval. */
  public static final Relation EQUAL = new Relation(Kind.EQUAL, BigDecimal.ZERO);
  /** The first form encloses the second. */
  public static final Relation CONTAINS = new Relation(Kind.CONTAINS, BigDecimal.ZERO);
  /** The first form lies inside the second. */
  public static final Relation WITHIN = new Relation(Kind.WITHIN, BigDecimal.ZERO);
  /** The forms share some points but neither encloses the other. */
  public static final Relation OVERLAPS = new Relation(Kind.OVERLAPS, BigDecimal.ZERO);

  /**
   * A relation of {@code kind}, the gap with trailing zeros dropped.
   *
   * @throws IllegalArgumentException if the gap is negative, or not zero for a kind other than
   *     {@code DISJOINT}
   */
  public Relation {
    checkNotNull(kind, "kind");
    gap = Numbers.canon(checkNotNull(gap, "gap"));
    checkArgument(gap.signum() >= 0, "a gap cannot be negative, got %s", Numbers.format(gap));
    checkArgument(kind == Kind.DISJOINT || gap.signum() == 0, "only DISJOINT has a gap, got %s with gap %s", kind, gap);
  }

  /** Disjoint forms separated by {@code gap}. */
  public static Relation disjoint(BigDecimal gap) {
    return new Relation(Kind.DISJOINT, gap);
  }

  /** Whether the two forms share at least one point. */
  public boolean intersects() {
    return kind != Kind.DISJOINT;
  }

  /** The relation seen from the other side ({@code CONTAINS} becomes {@code WITHIN}). */
  public Relation inverse() {
    return switch (kind) {
      case CONTAINS -> WITHIN;
      case WITHIN -> CONTAINS;
      default -> this;
    };
  }

  /** {@code EQUAL}, {@code CONTAINS}, …, {@code DISJOINT (gap 500)}. */
  @Override
  public String toString() {
    return kind == Kind.DISJOINT ? "DISJOINT (gap " + Numbers.format(gap) + ")" : kind.name();
  }
}
