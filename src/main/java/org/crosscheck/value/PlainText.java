package org.crosscheck.value;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Plain text that reads the same in any viewer: the one place where right-to-left names and
 * quotes are isolated, and where columns are measured by how wide they show.
 *
 * <p>A line such as {@code fighters@القائم = ~1500 — Al-Arab} is laid out by the Unicode
 * bidirectional algorithm wherever a browser, an IDE console or a web log shows it; without help,
 * the Arabic name pulls the figure after it into its right-to-left run and the line reads {@code
 * fighters@1500~ = القائم}. {@link #isolate} wraps every name or quote that holds right-to-left
 * letters in U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE (Unicode UAX #9,
 * isolates), so the name keeps its own direction inside and the line around it keeps its logical
 * order. Text without right-to-left letters is left as it is.
 *
 * <p>{@link #width} measures a string as a terminal or a monospaced notebook cell shows it
 * (combining marks, format characters such as the isolates, and controls take no column; East
 * Asian wide and fullwidth characters take two, after UAX #11), and {@link #padEnd}/{@link
 * #padStart} pad to a width so that table columns line up.
 */
public final class PlainText {
  /** U+2068 FIRST STRONG ISOLATE: the isolated text takes the direction of its first strong letter. */
  public static final char FSI = '\u2068';
  /** U+2069 POP DIRECTIONAL ISOLATE: ends the isolate. */
  public static final char PDI = '\u2069';

  private PlainText() {}

  /** Whether {@code text} holds a right-to-left letter (Hebrew, Arabic, Syriac, Thaana, N'Ko, …) or control. */
  public static boolean hasRightToLeft(String text) {
    checkNotNull(text, "text");
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      switch (Character.getDirectionality(cp)) {
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
            Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING, Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
            Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE -> {
          return true;
        }
        default -> { }
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * {@code text} between U+2068 and U+2069 if it holds right-to-left letters, else {@code text}
   * itself: {@code isolate("القائم")} is {@code "\u2068القائم\u2069"}, {@code isolate("al-Qaim")} is
   * {@code "al-Qaim"}. Text already isolated as a whole is not isolated twice.
   */
  public static String isolate(String text) {
    checkNotNull(text, "text");
    if (!hasRightToLeft(text) || isIsolated(text)) return text;
    return FSI + text + PDI;
  }

  private static boolean isIsolated(String text) {
    if (text.length() < 2 || text.charAt(0) != FSI || text.charAt(text.length() - 1) != PDI) return false;
    int depth = 0; // the first isolate must close at the very end, not earlier: "⁨a⁩ b ⁨c⁩" is two isolates
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == FSI || c == '\u2066' || c == '\u2067') depth++;
      if (c == PDI && --depth == 0 && i < text.length() - 1) return false;
    }
    return depth == 0;
  }

  /** {@code text} without any U+2066…U+2069 isolate controls, for data formats (JSON, CSV) that carry names as they are. */
  public static String stripIsolates(String text) {
    checkNotNull(text, "text");
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '\u2066' || c > '\u2069') sb.append(c);
    }
    return sb.toString();
  }

  /**
   * The number of columns {@code text} takes in a monospaced view: combining marks, enclosing
   * marks, format characters (isolates, joiners, marks of direction) and controls take none, East
   * Asian wide and fullwidth characters take two, every other code point one.
   */
  public static int width(String text) {
    checkNotNull(text, "text");
    int w = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      w += width(cp);
      i += Character.charCount(cp);
    }
    return w;
  }

  /** The columns one code point takes: 0, 1 or 2. */
  public static int width(int codePoint) {
    switch (Character.getType(codePoint)) {
      case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.CONTROL -> {
        return 0;
      }
      default -> { }
    }
    if (codePoint >= 0x1160 && codePoint <= 0x11FF) return 0; // Hangul medial vowels and final consonants join the syllable
    return isWide(codePoint) ? 2 : 1;
  }

  /**
   * East Asian Wide (W) and Fullwidth (F) code points of UAX #11, by block: Hangul Jamo initials,
   * CJK radicals to CJK symbols, kana, CJK ideographs and their extensions, Yi, Hangul syllables,
   * compatibility ideographs, vertical and small forms, fullwidth forms, Tangut and Khitan, kana
   * supplements, and the emoji presentation blocks.
   */
  private static final int[][] WIDE = {
      {0x1100, 0x115F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0}, {0x23F3, 0x23F3},
      {0x25FD, 0x25FE}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F}, {0x2693, 0x2693}, {0x26A1, 0x26A1},
      {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5}, {0x26CE, 0x26CE}, {0x26D4, 0x26D4}, {0x26EA, 0x26EA},
      {0x26F2, 0x26F3}, {0x26F5, 0x26F5}, {0x26FA, 0x26FA}, {0x26FD, 0x26FD}, {0x2705, 0x2705}, {0x270A, 0x270B},
      {0x2728, 0x2728}, {0x274C, 0x274C}, {0x274E, 0x274E}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797},
      {0x27B0, 0x27B0}, {0x27BF, 0x27BF}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
      {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xA000, 0xA4CF}, {0xA960, 0xA97F},
      {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE6F}, {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6},
      {0x16FE0, 0x16FE4}, {0x17000, 0x18CFF}, {0x1AFF0, 0x1B2FF}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF},
      {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F202}, {0x1F210, 0x1F23B}, {0x1F240, 0x1F248},
      {0x1F250, 0x1F251}, {0x1F260, 0x1F265}, {0x1F300, 0x1F320}, {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C},
      {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA}, {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4},
      {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E},
      {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F},
      {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6D7}, {0x1F6DC, 0x1F6DF},
      {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7EB}, {0x1F7F0, 0x1F7F0}, {0x1F90C, 0x1F93A},
      {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAFF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD}};

  private static boolean isWide(int cp) {
    if (cp < 0x1100) return false;
    int lo = 0;
    int hi = WIDE.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (cp < WIDE[mid][0]) hi = mid - 1;
      else if (cp > WIDE[mid][1]) lo = mid + 1;
      else return true;
    }
    return false;
  }

  /** {@code text} followed by spaces up to {@code columns} display columns (unchanged if already as wide). */
  public static String padEnd(String text, int columns) {
    int missing = columns - width(text);
    return missing <= 0 ? text : text + " ".repeat(missing);
  }

  /** Spaces up to {@code columns} display columns, then {@code text}. */
  public static String padStart(String text, int columns) {
    int missing = columns - width(text);
    return missing <= 0 ? text : " ".repeat(missing) + text;
  }
}
