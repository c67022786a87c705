package org.crosscheck.truth.flight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class FlightIdTest {

  @Test
  void parse_fourParts() {
    FlightId id = FlightId.parse("AA-1007-TPA-MIA");
    assertThat(id.toString()).isEqualTo("AA-1007-TPA-MIA");
    assertThat(id.airportOf(FlightAttribute.ACTUAL_DEPARTURE)).isEqualTo("TPA");
    assertThat(id.airportOf(FlightAttribute.ARRIVAL_GATE)).isEqualTo("MIA");
  }

  @Test
  void parse_wrongShape_namesTheText() {
    assertThatThrownBy(() -> FlightId.parse("AA-1007-TPA"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'AA-1007-TPA'");
    assertThatThrownBy(() -> FlightId.parse("AA-1007-tpa-MIA"))
        .hasMessageContaining("three capital letters");
  }

  @Test
  void airportZones_coverAndMatchTheOffsetsSourcesPrint() {
    AirportZones zones = AirportZones.standard();
    assertThat(zones.asMap()).hasSizeGreaterThan(240);
    LocalDateTime mid = LocalDateTime.of(2011, 12, 15, 12, 0);
    // offsets printed by the zone-qualified sources for these airports in December 2011
    assertThat(zones.zoneOf("DEN").getRules().getOffset(mid)).isEqualTo(ZoneOffset.ofHours(-7));
    assertThat(zones.zoneOf("HNL").getRules().getOffset(mid)).isEqualTo(ZoneOffset.ofHours(-10));
    assertThat(zones.zoneOf("SYD").getRules().getOffset(mid)).isEqualTo(ZoneOffset.ofHours(11));
    assertThat(zones.zoneOf("GRU").getRules().getOffset(mid)).isEqualTo(ZoneOffset.ofHours(-2));
    assertThat(zones.zoneOf("PHX").getRules().getOffset(mid)).isEqualTo(ZoneOffset.ofHours(-7));
    assertThat(zones.zoneOf("SJU")).isEqualTo(ZoneId.of("America/Puerto_Rico"));
    assertThatThrownBy(() -> zones.zoneOf("XXX")).hasMessageContaining("'XXX'").hasMessageContaining("airport-zones.tsv");
  }
}
