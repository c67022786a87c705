package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.arabic.ArabicExtractor;
import org.crosscheck.claim.Claim;
import org.crosscheck.english.EnglishExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A town named in an English and in an Arabic article is one place id, so that their claims group
 * (rules {@code place.one-record} and {@code place.town-of-name}): towns that Who's On First holds
 * twice (Kassala, Kadugli, Edfu, Tanta…), towns whose English spelling names only their district
 * or governorate (Abnoob, Mafraq, Surt) in seven countries. Each pair gave two ids before the rules. A name
 * that towns of several countries bear is read in the country the article names in both languages
 * (rule {@code place.prefer-context}).
 */
class CrossLingualPlacesTest {
  static final EnglishExtractor EN = new EnglishExtractor();
  static final ArabicExtractor AR = new ArabicExtractor();
  static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 13);

  static Stream<Arguments> towns() {
    return Stream.of(
        Arguments.of("Kassala", "\u0643\u0633\u0644\u0627", "SD"),
        Arguments.of("Kadugli", "\u0643\u0627\u062f\u0648\u0642\u0644\u064a", "SD"),
        Arguments.of("Edfu", "\u0625\u062f\u0641\u0648", "EG"),
        Arguments.of("Tanta", "\u0637\u0646\u0637\u0627", "EG"),
        Arguments.of("Ismailia", "\u0627\u0644\u0625\u0633\u0645\u0627\u0639\u064a\u0644\u064a\u0629", "EG"),
        Arguments.of("Hurghada", "\u0627\u0644\u063a\u0631\u062f\u0642\u0629", "EG"),
        Arguments.of("Abnoob", "\u0623\u0628\u0646\u0648\u0628", "EG"),
        Arguments.of("Al-Amarah", "\u0627\u0644\u0639\u0645\u0627\u0631\u0629", "IQ"),
        Arguments.of("An-Nasiriyah", "\u0627\u0644\u0646\u0627\u0635\u0631\u064a\u0629", "IQ"),
        Arguments.of("Az-Zabadani", "\u0627\u0644\u0632\u0628\u062f\u0627\u0646\u064a", "SY"),
        Arguments.of("Safita", "\u0635\u0627\u0641\u064a\u062a\u0627", "SY"),
        Arguments.of("Al-Ghaydah", "\u0627\u0644\u063a\u064a\u0636\u0629", "YE"),
        Arguments.of("Karak", "\u0627\u0644\u0643\u0631\u0643", "JO"),
        Arguments.of("Mafraq", "\u0627\u0644\u0645\u0641\u0631\u0642", "JO"),
        Arguments.of("Surt", "\u0633\u0631\u062a", "LY"));
  }

  static String placeId(Extractor x, String text, String language) {
    List<Claim> claims = x.extract(new Article("t.txt", text, Metadata.of("Test Wire", PUBLISHED, language))).claims();
    assertThat(claims).as(text).isNotEmpty();
    return claims.get(0).place().id();
  }

  @ParameterizedTest
  @MethodSource("towns")
  void aTownNamedInEnglishAndInArabic_isOnePlace(String english, String arabic, String country) {
    String en = placeId(EN, "At least 9 people were killed when shells hit a market in " + english
        + " on Sunday, medics said.", "en");
    // "9 people were killed in shelling that hit a market in <town> on Sunday, according to medics"
    String ar = placeId(AR, "\u0642\u062a\u0644 9 \u0623\u0634\u062e\u0627\u0635 \u0641\u064a \u0642\u0635\u0641"
        + " \u0627\u0633\u062a\u0647\u062f\u0641 \u0633\u0648\u0642\u0627 \u0641\u064a " + arabic
        + " \u064a\u0648\u0645 \u0627\u0644\u0623\u062d\u062f\u060c \u0628\u062d\u0633\u0628 \u0645\u0633\u0639\u0641\u064a\u0646.",
        "ar");
    assertThat(en).as(english + " in " + country).startsWith("wof:").isEqualTo(ar);
    assertThat(org.crosscheck.arabic.PlaceGazetteer.standard().coordinates(en)).as(english).isPresent();
  }

  /** The ids of the claims whose place is named {@code name}. */
  static List<String> idsOf(Extractor x, String text, String language, String name) {
    return x.extract(new Article("t.txt", text, Metadata.of("Test Wire", PUBLISHED, language))).claims().stream()
        .filter(c -> c.place().name().equals(name)).map(c -> c.place().id()).distinct().toList();
  }

  @org.junit.jupiter.api.Test
  void aTownOfANameSeveralCountriesHave_isTheOneInTheCountryTheArticleNames_inBothLanguages() {
    String lebanonTripoli = "wof:1125791429";
    String libyaTripoli = "wof:421194651";
    assertThat(idsOf(EN, "The Lebanese army said 4 soldiers were wounded in Tripoli on Friday.", "en", "Tripoli"))
        .containsExactly(lebanonTripoli);
    // "The Lebanese army said 4 soldiers were wounded in Tripoli on Friday"
    assertThat(idsOf(AR, "\u0642\u0627\u0644 \u0627\u0644\u062c\u064a\u0634 \u0627\u0644\u0644\u0628\u0646\u0627\u0646\u064a \u0625\u0646 4 \u062c\u0646\u0648\u062f \u0623\u0635\u064a\u0628\u0648\u0627 \u0641\u064a \u0637\u0631\u0627\u0628\u0644\u0633 \u064a\u0648\u0645 \u0627\u0644\u062c\u0645\u0639\u0629.", "ar", "Tripoli")).containsExactly(lebanonTripoli);
    // no country named: the larger city, in both languages
    assertThat(idsOf(EN, "Four soldiers were wounded in Tripoli on Friday.", "en", "Tripoli")).containsExactly(libyaTripoli);
    assertThat(idsOf(AR, "\u0623\u0635\u064a\u0628 4 \u062c\u0646\u0648\u062f \u0641\u064a \u0637\u0631\u0627\u0628\u0644\u0633 \u064a\u0648\u0645 \u0627\u0644\u062c\u0645\u0639\u0629.", "ar", "Tripoli")).containsExactly(libyaTripoli);
    // a Jordanian village bears the English spelling; an article about Egypt means Giza, as the Arabic reads it
    assertThat(idsOf(EN, "Officials in Egypt said 3 people drowned near Al Jizah on Friday.", "en", "Giza"))
        .containsExactly("wof:421204393");
    // "Officials in Egypt said 3 people drowned near Giza on Friday"
    assertThat(idsOf(AR, "\u0642\u0627\u0644 \u0645\u0633\u0624\u0648\u0644\u0648\u0646 \u0641\u064a \u0645\u0635\u0631 \u0625\u0646 3 \u0623\u0634\u062e\u0627\u0635 \u063a\u0631\u0642\u0648\u0627 \u0642\u0631\u0628 \u0627\u0644\u062c\u064a\u0632\u0629 \u064a\u0648\u0645 \u0627\u0644\u062c\u0645\u0639\u0629.", "ar", "Giza")).containsExactly("wof:421204393");
  }

  static Stream<Arguments> countries() {
    return Stream.of(
        Arguments.of("Iraq", "\u0627\u0644\u0639\u0631\u0627\u0642"),
        Arguments.of("Syria", "\u0633\u0648\u0631\u064a\u0627"),
        Arguments.of("Sudan", "\u0627\u0644\u0633\u0648\u062f\u0627\u0646"),
        Arguments.of("South Sudan", "\u062c\u0646\u0648\u0628 \u0627\u0644\u0633\u0648\u062f\u0627\u0646"),
        Arguments.of("Yemen", "\u0627\u0644\u064a\u0645\u0646"),
        Arguments.of("Libya", "\u0644\u064a\u0628\u064a\u0627"),
        Arguments.of("Palestine", "\u0641\u0644\u0633\u0637\u064a\u0646"),
        Arguments.of("Israel", "\u0625\u0633\u0631\u0627\u0626\u064a\u0644"),
        Arguments.of("Lebanon", "\u0644\u0628\u0646\u0627\u0646"),
        Arguments.of("Jordan", "\u0627\u0644\u0623\u0631\u062f\u0646"),
        Arguments.of("Egypt", "\u0645\u0635\u0631"),
        Arguments.of("Somalia", "\u0627\u0644\u0635\u0648\u0645\u0627\u0644"),
        Arguments.of("Saudi Arabia", "\u0627\u0644\u0633\u0639\u0648\u062f\u064a\u0629"),
        Arguments.of("Turkey", "\u062a\u0631\u0643\u064a\u0627"));
  }

  @ParameterizedTest
  @MethodSource("countries")
  void aCountryNamedInEnglishAndInArabic_isOnePlace(String english, String arabic) {
    String en = placeId(EN, "At least 5 people were killed in " + english + " on Sunday.", "en");
    // "5 people were killed in <country> on Sunday"
    String ar = placeId(AR, "\u0642\u062a\u0644 5 \u0623\u0634\u062e\u0627\u0635 \u0641\u064a " + arabic
        + " \u064a\u0648\u0645 \u0627\u0644\u0623\u062d\u062f.", "ar");
    assertThat(en).as(english).startsWith("wof:").isEqualTo(ar);
  }
}
