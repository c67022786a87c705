package org.crosscheck.arabic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a figure measures, for the families beyond the seeds, on sentences the team wrote; each
 * expectation is the claim's measure and value (topic minus subject and place, = value).
 */
class ArabicMeasureRulesTest {

  static String measureAndValue(String sentence) {
    return ArabicExtractorTest.extract(sentence).claims().stream()
        .map(c -> c.measure().id() + " = " + c.value()).findFirst().orElse("none");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // units: square kilometres are an area, never a distance; a stretch is a length
      "وحررت القوات مساحة تزيد على 500 كيلومتر مربع من الصحراء. | area = (500..+∞) km²",
      "وأمّنت القوات الحدود على امتداد 120 كيلومترا. | length = 120 km",
      // people by what they are: displaced, refugees, hostages
      "وتؤوي المدينة أكثر من 40 ألف نازح. | displaced = (40000..+∞)",
      // the killing and wounding verbs in the feminine past: a force or a strike killed or wounded N
      "وقالت القوات العراقية إنها قتلت 40 مسلحا في بلدة هيت. | killed = 40",
      "وأصابت الغارة 12 مدنيا في سوق المدينة. | wounded = 12 civilians",
      "وقالت الأمم المتحدة إن نحو 20 ألف شخص فروا من القتال. | displaced = ~20000",
      "ولجأ قرابة 300 ألف إلى دول الجوار. | refugees = ~300000 (nearly)",
      "وتحتجز الحركة أكثر من 100 رهينة. | people-held = (100..+∞)",
      "وهاجم المسلحون القرية بعشرات المركبات. | vehicles = dozens [20..99]",
      // a death toll: took the lives of N; a part named among the killed
      // (a class of people counted, children, women, civilians, is the count's unit: rule measure.counted-class)
      "وأودت الغارات بحياة ما لا يقل عن 60 مدنيا. | killed = [60..+∞) civilians",
      "وقالت الوزارة إن من بين القتلى 300 طفل. | killed = 300 children",
      "وقالت الوزارة إن القصف أسفر عن مقتل 25 امرأة. | killed = 25 women",
      "وأصيب 40 شخصا في الغارة على السوق. | wounded = 40",
      // the dead counted as martyrs
      "وارتفعت الحصيلة إلى 120 شهيدا منذ بدء القصف. | killed = 120",
      "وقالت الوزارة إن عدد الشهداء بلغ 2500. | killed = 2500",
      "وارتفعت حصيلة الجرحى إلى 640 في المدينة. | wounded = 640",
      "وقالت المصادر إن 75 شخصا أصيبوا بجروح. | wounded = 75",
      // families are counted in families, and the verb after them agrees with them (نزحت، فرت)
      "وقالت المنظمة إن أكثر من 6 آلاف أسرة نزحت من المدينة. | displaced = (6000..+∞) families",
      "وأضافت أن نحو 900 عائلة فرت من القرى المجاورة. | displaced = ~900 families",
      "ونزحت 300 عائلة إلى المخيمات. | displaced = 300 families",
      // prisoners: captured (أسر before the figure), arrested, prisoners and detainees
      "وأسرت القوات 40 مقاتلا خلال الهجوم. | people-held = 40",
      "واعتقلت الشرطة 12 شخصا في المدينة. | people-held = 12",
      "وقال إن لدى الجيش أكثر من 200 أسير. | people-held = (200..+∞)",
      "وعادت خمس أسر إلى منازلها. | people = 5 families",
      // towns counted by a verb of capture are places taken, not places still held
      "وحررت القوات خمس قرى في ريف المدينة. | places-taken = 5",
      // a share retaken from a party is a share that party lost
      "وأكد التحالف استعادة أكثر من 90٪ من الأراضي التي سيطر عليها التنظيم. | territory-lost = (90..+∞)%",
      // a share of a named place or of a place noun is a share of territory
      "وقال القائد إن القوات حررت ثلاثة أرباع قضاء سنجار. | territory-lost = 3/4 (75%)",
      "وباتت القوات تسيطر على 60 في المئة من المدينة. | territory-held = 60%",
      "وتحاصر القوات مدينة الرقة بعدما خسر التنظيم 80 بالمئة منها. | territory-lost = 80%",
      // losses, killed and wounded together
      "وقال القائد إن خسائر المسلحين تعد بالمئات. | casualties = hundreds [200..999]",
      // trained N: a state's forces
      "ودرّب التحالف 50 ألف عنصر من قوات الأمن. | troops = 50000"})
  void measures(String sentence, String expected) {
    assertThat(measureAndValue(sentence)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void someOfItsInhabitants_arePeopleCounted_notThePopulationNorAParty() {
    // "N of its inhabitants" picks people out of a population: a count of people, whoever else the
    // sentence names
    var x = ArabicExtractorTest.extract("وحذرت الوكالة من أن الجفاف يهدد نحو 3 ملايين من سكانها.");
    assertThat(x.claims()).extracting(c -> c.subject().id() + " " + c.measure().id() + " = " + c.value())
        .containsExactly("- people = ~3000000");
    var y = ArabicExtractorTest.extract("وقال التنظيم إن الحصار حرم قرابة 200 ألف من سكان البلدة من الماء.");
    assertThat(y.claims()).extracting(c -> c.subject().id() + " " + c.measure().id() + " = " + c.value())
        .containsExactly("- people = ~200000 (nearly)");
  }

  @org.junit.jupiter.api.Test
  void aClassOfVictims_isWhatIsCounted_notAParty() {
    var x = ArabicExtractorTest.extract("وقالت الوزارة إن عدد القتلى ارتفع إلى 900 قتيل بينهم 300 طفل.");
    assertThat(x.claims()).extracting(c -> c.subject().id() + " " + c.measure().id() + " = " + c.value())
        .containsExactly("- killed = 900", "- killed = 300 children");
    assertThat(x.claims().get(1).evidence().rules()).contains("measure.counted-class").doesNotContain("subject.victims");
  }

  @org.junit.jupiter.api.Test
  void aHeadlinesFigures_areClaims_butNotItsEvents() {
    var x = ArabicExtractorTest.extract("الأمم المتحدة: نزوح 50 ألف شخص من المدينة\n\nجنيف - فريق التحرير\n\n"
        + "قالت الأمم المتحدة اليوم إن عشرات الآلاف فروا من القتال.");
    assertThat(x.claims()).extracting(c -> c.measure().id() + " = " + c.value()).contains("displaced = 50000");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "مليون ونصف المليون | 1500000",
      "مليونين ونصف المليون | 2500000",
      "ألفين وثلاثة آلاف | 2000"})
  void numberWords_withTheScaleRepeated(String text, String first) {
    assertThat(ArabicNumberParser.instance().find(text).matches().get(0).value()).hasToString(first);
  }
}
