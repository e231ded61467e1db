package cn.gongkai.classify;

/**
 * The fields of a {@link PublicationText} that rules match on, each in NFKC ({@link
 * TextCondition#normal}) once for all the rules tried; {@code null} for a missing field.
 */
record NormalText(String title, String docNo, String docType) {

  static NormalText of(PublicationText text) {
    return new NormalText(normal(text.title()), normal(text.docNo()), normal(text.docType()));
  }

  private static String normal(String text) {
    return text == null ? null : TextCondition.normal(text);
  }
}
