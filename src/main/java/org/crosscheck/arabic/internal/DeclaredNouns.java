package org.crosscheck.arabic.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.claim.Measure;
import org.crosscheck.extract.DeclaredMeasure;
import org.jspecify.annotations.Nullable;

/**
 * The Arabic nouns of the measures a user declares ({@link DeclaredMeasure}), with the forms the
 * language makes regularly from the singular given, as a table matched like {@code measures.txt}
 * (rule {@code measure.declared-noun}). Of a phrase, the first word is the counted noun, the others
 * its complement ("شاحنة مساعدات": trucks of aid), which may carry the article (شاحنات المساعدات).
 *
 * <ul>
 *   <li>a noun in ة (شاحنة): the sound feminine plural شاحنات and the duals شاحنتان، شاحنتين، شاحنتا،
 *       شاحنتي;
 *   <li>another noun (موظف): the accusative موظفا, the sound masculine plurals موظفون، موظفين and their
 *       construct forms موظفو، موظفي, and the dual موظفان.
 * </ul>
 *
 * Broken plurals (عمال for عامل) cannot be made from the singular: they are declared as nouns of their
 * own. A form that the language does not use is harmless, as no text holds it. Immutable and
 * thread-safe.
 */
public final class DeclaredNouns {
  private final CueTable<Measure> table;
  private final Map<String, Measure> byId;
  private final boolean empty;

  private DeclaredNouns(List<DeclaredMeasure> declared) {
    Map<String, Measure> ids = new LinkedHashMap<>();
    Map<String, Measure> forms = new LinkedHashMap<>();
    for (DeclaredMeasure d : declared) {
      ids.putIfAbsent(d.measure().id(), d.measure());
      for (String noun : d.nouns("ar")) for (String form : forms(noun)) forms.putIfAbsent(form, d.measure());
    }
    List<Lexicon.Line> lines = new ArrayList<>();
    int number = 0;
    for (Map.Entry<String, Measure> e : forms.entrySet()) {
      lines.add(new Lexicon.Line(e.getKey(), new String[] {e.getKey(), e.getValue().id()}, ++number, "declared nouns"));
    }
    this.table = CueTable.of(lines, line -> java.util.Objects.requireNonNull(forms.get(line.key()), "form"));
    this.byId = Map.copyOf(ids);
    this.empty = forms.isEmpty();
  }

  /** No declared nouns. */
  static final DeclaredNouns NONE = new DeclaredNouns(List.of());

  /** The table of the Arabic nouns of {@code declared}. */
  public static DeclaredNouns of(List<DeclaredMeasure> declared) {
    return declared.isEmpty() ? NONE : new DeclaredNouns(List.copyOf(declared));
  }

  /** The declared measure whose noun phrase starts at word {@code i}, or {@code null}. */
  CueTable.@Nullable Hit<Measure> match(CueTable.Words words, int i) {
    return empty || i < 0 || i >= words.size() ? null : table.match(words, i);
  }

  /** The declared measure of this id, or {@code null}. */
  @Nullable Measure measure(String id) {
    return byId.get(id);
  }

  /**
   * The forms of a noun phrase given in the singular, normalized as lexicon keys: the first word
   * inflected, the others as given.
   */
  static Set<String> forms(String phrase) {
    String key = Lexicon.key(phrase);
    Set<String> out = new LinkedHashSet<>();
    if (key.isEmpty()) return out;
    out.add(key);
    int space = key.indexOf(' ');
    String head = space < 0 ? key : key.substring(0, space);
    String rest = space < 0 ? "" : key.substring(space);
    String raw = phrase.strip();
    int rawSpace = raw.indexOf(' ');
    String rawHead = rawSpace < 0 ? raw : raw.substring(0, rawSpace);
    List<String> heads = new ArrayList<>();
    // the normalizer writes ة as ه: the raw spelling tells a feminine noun from one in ه (مياه)
    if (rawHead.endsWith("\u0629") && head.length() > 2) {
      String stem = head.substring(0, head.length() - 1);
      for (String ending : List.of("ات", "تان", "تين", "تا", "تي")) heads.add(stem + ending);
    } else if (head.length() > 1 && !head.endsWith("ا") && !head.endsWith("ى")) {
      for (String ending : List.of("ا", "ون", "ين", "و", "ي", "ان")) heads.add(head + ending);
    }
    for (String h : heads) out.add(Lexicon.key(h) + rest);
    return out;
  }
}
