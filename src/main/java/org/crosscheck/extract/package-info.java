/**
 * The language-neutral extraction contract: an {@link org.crosscheck.extract.Article} (text and
 * metadata) goes in, an {@link org.crosscheck.extract.Extraction} (claims with evidence spans into
 * the original text, and diagnostics) comes out. An {@link org.crosscheck.extract.Extractor} never
 * throws for bad content: empty text, another language or an unresolved relative date are
 * diagnostics, so a batch always goes on.
 *
 * <p>Null policy: {@code @NullMarked}; optional metadata is {@code @Nullable}.
 */
@NullMarked
package org.crosscheck.extract;

import org.jspecify.annotations.NullMarked;
