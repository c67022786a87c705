/**
 * Crosscheck: claims about the same events, extracted from Arabic and English news, grouped,
 * compared and explained.
 *
 * <p>Exported are the packages a caller programs against: the facade {@code org.crosscheck}, the
 * claim model ({@code claim}, {@code value}), extraction's contract ({@code extract}),
 * reconciliation and rule sets ({@code reconcile}, {@code rules}), reading and reporting ({@code
 * io}), truth discovery ({@code truth}, {@code truth.echo}), the AssertJ assertions ({@code assertj}),
 * the Jupyter display hook ({@code jupyter}) and the two language packs ({@code arabic}, {@code
 * english}: the extractors with their builders, and the gazetteer and word lists a builder is
 * handed, as opaque handles). The language packs' internals (normalization, value parsers, lexicon
 * tables, claim stages) live in {@code arabic.internal} and {@code english.internal}, which are not
 * exported, nor are {@code claim.internal} (the name keys) and {@code value.internal} (number
 * canonicalization); the extractors are also provided as
 * {@link org.crosscheck.extract.Extractor} services.
 * The command-line program ({@code cli}) is the application, not API, and is not exported. {@code
 * ExportedSurfaceTest} holds the approved list of exported types.
 *
 * <p>Only Guava, Commons Text, Jackson and jsoup are required at run time; picocli (the command
 * line), AssertJ (the assertions), JSpecify (nullness annotations) and JJava (Jupyter) are needed
 * only by the parts that use them.
 */
module org.crosscheck {
  // Guava's immutable collections and JSpecify's annotations are part of the API's signatures
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires org.apache.commons.text;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires org.jsoup;
  requires static info.picocli;
  // optional, and not implied for readers: only users of the assertions have AssertJ, and the
  // kernel brings JJava, whose jar names no module (its file name does; requires-automatic is off).
  // The "exports" lint is suppressed where their types show in signatures.
  requires static org.assertj.core;
  requires static jjava.jupyter;

  exports org.crosscheck;
  exports org.crosscheck.arabic;
  exports org.crosscheck.assertj;
  exports org.crosscheck.claim;
  exports org.crosscheck.english;
  exports org.crosscheck.extract;
  exports org.crosscheck.io;
  exports org.crosscheck.jupyter;
  exports org.crosscheck.reconcile;
  exports org.crosscheck.rules;
  exports org.crosscheck.truth;
  exports org.crosscheck.truth.echo;
  exports org.crosscheck.value;

  // picocli reads the command classes' annotations and fields reflectively
  opens org.crosscheck.cli to info.picocli;

  uses org.crosscheck.extract.Extractor;

  provides org.crosscheck.extract.Extractor with
      org.crosscheck.arabic.ArabicExtractor,
      org.crosscheck.english.EnglishExtractor;
}
