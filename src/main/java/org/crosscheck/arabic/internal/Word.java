package org.crosscheck.arabic.internal;

/**
 * One word of an article's normalized text: its text, its normalized offsets [start, end) and the
 * index of its sentence. Immutable.
 */
record Word(String text, int start, int end, int sentence) {}
