package org.crosscheck.claim.internal;

import java.text.Normalizer;

/**
 * The one character folding of the library: what the Arabic normalizer applies to article text
 * before any word is looked up, and what {@link Names#key} applies to the names of places,
 * subjects and sources, so that a name read from an article and the same name in a gazetteer or a
 * word list fold alike. Each char has one {@linkplain #action action}:
 *
 * <ul>
 *   <li>{@link #MAP} to one other char ({@link #target}): the alef forms {@code \u0622 \u0623 \u0625
 *       \u0671 \u0672 \u0673} to bare alef {@code \u0627}; alef maqsura {@code \u0649} and Farsi yeh
 *       {@code \u06CC} to yeh {@code \u064A}; teh marbuta {@code \u0629} to heh {@code \u0647}; keheh
 *       {@code \u06A9} to kaf {@code \u0643}; Arabic-Indic, Persian and full-width digits to ASCII
 *       digits; the Arabic decimal and thousands separators and percent sign to {@code . , %}; the
 *       no-break and fixed-width spaces to a space; hyphens, dashes and the minus sign to {@code -};
 *       apostrophe-like marks to {@code '}; Latin capitals to small letters and Latin-1 and Latin
 *       Extended-A letters to their unaccented small letter; presentation forms whose compatibility
 *       form is one char to that char, folded.
 *   <li>{@link #DROP_ATTACHED}: harakat, Quranic marks, superscript alef and tatweel, which belong to
 *       the char before them (a word's span includes its marks).
 *   <li>{@link #DROP}: invisible controls (soft hyphen, letter and direction marks, zero-width chars,
 *       bidi embeddings and isolates, word joiner, byte-order mark), which belong to no char.
 *   <li>{@link #EXPAND} to several chars ({@link #expansion}): presentation-form ligatures such as
 *       {@code \uFEFB} (lam-alef) and {@code \uFDF2} (the name of God).
 *   <li>{@link #KEEP}: every other char.
 * </ul>
 *
 * <p>Every target and expansion is made of kept chars, so folding is idempotent. Stateless and
 * thread-safe; the tables are built once.
 */
public final class Folding {
  /** The char stays as it is. */
  public static final byte KEEP = 0;
  /** The char becomes {@link #target}. */
  public static final byte MAP = 1;
  /** The char is removed and belongs to no char. */
  public static final byte DROP = 2;
  /** The char is removed and belongs to the char before it (a mark). */
  public static final byte DROP_ATTACHED = 3;
  /** The char becomes the chars of {@link #expansion}. */
  public static final byte EXPAND = 4;

  private static final byte[] ACTION = new byte[0x10000];
  private static final char[] TARGET = new char[0x10000];
  private static final String[] EXPANSION = new String[0x10000];

  static {
    for (int c = 0; c < 0x10000; c++) TARGET[c] = (char) c;
    for (char c : new char[] {'\u0622', '\u0623', '\u0625', '\u0671', '\u0672', '\u0673'}) map(c, '\u0627');
    map('\u0649', '\u064A');
    map('\u0629', '\u0647');
    map('\u06A9', '\u0643');
    map('\u06CC', '\u064A');
    range('\u064B', '\u065F', DROP_ATTACHED);
    range('\u0610', '\u061A', DROP_ATTACHED);
    range('\u06D6', '\u06DC', DROP_ATTACHED);
    range('\u06DF', '\u06E4', DROP_ATTACHED);
    range('\u06E7', '\u06E8', DROP_ATTACHED);
    range('\u06EA', '\u06ED', DROP_ATTACHED);
    range('\u08D3', '\u08FF', DROP_ATTACHED);
    ACTION['\u0670'] = DROP_ATTACHED;
    ACTION['\u0640'] = DROP_ATTACHED;
    for (int d = 0; d < 10; d++) {
      map((char) ('\u0660' + d), (char) ('0' + d));
      map((char) ('\u06F0' + d), (char) ('0' + d));
      map((char) ('\uFF10' + d), (char) ('0' + d));
    }
    map('\u066B', '.');
    map('\u066C', ',');
    map('\u066A', '%');
    for (char c : new char[] {'\u00A0', '\u202F', '\u1680', '\u205F', '\u3000'}) map(c, ' ');
    for (char c = '\u2000'; c <= '\u200A'; c++) map(c, ' ');
    for (char c : new char[] {'\u00AD', '\u061C', '\u180E', '\uFEFF'}) ACTION[c] = DROP;
    range('\u200B', '\u200F', DROP);
    range('\u202A', '\u202E', DROP);
    range('\u2060', '\u2064', DROP);
    range('\u2066', '\u206F', DROP);
    for (char c = '\u2010'; c <= '\u2015'; c++) map(c, '-');
    map('\u2212', '-');
    for (char c : new char[] {'\u2018', '\u2019', '\u02BC', '\u02BE', '\u02BF', '`'}) map(c, '\'');
    for (char c = 'A'; c <= 'Z'; c++) map(c, (char) (c + ('a' - 'A')));
    for (char c = '\u00C0'; c <= '\u017F'; c++) {
      String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      char base = d.charAt(0);
      boolean marksOnly = true;
      for (int i = 1; i < d.length(); i++) {
        if (Character.getType(d.charAt(i)) != Character.NON_SPACING_MARK) marksOnly = false;
      }
      if (d.length() > 1 && marksOnly && base < 0x80 && Character.isLetter(base)) {
        map(c, Character.toLowerCase(base));
      }
    }
    for (int c = 0xFB50; c <= 0xFDFF; c++) expandable((char) c);
    for (int c = 0xFE70; c <= 0xFEFE; c++) expandable((char) c);
  }

  private Folding() {}

  private static void map(char from, char to) {
    ACTION[from] = MAP;
    TARGET[from] = to;
  }

  private static void range(char from, char to, byte action) {
    for (int c = from; c <= to; c++) ACTION[c] = action;
  }

  private static void expandable(char c) {
    String nfkc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
    if (nfkc.length() == 1 && nfkc.charAt(0) == c) return; // unassigned or no compatibility mapping
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < nfkc.length(); i++) {
      char e = nfkc.charAt(i);
      if (ACTION[e] == DROP || ACTION[e] == DROP_ATTACHED) continue;
      out.append(ACTION[e] == MAP ? TARGET[e] : e);
    }
    String folded = out.toString();
    if (folded.chars().allMatch(ch -> ch == ' ')) {
      // an isolated haraka or shadda form: NFKC gives a space plus marks; it is a mark, not a space
      ACTION[c] = DROP_ATTACHED;
    } else if (folded.length() == 1) {
      map(c, folded.charAt(0));
    } else {
      ACTION[c] = EXPAND;
      EXPANSION[c] = folded;
    }
  }

  /** What folding does to {@code c}: {@link #KEEP}, {@link #MAP}, {@link #DROP}, {@link #DROP_ATTACHED} or {@link #EXPAND}. */
  public static byte action(char c) {
    return ACTION[c];
  }

  /** The char {@code c} folds to when its action is {@link #MAP}; {@code c} itself otherwise. */
  public static char target(char c) {
    return TARGET[c];
  }

  /** The chars {@code c} folds to when its action is {@link #EXPAND}; empty otherwise. */
  public static String expansion(char c) {
    String e = EXPANSION[c];
    return e == null ? "" : e;
  }

  /** {@code text} folded char by char, dropped chars removed. */
  public static String fold(CharSequence text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (ACTION[c]) {
        case KEEP, MAP -> sb.append(TARGET[c]);
        case EXPAND -> sb.append(EXPANSION[c]);
        default -> { }
      }
    }
    return sb.toString();
  }
}
