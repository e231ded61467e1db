package cn.gongkai.normalize;

import cn.gongkai.publication.PublicationField;

/**
 * The words a clerk reads in the rejects file: each names the field by its Chinese label, quotes
 * the value as written and says what to change. Kept together so the wording stays consistent.
 */
public final class RejectionMessages {

  private RejectionMessages() {}

  static String wrongColumnCount(int expected, int actual) {
    return "表头有" + expected + "列，这一行却有" + actual + "列。通常是某个字段里有未加引号的逗号或换行，"
        + "请给该字段加上英文双引号，或删去其中的逗号和换行后重新导出";
  }

  static String missingTitle() {
    return label(PublicationField.TITLE) + "为空，请填写该条信息的标题";
  }

  static String missingPublishedDate() {
    return label(PublicationField.PUBLISHED_DATE) + "为空，请填写实际发布日期，如2019-03-01";
  }

  static String unreadableDate(PublicationField field, String value, String sourceFormat) {
    return label(field) + quote(value) + "无法识别，请写成" + (sourceFormat == null ? "" : sourceFormat + "、")
        + "2019-03-01、2019/3/1、2019.3.1、2019年3月1日或20190301这样的完整日期";
  }

  static String impossibleDate(PublicationField field, String value, String why) {
    return label(field) + quote(value) + "不存在（" + why + "），请改为实际" + label(field);
  }

  static String dateOutOfRange(PublicationField field, String value, String why) {
    return dateOutOfRange(label(field), value, why);
  }

  /** The same words for a register's dates, so that one rule reads the same wherever it rejects. */
  public static String dateOutOfRange(String label, String value, String why) {
    return label + quote(value) + "的年份超出可能的范围（" + why + "），请核对后改为实际" + label;
  }

  static String unknownTerm(PublicationField field, String value, String labels, String whenBlank) {
    return label(field) + quote(value) + "无法识别，请填写" + labels + "（" + whenBlank + "）";
  }

  static String undecodableBytes(String where) {
    return "这一行" + where + "含有按文件编码无法识别的字节，文字已损坏：请检查该行内容，用UTF-8或GBK编码重新导出";
  }

  static String malformedCsv(String detail) {
    return "这一行不是有效的CSV记录（" + detail + "）。通常是某个字段以英文双引号开头却没有配对的结束引号，"
        + "请删去多余的引号，或把字段中的引号写成两个引号后重新导出";
  }

  private static String label(PublicationField field) {
    return field.label();
  }

  private static String quote(String value) {
    return "“" + value + "”";
  }
}
