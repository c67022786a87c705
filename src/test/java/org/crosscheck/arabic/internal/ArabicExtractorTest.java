package org.crosscheck.arabic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.arabic.ArabicExtractor;
import org.crosscheck.arabic.ArabicWordLists;
import org.crosscheck.claim.Claim;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.Diagnostic;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.Metadata;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The claim extractor on sentences the team wrote: one claim each, pinned as topic = value. */
class ArabicExtractorTest {
  static final ArabicExtractor EXTRACTOR = new ArabicExtractor();
  static final LocalDate PUBLISHED = LocalDate.of(2017, 11, 20);

  static Extraction extract(String text) {
    return EXTRACTOR.extract(new Article("t.txt", text, Metadata.of("Team Wire", PUBLISHED, "ar")));
  }

  static List<String> claims(String text) {
    return extract(text).claims().stream().map(c -> c.topic() + " = " + c.value()).toList();
  }

  static Stream<Arguments> sentences() {
    return Stream.of(
        Arguments.of("قال مسؤول محلي إن نحو 700 مسلح من تنظيم داعش ما زالوا في مدينة الميادين.",
            "ISIS fighters@Mayadin = ~700"),
        Arguments.of("وقتل 25 مسلحا في اشتباكات عنيفة قرب مدينة الرقة.", "killed@Ar Raqqah (near) = 25"),
        Arguments.of("وأفادت منظمة إغاثية بأن أكثر من 3000 شخص خرجوا من مدينة الموصل خلال الأسبوع الماضي.",
            "people who left@Mosul = (3000..+∞)"),
        Arguments.of("ولا يزال التنظيم يسيطر على نحو 40 في المئة من محافظة الأنبار.",
            "share of territory held@Al-Anbar Governorate (province) = ~40%"),
        Arguments.of("وخسر التنظيم قرابة ثلثي الأراضي التي كان يحتلها في سوريا.",
            "share of territory lost@Syria = ~66.666667% (nearly)"),
        Arguments.of("وتقع البلدة على بعد 15 كيلومترا من الحدود مع تركيا.", "distance to@Turkey = 15 km"),
        Arguments.of("واستمر حصار المدينة ثلاثة أشهر كاملة.", "duration = 3 months"),
        Arguments.of("ودخلت القوات الحكومية مدينة تدمر في الثاني من مارس.", "entered@Palmyra = 2017-03-02"),
        Arguments.of("وسيطر الجيش على مدينة الحسكة أمس الأحد بعد معارك عنيفة.", "captured@Al Hasakah = 2017-11-19"),
        Arguments.of("وخسر التنظيم مدينة الفلوجة في 26 يونيو.", "lost@Fallujah = 2017-06-26"));
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void extract_readsOneClaim(String sentence, String expected) {
    assertThat(claims(sentence)).containsExactly(expected);
  }

  static Stream<Arguments> rulesOfClaims() {
    return Stream.of(
        Arguments.of("قال مسؤول محلي إن نحو 700 مسلح من تنظيم داعش ما زالوا في مدينة الميادين.",
            List.of("measure.counted-noun", "place.nearest-to-figure", "subject.named", "attribution.speaker")),
        Arguments.of("وتقع البلدة على بعد 15 كيلومترا من الحدود مع تركيا.",
            List.of("measure.unit", "place.nearest-to-figure")),
        Arguments.of("ودخلت القوات الحكومية مدينة تدمر في الثاني من مارس.",
            List.of("event.cue", "event.date-nearest", "place.event-objects")),
        Arguments.of("واستعادت القوات الحكومية مدينة تدمر مجددا في الثاني من مارس.",
            List.of("event.cue", "event.taken-again", "event.date-nearest", "place.event-objects")),
        Arguments.of("وأعلن الجيش العراقي أن قواته دخلت مدينة عنة.",
            List.of("event.cue", "event.dated-by-publication", "place.event-objects", "attribution.speaker")));
  }

  @ParameterizedTest
  @MethodSource("rulesOfClaims")
  void extract_evidenceNamesTheRulesThatBuiltTheClaim(String sentence, List<String> rules) {
    assertThat(extract(sentence).claims()).singleElement()
        .satisfies(c -> assertThat(c.evidence().rules()).containsExactlyElementsOf(rules));
  }

  @Test
  void rules_haveUniqueIdsAndTheDistancesTheStagesUse() {
    assertThat(ArabicRules.ALL).extracting(org.crosscheck.extract.Rule::id).doesNotHaveDuplicates();
    assertThat(ArabicRules.EVENT_DATE_NEAREST.intParameter("max-distance")).isEqualTo(EventClaims.DATE_MAX_DISTANCE);
    assertThat(ArabicRules.EVENT_DATE_NEAREST).hasToString(
        "event.date-nearest (max-distance = 12 words, comma-penalty = 6 words, placeless-penalty = 3 words)");
  }

  @Test
  void builder_takesLexiconsFromAFolder_overridingOnlyTheFilesItHolds(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    String sentence = "وقال المتحدث إن نحو 300 قارب غرقت قرب مدينة الرقة.";
    assertThat(claims(sentence)).isEmpty();
    java.nio.file.Files.writeString(dir.resolve("measures.txt"), "# a newsroom's own counted nouns\nقارب\tpeople\n",
        java.nio.charset.StandardCharsets.UTF_8);
    ArabicExtractor custom = ArabicExtractor.builder().wordLists(ArabicWordLists.overriding(dir)).build();
    Extraction x = custom.extract(new Article("t.txt", sentence, Metadata.of("Team Wire", PUBLISHED, "ar")));
    assertThat(x.claims()).extracting(c -> c.measure().id()).containsExactly("people");
    assertThat(custom.toString()).contains("lexicons overridden from");
  }

  @Test
  void builder_rejectsWhatIsNotAFolderOfLexicons(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ArabicWordLists.overriding(dir.resolve("missing")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing").hasMessageContaining("measures.txt");
  }

  @Test
  void implicitDate_isThePublicationDay() {
    Extraction x = extract("وأعلن الجيش العراقي أن قواته دخلت مدينة عنة.");
    assertThat(x.claims()).singleElement().satisfies(c -> {
      assertThat(c.topic()).isEqualTo("entered@Anah");
      assertThat(c.value()).hasToString("2017-11-20");
      assertThat(c.attribution().speaker().name()).isEqualTo("Iraqi army");
    });
  }

  @Test
  void purposeAndStates_areNotEvents() {
    // the operation began today; the liberation it aims at has not happened
    assertThat(claims("وبدأت القوات عملية لتحرير مدينة تلعفر.")).containsExactly("operation began@Tal Afar = 2017-11-20");
    assertThat(claims("وما زالت المدينة تحت سيطرة التنظيم.")).isEmpty();
  }

  @Test
  void announcingWords_isAttributionEvenAfterALongTitle() {
    // the title, the name and the day stand between the verb and "أن": a statement (dated by
    // event.statement-date), not an event of its own
    assertThat(claims("وأعلن وزير الخارجية في الحكومة المحلية للمنطقة سامي نجار الثلاثاء، أن المحادثات ستستأنف قريبا."))
        .containsExactly("statement = 2017-11-14");
  }

  @Test
  void partOfAFigure_isCountedApart() {
    // "among them": eleven of the thirty are a kind of their own, not a second figure for all thirty
    assertThat(claims("وقتل 30 مسلحا بينهم أحد عشر قناصا في معارك قرب مدينة الرقة."))
        .containsExactly("killed@Ar Raqqah (near) = 30", "\u2068(among them: قناصا)\u2069 killed@Ar Raqqah (near) = 11");
  }

  @Test
  void subjects_areReadFromTheText_neverAssumed() {
    // no group named: the killed are who the noun says (a class counted, not a side), the militants belong to no one
    assertThat(claims("وقتل 35 مدنيا في غارة جوية على مدينة الرقة.")).containsExactly("killed@Ar Raqqah = 35 civilians");
    assertThat(claims("وقال مصدر إن نحو 700 مسلح ما زالوا في مدينة الميادين.")).containsExactly("fighters@Mayadin = ~700");
    // a toll of people names no side, even where the sentence names one; fighters killed are the party's
    assertThat(claims("وقالت وزارة الصحة التي تديرها حركة حماس إن عدد القتلى ارتفع إلى 900 قتيل."))
        .containsExactly("killed = 900");
    assertThat(claims("وقالت القوات الحكومية إن 40 مسلحا من الحوثيين قتلوا في المعارك."))
        .containsExactly("Houthis killed = 40");
    // "التنظيم" is the group the article names
    assertThat(claims("وأعلن تنظيم داعش مسؤوليته. وقال مصدر إن نحو 700 من مسلحي التنظيم ما زالوا في مدينة الميادين."))
        .containsExactly("ISIS fighters@Mayadin = ~700");
  }

  @Test
  void attribution_followsSpeakersAndAgencies() {
    String text = "دمشق (رويترز) - قال المتحدث باسم التحالف الدولي العقيد جون سميث إن نحو 900 مسلح بقوا في مدينة البوكمال.\n"
        + "وأضاف سميث أن ما بين 300 و400 مسلح آخرين في مدينة الميادين.";
    Extraction x = extract(text);
    assertThat(x.claims()).hasSize(2);
    Claim first = x.claims().get(0);
    assertThat(first.attribution()).hasToString("Team Wire \u2190 Reuters \u2190 \u2068جون سميث\u2069, 2017-11-20");
    assertThat(first.attribution().speaker().affiliation().name()).isEqualTo("US-led coalition");
    assertThat(x.claims().get(1).attribution().speaker()).isEqualTo(first.attribution().speaker());
  }

  @Test
  void evidence_pointsIntoTheOriginalText() {
    String text = "وقال مصدر إن نحو ٧٠٠ مسلحٍ ما زالوا في مدينة الميادين.";
    Claim c = extract(text).claims().get(0);
    assertThat(c.evidence().value().of(text)).isEqualTo("نحو ٧٠٠");
    assertThat(c.evidence().quote()).isEqualTo(text);
    assertThat(c.document()).isEqualTo("t.txt");
  }

  @Test
  void boilerplate_isNotRead_andTheHeadlineOnlyForItsFigures() {
    String text = "مقتل 50 مسلحا في الرقة\nقال مصدر إن 50 مسلحا قتلوا في الرقة.\nالمزيد في هذا القسم:\n- قتل 20 مسلحا في دير الزور.";
    // the headline's figure is a claim of its own (rule heading.figures), the page's other stories are not read
    assertThat(claims(text)).containsExactly("killed@Ar Raqqah = 50", "killed@Ar Raqqah = 50");
  }

  @Test
  void badInput_becomesDiagnostics() {
    assertThat(extract("").diagnostics()).extracting(Diagnostic::code).contains("text.empty");
    assertThat(extract("").failed()).isTrue();
    assertThat(extract("The army took the town on Friday with about 1,500 soldiers.").failed()).isTrue();
    assertThat(extract("1234567890 ".repeat(20_000)).failed()).isTrue();
    Extraction broken = extract("قال مصدر \uFFFD\uFFFD إن 50 مسلحا قتلوا في الرقة.");
    assertThat(broken.failed()).isFalse();
    assertThat(broken.diagnostics()).extracting(Diagnostic::code).contains("text.broken-encoding");
  }

  @Test
  void withoutPublicationDate_relativeDatesStayUnresolved() {
    Extraction x = EXTRACTOR.extract(new Article("t.txt", "وسيطر الجيش على مدينة الحسكة أمس الأحد.",
        Metadata.of("Team Wire", null, "ar")));
    assertThat(x.claims()).isEmpty();
    assertThat(x.diagnostics()).extracting(Diagnostic::code).contains("date.unresolved");
  }

  @Test
  @Tag("slow")
  void largeInput_isReadInLinearTime() {
    String paragraph = "وقال مصدر إن نحو 700 مسلح من تنظيم داعش ما زالوا في مدينة الميادين. "
        + "ودخلت القوات الحكومية مدينة تدمر في الثاني من مارس.\n";
    String big = paragraph.repeat(20_000); // about 2.6 MB
    long t0 = System.nanoTime();
    Extraction x = extract(big);
    long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
    assertThat(x.claims().size()).isGreaterThanOrEqualTo(20_000);
    assertThat(seconds).as("a 2.6 MB article must not take minutes").isLessThan(60);
  }
  @Test
  void speaker_theSpokesmanOfABodyNoListNames_speaksForItByItsWords() {
    // "the spokesman of the forces, Brigadier X, said": X, speaking for the forces
    Extraction x = extract("وقال الناطق باسم القوات المشتركة العقيد سالم حمدان إن نحو 80 مقاتلا قتلوا في المعارك.");
    org.crosscheck.claim.Source speaker = x.claims().get(0).attribution().speaker();
    assertThat(speaker.name()).isEqualTo("\u0633\u0627\u0644\u0645 \u062d\u0645\u062f\u0627\u0646");
    assertThat(speaker.affiliation().name()).isEqualTo("\u0627\u0644\u0642\u0648\u0627\u062a"
        + " \u0627\u0644\u0645\u0634\u062a\u0631\u0643\u0629");
    // with no name after it, the body itself speaks
    Extraction body = extract("وقال المتحدث باسم الشرطة المحلية إن 12 شخصا قتلوا في الانفجار.");
    assertThat(body.claims()).isNotEmpty().allSatisfy(c -> assertThat(c.attribution().speaker()).isNotNull());
  }
  @Test
  void speaker_aBodyNamedByItsNounAlone_isTheOneThatSpokeLast() {
    Extraction x = extract("وقالت منظمة الصحة العالمية إن 40 شخصا قتلوا في القصف. وأضافت المنظمة في بيانها أن 90 شخصا"
        + " أصيبوا.");
    assertThat(x.claims()).hasSize(2);
    assertThat(x.claims().get(1).attribution().speaker()).isEqualTo(x.claims().get(0).attribution().speaker());
    assertThat(x.claims().get(1).attribution().speaker()).isNotNull();
  }
}
