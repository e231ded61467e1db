package cn.gongkai.intake;

/**
 * Why a whole file was not read. Closed, like the reasons of rejected rows; the descriptions are
 * for the clerk who sent the file.
 */
public enum FileRejectionReason {
  EMPTY_FILE("空文件"),
  HEADER_ONLY("只有表头没有数据"),
  NO_TITLE_COLUMN("缺少标题列"),
  NO_PUBLISHED_DATE_COLUMN("缺少发布日期列"),
  SPREADSHEET_NOT_CSV("是Excel工作簿而不是CSV"),
  BINARY_NOT_CSV("不是文本文件"),
  UNKNOWN_ENCODING("编码无法识别"),
  NOT_CSV("不是有效的CSV"),
  UNREADABLE("文件无法读取");

  private final String description;

  FileRejectionReason(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
