/**
 * The Arabic pack's internals, not API: not exported by the module, and free to change between
 * releases. Offset-preserving normalization ({@link org.crosscheck.arabic.internal.ArabicNormalizer}),
 * numbers in digits and words ({@link org.crosscheck.arabic.internal.ArabicNumberParser}), quantity
 * expressions with hedges, bounds, ranges and vague quantifiers ({@link
 * org.crosscheck.arabic.internal.ArabicQuantityParser}), dates resolved against an anchor ({@link
 * org.crosscheck.arabic.internal.ArabicDateParser}), places ({@link
 * org.crosscheck.arabic.internal.Gazetteer}), the word lists ({@link
 * org.crosscheck.arabic.internal.ArabicLexicons}), the claim stages over one {@link
 * org.crosscheck.arabic.internal.ArticleText} and the named rules ({@link
 * org.crosscheck.arabic.internal.ArabicRules}). Callers use {@link
 * org.crosscheck.arabic.ArabicExtractor}.
 *
 * <p>Every match carries a {@link org.crosscheck.arabic.internal.Span} that indexes the
 * <em>original</em> text (Java {@code char} offsets, end exclusive), never the normalized one. The
 * lexicons are UTF-8 resource files beside these classes, one entry per line, {@code #} starts a
 * comment; they are written in ordinary Arabic spelling and normalized on load with the same
 * normalizer that normalizes the text.
 *
 * <p>Null policy: the package is {@code @NullMarked}; the few components that may be absent (a date
 * that could not be resolved, the noun after a number) are marked {@code @Nullable}.
 *
 * <p>Every scanner here is linear in the length of its input: they walk tokens once with bounded
 * look-ahead, and no regular expression is applied to text.
 */
@NullMarked
package org.crosscheck.arabic.internal;

import org.jspecify.annotations.NullMarked;
