package cn.gongkai.application;

import java.util.List;

/**
 * The columns of an office's registers (SPEC section 9), each with the header synonyms it is
 * recognised by after NFKC and trimming: the application register's and the case register's.
 */
public enum RegisterField {
  APPLICATION_NO("申请编号", "受理编号", "申请单号"),
  RECEIVED_DATE("收到日期", "受理日期", "申请日期", "收件日期"),
  CHANNEL("申请方式", "申请渠道", "提交方式"),
  APPLICANT_TYPE("申请人类型", "申请人类别", "申请主体"),
  APPLICANT("申请人", "申请人姓名", "申请人名称"),
  REQUEST("申请内容", "申请事项", "所需信息"),
  RESULT("办理结果", "答复结果", "处理结果"),
  REPLY_DATE("答复日期", "办结日期"),
  EXTENDED("是否延期", "延期"),
  EXTENSION_DATE("延期日期", "延期决定日期"),
  DEPARTMENT("承办部门", "承办科室", "责任部门"),
  CASE_NO("案件编号", "案号"),
  CASE_KIND("类型", "案件类型"),
  LAWSUIT_PATH("诉讼类型", "起诉方式"),
  FILED_DATE("立案日期", "收到日期"),
  CASE_RESULT("结果", "审理结果", "复议结果"),
  CLOSED_DATE("审结日期", "结案日期");

  private final String label;
  private final List<String> synonyms;

  RegisterField(String label, String... synonyms) {
    this.label = label;
    this.synonyms = List.of(synonyms);
  }

  /** The Chinese name messages use. */
  public String label() {
    return label;
  }

  /** The headers that name it, its label first. */
  public List<String> headers() {
    List<String> headers = new java.util.ArrayList<>(List.of(label));
    headers.addAll(synonyms);
    return headers;
  }

  /** The fields of an application register. */
  public static List<RegisterField> applicationFields() {
    return List.of(APPLICATION_NO, RECEIVED_DATE, CHANNEL, APPLICANT_TYPE, APPLICANT, REQUEST, RESULT, REPLY_DATE,
        EXTENDED, EXTENSION_DATE, DEPARTMENT);
  }

  /** The fields of a case register. */
  public static List<RegisterField> caseFields() {
    return List.of(CASE_NO, CASE_KIND, LAWSUIT_PATH, FILED_DATE, CASE_RESULT, CLOSED_DATE, DEPARTMENT);
  }
}
