package cn.gongkai.application;

import cn.gongkai.normalize.RejectionMessages;

/**
 * Why a register row was not counted, with the words a clerk reads: the field by its Chinese name,
 * the value as written, what to write instead.
 */
public record RegisterRejection(Reason reason, String message) {

  /** Closed, like the publications' reasons, so rejects can be counted by reason. */
  public enum Reason {
    MISSING_DATE("日期为空"),
    UNREADABLE_DATE("日期无法识别"),
    DATE_OUT_OF_RANGE("日期超出可能的范围"),
    UNKNOWN_VALUE("取值无法识别"),
    INCONSISTENT("前后矛盾"),
    NO_KEY("无法区分重复"),
    WRONG_COLUMN_COUNT("列数与表头不符"),
    UNDECODABLE_BYTES("含有无法识别的字节"),
    MALFORMED_CSV("不是有效的CSV行");

    private final String description;

    Reason(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  static RegisterRejection missingDate(RegisterField field) {
    return new RegisterRejection(Reason.MISSING_DATE, field.label() + "为空，请填写，如2024-03-01");
  }

  static RegisterRejection unreadableDate(RegisterField field, String value) {
    return new RegisterRejection(Reason.UNREADABLE_DATE, field.label() + "“" + value
        + "”无法识别，请写成2024-03-01、2024/3/1、2024.3.1、2024年3月1日或20240301这样的实际日期");
  }

  /** In the publications' words ({@link RejectionMessages#dateOutOfRange}): one rule, one wording. */
  static RegisterRejection dateOutOfRange(RegisterField field, String value, String why) {
    return new RegisterRejection(Reason.DATE_OUT_OF_RANGE, RejectionMessages.dateOutOfRange(field.label(), value, why));
  }

  static RegisterRejection unknownValue(RegisterField field, String value, java.util.List<String> accepted) {
    return new RegisterRejection(Reason.UNKNOWN_VALUE, field.label() + "“" + value + "”无法识别，请填写以下之一："
        + String.join("；", accepted));
  }

  static RegisterRejection wrongColumnCount(int expected, int actual) {
    return new RegisterRejection(Reason.WRONG_COLUMN_COUNT, "表头有" + expected + "列，这一行却有" + actual
        + "列：请给含逗号或换行的字段加上英文双引号后重新导出");
  }

  static RegisterRejection undecodableBytes(String where) {
    return new RegisterRejection(Reason.UNDECODABLE_BYTES, "这一行" + where
        + "含有按文件编码无法识别的字节，文字已损坏：请检查该行内容，用UTF-8或GBK编码重新导出");
  }

  static RegisterRejection malformedCsv(String detail) {
    return new RegisterRejection(Reason.MALFORMED_CSV, "这一行不是有效的CSV记录（" + detail
        + "）。通常是某个字段以英文双引号开头却没有配对的结束引号，或字段中间夹了双引号：请删去多余的引号，"
        + "或把字段中的引号写成两个引号后重新导出");
  }

  /** A 办理结果 naming no row of part 三: the closest row first, then all of them. */
  static RegisterRejection unknownResult(String value) {
    String closest = ResultVocabulary.closest(value)
        .map(row -> "最接近的是“" + row.rowLabel() + "”（" + row.key() + "）；").orElse("");
    return new RegisterRejection(Reason.UNKNOWN_VALUE, RegisterField.RESULT.label() + "“" + value + "”无法识别，" + closest
        + "请填写以下之一：" + String.join("；", ResultVocabulary.acceptedValuesClosestFirst(value)));
  }

  static RegisterRejection inconsistent(String what) {
    return new RegisterRejection(Reason.INCONSISTENT, what);
  }
}
