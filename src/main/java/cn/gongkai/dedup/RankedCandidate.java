package cn.gongkai.dedup;

/**
 * A candidate with its title's bigrams as ascending ranks in one {@link BigramOrder}: the first
 * {@code prefixLength} ranks are its prefix, and overlaps are counted by merging two sorted arrays.
 * Internal to one run of the finder; a class rather than a record because the array is shared, not
 * copied, and equality by identity is what the finder wants.
 */
final class RankedCandidate {

  private final NearDuplicateCandidate candidate;
  private final int[] ranks;
  private final long epochDay;
  /** The number of the last probe of its {@link PrefixIndex} that met it (each candidate is in one index). */
  int metBy;

  RankedCandidate(NearDuplicateCandidate candidate, int[] ranks) {
    this.candidate = candidate;
    this.ranks = ranks;
    this.epochDay = candidate.publishedDate().toEpochDay();
  }

  NearDuplicateCandidate candidate() {
    return candidate;
  }

  long epochDay() {
    return epochDay;
  }

  int size() {
    return ranks.length;
  }

  /** The rank at {@code position}, 0 being the rarest bigram of the title. */
  int rank(int position) {
    return ranks[position];
  }

  /** The number of bigrams shared with {@code other}, both arrays being sorted. */
  int overlap(RankedCandidate other) {
    int shared = 0;
    int i = 0;
    int j = 0;
    while (i < ranks.length && j < other.ranks.length) {
      int difference = Integer.compare(ranks[i], other.ranks[j]);
      if (difference == 0) {
        shared++;
      }
      i += difference <= 0 ? 1 : 0;
      j += difference >= 0 ? 1 : 0;
    }
    return shared;
  }
}
