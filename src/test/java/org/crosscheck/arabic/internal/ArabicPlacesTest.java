package org.crosscheck.arabic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.claim.Claim;
import org.crosscheck.extract.Extraction;
import org.junit.jupiter.api.Test;

/** Places beyond Syria and Iraq, and the rules that keep namesakes abroad out (sentences by the team). */
class ArabicPlacesTest {

  static List<String> places(String text) {
    Extraction x = ArabicExtractorTest.extract(text);
    return x.claims().stream().map(Claim::place).map(p -> p.name()).toList();
  }

  @Test
  void townsOfOtherCountries_areFound() {
    assertThat(places("وأعلنت قوات الدعم السريع أنها دخلت مدينة ود مدني في السودان أمس.")).containsExactly("Wad Medani");
    assertThat(places("وقالت مصادر محلية إن القوات سيطرت على مطار الحديدة في اليمن أمس.")).isNotEmpty();
  }

  @Test
  void aShareOfLandPlacedByItsRelativeClause_isAtTheCountriesItNames() {
    // rule place.territory-clause: the countries come a dozen words after the figure, in the clause
    // that says which land; two countries named together are one place
    List<String> got = ArabicExtractorTest.claims("وأكد مسؤول عسكري أن الحركة خسرت نحو 60 في المئة من المناطق التي"
        + " كانت تحت سيطرتها قبل عامين في كل من اليمن والسعودية.");
    assertThat(got).filteredOn(c -> c.startsWith("share of territory"))
        .containsExactly("share of territory lost@Yemen and Saudi Arabia = ~60%");
    // a comma closes the clause: the country after it is not the land's
    assertThat(ArabicExtractorTest.claims("وأكد مسؤول عسكري أن الحركة خسرت نحو 60 في المئة من المناطق التي كانت تحت"
        + " سيطرتها، وفق مصادر في اليمن.")).filteredOn(c -> c.startsWith("share of territory"))
        .containsExactly("share of territory lost = ~60%");
  }

  @Test
  void countryCodes_findTheirCountry() {
    assertThat(Gazetteer.standard().country("SD")).hasValueSatisfying(p -> assertThat(p.nameEn()).isEqualTo("Sudan"));
    assertThat(Gazetteer.standard().country("XX")).isEmpty();
  }

  @Test
  void nationalityAdjectives_nameTheirCountry() {
    assertThat(Gazetteer.standard().nationalityAdjectives())
        .containsEntry("عراقي", "IQ").containsEntry("سوري", "SY").containsEntry("سوداني", "SD")
        .containsEntry("يمني", "YE").containsEntry("سعودي", "SA");
  }

  @Test
  void aNamesakeAbroad_isNotReadInAnArticleAboutAnotherCountry() {
    // دولي ("international") is also Develi, a Turkish district; the article is about Iraq
    Extraction x = ArabicExtractorTest.extract("وقال التحالف الدولي إن القوات العراقية دخلت بلدة عنة أمس.");
    assertThat(x.claims()).extracting(c -> c.place().name()).doesNotContain("Develi");
    assertThat(x.claims()).extracting(Claim::topic).contains("entered@Anah");
  }

  @Test
  void aPlaceInsideAnActorsName_isNoPlace() {
    // the Syrian Democratic Forces: the country in the force's name is not where the fighters were killed
    assertThat(places("وقالت قوات سوريا الديمقراطية إنها قتلت 40 مسلحا في الاشتباكات.")).containsExactly("-");
    // the same force named with the town where it fought
    assertThat(places("وقالت قوات سوريا الديمقراطية إنها قتلت 40 مسلحا في مدينة الرقة.")).containsExactly("Ar Raqqah");
    // the country named on its own stays a place
    assertThat(places("وقتل 40 مسلحا في سوريا.")).containsExactly("Syria");
  }

  @Test
  void commonWords_areNotPlaces() {
    // وإن ("and that") is also Van in Turkey; بالكامل ("completely") is also al-Kamil in Saudi Arabia
    assertThat(Gazetteer.standard().find("وقال إن الجيش حرر المدينة بالكامل وإن المعارك انتهت.")).isEmpty();
  }

  @Test
  void superlativesAndTheCountry_areNotPlaces() {
    assertThat(Gazetteer.standard().find("سقطت المدينة، أبرز معاقل المسلحين وأكبر مدن المنطقة، في شمال شرق البلاد."))
        .isEmpty();
  }

  @Test
  void pointsOfTheCompass_areNotPlaces_butTheGovernoratesFullNamesAre() {
    assertThat(Gazetteer.standard().find("وتقع البلدة على بعد 40 كيلومترا إلى الجنوب الشرقي من المدينة، وفي الشمال"
        + " والغرب والوسط تدور المعارك.")).isEmpty();
    assertThat(Gazetteer.standard().find("وصل الوفد إلى محافظة الجنوب أمس.")).isNotEmpty();
  }
  @Test
  void theCity_isTheNearestTownNamedBefore_notTheGovernorateNamedAfterIt() {
    // Kadugli's city, then its province; "around the city" is Kadugli, whatever was named first
    List<String> got = ArabicExtractorTest.claims("بورتسودان - قالت القوات المسلحة إنها استعادت مدينة كادقلي في ولاية"
        + " جنوب كردفان. وأضافت أن القوات سيطرت على 9 قرى في محيط المدينة.");
    assertThat(got).filteredOn(c -> c.startsWith("places taken")).singleElement().asString().contains("Kaduqli");
  }
}
