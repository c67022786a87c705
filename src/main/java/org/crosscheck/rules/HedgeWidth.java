package org.crosscheck.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import org.crosscheck.value.Hedge;
import org.crosscheck.value.internal.Numbers;

/**
 * What a hedge means in numbers: {@code HedgeWidth.of(ABOUT, 0.10)} says "about 1,500" is
 * {@code [1350..1650]}. The width is a relative half-width.
 *
 * @param id stable id, {@code hedge.<hedge>}
 * @param description what it says
 * @param reasons why
 * @param hedge the hedge
 * @param width relative half-width in [0..1]
 */
public record HedgeWidth(String id, String description, List<String> reasons, Hedge hedge, BigDecimal width)
    implements Rule {

  /**
   * The rule that {@code hedge} means ±{@code width}, trailing zeros dropped from the width.
   *
   * @throws IllegalArgumentException if the id is malformed, the hedge is {@link Hedge#NONE}, or
   *     the width lies outside {@code [0..1]}
   */
  public HedgeWidth {
    Rule.checkId(id);
    checkNotNull(description, "description");
    checkNotNull(hedge, "hedge");
    reasons = ImmutableList.copyOf(reasons);
    width = Numbers.canon(checkNotNull(width, "width"));
    checkArgument(hedge != Hedge.NONE, "an exact value has no hedge width");
    checkArgument(width.signum() >= 0 && width.compareTo(BigDecimal.ONE) <= 0,
        "a hedge width is a fraction in [0..1], got %s; write 0.1 for \u00b110%", Numbers.format(width));
  }

  /** "{@code hedge} means ±{@code width}": id {@code hedge.<hedge>}. */
  public static HedgeWidth of(Hedge hedge, double width) {
    checkNotNull(hedge, "hedge");
    BigDecimal w = Numbers.of(width);
    return new HedgeWidth("hedge." + hedge.id(), "'" + hedge.word() + " x' means x \u00b1"
        + Numbers.format(w.movePointRight(2)) + "%", List.of(), hedge, w);
  }

  @Override
  public HedgeWidth because(String reason) {
    return new HedgeWidth(id, description, ImmutableList.<String>builder().addAll(reasons).add(reason).build(), hedge,
        width);
  }

  @Override
  public String toString() {
    return id + ": " + description;
  }
}
