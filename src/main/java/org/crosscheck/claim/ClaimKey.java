package org.crosscheck.claim;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.Label;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.TimeValue;
import org.crosscheck.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The canonical key of a claim's content, from which its derived id is hashed. The key is built
 * from ids, enum names, ISO dates and plain decimals only, never from a {@code toString}, so a
 * change of notation (how a value or a source is printed) leaves every derived id as it was.
 *
 * <p>A key is a list of {@code name=value} parts in a fixed order: measure, event, subject, place,
 * scope, time of validity, value, attribution, evidence, modality. Values are keyed by their form
 * as stated ({@code approximate:1500:about:-:one}), not by their interval, so "about 1,500" and
 * "between 1,350 and 1,650" stay two claims. Names are keyed by id, so respelling an outlet or
 * adding an alias to a place keeps the id.
 */
final class ClaimKey {
  private ClaimKey() {}

  /** Bumped only on purpose: it is part of every derived id. */
  private static final String VERSION = "claim-key/1";

  static ImmutableList<String> of(Subject subject, Measure measure, EventType event, Place place, Scope scope,
      @Nullable DateValue validAt, Value value, Attribution attribution, @Nullable Evidence evidence,
      Modality modality) {
    return ImmutableList.of(
        "measure=" + measure.id(),
        "event=" + event.id(),
        "subject=" + subject.id(),
        "place=" + place.id(),
        "scope=" + scope.extent().name() + ":" + scope.proximity().name() + ":" + scope.note(),
        "valid=" + (validAt == null ? "-" : value(validAt)),
        "value=" + value(value),
        "attribution=" + source(attribution.outlet()) + ":" + source(attribution.agency()) + ":"
            + source(attribution.speaker()) + ":" + (attribution.published() == null ? "-" : attribution.published()),
        "evidence=" + (evidence == null ? "-" : evidence.document() + ":" + evidence.value().start() + ".."
            + evidence.value().end()),
        "modality=" + modality.name());
  }

  /** {@code c-} and the first 12 hex digits of the key's Murmur3 128-bit hash. */
  static String id(ImmutableList<String> key) {
    Hasher h = Hashing.murmur3_128().newHasher().putString(VERSION, StandardCharsets.UTF_8).putByte((byte) 0);
    for (String part : key) {
      // length-prefixed, so no text inside a part can fake a boundary
      h.putInt(part.length()).putString(part, StandardCharsets.UTF_8);
    }
    return "c-" + h.hash().toString().substring(0, 12);
  }

  private static String source(@Nullable Source s) {
    if (s == null) return "-";
    String own = s.kind().name().toLowerCase(Locale.ROOT) + "/" + s.id();
    return s.affiliation() == null ? own : own + "<" + source(s.affiliation());
  }

  private static String number(BigDecimal d) {
    return org.crosscheck.value.internal.Numbers.format(d);
  }

  /** The value's form as stated, in ids and plain numbers. */
  static String value(Value v) {
    if (v instanceof Quantity.Exact x) return "exact:" + number(x.value()) + ":" + x.unit().id();
    if (v instanceof Quantity.Approximate x) {
      return "approximate:" + number(x.center()) + ":" + x.hedge().id() + ":"
          + (x.width() == null ? "-" : number(x.width())) + ":" + x.unit().id();
    }
    if (v instanceof Quantity.Between x) return "between:" + number(x.low()) + ":" + number(x.high()) + ":" + x.unit().id();
    if (v instanceof Quantity.Bound x) {
      return "bound:" + x.kind().name() + ":" + number(x.value()) + ":" + x.unit().id();
    }
    if (v instanceof Quantity.Vague x) return "vague:" + x.quantifier().name() + ":" + x.unit().id();
    if (v instanceof Quantity.Fraction x) return "fraction:" + x.numerator() + "/" + x.denominator();
    if (v instanceof DateValue.OnDay x) return "day:" + x.day();
    if (v instanceof DateValue.InMonth x) return "month:" + x.month();
    if (v instanceof DateValue.InYear x) return "year:" + x.year().getValue();
    if (v instanceof DateValue.Span x) return "span:" + x.first() + ":" + x.last();
    if (v instanceof DateValue.Before x) return "before:" + x.day() + ":" + x.inclusive();
    if (v instanceof DateValue.After x) return "after:" + x.day() + ":" + x.inclusive();
    if (v instanceof TimeValue x) return "instant:" + x.instant();
    if (v instanceof Label x) return "label:" + x.text();
    throw new IllegalArgumentException("no canonical key for a value of type " + v.getClass().getName());
  }
}
