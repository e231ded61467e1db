package cn.gongkai.privacy;

/**
 * Text as {@link PersonalData} reads numbers in it: every decimal digit in ASCII (full-width
 * １３８ typed by a Chinese input method is 138), full-width letters and signs in ASCII (Ｘ, ＋), and
 * every separator people type between groups of digits read as one of two: a space (ASCII, the
 * ideographic space U+3000, no-break and other fixed-width spaces) or a hyphen (-, －, —, –, ‐, ‑,
 * ‒, −, and the middle dots ·, ・, ･). Each character stays one character, so a match in the folded
 * text is at the same place in the text as written.
 */
final class NumberText {

  private NumberText() {}

  /** {@code text} folded, of the same length; characters outside the BMP are left as they are. */
  static String fold(String text) {
    char[] folded = text.toCharArray();
    for (int i = 0; i < folded.length; i++) {
      folded[i] = fold(folded[i]);
    }
    return new String(folded);
  }

  /** Whether {@code c} folds to an ASCII digit. */
  static boolean isDigit(char c) {
    return c <= '9' ? c >= '0' : c > 0x7F && Character.isDigit(c);
  }

  private static char fold(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') { // full-width ASCII: ０-９, Ａ-Ｚ, ａ-ｚ, ＋, －
      c = (char) (c - 0xFEE0);
    }
    if (c > 0x7F && Character.isDigit(c)) {
      return (char) ('0' + Character.digit(c, 10));
    }
    return switch (c) {
      case '\u3000', '\u00A0', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009',
          '\u200A', '\u202F' -> ' ';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\u00B7', '\u30FB', '\uFF65' -> '-';
      default -> c;
    };
  }
}
