package cn.gongkai.application;

import java.util.List;

/**
 * How an application was answered: exactly the rows of part 三 of the annual report format of 2021
 * (国办公开办函〔2021〕30号), in its order. Each belongs to one of six groups, （一） to （六）; the
 * groups 三 to 六 have numbered items. Its {@link #key()} names it in JSON and in the index:
 * the group, or group and item ({@code 不予公开-属于国家秘密}).
 */
public enum ApplicationResult {
  DISCLOSED("予以公开", null, 0),
  PARTLY_DISCLOSED("部分公开", null, 0),
  STATE_SECRET("不予公开", "属于国家秘密", 1),
  FORBIDDEN_BY_LAW("不予公开", "其他法律行政法规禁止公开", 2),
  ENDANGERS_SECURITY("不予公开", "危及“三安全一稳定”", 3),
  THIRD_PARTY("不予公开", "保护第三方合法权益", 4),
  INTERNAL_AFFAIRS("不予公开", "属于三类内部事务信息", 5),
  PROCESS_INFORMATION("不予公开", "属于四类过程性信息", 6),
  ENFORCEMENT_FILE("不予公开", "属于行政执法案卷", 7),
  ADMINISTRATIVE_QUERY("不予公开", "属于行政查询事项", 8),
  NOT_HELD("无法提供", "本机关不掌握相关政府信息", 1),
  WOULD_NEED_MAKING("无法提供", "没有现成信息需要另行制作", 2),
  STILL_UNCLEAR("无法提供", "补正后申请内容仍不明确", 3),
  PETITION("不予处理", "信访举报投诉类申请", 1),
  REPEATED("不予处理", "重复申请", 2),
  PUBLISHED_MATERIAL("不予处理", "要求提供公开出版物", 3),
  VEXATIOUS("不予处理", "无正当理由大量反复申请", 4),
  CONFIRMATION("不予处理", "要求行政机关确认或重新出具已获取信息", 5),
  NOT_CORRECTED("其他处理", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 1),
  FEE_UNPAID("其他处理", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 2),
  OTHER("其他处理", "其他", 3);

  /** The six groups, （一） to （六）, in order. */
  public static final List<String> GROUPS = List.of("予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理");
  private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六"};

  private final String group;
  private final String item;
  private final int number;

  ApplicationResult(String group, String item, int number) {
    this.group = group;
    this.item = item;
    this.number = number;
  }

  public String group() {
    return group;
  }

  /** The numbered item within its group; {@code null} for 予以公开 and 部分公开. */
  public String item() {
    return item;
  }

  /** The item's number in its group (1.属于国家秘密); 0 for a group without items. */
  public int number() {
    return number;
  }

  /** The group's numeral in the format: 三 for 不予公开. */
  public String groupNumeral() {
    return NUMERALS[GROUPS.indexOf(group)];
  }

  /** {@code 予以公开}, {@code 不予公开-属于国家秘密}: as in {@code stats --format json} and the index. */
  public String key() {
    return item == null ? group : group + "-" + item;
  }

  /** The row's label as the format prints it: {@code （三）不予公开 1.属于国家秘密}. */
  public String rowLabel() {
    String groupLabel = "（" + groupNumeral() + "）" + group;
    return item == null ? groupLabel : groupLabel + " " + number + "." + item;
  }

  /** The results of a group, in order. */
  public static List<ApplicationResult> ofGroup(String group) {
    return java.util.Arrays.stream(values()).filter(result -> result.group.equals(group)).toList();
  }
}
