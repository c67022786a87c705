package org.crosscheck.english.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The word forms a lexicon knows, each interned once into a small int id (from 1; 0 is every other
 * word), with the start-mask bits of its word lists. A document looks each token up once, straight
 * from the characters of its text (no substring, no lower-case copy for a known word), and its
 * phrase tables then compare ids, not strings.
 *
 * <p>The table is open addressing over the forms' characters, case-sensitive: a lower-case key and a
 * written form that a case-sensitive list holds ({@code ISIS}) are forms of their own. Ids follow the
 * forms' sorted order, so they are the same from run to run.
 *
 * <p>Immutable and thread-safe.
 */
final class Vocabulary {
  /** The id of every form the vocabulary does not hold. */
  static final int OTHER = 0;

  /** The forms by id; index 0 is unused. */
  private final String[] forms;
  /** The forms' characters by id. */
  private final char[][] chars;
  /** The start-mask bits by id. */
  private final int[] masks;
  /** The open-addressing slots: an id, 0 when empty. */
  private final int[] slots;
  private final int slotMask;

  /**
   * The vocabulary of {@code forms}, with the bits of {@code masks} (by lower-case key).
   *
   * @throws NullPointerException if an argument or a form is {@code null}
   */
  Vocabulary(Collection<String> forms, Map<String, Integer> masks) {
    checkNotNull(forms, "forms");
    checkNotNull(masks, "masks");
    TreeMap<String, Integer> all = new TreeMap<>();
    for (String f : forms) all.put(checkNotNull(f, "form"), 0);
    masks.forEach((k, bits) -> all.merge(k, bits, (a, b) -> a | b));
    this.forms = new String[all.size() + 1];
    this.chars = new char[all.size() + 1][];
    this.chars[0] = new char[0];
    this.masks = new int[all.size() + 1];
    int capacity = Integer.highestOneBit(Math.max(4, all.size() * 3)) << 1;
    this.slots = new int[capacity];
    this.slotMask = capacity - 1;
    int id = 1;
    for (Map.Entry<String, Integer> e : all.entrySet()) {
      String f = e.getKey();
      this.forms[id] = f;
      this.chars[id] = f.toCharArray();
      this.masks[id] = e.getValue();
      int s = mix(hash(f)) & slotMask;
      while (slots[s] != 0) s = (s + 1) & slotMask;
      slots[s] = id;
      id++;
    }
  }

  /** The number of ids, {@link #OTHER} included. */
  int size() {
    return forms.length;
  }

  /** The form of {@code id}, which is not {@link #OTHER}. */
  String form(int id) {
    return forms[id];
  }

  /** The start-mask bits of {@code id}. */
  int mask(int id) {
    return masks[id];
  }

  /** The id of {@code form}, or {@link #OTHER}. */
  int id(String form) {
    char[] c = form.toCharArray();
    return find(c, 0, c.length, false, hash(form));
  }

  /**
   * The id of the characters {@code from} to {@code to} of {@code text}, read in lower case when
   * {@code lower} (A to Z only: the caller lowers other letters itself), or {@link #OTHER}; {@code
   * hash} is {@code h = 31 * h + c} over those characters as read.
   */
  int find(char[] text, int from, int to, boolean lower, int hash) {
    int s = mix(hash) & slotMask;
    int n = to - from;
    for (int id = slots[s]; id != 0; id = slots[s]) {
      char[] f = chars[id];
      if (f.length == n && same(f, text, from, lower)) return id;
      s = (s + 1) & slotMask;
    }
    return OTHER;
  }

  private static boolean same(char[] form, char[] text, int from, boolean lower) {
    for (int k = 0; k < form.length; k++) {
      char c = text[from + k];
      if (lower && c >= 'A' && c <= 'Z') c = (char) (c + ('a' - 'A'));
      if (form[k] != c) return false;
    }
    return true;
  }

  /** {@code h = 31 * h + c} over the characters of {@code s}. */
  private static int hash(String s) {
    int h = 0;
    for (int k = 0; k < s.length(); k++) h = 31 * h + s.charAt(k);
    return h;
  }

  private static int mix(int h) {
    return h ^ (h >>> 16) ^ (h >>> 7);
  }

  /** The vocabulary of {@code tables}' keys and of {@code masks}' words, each table bound to its ids. */
  static Vocabulary bind(Map<String, Integer> masks, PhraseTable<?>... tables) {
    java.util.Set<String> forms = new java.util.HashSet<>(masks.keySet());
    for (PhraseTable<?> t : tables) forms.addAll(t.allKeys());
    Vocabulary v = new Vocabulary(forms, masks);
    for (PhraseTable<?> t : tables) t.bind(v);
    return v;
  }
}
