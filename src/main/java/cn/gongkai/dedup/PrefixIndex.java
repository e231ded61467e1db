package cn.gongkai.dedup;

import com.carrotsearch.hppc.IntObjectHashMap;
import com.carrotsearch.hppc.cursors.ObjectCursor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The titles of one publisher, indexed by their prefix bigrams (the prefix filter of AllPairs and
 * PPJoin), so a probe meets only the titles that could reach the threshold with it.
 *
 * <p>Why no true pair is missed: let x and y reach the threshold, and o be their overlap. Then
 * {@code o >= minOverlap(|x|)} ({@link JaccardThreshold#minOverlap}). Let c be the first shared bigram
 * in the global order. All o shared bigrams sit at or after c in x, so c is at most at position
 * {@code |x| - o + 1 <= |x| - minOverlap(|x|) + 1 = prefixLength(|x|)}: c is in x's prefix, and by
 * the same argument in y's. Looking a probe up through each of its prefix bigrams therefore finds
 * every title that shares one in its own prefix, which every true partner does.
 *
 * <p>Each posting list is sorted by publication date, so the date window is a range, not a filter.
 * Memory: one entry per prefix bigram of each indexed title.
 */
final class PrefixIndex {

  private static final Comparator<RankedCandidate> BY_DATE =
      Comparator.comparingLong(RankedCandidate::epochDay);

  private final JaccardThreshold threshold;
  /** The titles of each prefix bigram, by its rank: primitive keys, no boxed rank per lookup. */
  private final IntObjectHashMap<List<RankedCandidate>> postings = new IntObjectHashMap<>();
  /** How many probes have looked this index up: the mark of the current one on the titles it met. */
  private int probes;

  /** Indexes {@code titles}, which must all be non-empty and ranked in one {@link BigramOrder}. */
  PrefixIndex(JaccardThreshold threshold, Collection<RankedCandidate> titles) {
    this.threshold = threshold;
    for (RankedCandidate title : titles) {
      for (int position = 0; position < threshold.prefixLength(title.size()); position++) {
        int rank = title.rank(position);
        List<RankedCandidate> list = postings.get(rank);
        if (list == null) {
          list = new ArrayList<>();
          postings.put(rank, list);
        }
        list.add(title);
      }
    }
    for (ObjectCursor<List<RankedCandidate>> list : postings.values()) {
      list.value.sort(BY_DATE);
    }
  }

  /**
   * Gives {@code action} each indexed title, once, that shares a prefix bigram with {@code probe} and
   * is dated at most {@code maxDays} from it: a superset of the probe's true partners (the probe
   * itself included, if indexed), still to be verified. Titles met are marked with the probe's
   * number instead of gathered in a set: a million probes would make a million sets.
   */
  void forEachCandidate(RankedCandidate probe, int maxDays, Consumer<RankedCandidate> action) {
    int mark = ++probes;
    for (int position = 0; position < threshold.prefixLength(probe.size()); position++) {
      List<RankedCandidate> list = postings.getOrDefault(probe.rank(position), List.of());
      for (int i = firstDatedFrom(list, probe.epochDay() - maxDays); i < list.size(); i++) {
        RankedCandidate other = list.get(i);
        if (other.epochDay() > probe.epochDay() + maxDays) {
          break;
        }
        if (other.metBy != mark) {
          other.metBy = mark;
          action.accept(other);
        }
      }
    }
  }

  /** The index of the first title of {@code list} dated on or after {@code epochDay}. */
  private static int firstDatedFrom(List<RankedCandidate> list, long epochDay) {
    int low = 0;
    int high = list.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (list.get(middle).epochDay() < epochDay) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
