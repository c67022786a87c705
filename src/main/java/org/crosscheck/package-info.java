/**
 * Crosscheck reconciles claims across sources. {@link org.crosscheck.Crosscheck} is the one-import
 * facade for notebooks; the packages below it hold the value algebra ({@code value}), claims
 * ({@code claim}), rule sets ({@code rules}), reconciliation ({@code reconcile}) and AssertJ
 * assertions ({@code assertj}).
 */
@NullMarked
package org.crosscheck;

import org.jspecify.annotations.NullMarked;
