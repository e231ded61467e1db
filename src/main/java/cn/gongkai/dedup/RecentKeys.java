package cn.gongkai.dedup;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The keys a run has written so far, each to its publication's id: what deduplication must know
 * before Elasticsearch's searches can see it (they see only what was refreshed, and the load does
 * not refresh). Both are {@link cn.gongkai.support.StableId}s, 128 bits, held as two longs each in
 * open addressing, so a million-row run's few million keys take tens of megabytes, not the
 * hundreds that a map of strings would.
 *
 * <p>Not thread-safe: one load step owns it.
 */
public final class RecentKeys {

  private static final HexFormat HEX = HexFormat.of();
  private static final int FIRST_CAPACITY = 1 << 12;
  private static final double MAX_LOAD = 0.7;

  private long[] keyHigh = new long[FIRST_CAPACITY];
  private long[] keyLow = new long[FIRST_CAPACITY];
  /** 1 + the index of the key's publication in {@link #publications}; 0 marks an empty slot. */
  private int[] slotPublication = new int[FIRST_CAPACITY];
  /** Publication ids in pairs (high, low), appended as keys name them; a rewritten one is appended again. */
  private long[] publications = new long[2 * FIRST_CAPACITY];
  private int publicationCount;
  private int size;

  /** Remembers that {@code keyId} now belongs to the publication {@code publicationId}. */
  public void put(String keyId, String publicationId) {
    int publication = publicationIndex(publicationId);
    if (size + 1 > MAX_LOAD * keyHigh.length) {
      grow();
    }
    long high = high(keyId);
    long low = low(keyId);
    int slot = find(high, low);
    if (slotPublication[slot] == 0) {
      keyHigh[slot] = high;
      keyLow[slot] = low;
      size++;
    }
    slotPublication[slot] = publication + 1;
  }

  /** The id of the publication {@code keyId} belongs to, or {@code null} when this run wrote no such key. */
  public String get(String keyId) {
    int slot = find(high(keyId), low(keyId));
    int publication = slotPublication[slot] - 1;
    return publication < 0 ? null
        : HEX.toHexDigits(publications[2 * publication]) + HEX.toHexDigits(publications[2 * publication + 1]);
  }

  /** How many keys are remembered. */
  public int size() {
    return size;
  }

  /** Consecutive keys of one publication share its entry, the common case of a chunk's writes. */
  private int publicationIndex(String publicationId) {
    long high = high(publicationId);
    long low = low(publicationId);
    int last = publicationCount - 1;
    if (last >= 0 && publications[2 * last] == high && publications[2 * last + 1] == low) {
      return last;
    }
    if (2 * publicationCount + 2 > publications.length) {
      publications = Arrays.copyOf(publications, 2 * publications.length);
    }
    publications[2 * publicationCount] = high;
    publications[2 * publicationCount + 1] = low;
    return publicationCount++;
  }

  /** The slot holding the key, or the empty slot where it belongs (linear probing). */
  private int find(long high, long low) {
    int mask = keyHigh.length - 1;
    int slot = (int) (low ^ (low >>> 32)) & mask; // the bits of a SHA-256: already uniform
    while (slotPublication[slot] != 0 && (keyHigh[slot] != high || keyLow[slot] != low)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldHigh = keyHigh;
    long[] oldLow = keyLow;
    int[] oldPublication = slotPublication;
    keyHigh = new long[2 * oldHigh.length];
    keyLow = new long[2 * oldHigh.length];
    slotPublication = new int[2 * oldHigh.length];
    for (int i = 0; i < oldHigh.length; i++) {
      if (oldPublication[i] != 0) {
        int slot = find(oldHigh[i], oldLow[i]);
        keyHigh[slot] = oldHigh[i];
        keyLow[slot] = oldLow[i];
        slotPublication[slot] = oldPublication[i];
      }
    }
  }

  private static long high(String id) {
    requireId(id);
    return Long.parseUnsignedLong(id, 0, 16, 16);
  }

  private static long low(String id) {
    return Long.parseUnsignedLong(id, 16, 32, 16);
  }

  private static void requireId(String id) {
    if (id.length() != 32) {
      throw new IllegalArgumentException("not a 128-bit stable id: " + id);
    }
  }
}
