package cn.gongkai.publication;

/** The genre (体裁) that decides whether a publication enters the regulatory ledger. */
public enum DocType implements Labelled {
  RULE("规章"),
  NORMATIVE_DOCUMENT("行政规范性文件"),
  OTHER("其他");

  private final String label;

  DocType(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
