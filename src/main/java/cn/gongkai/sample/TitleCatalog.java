package cn.gongkai.sample;

import static cn.gongkai.sample.NumberPolicy.ISSUED;
import static cn.gongkai.sample.NumberPolicy.LETTER;
import static cn.gongkai.sample.NumberPolicy.NONE;
import static cn.gongkai.sample.NumberPolicy.POLICY;
import static cn.gongkai.sample.NumberPolicy.RULE;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The title templates of each category, modelled on what bureaus of civil affairs publish. Several
 * templates per category, so that titles of one category do not all look alike; the placeholders
 * are the keys {@link TitleComposer} knows.
 */
final class TitleCatalog {

  private static final Map<SampleCategory, List<TitleTemplate>> TEMPLATES = catalog();

  private TitleCatalog() {
  }

  /** The templates of a category; never empty. */
  static List<TitleTemplate> templates(SampleCategory category) {
    return TEMPLATES.get(category);
  }

  private static Map<SampleCategory, List<TitleTemplate>> catalog() {
    Map<SampleCategory, List<TitleTemplate>> catalog = new EnumMap<>(SampleCategory.class);
    for (SampleCategory category : SampleCategory.values()) {
      catalog.put(category, templatesOf(category));
    }
    return catalog;
  }

  private static List<TitleTemplate> templatesOf(SampleCategory category) {
    return switch (category) {
      case POLICY_DOCUMENT -> policyDocuments();
      case POLICY_INTERPRETATION -> interpretations();
      case WORK_NEWS -> workNews();
      case PERSONNEL -> personnel();
      case BUDGET -> budgets();
      case PLANNING -> plans();
      case PROPOSALS -> proposalReplies();
      case ENFORCEMENT -> enforcement();
      case SOCIAL_ASSISTANCE -> socialAssistance();
      case EMPLOYMENT -> employment();
      case SOCIAL_SECURITY -> socialSecurity();
    };
  }

  private static List<TitleTemplate> policyDocuments() {
    return List.of(
        t("{org}关于印发《{city}{programme}管理办法》的通知", POLICY),
        t("{org}关于进一步做好{programme}工作的通知", POLICY),
        t("{org}关于印发《{programme}实施细则（试行）》的通知", POLICY),
        t("{org} {city}财政局关于调整{y}年{standard}标准的通知", POLICY),
        t("{org}关于加强{programme}规范化建设的实施意见", POLICY),
        t("{city}{programme}管理办法", RULE),
        t("{org}关于印发《{city}{programme}{y}年工作方案》的通知", ISSUED),
        t("{org}关于做好{y}年{season}{programme}工作的通知", ISSUED));
  }

  private static List<TitleTemplate> interpretations() {
    return List.of(
        t("《{city}{programme}管理办法》政策解读", NONE),
        t("一图读懂《关于进一步做好{programme}工作的通知》", NONE),
        t("关于调整{y}年{standard}标准的政策解读", NONE),
        t("《{programme}实施细则（试行）》起草说明", NONE),
        t("{programme}政策问答（{y}年版）", NONE),
        t("图解：{y}年{city}{programme}新政要点", NONE),
        t("{orgShort}负责人就{programme}有关问题答记者问", NONE));
  }

  private static List<TitleTemplate> workNews() {
    return List.of(
        t("{place}开展{y}年{activity}", NONE),
        t("{org}召开{y}年{meeting}", NONE),
        t("{orgShort}领导带队赴{place}调研{programme}工作", NONE),
        t("{place}{facility}正式投入运营", NONE),
        t("{orgShort}开展\"{campaign}\"主题活动", NONE),
        t("{y}年{m}月份{programme}工作进展情况", NONE),
        t("{orgShort}召开{y}年第{q}季度{programme}工作调度会", NONE),
        t("{place}获评{y}年度{honor}", NONE));
  }

  private static List<TitleTemplate> personnel() {
    return List.of(
        t("{org}{y}年公开招聘事业单位工作人员公告", NONE),
        t("{org}所属事业单位{y}年公开招聘工作人员拟聘用人员公示", NONE),
        t("{org}干部任前公示（{y}年第{batch}批）", NONE),
        t("{org}{y}年公开遴选公务员进入面试人员名单", NONE),
        t("{org}关于{unit}负责人任免的通知", ISSUED),
        t("{unit}{y}年编外用工招聘公告", NONE));
  }

  private static List<TitleTemplate> budgets() {
    return List.of(
        t("{org}{y}年部门预算", NONE),
        t("{org}{py}年部门决算", NONE),
        t("{org}{y}年“三公”经费预算情况说明", NONE),
        t("{unit}{y}年单位预算", NONE),
        t("{y}年{fund}资金分配情况公示", NONE),
        t("{org}{y}年政府采购意向（第{q}季度）", NONE),
        t("{py}年度{fund}资金绩效自评报告", NONE));
  }

  private static List<TitleTemplate> plans() {
    return List.of(
        t("{org}{y}年工作要点", ISSUED),
        t("{org}{y}年政务公开工作要点", ISSUED),
        t("{org}{py}年工作总结和{y}年工作计划", NONE),
        t("{city}{fiveYear}民政事业发展规划", ISSUED),
        t("{org}{py}年政府信息公开工作年度报告", NONE),
        t("{org}{y}年上半年工作总结", NONE),
        t("{org}{py}年法治政府建设情况报告", NONE),
        t("{city}{fiveYear}民政事业发展规划实施情况中期评估报告", NONE));
  }

  private static List<TitleTemplate> proposalReplies() {
    return List.of(
        t("对{npc}第{nnn}号建议的答复", LETTER),
        t("关于{cppcc}第{nnn}号提案的答复", LETTER),
        t("{org}关于{y}年人大代表建议和政协委员提案办理情况的报告", NONE),
        t("对市人大代表关于{proposalTopic}建议的答复", LETTER),
        t("关于市政协委员{proposalTopic}提案的答复（摘要）", LETTER));
  }

  private static List<TitleTemplate> enforcement() {
    return List.of(
        t("{org}{y}年“双随机、一公开”抽查结果公示", NONE),
        t("{org}{y}年第{q}季度“双随机、一公开”抽查计划", NONE),
        t("{org}行政处罚决定书（{docPrefix}罚决字〔{y}〕{n}号）", NONE),
        t("{org}权责清单（{y}年版）", NONE),
        t("关于{py}年度社会组织年度检查结果的公告", NONE),
        t("{org}{py}年度行政执法数据公示", NONE),
        t("关于撤销{place}{socialOrg}登记的公告", NONE));
  }

  private static List<TitleTemplate> socialAssistance() {
    return List.of(
        t("{place}{y}年{m}月城乡低保资金发放情况公示", NONE),
        t("{place}{y}年第{q}季度特困人员救助供养名册公示", NONE),
        t("{place}{y}年{m}月临时救助对象公示", NONE),
        t("{place}低保边缘家庭认定结果公示（{y}年第{batch}批）", NONE),
        t("{y}年{assistance}资金使用情况公告", NONE),
        t("关于开展{y}年{assistance}专项治理工作的通知", ISSUED),
        t("{y}年{place}困难群众走访慰问金发放情况（第{batch}批）", NONE),
        t("{place}{y}年{m}月新增低保对象名单公示", NONE));
  }

  private static List<TitleTemplate> employment() {
    return List.of(
        t("{y}年度全国社会工作者职业资格考试{city}考区报名通知", NONE),
        t("{place}开展{y}年养老护理员职业技能培训", NONE),
        t("{org}{y}年公益性岗位招聘公告", NONE),
        t("{org}关于开展{y}年困难群众就业帮扶专项行动的通知", ISSUED),
        t("{y}年{place}社区工作者招聘考试公告", NONE),
        t("{y}年{city}养老护理员职业技能竞赛通知", NONE),
        t("{place}为低保家庭高校毕业生举办专场招聘会", NONE),
        t("{org}关于{y}年社会工作专业人才奖励补贴的公示", NONE));
  }

  private static List<TitleTemplate> socialSecurity() {
    return List.of(
        t("{place}{y}年{m}月高龄津贴发放名单公示", NONE),
        t("{y}年第{q}季度{place}困难残疾人生活补贴和重度残疾人护理补贴发放情况", NONE),
        t("{place}孤儿和事实无人抚养儿童基本生活费发放情况（{y}年{m}月）", NONE),
        t("关于做好{y}年度经济困难老年人养老服务补贴申领工作的通知", ISSUED),
        t("{y}年{place}经济困难老年人养老服务补贴名单公示", NONE),
        t("{y}年度{city}惠民殡葬补助资金发放公示", NONE),
        t("{place}{y}年养老机构等级评定结果公示", NONE),
        t("{org}关于{y}年度{place}农村幸福院运营补贴的公示", NONE));
  }

  private static TitleTemplate t(String pattern, NumberPolicy numbering) {
    return new TitleTemplate(pattern, numbering);
  }
}
