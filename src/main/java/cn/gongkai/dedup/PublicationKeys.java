package cn.gongkai.dedup;

import cn.gongkai.publication.Nfkc;
import cn.gongkai.publication.PublicationRecord;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The exact deduplication keys of SPEC section 5. Two records sharing any key are one publication.
 *
 * <ul>
 *   <li>K1: the index number (already normalized by the normalizer);
 *   <li>K2: publisher (as {@link #publisher} writes it) + doc number;
 *   <li>K3: normalized title + published date.
 * </ul>
 */
public final class PublicationKeys {

  /** Every space a clerk may type inside a name: ASCII and Unicode spaces (全角空格, NBSP), BOM, zero-width. */
  private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}\\uFEFF\\u200B]+");

  private PublicationKeys() {}

  /** The keys of {@code record}, strongest first; K3 is always present. */
  public static List<String> of(PublicationRecord record) {
    List<String> keys = new ArrayList<>(3);
    if (record.indexNo() != null) {
      keys.add("K1:" + record.indexNo());
    }
    if (record.docNo() != null) {
      keys.add("K2:" + publisher(record.publisher()) + "|" + record.docNo());
    }
    keys.add("K3:" + normalizedTitle(record.title()) + "|" + record.publishedDate());
    return keys;
  }

  /**
   * The publisher as keys and near-duplicate grouping compare it: NFKC (（本级） is (本级)), every space
   * removed (示例市 民政局 is 示例市民政局). The normalizer stores it so already; publications stored
   * before it did are folded here too.
   */
  public static String publisher(String publisher) {
    return SPACE.matcher(Normalizer.normalize(publisher, Normalizer.Form.NFKC)).replaceAll("");
  }

  /** NFKC, latin lower-cased, whitespace and punctuation removed. */
  public static String normalizedTitle(String title) {
    String folded = Nfkc.normalize(title).toLowerCase(Locale.ROOT);
    // a loop over code points, not a regex: keys and near-duplicates take this of every title, several times
    StringBuilder kept = null; // made only when something is dropped
    for (int i = 0; i < folded.length(); ) {
      int codePoint = folded.codePointAt(i);
      if (notTitleText(codePoint)) {
        if (kept == null) {
          kept = new StringBuilder(folded.length()).append(folded, 0, i);
        }
      } else if (kept != null) {
        kept.appendCodePoint(codePoint);
      }
      i += Character.charCount(codePoint);
    }
    return kept == null ? folded : kept.toString();
  }

  /** What {@code [\s\p{P}\p{S}]} matches: ASCII whitespace, and every punctuation or symbol category. */
  static boolean notTitleText(int codePoint) {
    if (codePoint == ' ' || (codePoint >= '\t' && codePoint <= '\r')) {
      return true;
    }
    return switch (Character.getType(codePoint)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL -> true;
      default -> false;
    };
  }
}
