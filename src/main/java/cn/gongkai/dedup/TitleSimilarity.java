package cn.gongkai.dedup;

import java.util.Arrays;
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

  private static final long[] NO_CODES = new long[0];

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
   * The same bigrams as {@link #bigrams}, as the near-duplicate finder counts them: each bigram a
   * code (its first code point shifted 21 bits, or'ed with its second; a lone character is its code
   * point shifted, as no title holds U+0000), sorted and distinct.
   */
  static long[] bigramCodes(String title) {
    String normal = PublicationKeys.normalizedTitle(title);
    if (normal.isEmpty()) {
      return NO_CODES;
    }
    int first = normal.codePointAt(0);
    int at = Character.charCount(first);
    if (at == normal.length()) {
      return new long[] {(long) first << 21};
    }
    long[] codes = new long[normal.length() - 1];
    int count = 0;
    for (int previous = first; at < normal.length(); ) {
      int next = normal.codePointAt(at);
      codes[count++] = ((long) previous << 21) | next;
      previous = next;
      at += Character.charCount(next);
    }
    Arrays.sort(codes, 0, count);
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (distinct == 0 || codes[i] != codes[distinct - 1]) {
        codes[distinct++] = codes[i];
      }
    }
    return Arrays.copyOf(codes, distinct);
  }

  /** The text of a bigram code, for messages. */
  static String bigramText(long code) {
    int second = (int) (code & 0x1FFFFF);
    String first = Character.toString((int) (code >>> 21));
    return second == 0 ? first : first + Character.toString(second);
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
