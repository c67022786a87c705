/**
 * The claim model's internals, not API: not exported by the module, and free to change between
 * releases. {@link org.crosscheck.claim.internal.Names} makes the name keys and readable ids that
 * places, subjects, measures, event types and sources are matched and identified by.
 *
 * <p>Null policy: {@code @NullMarked}.
 */
@NullMarked
package org.crosscheck.claim.internal;

import org.jspecify.annotations.NullMarked;
