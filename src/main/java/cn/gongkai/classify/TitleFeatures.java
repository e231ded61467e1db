package cn.gongkai.classify;

import cn.gongkai.publication.Nfkc;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The words the statistical model sees in a title: its characters and character bigrams, after NFKC,
 * with punctuation and spaces dropped and every run of digits folded to one 0 (the year or number
 * of a document says nothing of its category). Chinese has no spaces between words; bigrams
 * approximate them without a dictionary.
 */
final class TitleFeatures {

  private TitleFeatures() {}

  static List<String> of(String title) {
    int[] text = fold(title);
    List<String> features = new ArrayList<>(2 * text.length);
    for (int i = 0; i < text.length; i++) {
      features.add(new String(text, i, 1));
      if (i + 1 < text.length) {
        features.add(new String(text, i, 2));
      }
    }
    return features;
  }

  /** Whether {@code feature} is a bigram (two characters, however many chars they take). */
  static boolean isBigram(String feature) {
    return feature.codePointCount(0, feature.length()) == 2;
  }

  /** The title's characters as code points, so one outside the basic plane (CJK Extension B) is one character. */
  private static int[] fold(String title) {
    String normal = Nfkc.normalize(title);
    int[] folded = new int[normal.length()];
    int length = 0;
    for (int c : normal.codePoints().toArray()) {
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
