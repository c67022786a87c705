package org.crosscheck.arabic.internal;

import org.crosscheck.claim.Scope;

/**
 * A place mention of an article resolved to a claim place: its words [word, toWord), the claim
 * place, the gazetteer entry chosen, the scope words before it, and whether it is located only
 * "mainly" there. Immutable.
 */
record PlaceAt(int word, int toWord, org.crosscheck.claim.Place place, Place gazetteer, Scope scope, boolean mainly) {}
