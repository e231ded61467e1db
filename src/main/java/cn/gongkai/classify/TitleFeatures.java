package cn.gongkai.classify;

import java.text.Normalizer;
import java.util.ArrayList;
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
    String text = fold(title);
    List<String> features = new ArrayList<>(2 * text.length());
    for (int i = 0; i < text.length(); i++) {
      features.add(text.substring(i, i + 1));
      if (i + 1 < text.length()) {
        features.add(text.substring(i, i + 2));
      }
    }
    return features;
  }

  private static String fold(String title) {
    String normal = Normalizer.normalize(title, Normalizer.Form.NFKC);
    StringBuilder folded = new StringBuilder(normal.length());
    for (int i = 0; i < normal.length(); i++) {
      char c = normal.charAt(i);
      if (Character.isDigit(c)) {
        if (folded.length() == 0 || folded.charAt(folded.length() - 1) != '0') {
          folded.append('0');
        }
      } else if (Character.isLetter(c)) {
        folded.append(Character.toLowerCase(c));
      }
    }
    return folded.toString();
  }
}
