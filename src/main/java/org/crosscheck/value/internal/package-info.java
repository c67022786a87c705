/**
 * The value algebra's internals, not API: not exported by the module, and free to change between
 * releases. {@link org.crosscheck.value.internal.Numbers} canonicalizes every number that enters a
 * value and prints it the same way under every default locale.
 *
 * <p>Null policy: {@code @NullMarked}.
 */
@NullMarked
package org.crosscheck.value.internal;

import org.jspecify.annotations.NullMarked;
