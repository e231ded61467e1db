package cn.gongkai.application;

import java.text.Normalizer;
import java.util.Locale;

/** How a register's free text is compared with a vocabulary: NFKC, no spaces or punctuation, ASCII in lower case. */
final class VocabularyText {

  private VocabularyText() {}

  static String normalize(String text) {
    if (text == null) {
      return "";
    }
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return nfkc.replaceAll("[\\s\\p{Punct}\\p{IsPunctuation}、，。；：！？“”‘’（）《》【】]", "");
  }
}
