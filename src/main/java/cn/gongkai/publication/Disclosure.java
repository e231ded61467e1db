package cn.gongkai.publication;

/** How a publication is disclosed (公开方式). */
public enum Disclosure implements Labelled {
  PROACTIVE("主动公开"),
  ON_REQUEST("依申请公开"),
  NOT_DISCLOSED("不予公开");

  private final String label;

  Disclosure(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
