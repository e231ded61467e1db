package cn.gongkai.classify;

import cn.gongkai.publication.PublicationRecord;
import java.util.Objects;

/**
 * What classification looks at in a publication: its title, 文号 and 体裁 (what rules match on) and
 * the category its export declared, as written.
 *
 * @param docNo the normalized 文号, or {@code null}
 * @param docType the 体裁 label (规章, 行政规范性文件, 其他), or {@code null}
 * @param declaredCategory the declared category as written, or {@code null} when none was declared
 */
public record PublicationText(String title, String docNo, String docType, String declaredCategory) {

  public PublicationText {
    Objects.requireNonNull(title, "title");
  }

  public static PublicationText of(PublicationRecord record) {
    return new PublicationText(record.title(), record.docNo(),
        record.docType() == null ? null : record.docType().label(), record.declaredCategory());
  }

  /** The same text with its declared category hidden, as classify-eval sees a labelled title. */
  public PublicationText undeclared() {
    return new PublicationText(title, docNo, docType, null);
  }
}
