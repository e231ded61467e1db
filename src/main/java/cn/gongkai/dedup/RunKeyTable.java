package cn.gongkai.dedup;

import cn.gongkai.support.StableId;
import java.util.Arrays;

/**
 * The distinct deduplication keys of one run, each held as the 128 bits its {@link StableId} spells
 * (the first half of its SHA-256), with the first row that has it. Open addressing over primitive
 * arrays: 20 bytes a slot, at most 3 of 4 slots full, so 27 to 53 bytes a key, where the keys as
 * strings would take several times that (a million rows have some 2.7 million keys).
 */
final class RunKeyTable {

  private static final int EMPTY = -1;
  private static final double MAX_LOAD = 0.75;

  private long[] high;
  private long[] low;
  private int[] rows;
  private int size;

  RunKeyTable() {
    allocate(1 << 12);
  }

  /**
   * Records {@code row} as the first row with the key {@code (high, low)} unless an earlier row has
   * it.
   *
   * @return the earlier row, or -1 when the key is new
   */
  int putIfAbsent(long keyHigh, long keyLow, int row) {
    if (size + 1 > rows.length * MAX_LOAD) {
      grow();
    }
    int slot = find(keyHigh, keyLow);
    if (rows[slot] != EMPTY) {
      return rows[slot];
    }
    high[slot] = keyHigh;
    low[slot] = keyLow;
    rows[slot] = row;
    size++;
    return EMPTY;
  }

  /** The first row with the key, or -1 when no row has it. */
  int get(long keyHigh, long keyLow) {
    return rows[find(keyHigh, keyLow)];
  }

  int size() {
    return size;
  }

  /** Calls {@code visitor} once per key, in no particular order. */
  void forEach(KeyVisitor visitor) {
    for (int slot = 0; slot < rows.length; slot++) {
      if (rows[slot] != EMPTY) {
        visitor.visit(high[slot], low[slot], rows[slot]);
      }
    }
  }

  /** A key and its first row. */
  @FunctionalInterface
  interface KeyVisitor {
    void visit(long keyHigh, long keyLow, int row);
  }

  /** The slot holding the key, or the empty slot where it goes (linear probing; SHA-256 bits need no mixing). */
  private int find(long keyHigh, long keyLow) {
    int mask = rows.length - 1;
    int slot = (int) keyLow & mask;
    while (rows[slot] != EMPTY && (high[slot] != keyHigh || low[slot] != keyLow)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldHigh = high;
    long[] oldLow = low;
    int[] oldRows = rows;
    allocate(oldRows.length * 2);
    for (int slot = 0; slot < oldRows.length; slot++) {
      if (oldRows[slot] != EMPTY) {
        int to = find(oldHigh[slot], oldLow[slot]);
        high[to] = oldHigh[slot];
        low[to] = oldLow[slot];
        rows[to] = oldRows[slot];
      }
    }
  }

  private void allocate(int slots) {
    high = new long[slots];
    low = new long[slots];
    rows = new int[slots];
    Arrays.fill(rows, EMPTY);
  }
}
