/**
 * The command-line program {@code crosscheck}: {@code report}, {@code extract} and {@code
 * reconcile}. See {@link org.crosscheck.cli.Main}.
 */
@NullMarked
package org.crosscheck.cli;

import org.jspecify.annotations.NullMarked;
