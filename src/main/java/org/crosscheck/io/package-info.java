/**
 * Input and output: the JSON format for claims and reports ({@link org.crosscheck.io.ClaimJson},
 * {@link org.crosscheck.io.ReportJson}, format version {@value org.crosscheck.io.ClaimJson#VERSION},
 * documented in {@code docs/json-format.md}), and report renderers for plain text, Markdown,
 * self-contained HTML and CSV ({@link org.crosscheck.io.Renderer}).
 *
 * <p>Null policy: {@code @NullMarked}; absent JSON members are read as absent values.
 */
@NullMarked
package org.crosscheck.io;

import org.jspecify.annotations.NullMarked;
