package cn.gongkai.publication;

/** The publication channels (公开渠道) the annual report counts, SPEC section 3. */
public enum Channel implements Labelled {
  GOVERNMENT_WEBSITE("政府网站"),
  GOVERNMENT_GAZETTE("政府公报"),
  NEW_MEDIA("政务新媒体"),
  PRESS_CONFERENCE("新闻发布会"),
  NOTICE_BOARD("公开栏"),
  READING_ROOM("查阅场所"),
  OTHER("其他");

  private final String label;

  Channel(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
