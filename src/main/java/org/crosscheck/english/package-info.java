/**
 * The English language pack: one document model ({@link org.crosscheck.english.internal.EnglishDocument}:
 * tokens cut once, sentences), word lists as documented resource files loaded into typed entries
 * ({@link org.crosscheck.english.internal.Lexicon}), value parsers for numbers, quantities, dates and
 * durations that return mentions with the id of the rule that read them, and the
 * {@link org.crosscheck.english.EnglishExtractor} that turns mentions into claims through named
 * rules ({@link org.crosscheck.english.internal.Rules}).
 *
 * <p>Null policy: {@code @NullMarked}; absent parts are {@code @Nullable}.
 */
@NullMarked
package org.crosscheck.english;

import org.jspecify.annotations.NullMarked;
