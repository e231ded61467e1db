package cn.gongkai.normalize;

/**
 * Why a row was not loaded. Closed: every rejection names one of these, so rejects can be counted and
 * filtered by reason. The descriptions are written for the clerk who has to correct the export.
 */
public enum RejectionReason {
  MISSING_TITLE("标题为空"),
  MISSING_PUBLISHED_DATE("发布日期为空"),
  UNPARSEABLE_DATE("日期格式无法识别"),
  IMPOSSIBLE_DATE("日期不存在"),
  /** A date that exists, in a year no export can be true of (1019 for 2019): see {@link DateRange}. */
  DATE_OUT_OF_RANGE("日期超出可能的范围"),
  UNKNOWN_DISCLOSURE("公开方式无法识别"),
  UNKNOWN_VALIDITY("有效性无法识别"),
  WRONG_COLUMN_COUNT("列数与表头不符"),
  UNDECODABLE_BYTES("含有无法识别的字节"),
  MALFORMED_CSV("不是有效的CSV行"),
  /** Elasticsearch refused the publication the row is in, for its content (a mapping conflict, an immense term). */
  INDEX_REFUSED("Elasticsearch 拒收");

  private final String description;

  RejectionReason(String description) {
    this.description = description;
  }

  /** A short Chinese description, used as the heading of the reason in rejects files. */
  public String description() {
    return description;
  }
}
