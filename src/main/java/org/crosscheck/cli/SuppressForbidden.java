package org.crosscheck.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the few places of the command line that may use an API the forbidden-apis check refuses
 * elsewhere (the process's {@code System.out} and {@code System.err}); say why beside it.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE, ElementType.FIELD})
@interface SuppressForbidden {}
