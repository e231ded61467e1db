package cn.gongkai.dedup;

import java.util.Objects;
import java.util.Set;

/**
 * The character bigrams of one normalized title, as a set: computed once per title because a title is
 * compared with many others. Build it with {@link TitleSimilarity#bigrams(String)}.
 *
 * @param bigrams each element one or two code points long; empty for a title with no letters or digits
 */
public record TitleBigrams(Set<String> bigrams) {

  public TitleBigrams {
    bigrams = Set.copyOf(Objects.requireNonNull(bigrams, "bigrams"));
  }

  /** The number of distinct bigrams. */
  public int size() {
    return bigrams.size();
  }

  /** Whether the title had nothing left after normalization: such a title is similar to nothing. */
  public boolean isEmpty() {
    return bigrams.isEmpty();
  }

  /** The number of bigrams this title shares with {@code other}. */
  public int overlap(TitleBigrams other) {
    Set<String> smaller = size() <= other.size() ? bigrams : other.bigrams;
    Set<String> larger = smaller == bigrams ? other.bigrams : bigrams;
    int shared = 0;
    for (String bigram : smaller) {
      if (larger.contains(bigram)) {
        shared++;
      }
    }
    return shared;
  }
}
