package cn.gongkai.classify;

import cn.gongkai.publication.Nfkc;
import java.util.Arrays;

/**
 * The words the statistical model sees in a title: its characters and character bigrams, after NFKC,
 * with punctuation and spaces dropped and every run of digits folded to one 0 (the year or number
 * of a document says nothing of its category). Chinese has no spaces between words; bigrams
 * approximate them without a dictionary.
 *
 * <p>A feature is a code, not a string: its first character's code point shifted 21 bits, or'ed with
 * its second's (0 for a single character, as no folded character is U+0000). Training reads every
 * declared title, some forty features each, so no string is made per feature.
 */
final class TitleFeatures {

  private static final long[] NONE = new long[0];
  private static final int SHIFT = 21;
  private static final long SECOND = (1L << SHIFT) - 1;

  private TitleFeatures() {}

  /** The features of {@code title}: each character, then the bigram it starts, in the title's order. */
  static long[] of(String title) {
    int[] text = fold(title);
    if (text.length == 0) {
      return NONE;
    }
    long[] features = new long[2 * text.length - 1];
    int count = 0;
    for (int i = 0; i < text.length; i++) {
      features[count++] = (long) text[i] << SHIFT;
      if (i + 1 < text.length) {
        features[count++] = ((long) text[i] << SHIFT) | text[i + 1];
      }
    }
    return features;
  }

  /** Whether {@code feature} is a bigram (two characters). */
  static boolean isBigram(long feature) {
    return (feature & SECOND) != 0;
  }

  /** The feature's text: how saved counts name it. */
  static String text(long feature) {
    int second = (int) (feature & SECOND);
    String first = Character.toString((int) (feature >>> SHIFT));
    return second == 0 ? first : first + Character.toString(second);
  }

  /** The feature {@link #text} names. */
  static long feature(String text) {
    int first = text.codePointAt(0);
    int next = Character.charCount(first);
    if (next == text.length()) {
      return (long) first << SHIFT;
    }
    int second = text.codePointAt(next);
    if (next + Character.charCount(second) != text.length()) {
      throw new IllegalArgumentException("a feature is one or two characters, not " + text);
    }
    return ((long) first << SHIFT) | second;
  }

  /** The title's characters as code points, so one outside the basic plane (CJK Extension B) is one character. */
  private static int[] fold(String title) {
    String normal = Nfkc.normalize(title);
    int[] folded = new int[normal.length()];
    int length = 0;
    for (int i = 0; i < normal.length(); ) {
      int c = normal.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isDigit(c)) {
        if (length == 0 || folded[length - 1] != '0') {
          folded[length++] = '0';
        }
      } else if (Character.isLetter(c)) {
        folded[length++] = Character.toLowerCase(c);
      }
    }
    return Arrays.copyOf(folded, length);
  }
}
