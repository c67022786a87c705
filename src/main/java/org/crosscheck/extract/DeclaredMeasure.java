package org.crosscheck.extract;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Measures;

/**
 * A measure a user declares beside the built-in ones ({@link Measures}), with the nouns that name
 * what it counts in each language: {@code aid-trucks} counted by "aid truck" in English and "شاحنة
 * مساعدات" in Arabic. An extractor given declared measures ({@link Extractor#withMeasures}) reads "120
 * aid trucks" as a claim of {@code aid-trucks}: a declared noun names its measure whatever else the
 * sentence says (a verb of harm, a generic reading as people), and outranks a built-in noun of the
 * same spelling.
 *
 * <p>Nouns are given in the singular, as a dictionary lists them; each extractor adds the forms its
 * language makes regularly (English plurals, "trucks of aid" for "truck of aid"; Arabic sound plurals,
 * duals and case endings). Forms it cannot make, such as Arabic broken plurals ("عمال" for "عامل"),
 * are listed as further nouns. A rules file declares them under {@code "measures"} (see {@code
 * docs/json-format.md}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param measure the measure, its id not a built-in one's
 * @param nouns the nouns naming what the measure counts, by ISO 639-1 language code ({@code "en"},
 *     {@code "ar"}); empty for a measure only other tools' claims carry
 */
public record DeclaredMeasure(Measure measure, ImmutableSortedMap<String, ImmutableList<String>> nouns) {

  /**
   * Checks the declaration.
   *
   * @throws IllegalArgumentException if the measure is a built-in one, nouns are given for a measure
   *     that is not a count, a language is not a code of two or three lower-case letters, or a noun is
   *     blank
   */
  public DeclaredMeasure {
    checkNotNull(measure, "measure");
    checkNotNull(nouns, "nouns");
    checkArgument(Measures.byId(measure.id()).isEmpty(), "measure '%s' is built in; declare a measure of another id,"
        + " like '%s-declared', or use the built-in one as it is", measure.id(), measure.id());
    nouns.forEach((language, list) -> {
      checkArgument(language.matches("[a-z]{2,3}"), "nouns of measure '%s' are given for language \"%s\"; use an ISO"
          + " 639-1 code like \"en\" or \"ar\"", measure.id(), language);
      for (String noun : list) {
        checkArgument(!noun.isBlank(), "nouns of measure '%s' in \"%s\" include a blank noun; give words like \"aid"
            + " truck\"", measure.id(), language);
      }
    });
    boolean any = nouns.values().stream().anyMatch(l -> !l.isEmpty());
    checkArgument(!any || measure.kind() == Measure.Kind.COUNT, "measure '%s' is a %s measure, but nouns name what a"
        + " count counts; declare it with kind COUNT, or leave out its nouns", measure.id(), measure.kind());
  }

  /** A declared measure with no nouns yet; add them with {@link #withNouns}. */
  public static DeclaredMeasure of(Measure measure) {
    return new DeclaredMeasure(measure, ImmutableSortedMap.of());
  }

  /**
   * This declaration with {@code more} nouns (singular, as written in {@code language}) beside the
   * ones it has.
   *
   * @throws IllegalArgumentException as the constructor does
   */
  public DeclaredMeasure withNouns(String language, String... more) {
    checkNotNull(language, "language");
    checkNotNull(more, "more");
    ImmutableList<String> had = nouns.getOrDefault(language, ImmutableList.of());
    ImmutableList<String> now = ImmutableList.<String>builder().addAll(had)
        .addAll(Arrays.stream(more).map(n -> checkNotNull(n, "noun").strip()).toList()).build();
    ImmutableSortedMap.Builder<String, ImmutableList<String>> b = ImmutableSortedMap.naturalOrder();
    nouns.forEach((l, v) -> {
      if (!l.equals(language)) b.put(l, v);
    });
    return new DeclaredMeasure(measure, b.put(language, now).build());
  }

  /** The nouns given for {@code language}, as given; empty when none are. */
  public ImmutableList<String> nouns(String language) {
    return nouns.getOrDefault(checkNotNull(language, "language"), ImmutableList.of());
  }

  /**
   * The nouns of every declaration for {@code language}, noun to measure, in the order given; a noun
   * declared twice keeps its first measure.
   */
  public static Map<String, Measure> nounsIn(List<DeclaredMeasure> declared, String language) {
    checkNotNull(declared, "declared");
    checkNotNull(language, "language");
    Map<String, Measure> out = new java.util.LinkedHashMap<>();
    for (DeclaredMeasure d : declared) for (String n : d.nouns(language)) out.putIfAbsent(n, d.measure());
    return out;
  }

  /** {@code aid-trucks (en: aid truck, truck of aid; ar: شاحنة مساعدات)}. */
  @Override
  public String toString() {
    if (nouns.isEmpty()) return measure.id();
    StringBuilder sb = new StringBuilder(measure.id()).append(" (");
    String sep = "";
    for (Map.Entry<String, ImmutableList<String>> e : nouns.entrySet()) {
      sb.append(sep).append(e.getKey()).append(": ").append(String.join(", ", e.getValue()));
      sep = "; ";
    }
    return sb.append(')').toString();
  }
}
