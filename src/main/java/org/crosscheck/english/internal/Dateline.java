package org.crosscheck.english.internal;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claim.Place;
import org.crosscheck.extract.Diagnostic;

/**
 * The dateline that opens a wire story ("KHARTOUM, March 4 (Reuters) -", "MOSUL, Iraq (AP) —",
 * "Beirut -"): where and when the story was filed, not where and when its events happened. Rule
 * {@code date.dateline}: a date in the dateline dates no event. Rule {@code place.dateline}: the
 * dateline's place is a claim's place only where the claim's sentence names no other place. Rule
 * {@code place.possessive-country}: a country before "'s" ("Sudan's army", "Syria's Kurds")
 * qualifies who acts; a claim takes the other place its sentence names. Rule {@code
 * place.country-adjective}: so does a country's adjective before a noun ("Lebanese army").
 *
 * <p>A dateline is found in one of the first three sentences: it starts the sentence with a
 * capitalized word and runs, over capitalized words, numbers, commas, full stops and one bracketed
 * credit, to a dash within {@value #MAX_TOKENS} tokens.
 */
public final class Dateline {
  /** The most tokens a dateline runs before its dash. */
  static final int MAX_TOKENS = 14;

  private Dateline() {}

  /**
   * The tokens {@code [from, to)} of the document's dateline, its closing dash included, or {@code
   * null} when the document opens with none.
   */
  public static int @org.jspecify.annotations.Nullable [] find(EnglishDocument d) {
    List<EnglishDocument.Sentence> sentences = d.sentences();
    for (int i = 0; i < Math.min(3, sentences.size()); i++) {
      EnglishDocument.Sentence s = sentences.get(i);
      if (!d.token(s.from()).capitalized()) continue;
      boolean bracket = false;
      for (int k = s.from() + 1; k < Math.min(s.to(), s.from() + MAX_TOKENS); k++) {
        Token t = d.token(k);
        String key = t.key();
        if (bracket) {
          if (key.equals(")")) bracket = false;
          continue;
        }
        if (t.isDash()) return k > s.from() ? new int[] {s.from(), k + 1} : null;
        if (key.equals("(")) {
          bracket = true;
        } else if (!(t.capitalized() || t.isNumber() || key.equals(",") || key.equals("."))) {
          break;
        }
      }
    }
    return null;
  }

  /** Whether tokens {@code [from, to)} lie inside {@code dateline} (null: no dateline). */
  public static boolean inside(int @org.jspecify.annotations.Nullable [] dateline, int from, int to) {
    return dateline != null && from >= dateline[0] && to <= dateline[1];
  }

  /**
   * {@code dates} without those inside {@code dateline}, each reported as a {@code date.dateline}
   * note in {@code diagnostics}.
   */
  public static List<DateMention> withoutFiled(EnglishDocument d, int @org.jspecify.annotations.Nullable [] dateline,
      List<DateMention> dates, List<Diagnostic> diagnostics) {
    if (dateline == null) return dates;
    List<DateMention> kept = new ArrayList<>(dates.size());
    for (DateMention m : dates) {
      if (inside(dateline, m.from(), m.to())) {
        diagnostics.add(Diagnostic.info("date.dateline", "a date in the dateline, when the story was filed, dates no"
            + " event: \"" + d.text(m.from(), m.to()) + "\"", d.span(m.from(), m.to())));
      } else {
        kept.add(m);
      }
    }
    return kept;
  }

  /**
   * The places a sentence's claims may take: {@code here} without the dateline's places and without
   * a country before "'s", unless no other place is left.
   */
  public static List<PlaceMention> claimPlaces(EnglishDocument d, int @org.jspecify.annotations.Nullable [] dateline,
      List<PlaceMention> here) {
    if (here.size() < 2) return here;
    List<PlaceMention> kept = new ArrayList<>(here.size());
    for (PlaceMention p : here) {
      boolean filing = inside(dateline, p.from(), p.to());
      boolean possessive = p.place().type() == Place.Type.COUNTRY && possessive(d, p.to());
      if (!filing && !possessive && !countryAdjective(d, p)) kept.add(p);
    }
    return kept.isEmpty() ? here : kept;
  }

  /**
   * Rule {@code place.country-adjective}: a country named by its adjective right before a common
   * noun ("Lebanese army", "Israeli strikes", "Sudanese troops") says whose, not where: one word,
   * not the country's name, ending as English adjectives of countries do, and a lower-case word
   * after it.
   */
  static boolean countryAdjective(EnglishDocument d, PlaceMention p) {
    if (p.place().type() != Place.Type.COUNTRY || p.to() != p.from() + 1 || p.to() >= d.size()) return false;
    String word = d.key(p.from());
    if (word.equals(p.place().name().toLowerCase(java.util.Locale.ROOT))) return false;
    boolean adjective = word.endsWith("ese") || word.endsWith("i") || word.endsWith("ian") || word.endsWith("an")
        || word.endsWith("ish");
    String next = d.text(p.to(), p.to() + 1);
    return adjective && !next.isEmpty() && Character.isLowerCase(next.charAt(0));
  }

  /** Whether token {@code k} starts a possessive "'s" (the tokenizer cuts it as an apostrophe and "s"). */
  static boolean possessive(EnglishDocument d, int k) {
    if (k + 1 >= d.size()) return false;
    String mark = d.key(k);
    return (mark.equals("'") || mark.equals("\u2019")) && d.key(k + 1).equals("s");
  }
}
