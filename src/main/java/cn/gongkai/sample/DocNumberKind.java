package cn.gongkai.sample;

/** The series a document number (文号) belongs to, with the character that names it. */
enum DocNumberKind {
  /** A government rule (规章), numbered 示例市人民政府令第N号 across years. */
  DECREE(""),
  /** An administrative normative document (行政规范性文件): 示民规〔2019〕3号. */
  NORMATIVE("规"),
  /** An ordinary document: 示民发〔2019〕12号. */
  ISSUED("发"),
  /** A document of the office: 示民办〔2019〕5号. */
  OFFICE("办"),
  /** A letter: 示民函〔2019〕40号. */
  LETTER("函");

  private final String code;

  DocNumberKind(String code) {
    this.code = code;
  }

  /** The character between the prefix and the year. */
  String code() {
    return code;
  }

  /** Whether documents of this series enter the regulatory ledger (规章 and 行政规范性文件). */
  boolean regulatory() {
    return this == DECREE || this == NORMATIVE;
  }
}
