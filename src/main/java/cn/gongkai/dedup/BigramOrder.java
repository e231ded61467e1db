package cn.gongkai.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A global order of the bigrams of a batch of titles, rarest first (ties by the bigram's text, so the
 * order is the same on every run). Prefix filtering is exact under any fixed order; rarest first keeps
 * prefixes made of rare bigrams, so that 关于 and 通知, in nearly every title, index few titles.
 */
final class BigramOrder {

  private final Map<String, Integer> ranks;

  private BigramOrder(Map<String, Integer> ranks) {
    this.ranks = ranks;
  }

  /** The order of every bigram of {@code titles}, by how many of them hold it. */
  static BigramOrder of(Collection<TitleBigrams> titles) {
    Map<String, Integer> frequencies = new HashMap<>();
    for (TitleBigrams title : titles) {
      title.bigrams().forEach(bigram -> frequencies.merge(bigram, 1, Integer::sum));
    }
    List<String> ordered = new ArrayList<>(frequencies.keySet());
    ordered.sort(Comparator.comparing((String bigram) -> frequencies.get(bigram))
        .thenComparing(Comparator.naturalOrder()));
    Map<String, Integer> ranks = new HashMap<>(ordered.size() * 2);
    for (int rank = 0; rank < ordered.size(); rank++) {
      ranks.put(ordered.get(rank), rank);
    }
    return new BigramOrder(ranks);
  }

  /**
   * The ranks of a title's bigrams, ascending: rarest first.
   *
   * @throws IllegalArgumentException if the title has a bigram this order was not built from
   */
  int[] ranked(TitleBigrams title) {
    int[] ranked = new int[title.size()];
    int i = 0;
    for (String bigram : title.bigrams()) {
      Integer rank = ranks.get(bigram);
      if (rank == null) {
        throw new IllegalArgumentException("bigram outside this order: " + bigram);
      }
      ranked[i++] = rank;
    }
    Arrays.sort(ranked);
    return ranked;
  }
}
