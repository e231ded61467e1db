package cn.gongkai.load;

import java.util.ArrayList;
import java.util.List;

/**
 * The arrays bulk bodies are written into, used again once their answer is checked, instead of
 * one new array per body.
 *
 * <p>A body of a few megabytes is a humongous object for G1 (at least half a region: 512 KiB in a
 * 512 MiB heap), and each humongous allocation lets G1 start a concurrent marking cycle of the whole
 * heap. A million-row ingest allocated hundreds of them, and its collector marked the heap 58
 * times, 53 of them started by a humongous allocation (9.5 s of CPU on the two cores the node
 * shares); with the arrays kept, 40 times and 15 (7.2 s), issue 19. A few arrays cover every body:
 * the ones on their way, the one being filled, and the one the next body starts in. The connection
 * keeps them while it is open: at most four arrays of a body's ceiling (about 9 MiB) each, no more
 * than a load holds anyway while it writes.
 */
final class BulkBuffers {

  /** Two bodies on their way, the one being filled, and the next one's. */
  static final int KEPT = 4;
  /** Arrays below this are not worth keeping: young-generation arrays, cheap to allocate anew. */
  static final int SMALLEST_KEPT = 64 * 1024;

  private final List<byte[]> free = new ArrayList<>(KEPT);

  /** An array of at least {@code capacity} bytes: the smallest kept one that holds it, or a new one. */
  synchronized byte[] take(int capacity) {
    int best = -1;
    for (int i = 0; i < free.size(); i++) {
      int length = free.get(i).length;
      if (length >= capacity && (best < 0 || length < free.get(best).length)) {
        best = i;
      }
    }
    return best >= 0 ? free.remove(best) : new byte[capacity];
  }

  /**
   * Keeps {@code array} for a later body; nothing may read or write it any more. When {@link #KEPT}
   * are kept already, the smallest of them all is let go.
   */
  synchronized void giveBack(byte[] array) {
    if (array.length < SMALLEST_KEPT) {
      return;
    }
    for (byte[] kept : free) {
      if (kept == array) {
        throw new IllegalStateException("a bulk body's array was given back twice");
      }
    }
    free.add(array);
    if (free.size() > KEPT) {
      int smallest = 0;
      for (int i = 1; i < free.size(); i++) {
        if (free.get(i).length < free.get(smallest).length) {
          smallest = i;
        }
      }
      free.remove(smallest);
    }
  }

  /** How many arrays are kept now. */
  synchronized int kept() {
    return free.size();
  }
}
