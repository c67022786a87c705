package org.crosscheck.arabic.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The number lexicon ({@code numbers.txt}) and the dual nouns ({@code dual-nouns.txt}), loaded once. */
final class NumberWords {

  enum Cls {
    ZERO, UNIT, TEN, TEEN_HEAD, TEEN, TENS, HUNDRED_WORD, HUNDRED,
    SCALE, SCALE_PLURAL, SCALE_ACC, SCALE_DUAL,
    DOZEN, DOZEN_PLURAL, DOZEN_DUAL,
    FRACTION, FRACTION_DUAL, FRACTION_PLURAL,
    ORDINAL, POINT, NEGATIVE, PERCENT_SUFFIX, PERCENT_PREFIX, NOT_A_NUMBER
  }

  record Entry(Cls cls, long value, boolean ambiguous) {}

  /** A noun whose dual carries a count of two. */
  record DualNoun(String singular, String english, boolean an, boolean in) {}

  static final NumberWords INSTANCE = new NumberWords();

  private final Map<String, List<Entry>> words = new HashMap<>();
  private final Map<String, DualNoun> duals = new HashMap<>();
  private final Set<String> notANumber = new HashSet<>();
  /** Percent phrases after a number, by their normalized text ("في المئه", "بالمئه"). */
  private final Set<String> percentSuffixes = new HashSet<>();
  private final Set<String> percentPrefixes = new HashSet<>();

  private NumberWords() {
    for (Lexicon.Line line : Lexicon.read("numbers.txt")) {
      Cls cls;
      try {
        cls = Cls.valueOf(line.field(1).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw line.error("unknown class '" + line.field(1) + "'; use one of " + java.util.Arrays.toString(Cls.values()));
      }
      long value;
      try {
        value = Long.parseLong(line.field(2));
      } catch (NumberFormatException e) {
        throw line.error("the value must be a whole number in ASCII digits, got '" + line.field(2) + "'");
      }
      boolean ambiguous = line.has(3) && line.field(3).equals("ambiguous");
      switch (cls) {
        case NOT_A_NUMBER -> notANumber.add(line.key());
        case PERCENT_SUFFIX -> percentSuffixes.add(line.key());
        case PERCENT_PREFIX -> percentPrefixes.add(line.key());
        default -> words.computeIfAbsent(line.key(), k -> new ArrayList<>(2)).add(new Entry(cls, value, ambiguous));
      }
    }
    for (Lexicon.Line line : Lexicon.read("dual-nouns.txt")) {
      String endings = line.has(2) ? line.field(2) : "ان ين";
      duals.put(line.key(), new DualNoun(line.field(0), line.field(1), endings.contains("ان"), endings.contains("ين")));
    }
  }

  /** The entries of a normalized word, or {@code null}. */
  @Nullable List<Entry> get(String stem) {
    return words.get(stem);
  }

  boolean isNotANumber(String word) {
    return notANumber.contains(word);
  }

  boolean isPercentSuffix(String phrase) {
    return percentSuffixes.contains(phrase);
  }

  boolean isPercentPrefix(String word) {
    return percentPrefixes.contains(word);
  }

  @Nullable DualNoun dual(String singular) {
    return duals.get(singular);
  }

  /** Every normalized word form of class {@code cls}. */
  Set<String> formsOf(Cls cls) {
    Set<String> out = new HashSet<>();
    words.forEach((k, es) -> {
      for (Entry e : es) if (e.cls() == cls) out.add(k);
    });
    return out;
  }

  static @Nullable Entry find(List<Entry> entries, Cls cls) {
    for (Entry e : entries) if (e.cls() == cls) return e;
    return null;
  }
}
