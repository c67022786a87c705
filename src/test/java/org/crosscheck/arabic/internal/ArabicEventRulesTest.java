package org.crosscheck.arabic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The event rules added for phrasings beyond the seeds, each family on sentences the team wrote
 * (published 2017-11-20, a Monday): the claims are pinned as topic = value.
 */
class ArabicEventRulesTest {

  static List<String> claims(String text) {
    return ArabicExtractorTest.claims(text);
  }

  @ParameterizedTest(name = "cue.inflected: {0}")
  @CsvSource(delimiter = '|', value = {
      // a verb with its subject ending and object pronoun: اقتحم + ت + ها, the place named before
      "وصمدت مدينة تكريت أسابيع، إلى أن اقتحمتها القوات الحكومية الأحد الماضي. | stormed@Tekrit = 2017-11-19",
      // plural ending وا
      "وقال شهود إن المسلحين توغلوا في بلدة هيت صباح السبت. | entered@Hīt = 2017-11-18",
      "واجتاحت القوات بلدة القائم في الثالث من الشهر الجاري. | captured@Al Qa'im = 2017-11-03"})
  void inflectedVerbs_areCues(String sentence, String expected) {
    assertThat(claims(sentence)).contains(expected);
  }

  @ParameterizedTest(name = "cue.inflected, not a final ta marbuta: {0}")
  @CsvSource(delimiter = '|', value = {
      // وزارة (ministry) normalizes like زار (visited) + the pronoun ه; its ة says noun
      "وقالت وزارة الصحة يوم الأحد إن المستشفى في مدينة الرمادي استقبل جرحى.",
      "ونشرت الوزارة بيانا يوم السبت عن بلدة هيت، وأكدت الإدارة ذلك."})
  void aFinalTaMarbuta_isNoPronoun(String sentence) {
    assertThat(claims(sentence)).noneMatch(c -> c.startsWith("visit"));
  }

  @ParameterizedTest(name = "cue.inflected, the pronoun still read: {0}")
  @CsvSource(delimiter = '|', value = {
      // the same verb with its pronoun written ه: a visit, of the town named before
      "وكانت بلدة هيت قد شهدت معارك، وقد زاره الوزير يوم الأحد. | visit@Hīt = 2017-11-19",
      "وزاروا مدينة الرمادي يوم السبت. | visit@Ramadie = 2017-11-18"})
  void aVerbWithItsPronoun_isStillACue(String sentence, String expected) {
    assertThat(claims(sentence)).contains(expected);
  }

  @ParameterizedTest(name = "place.anaphor: {0}")
  @CsvSource(delimiter = '|', value = {
      // the definite noun "the city" takes the town named in the sentence before
      "وتقع مدينة الرمادي غرب بغداد. ووصل رئيس الوزراء إلى المدينة أمس. | arrived@Ramadie = 2017-11-19",
      // a resumptive pronoun after the verb
      "وكانت بلدة عنة آخر معاقل التنظيم، وقد سيطر الجيش عليها يوم الجمعة. | captured@Anah = 2017-11-17",
      // in a relative clause opened by والتي, the nearest place before it, not the sentence's topic
      "ولتلعفر أهمية كبيرة، وتقابلها بلدة عنة العراقية على الضفة الأخرى، والتي طردت القوات التنظيم منها مطلع الشهر الجاري. | lost@Anah = 2017-11-01..2017-11-10",
      // place.figure-anaphor: a figure with "the city" after it
      "وتقع مدينة الرمادي غرب بغداد. وقالت الأمم المتحدة إن نحو 5000 شخص نزحوا من المدينة. | displaced@Ramadie = ~5000"})
  void anaphors_takeTheirAntecedent(String sentence, String expected) {
    assertThat(claims(sentence)).contains(expected);
  }

  @ParameterizedTest(name = "scope words stay in their sentence: {0}")
  @CsvSource(delimiter = '|', value = {
      // "محافظة" ends the sentence before: the town named like its governorate is the town
      "وتقع بلدة عين التمر في محافظة كربلاء. وقد سيطرت القوات على كربلاء يوم الجمعة. | captured@Kerbela = 2017-11-17",
      "ونزح آلاف إلى محافظة الأنبار. وتقع الرمادي غرب بغداد، وقد استعادت القوات السيطرة عليها يوم السبت. | captured@Ramadie = 2017-11-18"})
  void aScopeWordOfTheSentenceBefore_doesNotWidenAPlace(String sentence, String expected) {
    assertThat(claims(sentence)).contains(expected);
  }

  @ParameterizedTest(name = "event.date-of-report, not across however: {0}")
  @CsvSource(delimiter = '|', value = {
      // "غير أن"، "إلا أن" (however) open a clause of their own: its counter-attack is not dated by the report
      "وأعلن الجيش الخميس استعادة بلدة هيت بكاملها، غير أن المسلحين شنوا هجوما معاكسا. | captured@Hīt = 2017-11-16",
      "وأكد القائد يوم الأحد تحرير بلدة عنة، إلا أن التنظيم شن هجمات مضادة على أطرافها. | liberated@Anah = 2017-11-19"})
  void aClauseOfHowever_isNotDatedByTheReport(String sentence, String expected) {
    assertThat(claims(sentence)).containsExactly(expected);
  }

  @ParameterizedTest(name = "place.leader-not-place: {0}")
  @CsvSource(delimiter = '|', value = {
      // the country that leads a coalition is no place of the event; the long title before أن is the speaker's
      "أعلن متحدث باسم التحالف العسكري الذي تقوده السعودية، اليوم الخميس 16 نوفمبر 2017، أن القوات الحكومية بسطت سيطرتها بالكامل على ميناء مدينة عدن. | captured@Aden = 2017-11-16",
      "وقالت مصادر في التحالف بقيادة الولايات المتحدة إن القوات سيطرت على بلدة هجين يوم الجمعة. | captured@Hajin = 2017-11-17"})
  void aCountryThatLeadsAnActor_isNotAPlace(String sentence, String expected) {
    List<String> got = claims(sentence);
    assertThat(got).contains(expected);
    assertThat(got).noneMatch(c -> c.contains("Saudi Arabia") || c.contains("United States"));
  }

  @ParameterizedTest(name = "place.river-bank: {0}")
  @CsvSource(delimiter = '|', value = {
      // the west bank of a river is no Palestinian territory; the town before it keeps the figure
      "واستمرت المعارك في مدينة الميادين الواقعة على الضفة الغربية لنهر الفرات ثلاثة أسابيع. | duration@Mayadin = 3 weeks",
      "وقتل 12 مدنيا في بلدة هجين على الضفة الشرقية من نهر الفرات. | killed@Hajin = 12 civilians"})
  void aBankOfARiver_isNotTheLandOfThatName(String sentence, String expected) {
    List<String> got = claims(sentence);
    assertThat(got).contains(expected);
    assertThat(got).noneMatch(c -> c.contains("West Bank"));
  }

  @ParameterizedTest(name = "a place the object overlooks is not the object: {0}")
  @CsvSource(delimiter = '|', value = {
      "وسيطرت القوات يوم الجمعة على ميناء مدينة عدن المطلة على البحر الأحمر. | captured@Aden = 2017-11-17",
      "واستعادت القوات يوم السبت قلعة بلدة عنة المشرفة على نهر الفرات. | captured@Anah = 2017-11-18"})
  void aPlaceTheObjectOverlooks_onlyLocatesIt(String sentence, String expected) {
    assertThat(claims(sentence)).containsExactly(expected);
  }

  @ParameterizedTest(name = "event.date-of-report: {0}")
  @CsvSource(delimiter = '|', value = {
      "وأكد قائد العمليات، الخميس، أن القوات حررت بلدة القائم. | liberated@Al Qa'im = 2017-11-16",
      "وقال المتحدث مساء أمس الأحد إن القوات طوقت مدينة الموصل. | encircled@Mosul = 2017-11-19"})
  void anUndatedEventInAThatClause_isDatedByItsReport(String sentence, String expected) {
    assertThat(claims(sentence)).contains(expected);
  }

  @ParameterizedTest(name = "event.dated-without-place: {0}")
  @CsvSource(delimiter = '|', value = {
      // the object is no place of the gazetteer (a headquarters): the date still dates the capture
      "وذكر البيان أن المقاتلين استولوا صباح السبت على مقر قيادة الفرقة. | captured = 2017-11-18",
      // a launching verb and its noun of attack are one event
      "وفي 19 أيلول/سبتمبر، شنت القوات هجوما واسعا. | attacked = 2017-09-19",
      // an attack launched to take places back or drive a party out is an offensive that begins
      "وفي 12 آب/أغسطس، شنت الفصائل هجوما لاستعادة القرى المجاورة. | operation began = 2017-08-12",
      "وتخوض القوات منذ الخامس من تموز/يوليو هجوما لطرد المسلحين من الوادي. | operation began = 2017-07-05"})
  void aDatedEventWithoutAPlace_isStillAClaim(String sentence, String expected) {
    assertThat(claims(sentence)).containsExactly(expected);
  }

  @ParameterizedTest(name = "event.ongoing-since: {0}")
  @CsvSource(delimiter = '|', value = {
      "وتشهد الولاية قتالا متواصلا منذ منتصف آذار/مارس الماضي. | fighting-began = 2017-03-11..2017-03-20",
      "وارتفعت الحصيلة جراء القصف المتواصل منذ الخامس من أيلول/سبتمبر. | fighting-began = 2017-09-05"})
  void anOngoingActivity_beganOnTheDateItGoesOnSince(String sentence, String expected) {
    assertThat(claims(sentence)).contains(expected);
  }

  @ParameterizedTest(name = "no claim: {0}")
  @CsvSource(delimiter = '|', value = {
      // an open date ("in recent weeks") dates no capture without a place
      "وسيطرت القوات على نقاط عدة خلال الأسابيع الأخيرة.",
      // a relative clause about a town named before, with no date of its own, recalls an old event
      "وقال إن المعركة أسهل من معركة الموصل التي استعادت القوات السيطرة عليها بعد أشهر.",
      // an activity on a day is no beginning: only a date it goes on since dates one
      "وتضررت عشرات المنازل في القصف يوم الأحد."})
  void recalledOrVaguelyDatedEvents_areNoClaims(String sentence) {
    assertThat(claims(sentence)).isEmpty();
  }

  @ParameterizedTest(name = "event.statement-date: {0}")
  @CsvSource(delimiter = '|', value = {
      "وكتب المتحدث على حسابه في تويتر أمس الأحد أن التنظيم ما زال يشكل تهديدا. | statement = 2017-11-19",
      "وكانت مصادر محلية قد تحدثت السبت عن معارك عنيفة. | statement = 2017-11-18"})
  void aDateOfSpeech_datesTheStatement(String sentence, String expected) {
    assertThat(claims(sentence)).contains(expected);
  }
  @ParameterizedTest(name = "event.completed-fully: {0}")
  @CsvSource(delimiter = '|', value = {
      // a verbal noun of a place taken whole reports the event done, dated by the publication day
      "وقال الوزير إن تحرير بلدة هيت بالكامل يفتح الطريق أمام عودة النازحين. | liberated@Hīt = 2017-11-20",
      // ... also of a place named before ("the city")
      "وتقع مدينة الرمادي غرب بغداد. واعتبر المحافظ أن استعادة المدينة برمتها تنهي معاناة أهلها. | captured@Ramadie = 2017-11-20",
      "وتقع بلدة عنة على نهر الفرات. وأكد الجيش أنه استعاد السيطرة عليها بكاملها. | captured@Anah = 2017-11-20"})
  void aPlaceTakenFully_isAnEventDone(String sentence, String expected) {
    assertThat(claims(sentence)).contains(expected);
  }

  @ParameterizedTest(name = "no event done without fully, nor as a purpose: {0}")
  @CsvSource(delimiter = '|', value = {
      "وقال الوزير إن تحرير بلدة هيت يتطلب وقتا طويلا.",
      "وتسعى القوات إلى تحرير بلدة هيت بالكامل."})
  void aVerbalNounNotTakenFully_orAPurpose_isNoEvent(String sentence) {
    assertThat(claims(sentence)).noneMatch(c -> c.startsWith("liberated"));
  }
  @ParameterizedTest(name = "status.control-extended, status.outside-control: {0}")
  @CsvSource(delimiter = '|', value = {
      "وأعلن الجيش أن قواته فرضت سيطرتها الكاملة على مدينة تكريت. | control@Tekrit = \"fully controlled\"",
      // "the airport" alone is the airport named before with its town
      "وسيطرت القوات يوم الجمعة على مطار بلدة عنة. وقال مراسل إن المطار بقي خارج سيطرة القوات حتى المساء. | control@Anah = \"not controlled\""})
  void theWordingOfControl_isAControlStatus(String sentence, String expected) {
    assertThat(claims(sentence)).contains(expected);
  }

  @ParameterizedTest(name = "no control status: {0}")
  @CsvSource(delimiter = '|', value = {
      // troops outside a town say nothing of who holds it
      "وبقيت القوات خارج مدينة تكريت طوال الليل.",
      // control extended, but not said to be whole
      "وأعلن الجيش أن قواته فرضت سيطرتها على أحياء في مدينة تكريت."})
  void otherWordsOfControl_areNoStatus(String sentence) {
    assertThat(claims(sentence)).noneMatch(c -> c.startsWith("control"));
  }
}
