package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.crosscheck.Crosscheck;
import org.crosscheck.arabic.ArabicExtractor;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Measure;
import org.crosscheck.english.EnglishExtractor;
import org.crosscheck.io.Documents;
import org.crosscheck.io.Pipeline;
import org.crosscheck.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Measures a user declares with the nouns that name them (issue 16, "an open measure taxonomy"): the
 * extractors of both languages read them, on sentences the team wrote.
 */
class DeclaredMeasuresTest {
  static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 4);
  static final Measure AID_TRUCKS = new Measure("aid-trucks", "aid trucks", Measure.Kind.COUNT, Measure.Trend.VARIES);
  static final Measure MEDICS = new Measure("medics", "medical staff", Measure.Kind.COUNT, Measure.Trend.VARIES);
  static final Measure PATIENTS = new Measure("patients", "patients", Measure.Kind.COUNT, Measure.Trend.VARIES);
  static final List<DeclaredMeasure> DECLARED = List.of(
      DeclaredMeasure.of(AID_TRUCKS).withNouns("en", "aid truck", "truck of aid", "relief lorry")
          .withNouns("ar", "شاحنة مساعدات"),
      // a broken plural (أطباء) is declared as a noun of its own
      DeclaredMeasure.of(MEDICS).withNouns("en", "paramedic", "medic").withNouns("ar", "مسعف", "طبيب", "أطباء"),
      DeclaredMeasure.of(PATIENTS).withNouns("en", "patient"));
  static final EnglishExtractor EN = EnglishExtractor.builder().measures(DECLARED).build();
  static final ArabicExtractor AR = ArabicExtractor.builder().measures(DECLARED).build();

  static String first(Extractor x, String language, String text) {
    Extraction e = x.extract(new Article("t.txt", text, Metadata.of("Team Wire", PUBLISHED, language)));
    return e.claims().stream().filter(c -> c.measure().kind() == Measure.Kind.COUNT)
        .map(c -> c.measure().id() + " = " + c.value()).findFirst().orElse("none");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Officials counted 95 aid trucks at the southern gate on Sunday. | aid-trucks = 95",
      "Only one aid truck reached the camp. | aid-trucks = 1",
      "Another 30 trucks of aid were still waiting at the border. | aid-trucks = 30",
      "Some 200 relief lorries were turned back, the agency said. | aid-trucks = ~200",
      // a verb of harm does not make declared nouns a toll: they name their measure
      "Shelling killed 7 paramedics near the clinic. | medics = 7",
      // a declared noun outranks the built-in reading of patients as people
      "Nearly 1,200 patients were moved out of the hospital. | patients = ~1200 (nearly)",
      // nouns not declared keep their built-in measures
      "Some 40 trucks carried fuel to the city. | vehicles = ~40"})
  void english_readsDeclaredNouns_singularAndPlural(String sentence, String expected) {
    assertThat(first(EN, "en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "وعبرت 85 شاحنة مساعدات المعبر صباح الأحد. | aid-trucks = 85",
      "ووصلت خمس شاحنات مساعدات إلى المخيم. | aid-trucks = 5",
      "وسمحت السلطات بدخول 40 من شاحنات المساعدات فقط. | aid-trucks = 40",
      // a cue of killing does not make declared nouns a toll
      "وقتل 9 مسعفين في القصف على الحي. | medics = 9",
      "وقالت النقابة إن نحو 300 طبيب غادروا البلاد. | medics = ~300",
      "وأكدت الوزارة أن سبعة أطباء أصيبوا. | medics = 7",
      // nouns not declared keep their built-in measures
      "وقالت الأمم المتحدة إن 30 مركبة دخلت المدينة. | vehicles = 30"})
  void arabic_readsDeclaredNouns_withTheirRegularAndDeclaredForms(String sentence, String expected) {
    assertThat(first(AR, "ar", sentence)).isEqualTo(expected);
  }

  @Test
  void withoutTheDeclaration_theSameSentencesGiveNoDeclaredMeasure() {
    EnglishExtractor en = new EnglishExtractor();
    ArabicExtractor ar = new ArabicExtractor();
    assertThat(first(en, "en", "Officials counted 95 aid trucks at the southern gate on Sunday."))
        .doesNotStartWith("aid-trucks");
    assertThat(first(ar, "ar", "وعبرت 85 شاحنة مساعدات المعبر صباح الأحد.")).doesNotStartWith("aid-trucks");
    assertThat(first(en, "en", "Nearly 1,200 patients were moved out of the hospital.")).doesNotStartWith("patients");
  }

  @Test
  void declaredClaims_carryTheDeclaredMeasure_andTheRuleThatReadIt() {
    Extraction x = EN.extract(new Article("t.txt", "Officials counted 95 aid trucks at the southern gate.",
        Metadata.of("Team Wire", PUBLISHED, "en")));
    Claim c = x.claims().get(0);
    assertThat(c.measure()).isEqualTo(AID_TRUCKS);
    assertThat(c.evidence().rules()).contains("measure.declared-noun");
    Extraction y = AR.extract(new Article("t.txt", "وعبرت 85 شاحنة مساعدات المعبر.",
        Metadata.of("Team Wire", PUBLISHED, "ar")));
    assertThat(y.claims().get(0).measure()).isEqualTo(AID_TRUCKS);
    assertThat(y.claims().get(0).evidence().rules()).contains("measure.declared-noun");
  }

  @Test
  void withMeasures_replacesTheDeclarations_andKeepsTheExtractorsOtherParts() {
    Extractor en = EN.withMeasures(List.of());
    assertThat(first(en, "en", "Officials counted 95 aid trucks at the southern gate.")).doesNotStartWith("aid-trucks");
    assertThat(first(new EnglishExtractor().withMeasures(DECLARED), "en", "Officials counted 95 aid trucks."))
        .isEqualTo("aid-trucks = 95");
    assertThat(first(new ArabicExtractor().withMeasures(DECLARED), "ar", "وعبرت 85 شاحنة مساعدات المعبر."))
        .isEqualTo("aid-trucks = 85");
    assertThat(AR.toString()).contains("declared [aid-trucks (ar: شاحنة مساعدات; en: aid truck, truck of aid,"
        + " relief lorry)");
  }

  @Test
  void declaration_refusesWhatCannotBeRead_namingTheValueAndTheFix() {
    assertThatThrownBy(() -> DeclaredMeasure.of(org.crosscheck.claim.Measures.KILLED))
        .hasMessageStartingWith("measure 'killed' is built in;");
    assertThatThrownBy(() -> DeclaredMeasure.of(AID_TRUCKS).withNouns("English", "aid truck"))
        .hasMessage("nouns of measure 'aid-trucks' are given for language \"English\"; use an ISO 639-1 code like"
            + " \"en\" or \"ar\"");
    assertThatThrownBy(() -> DeclaredMeasure.of(AID_TRUCKS).withNouns("en", " "))
        .hasMessageContaining("include a blank noun");
    Measure share = new Measure("aid-share", "share of aid", Measure.Kind.SHARE, Measure.Trend.VARIES);
    assertThatThrownBy(() -> DeclaredMeasure.of(share).withNouns("en", "aid"))
        .hasMessage("measure 'aid-share' is a SHARE measure, but nouns name what a count counts; declare it with kind"
            + " COUNT, or leave out its nouns");
    assertThat(DeclaredMeasure.of(share).nouns("en")).isEmpty();
    assertThat(DeclaredMeasure.nounsIn(DECLARED, "ar")).containsKeys("شاحنة مساعدات", "أطباء");
  }

  /** An extractor of another language that knows nothing of declared nouns. */
  record Plain(Set<String> languages) implements Extractor {
    @Override
    public Extraction extract(Article article) {
      return new Extraction(article, com.google.common.collect.ImmutableList.of(),
          com.google.common.collect.ImmutableList.of(), article.metadata().published());
    }
  }

  @Test
  void pipeline_warnsOfDeclaredNounsNoExtractorReads() throws Exception {
    List<DeclaredMeasure> withFrench = List.of(DECLARED.get(0).withNouns("fr", "camion d'aide"));
    Pipeline p = new Pipeline(RuleSet.defaults(), List.of(EN, new Plain(Set.of("fr")))).withMeasures(withFrench);
    Pipeline.Extracted batch = p.extract(new Documents.Loaded(com.google.common.collect.ImmutableList.of(), com.google.common.collect.ImmutableList.of(), com.google.common.collect.ImmutableList.of()),
        done -> { });
    assertThat(batch.notes()).containsExactly("warning: the extractor for 'fr' (Plain) does not read declared measure"
        + " nouns; the nouns declared for 'fr' are not looked for");
    assertThat(new Pipeline(RuleSet.defaults(), List.of(new Plain(Set.of("fr")))).withMeasures(DECLARED)
        .extract(new Documents.Loaded(com.google.common.collect.ImmutableList.of(), com.google.common.collect.ImmutableList.of(), com.google.common.collect.ImmutableList.of()), done -> { }).notes())
        .isEmpty();
  }

  @Test
  void builtInExtractors_readDeclarations_andStayThemselvesWithoutAny() {
    assertThat(EN.readsDeclaredMeasures()).isTrue();
    assertThat(AR.readsDeclaredMeasures()).isTrue();
    assertThat(new Plain(Set.of("fr")).readsDeclaredMeasures()).isFalse();
    ArabicExtractor ar = new ArabicExtractor();
    EnglishExtractor en = new EnglishExtractor();
    assertThat(ar.withMeasures(List.of())).isSameAs(ar);
    assertThat(en.withMeasures(List.of())).isSameAs(en);
    assertThat(AR.withMeasures(List.of())).isNotSameAs(AR);
  }

  @Test
  void facade_declaresAndExtracts() {
    DeclaredMeasure trucks = Crosscheck.declare("aid trucks", Measure.Trend.VARIES).withNouns("en", "aid truck");
    assertThat(trucks.measure().id()).isEqualTo("aid-trucks");
    assertThat(Crosscheck.extract("Officials counted 95 aid trucks at the gate.", "en", PUBLISHED, trucks).claims())
        .extracting(c -> c.measure().id()).containsExactly("aid-trucks");
  }
}
