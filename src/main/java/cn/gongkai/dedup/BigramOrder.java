package cn.gongkai.dedup;

import com.carrotsearch.hppc.LongIntHashMap;
import com.carrotsearch.hppc.cursors.LongIntCursor;
import java.util.Arrays;
import java.util.Collection;

/**
 * A global order of the bigrams of a batch of titles, rarest first (ties by the bigram's code, so the
 * order is the same on every run). Prefix filtering is exact under any fixed order; rarest first keeps
 * prefixes made of rare bigrams, so that 关于 and 通知, in nearly every title, index few titles.
 *
 * <p>Bigrams are {@linkplain TitleSimilarity#bigramCodes codes} (two code points in a long), counted
 * in a primitive hash table (a batch has some tens of thousands of distinct bigrams, and a million
 * titles twenty million bigrams: counting them in place beats sorting them all) and ranked by sorting
 * the distinct ones: no string or boxed number per bigram.
 */
final class BigramOrder {

  /** Frequencies take the bits above the 42 of a code: enough for 2 million titles, saturating beyond. */
  private static final int CODE_BITS = 42;
  private static final long CODE_MASK = (1L << CODE_BITS) - 1;
  private static final long MAX_FREQUENCY = (1L << (63 - CODE_BITS)) - 1;

  /** Each bigram's rank, by code. */
  private final LongIntHashMap ranks;

  private BigramOrder(LongIntHashMap ranks) {
    this.ranks = ranks;
  }

  /** The order of every bigram of {@code titles} (each sorted and distinct), by how many of them hold it. */
  static BigramOrder of(Collection<long[]> titles) {
    LongIntHashMap table = new LongIntHashMap();
    for (long[] title : titles) {
      for (long code : title) {
        table.addTo(code, 1); // a title holds each of its bigrams once: this counts the titles holding it
      }
    }
    long[] order = new long[table.size()];
    int count = 0;
    for (LongIntCursor bigram : table) {
      order[count++] = (Math.min(bigram.value, MAX_FREQUENCY) << CODE_BITS) | bigram.key;
    }
    Arrays.sort(order); // by frequency, then by code
    for (int rank = 0; rank < count; rank++) {
      table.put(order[rank] & CODE_MASK, rank);
    }
    return new BigramOrder(table);
  }

  /**
   * The ranks of a title's bigrams, ascending: rarest first.
   *
   * @throws IllegalArgumentException if the title has a bigram this order was not built from
   */
  int[] ranked(long[] title) {
    int[] ranked = new int[title.length];
    for (int i = 0; i < title.length; i++) {
      int slot = ranks.indexOf(title[i]);
      if (!ranks.indexExists(slot)) {
        throw new IllegalArgumentException("bigram outside this order: " + TitleSimilarity.bigramText(title[i]));
      }
      ranked[i] = ranks.indexGet(slot);
    }
    Arrays.sort(ranked);
    return ranked;
  }
}
