package cn.gongkai.publication;

/** Whether a document is still in force (有效性). */
public enum Validity implements Labelled {
  VALID("有效"),
  REPEALED("废止"),
  EXPIRED("失效");

  private final String label;

  Validity(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
