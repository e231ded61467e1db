package cn.gongkai.dedup;

import java.util.Arrays;
import java.util.Collection;

/**
 * A global order of the bigrams of a batch of titles, rarest first (ties by the bigram's code, so the
 * order is the same on every run). Prefix filtering is exact under any fixed order; rarest first keeps
 * prefixes made of rare bigrams, so that 关于 and 通知, in nearly every title, index few titles.
 *
 * <p>Bigrams are {@linkplain TitleSimilarity#bigramCodes codes} (two code points in a long), counted
 * and ranked by sorting primitive arrays: no string or boxed number per bigram.
 */
final class BigramOrder {

  /** Frequencies take the bits above the 42 of a code: enough for 2 million titles, saturating beyond. */
  private static final int CODE_BITS = 42;
  private static final long MAX_FREQUENCY = (1L << (63 - CODE_BITS)) - 1;

  private final long[] codes;
  private final int[] ranks;

  private BigramOrder(long[] codes, int[] ranks) {
    this.codes = codes;
    this.ranks = ranks;
  }

  /** The order of every bigram of {@code titles} (each sorted and distinct), by how many of them hold it. */
  static BigramOrder of(Collection<long[]> titles) {
    int total = 0;
    for (long[] title : titles) {
      total += title.length;
    }
    long[] all = new long[total];
    int at = 0;
    for (long[] title : titles) {
      System.arraycopy(title, 0, all, at, title.length);
      at += title.length;
    }
    Arrays.sort(all);
    long[] distinct = new long[total];
    long[] byFrequency = new long[total];
    int count = 0;
    for (int i = 0; i < total; ) {
      int j = i;
      while (j < total && all[j] == all[i]) {
        j++;
      }
      distinct[count] = all[i];
      // a title holds each of its bigrams once, so the run's length is how many titles hold it
      byFrequency[count] = (Math.min(j - i, MAX_FREQUENCY) << CODE_BITS) | count;
      count++;
      i = j;
    }
    // (frequency, code): the distinct codes are in code order, so their positions order the ties
    long[] order = Arrays.copyOf(byFrequency, count);
    Arrays.sort(order);
    int[] ranks = new int[count];
    long positionMask = (1L << CODE_BITS) - 1;
    for (int rank = 0; rank < count; rank++) {
      ranks[(int) (order[rank] & positionMask)] = rank;
    }
    return new BigramOrder(Arrays.copyOf(distinct, count), ranks);
  }

  /**
   * The ranks of a title's bigrams, ascending: rarest first.
   *
   * @throws IllegalArgumentException if the title has a bigram this order was not built from
   */
  int[] ranked(long[] title) {
    int[] ranked = new int[title.length];
    for (int i = 0; i < title.length; i++) {
      int position = Arrays.binarySearch(codes, title[i]);
      if (position < 0) {
        throw new IllegalArgumentException("bigram outside this order: " + TitleSimilarity.bigramText(title[i]));
      }
      ranked[i] = ranks[position];
    }
    Arrays.sort(ranked);
    return ranked;
  }
}
