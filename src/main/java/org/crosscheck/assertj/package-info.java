/**
 * AssertJ assertions for users' tests of rule sets, assessments, reports, groups and consensus.
 * One entry point, {@link org.crosscheck.assertj.CrosscheckAssertions#assertThat}; failure messages
 * show the facts of what was checked:
 *
 * <pre>{@code
 * assertThat(newsroom)
 *     .assessing(claim(FIGHTERS, AL_QAIM, between(1500, 2500)), claim(FIGHTERS, AL_QAIM, about(1500)))
 *     .hasVerdict(COMPATIBLE)
 *     .firedRule("quantity.containment");
 * }</pre>
 *
 * <p>AssertJ is an optional dependency of Crosscheck: this package needs {@code assertj-core} on the
 * class path, which users' test scopes have.
 */
@NullMarked
package org.crosscheck.assertj;

import org.jspecify.annotations.NullMarked;
