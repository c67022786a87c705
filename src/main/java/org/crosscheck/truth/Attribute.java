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
 * <p>Deviations from the consensus are judged in the attribute's own {@code unit}: the histograms
 * that find systematic differences count them in bins one unit wide, and {@link
 * TruthConfig#scopeWindow()} and {@link TruthConfig#offsetSpread()} are numbers of units (a unit of
 * one minute for times, the Flight default; ten people for a count of fighters; half a point for a
 * share in percent).
 *
 * <p>A set-valued attribute may be <em>multi-truth</em> ({@link #multiTruth(String)}): its true
 * value is the set of the members that the sources, weighted by their reliability, more likely
 * include than leave out, which may be a set no single source gave ({@link Consensus#members}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the attribute's name in reports
 * @param kind continuous or categorical
 * @param tolerance for continuous attributes, the distance (in the value's unit) at which support
 *     falls to zero; 0 means only containment supports. Always 0 for categorical attributes.
 * @param similarity for categorical attributes, how far one label supports another; always
 *     {@link ValueSimilarity#exact()} for continuous ones (their tolerance says it)
 * @param unit for continuous attributes, the width of one bin of the deviation histograms, in the
 *     value's unit ({@code > 0}; 1 by default); always 1 for categorical attributes
 * @param delimiter for a multi-truth categorical attribute, the text between the members of a
 *     value (split literally, members trimmed; the consensus joins its members, sorted, with it);
 *     empty for single-truth attributes, always empty for continuous ones
 */
public record Attribute(String name, Kind kind, double tolerance, ValueSimilarity similarity, double unit,
    String delimiter) {

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
    checkArgument(unit > 0 && Double.isFinite(unit), "a unit is a finite number > 0, got %s for '%s'", unit, name);
    checkArgument(kind == Kind.CONTINUOUS || unit == 1,
        "a categorical attribute has no unit, got %s for '%s'; units are for continuous attributes", unit, name);
    checkNotNull(delimiter, "delimiter");
    checkArgument(kind == Kind.CATEGORICAL || delimiter.isEmpty(),
        "a continuous attribute is single-truth, got the delimiter '%s' for '%s'", delimiter, name);
  }

  /**
   * An attribute whose labels (if categorical) support each other by {@code similarity}, with the
   * unit 1 and a single truth.
   *
   * @throws IllegalArgumentException as the canonical constructor
   */
  public Attribute(String name, Kind kind, double tolerance, ValueSimilarity similarity) {
    this(name, kind, tolerance, similarity, 1, "");
  }

  /**
   * An attribute whose labels (if categorical) support only identical labels.
   *
   * @throws IllegalArgumentException as the canonical constructor
   */
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

  /**
   * This continuous attribute with deviations judged in bins of {@code unit} (in the value's
   * unit): its scope window and offset spread become {@link TruthConfig#scopeWindow()} and {@link
   * TruthConfig#offsetSpread()} units.
   *
   * @throws IllegalArgumentException if the attribute is categorical or the unit is not a finite
   *     number {@code > 0}
   */
  public Attribute withUnit(double unit) {
    checkArgument(kind == Kind.CONTINUOUS, "only a continuous attribute has a unit; '%s' is categorical", name);
    return new Attribute(name, kind, tolerance, similarity, unit, delimiter);
  }

  /**
   * This categorical attribute as multi-truth: a value is a set of members separated by {@code
   * delimiter}, and the consensus of an item is the set of members judged true one by one ({@link
   * Consensus#members}). The similarity stays: it weighs the sources while their reliability is
   * estimated.
   *
   * @throws IllegalArgumentException if the attribute is continuous or the delimiter is empty
   */
  public Attribute multiTruth(String delimiter) {
    checkNotNull(delimiter, "delimiter");
    checkArgument(kind == Kind.CATEGORICAL, "only a categorical attribute can be multi-truth; '%s' is continuous",
        name);
    checkArgument(!delimiter.isEmpty(), "a multi-truth attribute needs a delimiter between members, got ''");
    return new Attribute(name, kind, tolerance, similarity, unit, delimiter);
  }

  /** Whether the attribute's values are numbers or times compared within a tolerance, not labels. */
  public boolean isContinuous() {
    return kind == Kind.CONTINUOUS;
  }

  /** True for a multi-truth attribute: its consensus is a set of members judged one by one. */
  public boolean isMultiTruth() {
    return !delimiter.isEmpty();
  }

  /**
   * The members of {@code value} of a multi-truth attribute: split at the delimiter, trimmed,
   * empty ones left out, in their order; the value itself for a single-truth attribute.
   */
  public java.util.List<String> members(String value) {
    checkNotNull(value, "value");
    if (delimiter.isEmpty()) return java.util.List.of(value);
    java.util.List<String> out = new java.util.ArrayList<>();
    int from = 0;
    while (from <= value.length()) {
      int at = value.indexOf(delimiter, from);
      int to = at < 0 ? value.length() : at;
      String m = value.substring(from, to).strip();
      if (!m.isEmpty()) out.add(m);
      if (at < 0) break;
      from = at + delimiter.length();
    }
    return out;
  }

  /**
   * {@code actual departure (continuous ±10)}, {@code fighters (continuous ±0, unit 10)}, {@code
   * departure gate (categorical)}, {@code authors (categorical, name tokens)}, {@code towns
   * (categorical, multi-truth ',')}.
   */
  @Override
  public String toString() {
    if (kind == Kind.CATEGORICAL) {
      String traits = (similarity.isExact() ? "" : ", " + similarity)
          + (delimiter.isEmpty() ? "" : ", multi-truth '" + delimiter + "'");
      return name + " (categorical" + traits + ")";
    }
    return name + " (continuous \u00b1" + String.format(Locale.ROOT, "%s", trim(tolerance))
        + (unit == 1 ? "" : ", unit " + trim(unit)) + ")";
  }

  static String trim(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
