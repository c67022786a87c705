package org.crosscheck.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.crosscheck.value.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * The facts of an explanation, in order, printed one per line with the keys aligned, like a Truth
 * failure message. A value, not a {@code String}, so that JShell and notebooks print its lines
 * rather than a quoted string with {@code \n} escapes; {@link #toString()} is the text.
 *
 * <pre>
 * verdict:      COMPATIBLE
 * left:         fighters@al-Qaim = [1500..2500]  (Reuters ← Ryan Dillon, 2017-11-03)  [c-…]
 * rule:         quantity.containment
 * </pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param facts the facts, in order
 */
public record Facts(ImmutableList<Fact> facts) {
  /**
   * These facts, in order.
   *
   * @throws NullPointerException if {@code facts} is null
   */
  public Facts {
    facts = ImmutableList.copyOf(checkNotNull(facts, "facts"));
  }

  /** These facts. */
  public static Facts of(List<Fact> facts) {
    return new Facts(ImmutableList.copyOf(facts));
  }

  /** The value of the first fact with this key, or {@code null} when there is none. */
  public @Nullable String value(String key) {
    checkNotNull(key, "key");
    return facts.stream().filter(f -> f.key().equals(key)).map(Fact::value).findFirst().orElse(null);
  }

  /** The lines of {@link #toString()}. */
  public ImmutableList<String> lines() {
    int w = facts.stream().mapToInt(f -> PlainText.width(f.key())).max().orElse(0) + 1;
    return facts.stream().map(f -> PlainText.padEnd(f.key() + ":", w) + " " + f.value())
        .collect(ImmutableList.toImmutableList());
  }

  /** The facts, one per line ({@code \n}), keys aligned by display width. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (String line : lines()) sb.append(line).append('\n');
    return sb.toString();
  }
}
