package cn.gongkai.dedup;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two titles are (SPEC section 5, fuzzy near-duplicates): the Jaccard index of the sets of
 * character bigrams of their {@linkplain PublicationKeys#normalizedTitle normalized} forms, so that
 * punctuation, spacing and full-width forms do not count, and one changed character in a twenty
 * character title costs only two of about twenty bigrams.
 *
 * <p>Bigrams are taken over code points, not UTF-16 units, so a rare character outside the Basic
 * Multilingual Plane is one character. A normalized title of one character has that character as its
 * only bigram; an empty one has none, and is similar to nothing, not even another empty title.
 */
public final class TitleSimilarity {

  private TitleSimilarity() {}

  /**
   * The Jaccard index of the bigram sets of two titles, from 0 (nothing shared, or either title
   * empty after normalization) to 1 (the same bigrams).
   *
   * @throws NullPointerException if either title is {@code null}
   */
  public static double jaccard(String a, String b) {
    return jaccard(bigrams(a), bigrams(b));
  }

  /** The Jaccard index of two precomputed bigram sets; 0 when either is empty. */
  public static double jaccard(TitleBigrams a, TitleBigrams b) {
    return jaccard(a.overlap(b), a.size(), b.size());
  }

  /** The bigram set of {@code title}, after normalization. */
  public static TitleBigrams bigrams(String title) {
    int[] chars = PublicationKeys.normalizedTitle(title).codePoints().toArray();
    Set<String> bigrams = new HashSet<>();
    if (chars.length == 1) {
      bigrams.add(Character.toString(chars[0]));
    }
    for (int i = 1; i < chars.length; i++) {
      bigrams.add(Character.toString(chars[i - 1]) + Character.toString(chars[i]));
    }
    return new TitleBigrams(bigrams);
  }

  /**
   * The Jaccard index from the overlap and the two set sizes. Every similarity in this package is
   * computed here, so the finder's filters and the reported values agree to the last bit.
   */
  static double jaccard(int overlap, int sizeA, int sizeB) {
    int union = sizeA + sizeB - overlap;
    return union == 0 ? 0 : (double) overlap / union;
  }
}
