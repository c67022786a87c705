/**
 * Claims and their parts: {@link org.crosscheck.claim.Claim} with its subject, measure, event
 * type, place and scope, time of validity, value, attribution (outlet ← agency ← speaker,
 * publication date), evidence (document, character spans, quote) and modality.
 *
 * <p>Every type here is an immutable, thread-safe record. Null policy: the package is
 * {@code @NullMarked}; the optional parts (an attribution's agency or speaker, a claim's
 * evidence or explicit time of validity) are {@code @Nullable} components, and "absent" never has
 * a second spelling (no {@code Optional} fields).
 */
@NullMarked
package org.crosscheck.claim;

import org.jspecify.annotations.NullMarked;
