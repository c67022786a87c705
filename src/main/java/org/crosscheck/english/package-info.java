/**
 * The English language pack. Its API is {@link org.crosscheck.english.EnglishExtractor} (found as
 * an {@link org.crosscheck.extract.Extractor} service for {@code en}, or built with {@link
 * org.crosscheck.english.EnglishExtractor#builder()} around a gazetteer of one's own, {@link
 * org.crosscheck.arabic.PlaceGazetteer}), its catalogue of named rules ({@link
 * org.crosscheck.english.EnglishExtractor#rules()}) and {@link org.crosscheck.english.Built}, a
 * claim with the ids of the rules that built it ({@link
 * org.crosscheck.english.EnglishExtractor#trace}).
 *
 * <p>Everything else (the document model, the word lists, the value parsers and their mentions,
 * the claim stages) lives in {@code org.crosscheck.english.internal}, which the module does not
 * export.
 *
 * <p>Null policy: {@code @NullMarked}; absent parts are {@code @Nullable}.
 */
@NullMarked
package org.crosscheck.english;

import org.jspecify.annotations.NullMarked;
