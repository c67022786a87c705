/**
 * The Arabic language pack. Its API is {@link org.crosscheck.arabic.ArabicExtractor} (found as an
 * {@link org.crosscheck.extract.Extractor} service for {@code ar}, or built with {@link
 * org.crosscheck.arabic.ArabicExtractor#builder()}), the two things a builder is handed, each an
 * opaque handle loaded once: the places names are looked up in ({@link
 * org.crosscheck.arabic.PlaceGazetteer}: the built-in gazetteer, or one read from a stream or a
 * file; the English extractor takes it too) and the word lists of the claim stages ({@link
 * org.crosscheck.arabic.ArabicWordLists}: the built-in files, or some of them overridden from a
 * folder), and the catalogue of named rules ({@link org.crosscheck.arabic.ArabicExtractor#rules()}).
 *
 * <p>Everything else (normalization, the number, quantity and date parsers and their matches, the
 * gazetteer's index, the lexicon tables, the claim stages) lives in {@code
 * org.crosscheck.arabic.internal}, which the module does not export: the claims and their evidence
 * spans, which index the original text, are the output.
 *
 * <p>Null policy: the package is {@code @NullMarked}; absent parts are {@code @Nullable}.
 */
@NullMarked
package org.crosscheck.arabic;

import org.jspecify.annotations.NullMarked;
