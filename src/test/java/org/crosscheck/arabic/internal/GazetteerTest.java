package org.crosscheck.arabic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteerTest {
  private final Gazetteer gazetteer = Gazetteer.standard();
  private static final long ABU_KAMAL_TOWN = 890449891L;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"البوكمال", "البو كمال", "أبو كمال", "Abu Kamal", "Albu Kamal", "ALBU KAMAL", "أبو كمال"})
  void lookup_everySpellingOfAbuKamal_findsTheTown(String name) {
    assertThat(gazetteer.lookup(name)).extracting(Place::id).contains(ABU_KAMAL_TOWN);
  }

  @Test
  void byId_returnsTheWofRecord() {
    Place town = gazetteer.byId(ABU_KAMAL_TOWN).orElseThrow();
    assertThat(town.type()).isEqualTo(Place.Type.LOCALITY);
    assertThat(town.country()).isEqualTo("SY");
    assertThat(town.population()).isPositive();
    assertThat(town.regionId()).isNotZero();
    assertThat(gazetteer.byId(town.regionId())).hasValueSatisfying(r -> assertThat(r.type()).isEqualTo(Place.Type.REGION));
  }

  @Test
  void find_stripsAttachedPrefixes() {
    List<PlaceMatch> found = gazetteer.find("زار الوفد بالرقة ثم الموصل وللحسكة وفد آخر");
    assertThat(found).extracting(PlaceMatch::text).containsExactly("الرقة", "الموصل", "حسكة"); // لل swallows the alef of ال
  }

  @Test
  void find_multiWordNamesLongestFirst() {
    List<PlaceMatch> found = gazetteer.find("وصلت التعزيزات إلى دير الزور وصلاح الدين");
    assertThat(found).extracting(PlaceMatch::text).containsExactly("دير الزور", "صلاح الدين");
  }

  @Test
  void find_cueWordChoosesTheType() {
    Place city = gazetteer.find("في مدينة دير الزور").get(0).place();
    Place province = gazetteer.find("في محافظة دير الزور").get(0).place();
    assertThat(city.type()).isEqualTo(Place.Type.LOCALITY);
    assertThat(province.type()).isEqualTo(Place.Type.REGION);
  }

  @Test
  void find_spansIndexTheOriginalText() {
    String text = "وصلت القوات إلى مدينةِ البوكمالِ فجرا";
    PlaceMatch m = gazetteer.find(text).get(0);
    assertThat(m.span().of(text)).isEqualTo("البوكمالِ");
  }

  @Test
  void find_commonWordsAndPersonalNamesAreNotPlaces() {
    assertThat(gazetteer.find("قال محمد إن المزرعة الجديدة قرب المدرسة")).isEmpty();
    assertThat(gazetteer.find("التقى القائم بأعمال السفارة بالوزير")).isEmpty();
    assertThat(gazetteer.find("قال أبو محمد")).isEmpty();
    // "old" as well as "new": the old quarter of a city is no village of that name
    assertThat(gazetteer.find("تجولنا في السوق داخل البلدة القديمة مساء")).isEmpty();
    assertThat(gazetteer.find("رُمّم الجسر القديم العام الماضي")).isEmpty();
    // a preposition with its pronoun (عنه، about it) is no short name in ta marbuta (عنة)
    assertThat(gazetteer.find("وقال إن الجيش لن يتخلى عنه أبدا")).isEmpty();
    assertThat(gazetteer.find("ودخلت القوات بلدة عنة صباحا")).extracting(PlaceMatch::text).containsExactly("عنة");
  }

  @Test
  void find_smallVillagesNeedACue() {
    assertThat(gazetteer.find("في الباغوز")).isEmpty();
    assertThat(gazetteer.find("في بلدة الباغوز")).extracting(PlaceMatch::text).containsExactly("الباغوز");
    assertThat(gazetteer.find("في جيب الباغوز")).extracting(PlaceMatch::text).containsExactly("الباغوز");
  }

  @Test
  void find_aListAfterAPlaceCarriesOn() {
    assertThat(gazetteer.find("سيطروا على القائم وراوة وعنة")).extracting(PlaceMatch::text)
        .containsExactly("القائم", "راوة", "عنة");
  }

  @Test
  void standard_isCompactAndCoversBothCountries() {
    assertThat(gazetteer.size()).isBetween(10_000, 60_000);
    assertThat(gazetteer.lookup("سوريا")).first().satisfies(p -> assertThat(p.type()).isEqualTo(Place.Type.COUNTRY));
    assertThat(gazetteer.lookup("العراق")).first().satisfies(p -> assertThat(p.type()).isEqualTo(Place.Type.COUNTRY));
    // the stoplist's لبنان (kept from an Iraqi village's name when the gazetteer held two countries) does not
    // stop Lebanon, now a country of the gazetteer: Arabic لبنان is the country English "Lebanon" is
    assertThat(gazetteer.lookup("لبنان")).first().satisfies(p -> assertThat(p.country()).isEqualTo("LB"))
        .satisfies(p -> assertThat(p.type()).isEqualTo(Place.Type.COUNTRY));
    assertThat(gazetteer.find("في قرية لبنان")).extracting(m -> m.place().type()).containsExactly(Place.Type.COUNTRY);
  }

  @Test
  void toString_namesTheSize() {
    assertThat(gazetteer.toString()).startsWith("Gazetteer(").contains("places");
  }
}
