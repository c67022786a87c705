package org.crosscheck.truth.flight;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.util.Arrays;

/**
 * Dense ids for byte ranges of one array, each with a small tag: the loader's way of knowing a
 * source, a flight or a field text it has seen before without decoding it into a string. Ids
 * follow first appearance: 0, 1, 2, ...
 *
 * <p>Use {@link #find}; when it answers -1, the range is new and {@link #add} gives it the next
 * id (the range and its slot are the ones of that last {@code find}). Open addressing with linear
 * probing over the ranges' hashes; not thread-safe.
 */
final class SliceTable {
  private final byte[] data;
  /** Id + 1 of the range in each slot, 0 for an empty slot; a power of two long. */
  private int[] slots = new int[1 << 12];
  private int[] tags = new int[1 << 11];
  private int[] starts = new int[1 << 11];
  private int[] ends = new int[1 << 11];
  private int[] hashes = new int[1 << 11];
  private int size;
  private int pendingTag;
  private int pendingStart = -1;
  private int pendingEnd;
  private int pendingHash;
  private int pendingSlot;

  SliceTable(byte[] data) {
    this.data = checkNotNull(data, "data");
  }

  /** How many ranges have ids. */
  int size() {
    return size;
  }

  /**
   * The id of {@code data[from..to)} with {@code tag}, or -1 if it has none yet (then {@link #add}
   * gives it one).
   */
  int find(int tag, int from, int to) {
    int h = tag * 0x9E3779B1;
    for (int i = from; i < to; i++) h = 31 * h + data[i];
    h ^= h >>> 16;
    int mask = slots.length - 1;
    int slot = h & mask;
    while (true) {
      int entry = slots[slot];
      if (entry == 0) break;
      int id = entry - 1;
      if (hashes[id] == h && tags[id] == tag
          && Arrays.equals(data, starts[id], ends[id], data, from, to)) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
    pendingTag = tag;
    pendingStart = from;
    pendingEnd = to;
    pendingHash = h;
    pendingSlot = slot;
    return -1;
  }

  /**
   * Gives the range of the last {@link #find} that answered -1 the next id.
   *
   * @throws IllegalStateException if that {@code find} found its range, or the range has its id already
   */
  int add() {
    checkState(pendingStart >= 0, "add() follows a find() that answered -1");
    int id = size++;
    if (id == tags.length) {
      int n = id * 2;
      tags = Arrays.copyOf(tags, n);
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      hashes = Arrays.copyOf(hashes, n);
    }
    tags[id] = pendingTag;
    starts[id] = pendingStart;
    ends[id] = pendingEnd;
    hashes[id] = pendingHash;
    slots[pendingSlot] = id + 1;
    pendingStart = -1;
    if (2 * size > slots.length) rehash();
    return id;
  }

  /** Doubles the slots, keeping the load at most one half. */
  private void rehash() {
    int[] bigger = new int[slots.length * 2];
    int mask = bigger.length - 1;
    for (int id = 0; id < size; id++) {
      int slot = hashes[id] & mask;
      while (bigger[slot] != 0) slot = (slot + 1) & mask;
      bigger[slot] = id + 1;
    }
    slots = bigger;
  }
}
