/**
 * The English pack's internals, not API: not exported by the module, and free to change between
 * releases. One document model ({@link org.crosscheck.english.internal.EnglishDocument}: tokens cut
 * once, sentences), word lists as documented resource files beside these classes loaded into typed
 * entries ({@link org.crosscheck.english.internal.Lexicon}), value parsers for numbers, quantities,
 * dates and durations that return mentions with the id of the rule that read them, the claim stages
 * ({@link org.crosscheck.english.internal.QuantityClaims}, {@link
 * org.crosscheck.english.internal.EventClaims}) and the named rules ({@link
 * org.crosscheck.english.internal.Rules}). Callers use {@link org.crosscheck.english.EnglishExtractor}.
 *
 * <p>Null policy: {@code @NullMarked}; absent parts are {@code @Nullable}.
 */
@NullMarked
package org.crosscheck.english.internal;

import org.jspecify.annotations.NullMarked;
