package cn.gongkai.support;

/**
 * The beginning of a text, cut between characters, never inside one: a rare character (生僻字 of
 * the CJK extensions, common in names and place names) is two UTF-16 units, and half of it is a lone
 * surrogate that JSON generators and XLSX writers refuse.
 */
public final class TextPrefix {

  private TextPrefix() {}

  /**
   * At most {@code maxUnits} UTF-16 units of {@code text}, one fewer when the cut would split a
   * surrogate pair; {@code text} itself when it is short enough.
   */
  public static String of(String text, int maxUnits) {
    if (text.length() <= maxUnits) {
      return text;
    }
    int end = maxUnits;
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end))) {
      end--;
    }
    return text.substring(0, end);
  }
}
