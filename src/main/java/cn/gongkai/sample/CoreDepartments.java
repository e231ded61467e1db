package cn.gongkai.sample;

import static cn.gongkai.sample.SampleCategory.BUDGET;
import static cn.gongkai.sample.SampleCategory.EMPLOYMENT;
import static cn.gongkai.sample.SampleCategory.ENFORCEMENT;
import static cn.gongkai.sample.SampleCategory.PERSONNEL;
import static cn.gongkai.sample.SampleCategory.PLANNING;
import static cn.gongkai.sample.SampleCategory.POLICY_DOCUMENT;
import static cn.gongkai.sample.SampleCategory.POLICY_INTERPRETATION;
import static cn.gongkai.sample.SampleCategory.PROPOSALS;
import static cn.gongkai.sample.SampleCategory.SOCIAL_ASSISTANCE;
import static cn.gongkai.sample.SampleCategory.SOCIAL_SECURITY;
import static cn.gongkai.sample.SampleCategory.WORK_NEWS;

import java.util.List;

/**
 * The five departments every sample bureau has, the office first: the default sample writes exactly
 * these. Their weights sum to 1; the layouts are in {@link ExportLayouts}.
 */
final class CoreDepartments {

  static final List<DepartmentProfile> PROFILES = List.of(
      new DepartmentProfile("办公室", 0.26, 0.8,
          WeightedChoice.of(List.of(WORK_NEWS, PERSONNEL, BUDGET, PLANNING, PROPOSALS,
              POLICY_INTERPRETATION, POLICY_DOCUMENT), 40, 14, 12, 12, 12, 4, 6),
          List.of("政务公开", "机关效能建设", "民政统计", "安全生产", "信访工作", "档案管理",
              "政务服务“一网通办”", "保密工作", "应急值守", "督查督办", "新闻宣传", "机关后勤保障"),
          true),
      new DepartmentProfile("政策法规科", 0.11, 0.7,
          WeightedChoice.of(List.of(POLICY_DOCUMENT, POLICY_INTERPRETATION, ENFORCEMENT, WORK_NEWS),
              50, 25, 20, 5),
          List.of("社会组织登记管理", "行政执法“三项制度”", "民政法治建设", "权责清单管理",
              "社会组织年度检查", "行政复议应诉", "普法宣传教育", "规范性文件合法性审核", "“证照分离”改革",
              "公平竞争审查", "法律顾问工作", "行政审批制度改革"),
          true),
      new DepartmentProfile("社会救助科", 0.30, 0.6,
          WeightedChoice.of(List.of(SOCIAL_ASSISTANCE, WORK_NEWS, POLICY_DOCUMENT,
              POLICY_INTERPRETATION, EMPLOYMENT), 60, 15, 10, 8, 7),
          List.of("城乡居民最低生活保障", "特困人员救助供养", "临时救助", "低保边缘家庭救助",
              "困难群众价格临时补贴", "“一门受理、协同办理”", "社会救助家庭经济状况核对", "支出型困难家庭救助",
              "分层分类社会救助", "防止返贫动态监测", "社会救助资金监管", "低收入人口动态监测"),
          true),
      new DepartmentProfile("养老服务科", 0.20, 0.5,
          WeightedChoice.of(List.of(SOCIAL_SECURITY, WORK_NEWS, POLICY_DOCUMENT, EMPLOYMENT,
              POLICY_INTERPRETATION), 45, 25, 12, 12, 6),
          List.of("居家和社区养老服务", "养老机构等级评定", "经济困难老年人养老服务补贴", "高龄津贴",
              "农村幸福院建设", "老年人助餐服务", "养老机构安全管理", "家庭养老床位建设", "养老服务人才培训",
              "医养结合", "特殊困难老年人探访关爱", "老年人居家适老化改造"),
          true),
      new DepartmentProfile("社会事务科", 0.13, 0.35,
          WeightedChoice.of(List.of(SOCIAL_SECURITY, SOCIAL_ASSISTANCE, WORK_NEWS, ENFORCEMENT,
              POLICY_DOCUMENT), 30, 20, 25, 15, 10),
          List.of("困难残疾人生活补贴和重度残疾人护理补贴", "惠民殡葬", "婚姻登记", "流浪乞讨人员救助管理",
              "孤儿基本生活保障", "地名管理", "婚俗改革", "殡葬改革", "精神障碍社区康复服务", "未成年人保护",
              "收养登记", "生活无着人员寻亲服务"),
          true));

  private CoreDepartments() {
  }
}
