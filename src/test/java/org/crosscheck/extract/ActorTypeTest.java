package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The actor types shared by the languages' actors lists (issue 16). */
class ActorTypeTest {
  @Test
  void of_readsTheWordInAnyCase_andRefusesAnUnknownOne() {
    assertThat(ActorType.of("armed-group")).isEqualTo(ActorType.ARMED_GROUP);
    assertThat(ActorType.of(" UN-Agency ")).isEqualTo(ActorType.UN_AGENCY);
    assertThat(ActorType.of("ngo")).hasToString("ngo");
    assertThatThrownBy(() -> ActorType.of("armed")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown actor type \"armed\"; one of armed-group, state-force, ministry, un-agency, ngo, media,"
            + " coalition, government, news-agency");
  }

  @Test
  void broader_isOneOfTheSixTypesOfTheIssue() {
    assertThat(ActorType.COALITION.broader()).isEqualTo(ActorType.STATE_FORCE);
    assertThat(ActorType.GOVERNMENT.broader()).isEqualTo(ActorType.STATE_FORCE);
    assertThat(ActorType.NEWS_AGENCY.broader()).isEqualTo(ActorType.MEDIA);
    for (ActorType t : ActorType.values()) {
      assertThat(t.broader()).isIn(ActorType.ARMED_GROUP, ActorType.STATE_FORCE, ActorType.MINISTRY, ActorType.UN_AGENCY,
          ActorType.NGO, ActorType.MEDIA);
      assertThat(t.broader().broader()).isEqualTo(t.broader());
    }
  }
}
