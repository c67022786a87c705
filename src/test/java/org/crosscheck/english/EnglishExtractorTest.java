package org.crosscheck.english;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.Diagnostic;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.Extractor;
import org.crosscheck.extract.Metadata;
import org.junit.jupiter.api.Test;

class EnglishExtractorTest {
  static final EnglishExtractor X = new EnglishExtractor();
  static final String TEXT = "Town falls\n\nHOMS, Syria (Reuters) - Government troops recaptured Palmyra on Tuesday,"
      + " the army said. About 40 rebels were killed, and some 300 families fled their homes, the war monitor"
      + " the Syrian Observatory for Human Rights said.";

  static Article article(String text, LocalDate published) {
    return new Article("a.txt", text, Metadata.of("Test Post", published, "en"));
  }

  @Test
  void serviceLoader_findsTheEnglishExtractor() {
    assertThat(ServiceLoader.load(Extractor.class).stream().map(p -> p.type().getName()))
        .contains(EnglishExtractor.class.getName());
    assertThat(X.languages()).containsExactly("en");
  }

  @Test
  void extract_readsAgencySpeakerMeasuresAndEvents() {
    Extraction x = X.extract(article(TEXT, LocalDate.of(2021, 3, 12)));
    assertThat(x.claims()).extracting(Object::toString).containsExactly(
        "recaptured@Palmyra = 2021-03-09 \u2014 Test Post \u2190 Reuters \u2190 army, 2021-03-12",
        "killed = ~40 \u2014 Test Post \u2190 Reuters \u2190 SOHR, 2021-03-12",
        "displaced = ~300 families \u2014 Test Post \u2190 Reuters \u2190 SOHR, 2021-03-12");
    assertThat(x.claims().get(1).evidence().quote()).startsWith("About 40 rebels");
  }

  @Test
  void trace_namesTheRulesThatBuiltEachClaim() {
    List<Built> built = X.trace(article(TEXT, LocalDate.of(2021, 3, 12)));
    assertThat(built.get(0).rules()).contains("date.weekday", "event.date-nearest", "place.gazetteer");
    assertThat(built.get(1).rules()).contains("quantity.hedge", "measure.counted-noun", "measure.verb-window");
  }

  @Test
  void place_aCountrysNameIsTheCountry_notAHamletOfTheSameName() {
    // the gazetteer also holds a village whose Arabic name is the one Iraq and Yemen's share
    Extraction x = X.extract(article("Militants once held nearly a third of Iraq, the ministry said.",
        LocalDate.of(2021, 3, 12)));
    assertThat(x.claims()).singleElement().satisfies(c -> {
      assertThat(c.place().id()).isEqualTo("wof:85632191");
      assertThat(c.place().type()).isEqualTo(org.crosscheck.claim.Place.Type.COUNTRY);
    });
  }

  @Test
  void extract_evidenceNamesTheSameRulesAsTheTrace() {
    Article a = article(TEXT, LocalDate.of(2021, 3, 12));
    List<Built> built = X.trace(a);
    Extraction x = X.extract(a);
    assertThat(x.claims()).hasSameSizeAs(built);
    for (int i = 0; i < built.size(); i++) {
      assertThat(x.claims().get(i).evidence().rules()).isEqualTo(built.get(i).rules()).isNotEmpty();
    }
  }

  @Test
  void rules_listEveryRuleATraceNames_once() {
    List<String> ids = EnglishExtractor.rules().stream().map(org.crosscheck.extract.Rule::id).toList();
    assertThat(ids).doesNotHaveDuplicates().contains("number.digits", "event.date-nearest");
    for (Built b : X.trace(article(TEXT, LocalDate.of(2021, 3, 12)))) assertThat(ids).containsAll(b.rules());
  }

  @Test
  void extract_withoutPublicationDateWarnsAndKeepsAbsoluteDates() {
    Extraction x = X.extract(new Article("b.txt", "The army recaptured Palmyra on March 2, 2016.",
        Metadata.of("Test Post", null, "en")));
    assertThat(x.diagnostics()).anyMatch(d -> d.code().equals("date.unresolved"));
    assertThat(x.claims()).extracting(c -> c.value().toString()).containsExactly("2016-03-02");
  }

  @Test
  void extract_modalityFromAnEpistemicVerbOrAnEstimate() {
    Extraction x = X.extract(article("Roughly 2,500 militants are believed to remain. An estimated 900 troops took part.",
        LocalDate.of(2021, 3, 12)));
    assertThat(x.claims()).extracting(c -> c.modality().name()).containsExactly("BELIEVED", "ESTIMATED");
  }

  @Test
  void extract_speakerForAnOrganizationIsAffiliated() {
    Extraction x = X.extract(article("At least 30 rebels died, said Ahmed Karim, a spokesman for the SDF.",
        LocalDate.of(2021, 3, 12)));
    assertThat(x.claims().get(0).attribution().speaker().affiliation().name()).isEqualTo("SDF");
  }

  @Test
  void extract_emptyTextIsAnError() {
    Extraction x = X.extract(article("  \n ", LocalDate.of(2021, 3, 12)));
    assertThat(x.failed()).isTrue();
    assertThat(x.diagnostics(Diagnostic.Severity.ERROR)).extracting(Diagnostic::code).containsExactly("text.empty");
  }

  @Test
  void extract_namesNoDefaultActor() {
    Extraction x = X.extract(article("Some 35 civilians were killed in an air strike on Raqqa.", LocalDate.of(2017, 6, 1)));
    assertThat(x.claims()).hasSize(1);
    assertThat(x.claims().get(0).subject().isNone()).isTrue();
  }

  @Test
  void extract_isDeterministicAndLocaleIndependent() {
    Locale before = Locale.getDefault();
    try {
      String root = X.extract(article(TEXT, LocalDate.of(2021, 3, 12))).claims().toString();
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      assertThat(X.extract(article(TEXT, LocalDate.of(2021, 3, 12))).claims().toString()).isEqualTo(root);
    } finally {
      Locale.setDefault(before);
    }
  }
  @Test
  void dateline_isWhereAndWhenTheStoryWasFiled_notWhereAndWhenItsEventsHappened() {
    // a dated dateline: its date dates no event, and its city is not where the town fell
    Extraction x = X.extract(article("Rebels take town\n\nALEPPO, Oct. 12 (Wire) - Rebels said on Sunday they had"
        + " captured the hill town of Kafr Nabl after two days of fighting.", LocalDate.of(2021, 10, 12)));
    assertThat(x.claims()).extracting(Object::toString).anySatisfy(c -> assertThat(c).startsWith("captured@Kafr Nabl = 2021-10-10"));
    assertThat(x.claims()).extracting(Object::toString).noneSatisfy(c -> assertThat(c).contains("2021-10-12 \u2014"));
    assertThat(x.claims()).extracting(Object::toString).noneSatisfy(c -> assertThat(c).contains("@Aleppo"));
    assertThat(x.diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo("date.dateline"));
    // an undated dateline: the figure is at the place its sentence names, not at the filing city
    Extraction killed = X.extract(article("BEIRUT (Wire) - Gunmen killed 12 soldiers on Monday in an attack east of"
        + " Idlib, a monitor said.", LocalDate.of(2021, 10, 12)));
    assertThat(killed.claims()).extracting(c -> c.place().name()).contains("Idlib").doesNotContain("Beirut");
    // a sentence that names no other place keeps the dateline's
    Extraction only = X.extract(article("MOSUL (Wire) - Troops recaptured the old city on Tuesday, the army said.",
        LocalDate.of(2021, 10, 12)));
    assertThat(only.claims()).extracting(c -> c.place().name()).contains("Mosul");
  }

  @Test
  void place_aCountryBeforeAPossessive_qualifiesWhoActs() {
    Extraction x = X.extract(article("Sudan's paramilitary forces said on Sunday they had taken control of the army"
        + " base south of El Fasher.", LocalDate.of(2024, 3, 4)));
    assertThat(x.claims()).extracting(c -> c.place().name()).contains("El Fasher").doesNotContain("Sudan");
    // a country with no other place in its sentence stays the place
    Extraction alone = X.extract(article("Sudan's army said on Sunday it had taken control of the border crossing.",
        LocalDate.of(2024, 3, 4)));
    assertThat(alone.claims()).extracting(c -> c.place().name()).containsOnly("Sudan");
  }

  @Test
  void place_aCountrysAdjectiveBeforeANoun_saysWhoseNotWhere() {
    // the adjective is nearer the figure than the town, but the town is where
    Extraction x = X.extract(article("The Lebanese army said 4 soldiers were wounded in Tripoli on Sunday.",
        LocalDate.of(2024, 7, 15)));
    assertThat(x.claims()).extracting(c -> c.place().name()).contains("Tripoli").doesNotContain("Lebanon");
    Extraction strikes = X.extract(article("Iraqi troops said 9 militants were killed near Mosul.", LocalDate.of(2024, 7, 15)));
    assertThat(strikes.claims()).extracting(c -> c.place().name()).containsOnly("Mosul");
    // with no other place in the sentence the country stays
    Extraction alone = X.extract(article("Sudanese troops said 12 fighters were killed on Sunday.", LocalDate.of(2024, 7, 15)));
    assertThat(alone.claims()).extracting(c -> c.place().name()).contains("Sudan");
  }
  @Test
  void event_aWarOrOffensiveThatBeganOnADate_datesItsStart() {
    for (String text : List.of("The conflict, which erupted in June 2019, has forced 2 million from their homes.",
        "The civil war that began in May 2016 has uprooted half the province.",
        "Fighting that broke out on 14 February 2022 has spread to three districts.")) {
      Extraction x = X.extract(article(text, LocalDate.of(2024, 3, 4)));
      assertThat(x.claims()).as(text).extracting(c -> c.event().id()).contains("conflict-began");
    }
    Extraction offensive = X.extract(article("The offensive, which began on Monday, has taken six villages.",
        LocalDate.of(2024, 3, 6)));
    assertThat(offensive.claims()).extracting(Object::toString).anySatisfy(c -> assertThat(c).contains("= 2024-03-04"));
    assertThat(offensive.claims()).extracting(c -> c.event().id()).contains("operation-began");
  }
  @Test
  void statementDate_isTheDateNextToTheSpeechVerb_notADateOfWhatWasSaid() {
    Extraction said = X.extract(article("The army said on Monday its troops had pushed the rebels back from Kadugli.",
        LocalDate.of(2024, 3, 6)));
    // Kadugli is the one record of the town the Arabic name reads as too (rule place.one-record): WOF's "Kaduqli"
    assertThat(said.claims()).extracting(Object::toString).contains(
        "announced@Kaduqli = 2024-03-04 \u2014 Test Post \u2190 army, 2024-03-06");
    Extraction shelled = X.extract(article("About 30 civilians were killed when shells hit the market of Kadugli on"
        + " Saturday, a military spokesman said.", LocalDate.of(2024, 3, 6)));
    assertThat(shelled.claims()).extracting(c -> c.event().id()).doesNotContain("announced");
    assertThat(shelled.claims()).extracting(Object::toString).anySatisfy(c -> assertThat(c).contains("= 2024-03-02"));
  }
  @Test
  void coreference_theTownIsThePlaceTheTextCalledATown_evenWhereTheGazetteerKnowsADistrict() {
    // Haradh is also a district's name; the text calls it a town, so "the town" is Haradh, not the dateline's city
    Extraction x = X.extract(article("ADEN (Wire) - Government forces retook the border town of Haradh on Thursday."
        + " They also took 14 villages around the town, a spokesman said.", LocalDate.of(2022, 2, 12)));
    assertThat(x.claims()).filteredOn(c -> c.measure().id().equals("places-taken"))
        .extracting(c -> c.place().name()).containsExactly("Harad");
  }
  @Test
  void measure_aBareFigureGoingOnFromACountOfPeople_takesTheParticipleAfterIt() {
    Extraction x = X.extract(article("About 80 rebels were killed and 22 captured near Kadugli, the army said.",
        LocalDate.of(2024, 3, 6)));
    assertThat(x.claims()).extracting(c -> c.measure().id() + "=" + c.value()).contains("killed=~80", "people-held=22");
    // the verb right before a bare figure: "killed at least 30 people and wounded 120"
    Extraction both = X.extract(article("Air strikes killed at least 30 people and wounded 120 in a camp near Kadugli on Monday,"
        + " the ministry said.", LocalDate.of(2024, 3, 6)));
    assertThat(both.claims()).extracting(c -> c.measure().id() + "=" + c.value()).contains("killed=[30..+\u221e)",
        "wounded=120");
    Extraction wounded = X.extract(article("Shelling killed 12 civilians in Kadugli on Monday, and 40 wounded were"
        + " taken to hospital.", LocalDate.of(2024, 3, 6)));
    assertThat(wounded.claims()).extracting(c -> c.measure().id()).doesNotContain("people-held");
  }
  @Test
  void measure_familiesAreCountedInFamilies() {
    Extraction x = X.extract(article("More than 6,000 families were displaced from Kadugli last week, the agency said."
        + " Some 40,000 people fled the district.", LocalDate.of(2024, 3, 6)));
    assertThat(x.claims()).extracting(c -> c.measure().id() + "=" + c.value())
        .contains("displaced=(6000..+\u221e) families", "displaced=~40000");
  }
  @Test
  void arrests_countPeopleHeld_andAParticipleUsedAsAnAdjectiveIsNoEvent() {
    Extraction x = X.extract(article("The army said it had arrested 14 suspected militants in raids across Mosul on"
        + " Sunday.", LocalDate.of(2023, 5, 2)));
    assertThat(x.claims()).extracting(c -> c.measure().id() + "=" + c.value()).contains("people-held=14");
    assertThat(x.claims()).extracting(c -> c.event().id()).doesNotContain("suspected");
  }
  @Test
  void measure_theResidentsAfterAPlacesPossessive_areItsPopulation() {
    Extraction x = X.extract(article("More than half of the town's 40,000 residents have fled, the mayor of Kadugli"
        + " said.", LocalDate.of(2023, 5, 2)));
    assertThat(x.claims()).extracting(c -> c.measure().id() + "=" + c.value()).contains("population=40000")
        .doesNotContain("people-left=40000");
  }
}
