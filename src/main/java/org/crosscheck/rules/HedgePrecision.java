package org.crosscheck.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.value.internal.Numbers;
import org.crosscheck.value.Unit;
import org.jspecify.annotations.Nullable;

/**
 * How far a hedge stretches for quantities that are measured rather than estimated: a hedged
 * share, distance or area is read to the precision it is written in. "Around 42%" is written to
 * the whole point and means 41.5 to 42.5, not 42 ± 4.2 (which would let "around 42%" and "40%"
 * agree); "approximately 90 km" is written to the ten and means 85 to 95. The hedge never
 * stretches further than its {@link HedgeWidth}: "about 30%" still means ±10%, 27 to 33.
 *
 * <p>The precision of a number is the place of its last significant digit: 37 is written to the
 * unit, 170 and 8,000,000 to their first digit (trailing zeros are not significant), 2.5 to the
 * tenth. A number with more than {@value #MAX_WRITTEN_DECIMALS} decimals was computed (a third
 * in percent), not written, and keeps the hedge's relative width.
 *
 * <p>Counts are not among the default dimensions: "about 1,500 fighters" is an estimate of a
 * crowd, and its hedge keeps its relative width.
 *
 * @param id stable id, {@code hedge.precision} by default
 * @param description what it says
 * @param reasons why
 * @param dimensions the unit dimensions whose hedged numbers are read to their written precision
 */
public record HedgePrecision(String id, String description, List<String> reasons, Set<Unit.Dimension> dimensions)
    implements Rule {

  /** The default id. */
  public static final String ID = "hedge.precision";

  /** Numbers with more decimals than this were computed, not written, and have no written precision. */
  public static final int MAX_WRITTEN_DECIMALS = 2;

  /**
   * The rule for these dimensions.
   *
   * @throws IllegalArgumentException if the id is malformed or no dimension is given
   */
  public HedgePrecision {
    Rule.checkId(id);
    checkNotNull(description, "description");
    reasons = ImmutableList.copyOf(reasons);
    checkArgument(!dimensions.isEmpty(), "hedge.precision needs at least one dimension, like SHARE");
    dimensions = Sets.immutableEnumSet(dimensions);
  }

  /** The rule for these dimensions, with the default id {@code hedge.precision}. */
  public static HedgePrecision forDimensions(Unit.Dimension first, Unit.Dimension... more) {
    Set<Unit.Dimension> all = EnumSet.of(first, more);
    return new HedgePrecision(ID, "a hedged " + all.stream().map(d -> d.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", ")) + " stretches half a step of its last significant digit, never further"
        + " than its hedge width", List.of(), all);
  }

  /**
   * The step of a written number's last significant digit: 1 for 37, 10 for 170, 1,000,000 for
   * 8,000,000, 0.1 for 2.5; {@code null} for a number with more than {@value #MAX_WRITTEN_DECIMALS}
   * decimals, which was computed rather than written.
   */
  public static @Nullable BigDecimal step(BigDecimal written) {
    checkNotNull(written, "written");
    if (written.signum() == 0) return BigDecimal.ONE;
    BigDecimal stripped = written.stripTrailingZeros();
    if (stripped.scale() > MAX_WRITTEN_DECIMALS) return null;
    return BigDecimal.ONE.scaleByPowerOfTen(-stripped.scale());
  }

  /** Whether this rule reads hedged numbers in {@code unit} to their written precision. */
  public boolean covers(Unit unit) {
    return dimensions.contains(checkNotNull(unit, "unit").dimension());
  }

  /**
   * The half-width of a hedge on {@code center} under this rule: the smaller of {@code relative}
   * (the hedge width's stretch) and half the step of {@code center}'s last significant digit.
   */
  public BigDecimal halfWidth(BigDecimal center, BigDecimal relative) {
    BigDecimal s = step(center);
    if (s == null) return relative;
    BigDecimal half = Numbers.canon(s.divide(BigDecimal.valueOf(2)));
    return half.compareTo(relative) < 0 ? half : relative;
  }

  @Override
  public HedgePrecision because(String reason) {
    return new HedgePrecision(id, description, ImmutableList.<String>builder().addAll(reasons).add(reason).build(),
        dimensions);
  }

  @Override
  public String toString() {
    return id + ": " + description;
  }
}
