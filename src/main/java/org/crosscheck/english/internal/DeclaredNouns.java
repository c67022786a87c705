package org.crosscheck.english.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.extract.DeclaredMeasure;

/**
 * The English nouns of the measures a user declares ({@link DeclaredMeasure}), each in the singular
 * given and its plural, as counted nouns of their measure (rule {@code measure.declared-noun}). A
 * declared noun names its measure whatever verb is near ("12 aid trucks were hit" is still a count
 * of aid trucks), as a noun of things does.
 *
 * <p>The plural is made on the head noun: the last word ("aid truck" → "aid trucks"), or the word
 * before "of" ("truck of aid" → "trucks of aid"); the regular endings (-s, -es after s, x, z, ch, sh,
 * -ies after a consonant and y), the irregular plurals of person nouns (man, woman, child, person)
 * and compounds in -man (fireman → firemen). A noun given in the plural is read as given.
 */
final class DeclaredNouns {
  private DeclaredNouns() {}

  private static final Map<String, String> IRREGULAR = Map.of("man", "men", "woman", "women", "child", "children",
      "person", "people", "foot", "feet", "tooth", "teeth", "mouse", "mice");

  /** Every English noun of {@code declared} and its plural, to its counted noun; the first declaration of a noun wins. */
  static Map<String, Lexicon.CountedNoun> of(List<DeclaredMeasure> declared) {
    Map<String, Lexicon.CountedNoun> out = new LinkedHashMap<>();
    DeclaredMeasure.nounsIn(declared, "en").forEach((noun, measure) -> {
      Lexicon.CountedNoun counted = new Lexicon.CountedNoun(measure, Lexicon.NounClass.THING);
      String singular = noun.strip().replaceAll("\\s+", " ");
      out.putIfAbsent(singular, counted);
      out.putIfAbsent(plural(singular), counted);
    });
    return out;
  }

  /** The plural of a noun phrase in the singular. */
  static String plural(String phrase) {
    String[] words = phrase.split(" ");
    int head = words.length - 1;
    for (int i = 1; i < words.length; i++) {
      if (words[i].equalsIgnoreCase("of")) {
        head = i - 1;
        break;
      }
    }
    words[head] = pluralWord(words[head]);
    return String.join(" ", words);
  }

  /** The plural of one word, its case kept: "truck" → "trucks", "ambulance" → "ambulances", "city" → "cities". */
  static String pluralWord(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String irregular = IRREGULAR.get(lower);
    if (irregular != null) return Character.isUpperCase(word.charAt(0)) ? word.charAt(0) + irregular.substring(1) : irregular;
    // "fireman" → "firemen", "policewoman" → "policewomen"; not "human"
    if (lower.endsWith("man") && lower.length() > 5) return word.substring(0, word.length() - 2) + "en";
    if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch")
        || lower.endsWith("sh")) {
      return word + "es";
    }
    if (lower.length() > 1 && lower.endsWith("y") && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
      return word.substring(0, word.length() - 1) + "ies";
    }
    return word + "s";
  }
}
