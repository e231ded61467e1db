package cn.gongkai.application;

import java.text.Normalizer;
import java.util.Locale;

/** How a register's free text is compared with a vocabulary: NFKC, no spaces or punctuation, ASCII in lower case. */
final class VocabularyText {

  private VocabularyText() {}

  /** The value of a vocabulary that {@code text} names by one of its {@code names}; empty for none. */
  static <E> java.util.Optional<E> match(E[] values, String text, java.util.function.Function<E, java.util.List<String>> names) {
    String key = normalize(text);
    for (E value : values) {
      if (names.apply(value).stream().map(VocabularyText::normalize).anyMatch(key::equals)) {
        return java.util.Optional.of(value);
      }
    }
    return java.util.Optional.empty();
  }

  static String normalize(String text) {
    if (text == null) {
      return "";
    }
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return nfkc.replaceAll("[\\s\\p{Punct}\\p{IsPunctuation}、，。；：！？“”‘’（）《》【】]", "");
  }
}
