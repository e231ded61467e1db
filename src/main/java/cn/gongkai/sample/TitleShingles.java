package cn.gongkai.sample;

import cn.gongkai.dedup.TitleSimilarity;
import java.util.Arrays;

/**
 * The character bigrams of a title exactly as {@link TitleSimilarity} takes them (over code points
 * of the normalized title; a one-character title is its character; an empty one has none), packed
 * as sorted numbers: the generator compares every new title with its neighbours', and sets of
 * strings would cost it more time than writing the files.
 */
final class TitleShingles {

  /** A code for a lone character that no pair of code points (each below 2^21) can have. */
  private static final long ALONE = (1L << 21) - 1;

  private final long[] codes;

  private TitleShingles(long[] codes) {
    this.codes = codes;
  }

  /** The bigrams of a title already normalized by {@code PublicationKeys.normalizedTitle}. */
  static TitleShingles ofNormalized(String normalized) {
    int[] points = normalized.codePoints().toArray();
    if (points.length == 1) {
      return new TitleShingles(new long[] {((long) points[0] << 21) | ALONE});
    }
    long[] codes = new long[Math.max(0, points.length - 1)];
    for (int i = 1; i < points.length; i++) {
      codes[i - 1] = ((long) points[i - 1] << 21) | points[i];
    }
    Arrays.sort(codes);
    int distinct = 0;
    for (int i = 0; i < codes.length; i++) {
      if (i == 0 || codes[i] != codes[i - 1]) {
        codes[distinct++] = codes[i];
      }
    }
    return new TitleShingles(Arrays.copyOf(codes, distinct));
  }

  /** The number of distinct bigrams. */
  int size() {
    return codes.length;
  }

  /**
   * Whether the two titles are at least {@code threshold} alike. Sets whose sizes differ by more
   * than the threshold allows cannot be (the index is at most the ratio of the sizes), so most
   * pairs are settled without comparing a bigram.
   */
  boolean reaches(TitleShingles other, double threshold) {
    int smaller = Math.min(codes.length, other.codes.length);
    int larger = Math.max(codes.length, other.codes.length);
    return larger > 0 && (double) smaller / larger >= threshold && jaccard(other) >= threshold;
  }

  /** The Jaccard index, computed as {@link TitleSimilarity#jaccard(String, String)} computes it. */
  double jaccard(TitleShingles other) {
    int overlap = 0;
    for (int i = 0, j = 0; i < codes.length && j < other.codes.length; ) {
      if (codes[i] == other.codes[j]) {
        overlap++;
        i++;
        j++;
      } else if (codes[i] < other.codes[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = codes.length + other.codes.length - overlap;
    return union == 0 ? 0 : (double) overlap / union;
  }
}
