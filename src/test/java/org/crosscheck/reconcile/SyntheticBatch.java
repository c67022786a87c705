package org.crosscheck.reconcile;

import static org.crosscheck.Crosscheck.about;
import static org.crosscheck.Crosscheck.claim;
import static org.crosscheck.Crosscheck.event;
import static org.crosscheck.Crosscheck.exactly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.crosscheck.claim.Attribution;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.EventType;
import org.crosscheck.claim.Evidence;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Measures;
import org.crosscheck.claim.Place;
import org.crosscheck.value.DateValue;

/**
 * Synthetic claims over a made-up country of provinces and towns, shaped so that groups are many
 * and small and relate to each other: counts at towns, at their provinces, at unions of two
 * provinces and at the country (nested places); figures of people held (which presuppose control)
 * beside captures at containing or contained places; and events of related classes at one place.
 */
final class SyntheticBatch {
  private SyntheticBatch() {}

  private static final List<EventType> EVENTS =
      List.of(EventType.CAPTURED, EventType.ENTERED, EventType.LOST, EventType.OPERATION_BEGAN);

  /** About {@code n} claims, four per town, five per document, from thirty outlets. */
  static List<Claim> of(int n, long seed) {
    Random random = new Random(seed);
    Place country = Place.named("Testland").ofType(Place.Type.COUNTRY);
    int provinceCount = Math.max(2, n / 200);
    List<Place> provinces = new ArrayList<>();
    for (int p = 0; p < provinceCount; p++) {
      provinces.add(Place.named(String.format(Locale.ROOT, "Province %04d", p)).ofType(Place.Type.PROVINCE).within(country));
    }
    int townCount = Math.max(4, n / 4);
    List<Place> towns = new ArrayList<>();
    for (int t = 0; t < townCount; t++) {
      towns.add(Place.named(String.format(Locale.ROOT, "Town %06d", t)).ofType(Place.Type.TOWN)
          .within(provinces.get(t % provinceCount)));
    }
    LocalDate start = LocalDate.of(2019, 3, 1);
    List<Claim> claims = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int where = random.nextInt(100);
      Place place;
      if (where < 80) place = towns.get(random.nextInt(townCount));
      else if (where < 95) place = provinces.get(random.nextInt(provinceCount));
      else if (where < 98) {
        int a = random.nextInt(provinceCount);
        place = Place.union(provinces.get(a), provinces.get((a + 1) % provinceCount));
      } else place = country;
      int truth = 50 + Math.floorMod(place.id().hashCode(), 900);
      int kind = random.nextInt(10);
      Claim c;
      if (kind < 4 || kind < 6 && place.type() == Place.Type.UNION) {
        long v = random.nextInt(8) == 0 ? truth * 3L : truth + random.nextInt(11) - 5;
        c = claim(Measures.FIGHTERS, place, random.nextBoolean() ? exactly(v) : about(v));
      } else if (kind < 6) {
        Measure held = Measures.PEOPLE_HELD;
        c = claim(held, place, exactly(truth / 10 + random.nextInt(3)));
      } else {
        EventType type = EVENTS.get(random.nextInt(EVENTS.size()));
        LocalDate day = start.plusDays(Math.floorMod(place.id().hashCode(), 60) + (random.nextInt(6) == 0 ? 9 : 0));
        c = event(type, place, new DateValue.OnDay(day));
      }
      String doc = String.format(Locale.ROOT, "doc-%05d", i / 5);
      String outlet = String.format(Locale.ROOT, "Outlet %02d", random.nextInt(30));
      claims.add(c.by(Attribution.by(outlet).publishedOn(start.plusDays(70 + random.nextInt(10))))
          .withEvidence(Evidence.document(doc)).withId(String.format(Locale.ROOT, "%s#%d", doc, i % 5 + 1)));
    }
    return claims;
  }
}
