package cn.gongkai.normalize;

import java.util.Locale;

/**
 * The identifiers deduplication keys on (SPEC section 5), written the same way whoever typed them:
 * 索引号 and 文号 arrive with full-width digits, stray spaces and every kind of bracket around the year.
 */
final class Identifiers {

  /** Brackets clerks put around a 文号's year; NFKC already turns ［］（）﹝﹞ into []()〔〕. */
  private static final String OPENING = "〔[［【(（〖﹝";

  private static final String CLOSING = "〕]］】)）〗﹞";

  private Identifiers() {}

  /** The 索引号: NFKC, trimmed, upper-case; {@code null} when absent or a placeholder such as 无. */
  static String indexNo(String raw) {
    String folded = RawText.foldedValue(raw);
    return folded == null ? null : folded.toUpperCase(Locale.ROOT);
  }

  /**
   * The publisher: NFKC, no spaces anywhere (示例市　民政局（本级） → 示例市民政局(本级)), as the key
   * publisher + 文号 and the near-duplicate grouping compare it; {@code null} when absent.
   */
  static String publisher(String raw) {
    String folded = RawText.fold(raw);
    return folded == null ? null : RawText.withoutSpaces(folded);
  }

  /**
   * The 文号: NFKC, no spaces anywhere, every bracket 〔 or 〕 (国发[2019] 3号 → 国发〔2019〕3号);
   * {@code null} when absent or a placeholder such as 无.
   */
  static String docNo(String raw) {
    String folded = RawText.foldedValue(raw);
    if (folded == null) {
      return null;
    }
    String compact = RawText.withoutSpaces(folded);
    char[] docNo = null; // most 文号 already have 〔〕 or no year at all
    for (int i = 0; i < compact.length(); i++) {
      char c = compact.charAt(i);
      char bracket = OPENING.indexOf(c) >= 0 ? '〔' : CLOSING.indexOf(c) >= 0 ? '〕' : c;
      if (bracket != c) {
        docNo = docNo == null ? compact.toCharArray() : docNo;
        docNo[i] = bracket;
      }
    }
    return docNo == null ? compact : new String(docNo);
  }
}
