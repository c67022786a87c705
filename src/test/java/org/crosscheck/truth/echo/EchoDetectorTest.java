package org.crosscheck.truth.echo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Echo detection on short Arabic texts the team wrote. */
class EchoDetectorTest {
  static final String WIRE = String.join("\n",
      "أعلن الجيش السيطرة الكاملة على مدينة الميادين بعد معارك استمرت ثلاثة أسابيع مع مسلحي التنظيم.",
      "وقال متحدث عسكري إن الوحدات الهندسية بدأت تفكيك العبوات الناسفة في الأحياء الشرقية للمدينة.",
      "وأضاف المتحدث أن نحو ألف مسلح انسحبوا باتجاه البادية خلال الأيام الماضية.",
      "ويقدر مراقبون أن التنظيم ما زال يسيطر على عدد من القرى الصغيرة قرب الحدود.",
      "وكانت القوات قد بدأت الهجوم مطلع الشهر الماضي بدعم جوي كثيف.");
  static final String REWRITE = String.join("\n",
      "متابعات - في تطور ميداني لافت أعلن الجيش السيطرة الكاملة على مدينة الميادين بعد معارك استمرت ثلاثة أسابيع مع مسلحي التنظيم.",
      "وقال متحدث عسكري إن الوحدات الهندسية بدأت تفكيك العبوات الناسفة في الأحياء الشرقية للمدينة.",
      "وأضاف المتحدث أن نحو ألف مسلح انسحبوا باتجاه البادية خلال الأيام الماضية حسب تعبيره.",
      "ويرى محللون أن المعركة المقبلة ستكون أصعب بكثير.");
  static final String OTHER = String.join("\n",
      "قالت مصادر محلية إن آلاف النازحين عادوا إلى منازلهم في ريف المدينة بعد توقف القتال.",
      "وقال متحدث عسكري إن الوحدات الهندسية بدأت تفكيك العبوات الناسفة في الأحياء الشرقية للمدينة.",
      "وتشكو العائلات العائدة من نقص المياه والكهرباء وتضرر المدارس.",
      "وأشارت منظمات إغاثة إلى أنها تستعد لإرسال قوافل مساعدات خلال الأسبوع المقبل.");

  @Test
  void detect_findsTheRewriteAndItsDirection() {
    List<Echo> echoes = new EchoDetector().detect(List.of(
        new EchoDetector.Document("wire.txt", WIRE, LocalDate.of(2017, 10, 14)),
        new EchoDetector.Document("rewrite.txt", REWRITE, LocalDate.of(2017, 10, 15)),
        new EchoDetector.Document("other.txt", OTHER, LocalDate.of(2017, 10, 15))));
    assertThat(echoes).hasSize(1);
    Echo e = echoes.get(0);
    assertThat(e.rewrite()).isEqualTo("rewrite.txt");
    assertThat(e.original()).isEqualTo("wire.txt");
    assertThat(e.nearDuplicateSentences()).isEqualTo(3);
    assertThat(e.toString()).startsWith("rewrite.txt echoes wire.txt (");
    assertThat(EchoDetector.links(echoes)).containsEntry("rewrite.txt", "wire.txt");
  }

  @Test
  void oneSharedQuote_isNotAnEcho() {
    assertThat(new EchoDetector().detect(List.of(
        new EchoDetector.Document("wire.txt", WIRE, LocalDate.of(2017, 10, 14)),
        new EchoDetector.Document("other.txt", OTHER, LocalDate.of(2017, 10, 15))))).isEmpty();
  }

  @Test
  void words_ignoreDiacriticsAndLetterVariants() {
    assertThat(EchoDetector.words("أعلنَ الجيشُ، إعلانًا")).isEqualTo(EchoDetector.words("اعلن الجيش اعلانا"));
  }
}
