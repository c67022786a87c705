package org.crosscheck.truth;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * What the items of one kind speak of — a measure such as "actual departure" or "departure gate" —
 * and how their values compare.
 *
 * <p>A {@link Kind#CONTINUOUS continuous} attribute has numeric interval values (epoch minutes for
 * times, the canonical interval of a quantity); a value supports a truth candidate fully when the
 * candidate lies in it and partially, falling linearly to zero, while the candidate is within
 * {@code tolerance} of it. A {@link Kind#CATEGORICAL categorical} attribute has labels, which
 * support an identical label fully and another by their {@link ValueSimilarity} (by default only
 * an identical label: {@link ValueSimilarity#exact()}). A set-valued attribute (the authors of a
 * book, the towns a side holds) is a categorical attribute whose similarity gives subsets,
 * supersets and overlaps partial support ({@link ValueSimilarity#members}, {@link
 * ValueSimilarity#nameTokens}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the attribute's name in reports
 * @param kind continuous or categorical
 * @param tolerance for continuous attributes, the distance (in the value's unit) at which support
 *     falls to zero; 0 means only containment supports. Always 0 for categorical attributes.
 * @param similarity for categorical attributes, how far one label supports another; always
 *     {@link ValueSimilarity#exact()} for continuous ones (their tolerance says it)
 */
public record Attribute(String name, Kind kind, double tolerance, ValueSimilarity similarity) {

  /** How values of an attribute compare. */
  public enum Kind {
    /** Numeric intervals, compared with a tolerance; systematic offsets can be estimated. */
    CONTINUOUS,
    /** Labels, equal or not. */
    CATEGORICAL
  }

  /**
   * @throws IllegalArgumentException if the name is blank, the tolerance negative or not finite, or
   *     a categorical attribute is given a tolerance
   */
  public Attribute {
    checkNotNull(name, "name");
    checkNotNull(kind, "kind");
    checkArgument(!name.isBlank(), "an attribute needs a name, got a blank string");
    checkArgument(tolerance >= 0 && Double.isFinite(tolerance),
        "a tolerance is a finite number >= 0, got %s for '%s'", tolerance, name);
    checkArgument(kind == Kind.CONTINUOUS || tolerance == 0,
        "a categorical attribute has no tolerance, got %s for '%s'; use Attribute.categorical(name)", tolerance, name);
    checkNotNull(similarity, "similarity");
    checkArgument(kind == Kind.CATEGORICAL || similarity.isExact(),
        "a continuous attribute compares values by its tolerance, got the similarity '%s' for '%s'; "
            + "use Attribute.categorical(name, similarity) for labels", similarity, name);
  }

  /** An attribute whose labels (if categorical) support only identical labels. */
  public Attribute(String name, Kind kind, double tolerance) {
    this(name, kind, tolerance, ValueSimilarity.exact());
  }

  /** A continuous attribute whose values support candidates up to {@code tolerance} away. */
  public static Attribute continuous(String name, double tolerance) {
    return new Attribute(name, Kind.CONTINUOUS, tolerance);
  }

  /** A categorical attribute: only identical labels support each other. */
  public static Attribute categorical(String name) {
    return new Attribute(name, Kind.CATEGORICAL, 0);
  }

  /** A categorical attribute whose labels support each other by {@code similarity}. */
  public static Attribute categorical(String name, ValueSimilarity similarity) {
    return new Attribute(name, Kind.CATEGORICAL, 0, similarity);
  }

  /** Whether the attribute's values are numbers or times compared within a tolerance, not labels. */
  public boolean isContinuous() {
    return kind == Kind.CONTINUOUS;
  }

  /**
   * {@code actual departure (continuous ±10)}, {@code departure gate (categorical)},
   * {@code authors (categorical, name tokens)}.
   */
  @Override
  public String toString() {
    return kind == Kind.CATEGORICAL
        ? name + (similarity.isExact() ? " (categorical)" : " (categorical, " + similarity + ")")
        : name + " (continuous \u00b1" + String.format(Locale.ROOT, "%s", trim(tolerance)) + ")";
  }

  static String trim(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
