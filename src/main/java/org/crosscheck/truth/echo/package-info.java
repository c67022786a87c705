/**
 * Echo detection: recognizing when one article rewrites another, so that their agreements count
 * as one source, not two. See {@link org.crosscheck.truth.echo.EchoDetector}.
 *
 * <p>Null policy: {@code @NullMarked}.
 */
@NullMarked
package org.crosscheck.truth.echo;

import org.jspecify.annotations.NullMarked;
