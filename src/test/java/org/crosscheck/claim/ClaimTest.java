package org.crosscheck.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.Crosscheck.*;
import static org.crosscheck.Fixtures.*;

import java.time.LocalDate;
import org.crosscheck.claim.internal.Names;
import org.junit.jupiter.api.Test;

class ClaimTest {

  @Test
  void affiliations_areAShortChain() {
    Source chain = Source.organization("army");
    for (int i = 1; i <= Source.MAX_AFFILIATIONS; i++) chain = new Source("unit-" + i, "Unit " + i, Source.Kind.ORGANIZATION, chain);
    Source deepest = chain;
    Source person = new Source("spokesman", "Spokesman", Source.Kind.PERSON, deepest.affiliation());
    assertThat(person).isEqualTo(new Source("spokesman", "Spokesman", Source.Kind.PERSON, deepest.affiliation()));
    assertThatThrownBy(() -> new Source("spokesman", "Spokesman", Source.Kind.PERSON, deepest))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source 'spokesman' has a chain of more than 8 affiliations (the 9th is 'army'); name the"
            + " organization it speaks for, not every one above it");
  }

  @Test
  void toString_isOneLineInDomainNotation() {
    Claim c = claim(FIGHTERS, AL_QAIM, between(1500, 2500)).by(REUTERS.quoting(DILLON));
    assertThat(c).hasToString("fighters@al-Qaim = [1500..2500] \u2014 Reuters \u2190 Ryan Dillon, 2017-11-03");
    Claim e = event(CAPTURED, DEIR_EZ_ZOR, onDay(2017, 11, 3)).by(AL_MARSAD);
    assertThat(e).hasToString("captured@Deir ez-Zor = 2017-11-03 \u2014 Al-Marsad net, 2017-11-04");
    Claim s = claim(TERRITORY_HELD, DEIR_EZ_ZOR, aboutPercent(25)).about(ISIS).scoped(scope(COUNTRYSIDE))
        .validOn(date(2017, 11, 19));
    assertThat(s).hasToString("ISIS share of territory held@Deir ez-Zor (countryside) = ~25% (as of 2017-11-19)");
    assertThat(claim(FIGHTERS, Place.NOWHERE, exactly(3))).hasToString("fighters = 3");
  }

  /**
   * Right-to-left names are isolated (U+2068 … U+2069), so that a browser or IDE console shows the
   * line in logical order instead of pulling the value into the Arabic run.
   */
  @Test
  void toString_isolatesRightToLeftNames() {
    Claim c = claim(FIGHTERS, place("القائم"), about(1500)).by(outlet("Al-Arab").quoting(organization("التحالف"))
        .publishedOn(2017, 11, 3));
    assertThat(c).hasToString("fighters@\u2068القائم\u2069 = ~1500 \u2014 Al-Arab \u2190 \u2068التحالف\u2069, 2017-11-03");
    assertThat(c.topic()).isEqualTo("fighters@\u2068القائم\u2069");
    assertThat(c.attribution().sources()).isEqualTo("Al-Arab \u2190 \u2068التحالف\u2069");
    assertThat(claim(FIGHTERS, AL_QAIM, exactly(3)).about("داعش").scoped(scope(ADJACENT)))
        .hasToString("\u2068داعش\u2069 fighters@al-Qaim (adjacent) = 3");
    assertThat(place("القائم")).hasToString("\u2068القائم\u2069");
    assertThat(label("الفرقة الخامسة")).hasToString("\"\u2068الفرقة الخامسة\u2069\"");
    assertThat(c.withValue(about(1500).within(0.05)).toString()).startsWith("fighters@\u2068القائم\u2069 = ~1500 (\u00b15%) ");
  }

  @Test
  void id_isDerivedFromContentUntilSet() {
    Claim a = claim(FIGHTERS, AL_QAIM, between(1500, 2500));
    Claim b = claim(FIGHTERS, AL_QAIM, between(1500, 2500));
    assertThat(a.id()).isEqualTo(b.id()).startsWith("c-").hasSize(14);
    Claim attributed = a.by(REUTERS);
    assertThat(attributed.id()).isNotEqualTo(a.id());
    Claim named = a.withId("dillon-qaim");
    assertThat(named.by(REUTERS).id()).isEqualTo("dillon-qaim");
  }

  @Test
  void id_explicitOfTheDerivedShapeIsKeptByWithers() {
    Claim a = claim(FIGHTERS, AL_QAIM, between(1500, 2500));
    // shaped like a derived id but not this content's: set, so kept
    Claim set = a.withId("c-000000000000");
    assertThat(set.by(REUTERS).id()).isEqualTo("c-000000000000");
    // an extractor's id of fourteen chars is kept too
    Claim doc = a.withId("article07.txt#");
    assertThat(doc.by(REUTERS).id()).isEqualTo("article07.txt#");
    // the content's own id set again is still derived
    assertThat(a.withId(a.id()).by(REUTERS).id()).isEqualTo(a.by(REUTERS).id()).isNotEqualTo(a.id());
  }

  @Test
  void validity_defaultsToThePublicationDay() {
    Claim c = claim(FIGHTERS, AL_QAIM, about(1500)).by(AL_ARAB);
    assertThat(c.validity()).isEqualTo(onDay(2017, 11, 3));
    assertThat(c.validOn(onDay(2017, 10, 26)).validity()).isEqualTo(onDay(2017, 10, 26));
    assertThat(claim(FIGHTERS, AL_QAIM, about(1500)).validity()).isNull();
  }

  @Test
  void badInput_namesTheValueAndTheFix() {
    assertThatThrownBy(() -> claim(FIGHTERS, AL_QAIM, onDay(2017, 11, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("measure 'fighters' (COUNT) cannot take the value 2017-11-03 (a date); it takes a quantity in a"
            + " count unit, e.g. exactly(1500)");
    assertThatThrownBy(() -> claim(TERRITORY_HELD, AL_QAIM, exactly(35)))
        .hasMessage("measure 'territory-held' (SHARE) cannot take the value 35 (a quantity in one); it takes a quantity"
            + " in percent, e.g. percent(35) or fraction(1, 3)");
    assertThatThrownBy(() -> claim(EVENT_DATE, AL_QAIM, onDay(2017, 11, 3)))
        .hasMessage("an event-date claim needs an event type, e.g. EventType.CAPTURED; got none for 2017-11-03");
    assertThatThrownBy(() -> claim(FIGHTERS, AL_QAIM, exactly(3)).withEvent(CAPTURED))
        .hasMessage("only event-date claims have an event type; measure 'fighters' got event 'captured'");
    assertThatThrownBy(() -> place("  ")).hasMessage("a place needs a name with a letter or digit, got \"  \"");
    assertThatThrownBy(() -> new Span(5, 2)).hasMessage("a span needs 0 <= start <= end, got 5..2");
    assertThatThrownBy(() -> new Evidence("d.txt", new Span(0, 30), new Span(5, 20), "q"))
        .hasMessage("the value span 0..30 must lie inside the sentence span 5..20");
    assertThatThrownBy(() -> claim(FIGHTERS, AL_QAIM, exactly(3)).withId(" "))
        .hasMessage("a claim id cannot be blank");
    assertThatThrownBy(() -> person("Ryan Dillon").of(person("Someone")))
        .hasMessage("a person speaks for an organization, agency or outlet, not for another person (Someone)");
    assertThatThrownBy(() -> COALITION.of(COALITION))
        .hasMessage("only a person speaks for an organization; US-led coalition is ORGANIZATION");
  }

  @Test
  void names_keyAcrossSpellings() {
    assertThat(Names.key("al-Qaim")).isEqualTo(Names.key("Al Qaim")).isEqualTo(Names.key("AL-QAIM"));
    assertThat(Names.key("البوكمال")).isEqualTo(Names.key("البو كمال"));
    assertThat(Names.key("أبو كمال")).isEqualTo(Names.key("ابو كمال"));
    assertThat(Names.key("راوة")).isEqualTo(Names.key("راوه"));
    assertThat(Names.slug("Deir ez-Zor")).isEqualTo("deir-ez-zor");
    assertThat(Names.slug("Al Qa'im")).isEqualTo("al-qaim");
  }

  @Test
  void places_containAndUnite() {
    assertThat(IRAQ.contains(AL_QAIM)).isTrue();
    assertThat(SYRIA.contains(AL_QAIM)).isFalse();
    assertThat(IRAQ_AND_SYRIA.contains(AL_QAIM)).isTrue();
    assertThat(IRAQ_AND_SYRIA.contains(SYRIA)).isTrue();
    assertThat(AL_QAIM.contains(IRAQ)).isFalse();
    assertThat(IRAQ_AND_SYRIA).hasToString("Iraq and Syria");
    assertThat(IRAQ_AND_SYRIA.id()).isEqualTo("iraq+syria");
    assertThat(Place.identified("wof:1", "Rawa").hasAuthorityId()).isTrue();
  }

  @Test
  void attribution_printsTheChainAndItsOrigins() {
    Attribution a = outlet("Erem News").via(agency("AFP")).quoting(person("Mustafa Bali")).publishedOn(2019, 3, 14);
    assertThat(a).hasToString("Erem News \u2190 AFP \u2190 Mustafa Bali, 2019-03-14");
    assertThat(a.origins()).containsExactly("afp", "erem-news", "mustafa-bali");
    assertThat(REUTERS.quoting(DILLON).origins()).containsExactly("reuters", "ryan-dillon", "us-led-coalition");
    assertThat(Attribution.UNKNOWN).hasToString("unknown source");
    assertThat(AL_ARAB.origin().name()).isEqualTo("Al-Arab");
    assertThat(AL_ARAB.published()).isEqualTo(LocalDate.of(2017, 11, 3));
  }

  @Test
  void smallParts_printShortNotations() {
    assertThat(scope(COUNTRYSIDE)).hasToString("countryside");
    assertThat(scope(ADJACENT).withExtent(Scope.Extent.CITY_CENTRE).withNote("mainly in the east"))
        .hasToString("city centre, adjacent, mainly in the east");
    assertThat(Scope.WHOLE).hasToString("");
    assertThat(FIGHTERS).hasToString("fighters");
    assertThat(DECLARED_VICTORY).hasToString("declared victory");
    assertThat(ISIS).hasToString("ISIS");
    assertThat(DILLON).hasToString("Ryan Dillon");
    assertThat(new Span(3, 9)).hasToString("3..9");
    assertThat(new Evidence("a.txt", new Span(3, 9), new Span(0, 20), "q")).hasToString("a.txt@3..9");
    assertThat(Modality.ESTIMATED).hasToString("estimated");
  }
}
