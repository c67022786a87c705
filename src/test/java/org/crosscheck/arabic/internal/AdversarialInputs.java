package org.crosscheck.arabic.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** Pathological inputs of about {@code size} chars each, shared by the adversarial test and benchmark. */
public final class AdversarialInputs {
  private AdversarialInputs() {}

  public static Map<String, String> of(int size) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("long digit run", repeat("1234567890", size));
    m.put("digits with separators", repeat("1,234.5-6/7 ", size));
    m.put("hedges in a row", repeat("نحو حوالي قرابة ما يقارب ", size));
    m.put("bounds and ranges in a row", repeat("أكثر من ما بين و من إلى ", size));
    m.put("mixed scripts", repeat("قتل 12 killed 12 убито 12 死亡 12 ", size));
    m.put("bidi controls", repeat("\u202Bقتل\u200F 12\u202C \u2067مسلحا\u2069 ", size));
    m.put("400-digit numbers", repeat("قتل " + "9".repeat(400) + " مسلحا في الرقة. ", size));
    m.put("white space only", repeat(" \n\t\u00A0", size));
    m.put("replacement chars", repeat("قتل \uFFFD\uFFFD 12 مسلحا. ", size));
    m.put("one line without punctuation", repeat("وقال مصدر إن نحو 700 مسلح ما زالوا في مدينة الميادين ", size));
    m.put("month names and weekdays", repeat("الجمعة 3 نوفمبر تشرين الثاني أيلول/ سبتمبر أمس الأحد ", size));
    m.put("number words", repeat("ثلاثة آلاف وتسعمائة وخمسة وستون ألفا ", size));
    return m;
  }

  private static String repeat(String unit, int size) {
    return unit.repeat(Math.max(1, size / unit.length()));
  }
}
