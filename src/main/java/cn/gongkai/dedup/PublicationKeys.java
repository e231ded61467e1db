package cn.gongkai.dedup;

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

  /** Whitespace, and every punctuation or symbol: 《》“”、，。： and their ASCII cousins after NFKC. */
  private static final Pattern NOT_TITLE_TEXT = Pattern.compile("[\\s\\p{P}\\p{S}]+");

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
    String folded = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return NOT_TITLE_TEXT.matcher(folded).replaceAll("");
  }
}
