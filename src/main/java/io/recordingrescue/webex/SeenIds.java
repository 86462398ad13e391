package io.recordingrescue.webex;

import java.util.Arrays;

/**
 * The ids one scan has seen, kept in a few growing arrays (their characters end to end, an
 * open-addressing table) instead of a {@code HashSet<String>}'s node, string and byte array per id.
 * A window loading a big bin holds this set while rows stream in, and each young collection then
 * copies whatever is young: three objects per id made its pauses, which stop the UI thread, about a
 * third longer (measured with the stall benchmark). Not thread-safe; the scan's collector
 * serializes its calls.
 */
final class SeenIds {
  private char[] chars = new char[4096];
  private int charsUsed;

  /** Where each id starts in {@link #chars}; id {@code i} ends where {@code i + 1} starts. */
  private int[] starts = new int[257];

  private int[] hashes = new int[256];
  private int size;

  /** Id number + 1 in each slot, 0 for a free slot; at most half full. */
  private int[] slots = new int[512];

  private boolean sawNull;

  /** Adds {@code id}; false when it was seen before (null counts as one id, as in a HashSet). */
  boolean add(String id) {
    if (id == null) {
      boolean first = !sawNull;
      sawNull = true;
      return first;
    }
    int hash = id.hashCode();
    int mask = slots.length - 1;
    int slot = spread(hash) & mask;
    while (slots[slot] != 0) {
      int known = slots[slot] - 1;
      if (hashes[known] == hash && sameChars(known, id)) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    append(id, hash);
    slots[slot] = size;
    if (size * 2 > slots.length) {
      rehash(slots.length * 2);
    }
    return true;
  }

  int size() {
    return size + (sawNull ? 1 : 0);
  }

  private boolean sameChars(int known, String id) {
    int from = starts[known];
    int length = starts[known + 1] - from;
    if (length != id.length()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (chars[from + i] != id.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void append(String id, int hash) {
    if (charsUsed + id.length() > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charsUsed + id.length()));
    }
    id.getChars(0, id.length(), chars, charsUsed);
    charsUsed += id.length();
    if (size + 1 >= hashes.length) {
      hashes = Arrays.copyOf(hashes, hashes.length * 2);
      starts = Arrays.copyOf(starts, hashes.length + 1);
    }
    starts[size] = charsUsed - id.length();
    hashes[size] = hash;
    size++;
    starts[size] = charsUsed;
  }

  private void rehash(int capacity) {
    int[] next = new int[capacity];
    int mask = capacity - 1;
    for (int id = 0; id < size; id++) {
      int slot = spread(hashes[id]) & mask;
      while (next[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      next[slot] = id + 1;
    }
    slots = next;
  }

  /** Spreads a string hash over the table's low bits (ids often differ only at their end). */
  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
