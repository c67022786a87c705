package org.crosscheck.arabic.internal;

/**
 * An event cue found in a sentence: its words [from, to), its event type, whether it is a verb (a
 * report of the event itself, dated by publication when no date is near) rather than a verbal noun,
 * whether it states a purpose (لتحرير), whether it sits in a background clause, and whether only a
 * "since" date may date it (an ongoing activity), and whether its type was changed by rule {@code
 * event.taken-again} (a capture with مجددا is a recapture). Immutable.
 */
record EventCue(int from, int to, String type, boolean implicit, boolean purpose, boolean background,
    boolean sinceOnly, boolean again) {}
