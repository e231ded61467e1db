package cn.gongkai.sample;

import static cn.gongkai.sample.SampleCategory.BUDGET;
import static cn.gongkai.sample.SampleCategory.EMPLOYMENT;
import static cn.gongkai.sample.SampleCategory.ENFORCEMENT;
import static cn.gongkai.sample.SampleCategory.PERSONNEL;
import static cn.gongkai.sample.SampleCategory.PLANNING;
import static cn.gongkai.sample.SampleCategory.POLICY_DOCUMENT;
import static cn.gongkai.sample.SampleCategory.POLICY_INTERPRETATION;
import static cn.gongkai.sample.SampleCategory.SOCIAL_ASSISTANCE;
import static cn.gongkai.sample.SampleCategory.SOCIAL_SECURITY;
import static cn.gongkai.sample.SampleCategory.WORK_NEWS;

import java.util.List;

/**
 * The other sections a city bureau of civil affairs has, in the order a larger sample adds them.
 * Smaller than the core five; every third one exports from a system without a category column.
 */
final class FurtherDepartments {

  static final List<DepartmentProfile> PROFILES = List.of(
      profile("社会组织管理科", 0.09, 0.55, true,
          WeightedChoice.of(List.of(ENFORCEMENT, WORK_NEWS, POLICY_DOCUMENT, POLICY_INTERPRETATION,
              EMPLOYMENT), 35, 25, 20, 10, 10),
          "社会组织登记", "社会组织等级评估", "社会组织年度报告", "打击整治非法社会组织", "行业协会商会脱钩改革",
          "社会组织党建", "社会组织信用管理", "社会组织资金监管", "社会组织孵化培育", "慈善组织认定"),
      profile("区划地名科", 0.05, 0.6, true,
          WeightedChoice.of(List.of(WORK_NEWS, POLICY_DOCUMENT, ENFORCEMENT, PLANNING), 40, 30, 15, 15),
          "行政区划调整", "地名普查成果转化", "标准地名审批", "行政区域界线联合检查", "地名文化保护",
          "地名标志设置", "门楼牌编制", "乡村地名采集", "地名信息库建设", "平安边界创建"),
      profile("儿童福利科", 0.07, 0.5, false,
          WeightedChoice.of(List.of(SOCIAL_SECURITY, SOCIAL_ASSISTANCE, WORK_NEWS, POLICY_DOCUMENT),
              40, 25, 25, 10),
          "孤儿基本生活保障", "事实无人抚养儿童保障", "农村留守儿童关爱保护", "困境儿童分类保障",
          "儿童督导员和儿童主任培训", "收养登记", "未成年人救助保护", "儿童福利机构转型", "残疾儿童康复救助",
          "儿童之家建设"),
      profile("慈善事业促进和社会工作科", 0.06, 0.45, true,
          WeightedChoice.of(List.of(WORK_NEWS, EMPLOYMENT, POLICY_DOCUMENT, BUDGET, SOCIAL_ASSISTANCE),
              35, 25, 15, 15, 10),
          "慈善组织公开募捐", "福利彩票公益金使用", "乡镇（街道）社会工作服务站建设", "志愿服务", "慈善信托备案",
          "“中华慈善日”宣传", "社会工作专业人才培养", "社会工作者职业资格评价", "慈善超市建设", "网络募捐平台监管"),
      profile("基层政权建设和社区治理科", 0.07, 0.5, true,
          WeightedChoice.of(List.of(WORK_NEWS, POLICY_DOCUMENT, PLANNING, EMPLOYMENT, ENFORCEMENT),
              40, 20, 15, 15, 10),
          "村（居）务公开", "社区工作者队伍建设", "城乡社区协商", "村规民约修订", "社区减负增效",
          "村（社区）“两委”换届", "完整社区建设", "社区服务设施建设", "城乡社区治理示范创建", "村务监督委员会规范化建设"),
      profile("规划财务科", 0.05, 0.7, false,
          WeightedChoice.of(List.of(BUDGET, PLANNING, WORK_NEWS, POLICY_DOCUMENT), 55, 25, 10, 10),
          "部门预算管理", "资金绩效评价", "政府采购管理", "国有资产管理", "内部审计", "福利彩票公益金管理",
          "民政事业统计", "项目库建设", "财务收支审计", "资金直达监控"),
      profile("人事科", 0.04, 0.75, true,
          WeightedChoice.of(List.of(PERSONNEL, WORK_NEWS, PLANNING), 70, 15, 15),
          "干部教育培训", "公开招聘", "职称评审", "干部人事档案管理", "公务员平时考核", "年度考核",
          "机构编制管理", "离退休干部服务", "人才引进", "干部轮岗交流"),
      profile("老龄工作科", 0.05, 0.45, true,
          WeightedChoice.of(List.of(SOCIAL_SECURITY, WORK_NEWS, POLICY_INTERPRETATION, EMPLOYMENT),
              40, 35, 10, 15),
          "老年人权益保障", "“敬老月”活动", "老年友好型社区创建", "老年人意外伤害保险", "智慧健康养老",
          "老年教育", "银龄行动", "老年人防诈骗宣传", "百岁老人长寿补贴", "老年人能力评估"),
      profile("殡葬管理科", 0.04, 0.4, false,
          WeightedChoice.of(List.of(ENFORCEMENT, SOCIAL_SECURITY, WORK_NEWS, POLICY_DOCUMENT),
              30, 25, 30, 15),
          "惠民殡葬", "公益性公墓建设", "殡葬领域突出问题专项整治", "文明祭扫", "节地生态安葬",
          "殡葬服务收费管理", "散埋乱葬治理", "殡仪馆改造提升", "骨灰堂建设", "殡葬改革宣传"),
      profile("机关党委", 0.04, 0.6, true,
          WeightedChoice.of(List.of(WORK_NEWS, PERSONNEL, PLANNING), 70, 15, 15),
          "党风廉政建设", "模范机关创建", "党史学习教育", "主题党日活动", "“民政为民”党建品牌",
          "基层党组织标准化建设", "作风建设", "党员教育管理", "意识形态工作", "青年理论学习"),
      profile("审批服务科", 0.05, 0.6, true,
          WeightedChoice.of(List.of(ENFORCEMENT, WORK_NEWS, POLICY_DOCUMENT, POLICY_INTERPRETATION),
              45, 25, 15, 15),
          "养老机构备案", "社会团体成立登记", "民办非企业单位登记", "婚姻登记预约", "殡葬设施建设审批",
          "地名命名更名审批", "政务服务事项标准化", "政务服务“好差评”", "“一件事一次办”", "帮办代办服务"));

  private FurtherDepartments() {
  }

  private static DepartmentProfile profile(String label, double weight, double declaredShare,
      boolean categoryColumn, WeightedChoice<SampleCategory> categories, String... programmes) {
    return new DepartmentProfile(label, weight, declaredShare, categories, List.of(programmes),
        categoryColumn);
  }
}
