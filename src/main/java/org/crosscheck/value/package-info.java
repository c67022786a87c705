/**
 * The value algebra: quantities (exact, approximate, range, one-sided bound, vague quantifier,
 * fraction and percentage) and dates at a granularity (day, month, year, span, before/after),
 * each with one canonical interval form, and the relations between canonical forms.
 *
 * <p>Every type here is an immutable, thread-safe value. Numbers are {@link java.math.BigDecimal}s
 * canonicalized on entry (no trailing zeros), so {@code equals} means numeric equality. Nothing is
 * ever formatted with the default locale: {@code toString} prints ASCII digits under any locale.
 *
 * <p>Null policy: the package is {@code @NullMarked}; the few components that may be absent are
 * marked {@code @Nullable} (an unbounded interval end, an unbounded day range end, an approximate
 * value's explicit width).
 */
@NullMarked
package org.crosscheck.value;

import org.jspecify.annotations.NullMarked;
