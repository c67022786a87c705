package org.crosscheck.arabic.internal;

/**
 * A set of strings that may answer "perhaps" for a string not in it, and never "no" for one in it:
 * one bit per hash ({@link #BITS} bits, 1 MB). Most words of a text start no place name and most
 * word pairs are no name, and a clear bit says so without probing a large table. Strings are told
 * by their {@link String#hashCode()}, so that a caller may pass the hash of a string it never cut
 * ({@link #joinedHash}). Filled while its owner is built; read-only after that.
 */
final class HashFilter {
  private static final int BITS = 23;

  private final long[] bits = new long[1 << (BITS - 6)];

  /** Adds the string of this hash. */
  void add(int hash) {
    int b = bit(hash);
    bits[b >>> 6] |= 1L << b;
  }

  /** Whether the string of this hash may have been added; {@code false} means it was not. */
  boolean mayContain(int hash) {
    int b = bit(hash);
    return (bits[b >>> 6] & (1L << b)) != 0;
  }

  private static int bit(int hash) {
    int h = hash;
    h ^= h >>> 16;
    h *= 0x45d9f3b;
    h ^= h >>> 16;
    return h & ((1 << BITS) - 1);
  }

  /** {@code (a + " " + b).hashCode()} from the hash {@code a} and the string {@code b}, whose hash it keeps. */
  static int joinedHash(int a, String b) {
    int h = a * 31 + ' ';
    for (int i = 0; i < b.length(); i++) h *= 31;
    return h + b.hashCode();
  }
}
