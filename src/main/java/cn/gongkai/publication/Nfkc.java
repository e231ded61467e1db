package cn.gongkai.publication;

import java.text.Normalizer;

/**
 * NFKC, as every stage compares text in it, without its price for the text exports mostly hold.
 * {@link Normalizer} costs about a microsecond for a title even when it changes nothing, and a row
 * is compared in NFKC a dozen times; so text made only of characters NFKC provably leaves alone
 * (ASCII, CJK Unified Ideographs, CJK and general punctuation that has no decomposition) is
 * returned as it is, and text that also holds full-width ASCII forms (ＡＢＣ１２３，（）) or the
 * ideographic space only has those mapped to their plain forms, one char to one char. Anything
 * else goes to {@link Normalizer}. {@code NfkcTest} checks every char of both sets against it.
 */
public final class Nfkc {

  private Nfkc() {}

  /** {@code text} in NFKC; the same instance when it already is in the forms above. */
  public static String normalize(String text) {
    int length = text.length();
    int i = 0;
    while (i < length && isStable(text.charAt(i))) {
      i++;
    }
    if (i == length) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (; i < length; i++) {
      char c = chars[i];
      if (isFullWidthAscii(c)) {
        chars[i] = (char) (c - 0xFEE0);
      } else if (c == '\u3000') {
        chars[i] = ' ';
      } else if (!isStable(c)) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
      }
    }
    return new String(chars);
  }

  /**
   * Whether NFKC leaves {@code c} as it is, alone and next to any other such char: none of these has
   * a decomposition, a combining class or a part in a composition.
   */
  static boolean isStable(char c) {
    if (c < 0x80) {
      return true;
    }
    if (c >= 0x4E00) {
      return c <= 0x9FFF; // CJK Unified Ideographs (the compatibility ones, U+F900-U+FAFF, are mapped)
    }
    return c >= '\u3001' && c <= '\u301F' // 、。〃々〆〇〈〉《》「」『』【】〒〓〔〕〖〗〘〙〚〛〜〝〞〟
        || c == '\u2013' || c == '\u2014' || c == '\u2018' || c == '\u2019' || c == '\u201C' || c == '\u201D'
        || c == '\u00B7';
  }

  /** ！ to ～ (U+FF01-U+FF5E), which NFKC maps to ASCII 0x21-0x7E, char for char. */
  static boolean isFullWidthAscii(char c) {
    return c >= '\uFF01' && c <= '\uFF5E';
  }
}
