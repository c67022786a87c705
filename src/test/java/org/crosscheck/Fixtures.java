package org.crosscheck;

import static org.crosscheck.Crosscheck.*;

import org.crosscheck.claim.Attribution;
import org.crosscheck.claim.Place;
import org.crosscheck.claim.Source;
import org.crosscheck.claim.Subject;

/** Places, sources and attributions the tests share; the facts are the seed events', the wording ours. */
public final class Fixtures {
  private Fixtures() {}

  public static final Place IRAQ = place("Iraq").aka("العراق");
  public static final Place SYRIA = place("Syria").aka("سوريا");
  public static final Place IRAQ_AND_SYRIA = union(IRAQ, SYRIA);
  public static final Place AL_QAIM = place("al-Qaim").aka("القائم", "Al Qa'im").within(IRAQ);
  public static final Place ABU_KAMAL = place("Abu Kamal").aka("البوكمال", "البو كمال").within(SYRIA);
  public static final Place DEIR_EZ_ZOR = place("Deir ez-Zor").aka("دير الزور").within(SYRIA);
  public static final Place RAWA = place("Rawa").aka("راوة").within(IRAQ);
  public static final Place TAL_AFAR = place("Tal Afar").within(IRAQ);
  public static final Subject ISIS = subject("ISIS");
  public static final Source COALITION = organization("US-led coalition");
  public static final Source DILLON = person("Ryan Dillon").of(COALITION);
  public static final Attribution REUTERS = outlet("Reuters").publishedOn(2017, 11, 3);
  public static final Attribution AL_ARAB = outlet("Al-Arab").publishedOn(2017, 11, 3);
  public static final Attribution AL_NAJAH = outlet("Al-Najah News").publishedOn(2017, 11, 20);
  public static final Attribution AL_MARSAD = outlet("Al-Marsad net").publishedOn(2017, 11, 4);
  public static final Attribution EREM = outlet("Erem News").via(agency("AFP")).publishedOn(2019, 3, 14);
}
