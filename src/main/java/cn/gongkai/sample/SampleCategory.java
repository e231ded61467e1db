package cn.gongkai.sample;

import java.util.List;

/**
 * The categories of the default taxonomy (SPEC section 6) the sample publications belong to, with
 * the words departments use for them when they declare a category in their own terms.
 */
enum SampleCategory {
  POLICY_DOCUMENT("政策文件", "政策法规", "规范性文件"),
  POLICY_INTERPRETATION("政策解读", "解读回应", "解读"),
  WORK_NEWS("工作动态", "工作信息", "动态信息"),
  PERSONNEL("人事信息", "人事", "人事任免"),
  BUDGET("财政预决算", "预决算", "财政资金"),
  PLANNING("规划计划与总结", "规划计划", "计划总结"),
  PROPOSALS("建议提案办理", "建议提案", "建议提案办理结果"),
  ENFORCEMENT("行政执法公示", "执法公示", "双随机一公开"),
  SOCIAL_ASSISTANCE("社会救助", "低保救助", "救助信息"),
  EMPLOYMENT("就业创业", "就业服务"),
  SOCIAL_SECURITY("社会保障", "社会福利", "福利保障");

  private final String label;
  private final List<String> ownWords;

  SampleCategory(String label, String... ownWords) {
    this.label = label;
    this.ownWords = List.of(ownWords);
  }

  /** The name of the category in the default taxonomy. */
  String label() {
    return label;
  }

  /** Other names departments write for it; never empty, never containing {@link #label()}. */
  List<String> ownWords() {
    return ownWords;
  }
}
