package cn.gongkai.normalize;

import cn.gongkai.publication.Nfkc;
import java.util.Locale;
import java.util.Set;

/**
 * How the normalizer reads the text of one cell. Exports come from Word, Excel and web forms, so a
 * value may be padded with 全角空格, non-breaking spaces or a stray BOM, and may use full-width
 * digits and letters; all of these must read the same as their plain forms.
 */
final class RawText {

  /**
   * What clerks write in a cell to say "there is none". Read as absent for identifiers and dates: a
   * docNo of 无 on every row would otherwise merge unrelated publications on the key publisher +
   * docNo. Compared after {@link #fold} and latin lower-casing.
   */
  private static final Set<String> PLACEHOLDERS =
      Set.of("无", "暂无", "空", "/", "-", "--", "—", "——", "null", "none", "n/a");

  private RawText() {}

  /** {@code raw} without surrounding space of any kind; {@code null} when null or all space. */
  static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    int start = 0;
    int end = raw.length();
    while (start < end && isSpace(raw.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(raw.charAt(end - 1))) {
      end--;
    }
    return start == end ? null : raw.substring(start, end);
  }

  /** {@code raw} NFKC-normalized (full-width forms become plain ones), then {@link #clean}ed. */
  static String fold(String raw) {
    return raw == null ? null : clean(Nfkc.normalize(raw));
  }

  /** {@code raw} {@link #fold}ed, or {@code null} when absent or a placeholder such as 无 or /. */
  static String foldedValue(String raw) {
    String folded = fold(raw);
    return folded == null || PLACEHOLDERS.contains(folded.toLowerCase(Locale.ROOT)) ? null : folded;
  }

  /** {@code text} with every space character removed, wherever it is; {@code text} itself when it has none. */
  static String withoutSpaces(String text) {
    int length = text.length();
    int i = 0;
    while (i < length && !isSpace(text.charAt(i))) {
      i++;
    }
    if (i == length) {
      return text;
    }
    StringBuilder kept = new StringBuilder(length).append(text, 0, i);
    for (i++; i < length; i++) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        kept.append(c);
      }
    }
    return kept.toString();
  }

  /** Java's whitespace, Unicode space separators (NBSP, 全角空格), the BOM and zero-width space. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
  }
}
