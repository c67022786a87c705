package org.crosscheck.arabic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The same text gives the same values and the same {@code toString} under any default locale. Under
 * ar-EG, default-locale formatting would print ١٥٠٠ for 1500; nothing here may do that.
 */
class LocaleIndependenceTest {
  private static final String TEXT = "قال المتحدث أمس إن ما بين 1500 و2500 مقاتل بقوا في مدينة البوكمال، وإن نحو 35 في المئة"
      + " من المحافظة ما زالت خارج السيطرة منذ 3 تشرين الثاني/نوفمبر 2017، وبعد خمسة أيام سقطت القرية.";

  private static String render() {
    ArabicValues v = ArabicValueExtractor.standard().extract(TEXT, LocalDate.of(2017, 11, 20));
    return v + "\n" + v.numbers() + "\n" + v.quantities() + "\n" + v.dates() + "\n" + v.places() + "\n" + v.diagnostics();
  }

  @Test
  @org.crosscheck.SuppressForbidden // shows what the default locale does to String.format
  void extract_sameOutputUnderArabicEgyptAndRoot() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ROOT);
      String root = render();
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      assertThat(String.format("%d", 1500)).as("the JVM formats with Arabic-Indic digits under ar-EG").isEqualTo("١٥٠٠");
      String arabic = render();
      assertThat(arabic).isEqualTo(root);
      assertThat(arabic).doesNotContain("١٥٠٠").contains("[1500..2500]");
    } finally {
      Locale.setDefault(saved);
    }
  }
}
