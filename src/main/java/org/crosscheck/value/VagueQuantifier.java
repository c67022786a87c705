package org.crosscheck.value;

import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Quantifiers that give an order of magnitude but no number, with their documented default
 * intervals. A rule set may change any interval through an {@link IntervalPolicy}.
 *
 * <table>
 *   <caption>Default intervals</caption>
 *   <tr><th>quantifier</th><th>Arabic</th><th>default</th></tr>
 *   <tr><td>a few</td><td>بضعة</td><td>[2..9]</td></tr>
 *   <tr><td>several (a bare plural: "for years")</td><td>لسنوات</td><td>[2..+∞)</td></tr>
 *   <tr><td>dozens (tens)</td><td>عشرات</td><td>[20..99]</td></tr>
 *   <tr><td>a few hundred</td><td>بضع مئات</td><td>[200..900]</td></tr>
 *   <tr><td>hundreds</td><td>مئات</td><td>[200..999]</td></tr>
 *   <tr><td>a few thousand</td><td>بضعة آلاف</td><td>[2000..9000]</td></tr>
 *   <tr><td>thousands</td><td>الآلاف</td><td>[2000..+∞)</td></tr>
 *   <tr><td>tens of thousands</td><td>عشرات الآلاف</td><td>[20000..99999]</td></tr>
 *   <tr><td>hundreds of thousands</td><td>مئات الآلاف</td><td>[200000..999999]</td></tr>
 *   <tr><td>millions</td><td>الملايين</td><td>[2000000..+∞)</td></tr>
 *   <tr><td>most (of a whole, in percent)</td><td>معظم، أغلب</td><td>(50..100]</td></tr>
 *   <tr><td>almost all (in percent)</td><td>تقريبا كل</td><td>[90..100]</td></tr>
 * </table>
 *
 * <p>"Thousands" and "millions" are open above because news uses them for any larger figure;
 * "hundreds" stops below a thousand because a writer with a thousand in mind says so.
 */
public enum VagueQuantifier {
  /** "a few": {@code [2..9]}. */
  A_FEW("a few", "2", "9"),
  /** "several", or a bare plural such as "for years": {@code [2..+∞)}. */
  SEVERAL("several", "2", null),
  /** "dozens", tens of something: {@code [20..99]}. */
  DOZENS("dozens", "20", "99"),
  /** "a few hundred": {@code [200..900]}. */
  A_FEW_HUNDRED("a few hundred", "200", "900"),
  /** "hundreds": {@code [200..999]}, below a thousand. */
  HUNDREDS("hundreds", "200", "999"),
  /** "a few thousand": {@code [2000..9000]}. */
  A_FEW_THOUSAND("a few thousand", "2000", "9000"),
  /** "thousands": {@code [2000..+∞)}, open above since news uses it for any larger figure. */
  THOUSANDS("thousands", "2000", null),
  /** "tens of thousands": {@code [20000..99999]}. */
  TENS_OF_THOUSANDS("tens of thousands", "20000", "99999"),
  /** "hundreds of thousands": {@code [200000..999999]}. */
  HUNDREDS_OF_THOUSANDS("hundreds of thousands", "200000", "999999"),
  /** "millions": {@code [2000000..+∞)}. */
  MILLIONS("millions", "2000000", null),
  /** "most" of a whole: a share, {@code (50..100]} percent. */
  MOST("most", "50", "100"),
  /** "almost all" of a whole: a share, {@code [90..100]} percent. */
  ALMOST_ALL("almost all", "90", "100");

  private final String phrase;
  private final BigDecimal low;
  private final @Nullable BigDecimal high;

  VagueQuantifier(String phrase, String low, @Nullable String high) {
    this.phrase = phrase;
    this.low = new BigDecimal(low);
    this.high = high == null ? null : new BigDecimal(high);
  }

  /** The English phrase: {@code "a few thousand"}. */
  public String phrase() {
    return phrase;
  }

  /** The stable id used in rule ids and JSON: {@code "a-few-thousand"}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether the quantifier speaks of a share of a whole (in percent) rather than a count. */
  public boolean isShare() {
    return this == MOST || this == ALMOST_ALL;
  }

  /** The documented default interval. */
  public Interval defaultInterval() {
    if (this == MOST) return Interval.openClosed(low, java.util.Objects.requireNonNull(high, "MOST has an upper end"));
    return high == null ? Interval.atLeast(low) : Interval.closed(low, high);
  }

  /** "a few" of a magnitude: {@code aFew(THOUSANDS)} is {@link #A_FEW_THOUSAND}. */
  public static VagueQuantifier aFew(Magnitude m) {
    return switch (m) {
      case TENS -> DOZENS;
      case HUNDREDS -> A_FEW_HUNDRED;
      case THOUSANDS -> A_FEW_THOUSAND;
      default -> throw new IllegalArgumentException(
          "aFew() takes TENS, HUNDREDS or THOUSANDS, got " + m + "; use plural(" + m + ") for the bare plural");
    };
  }

  /** The bare plural of a magnitude: {@code plural(THOUSANDS)} is "thousands". */
  public static VagueQuantifier plural(Magnitude m) {
    return switch (m) {
      case TENS -> DOZENS;
      case HUNDREDS -> HUNDREDS;
      case THOUSANDS -> THOUSANDS;
      case TENS_OF_THOUSANDS -> TENS_OF_THOUSANDS;
      case HUNDREDS_OF_THOUSANDS -> HUNDREDS_OF_THOUSANDS;
      case MILLIONS -> MILLIONS;
    };
  }

  @Override
  public String toString() {
    return phrase;
  }
}
