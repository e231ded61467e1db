package cn.gongkai.sample;

import static cn.gongkai.sample.NumberPolicy.ISSUED;
import static cn.gongkai.sample.NumberPolicy.LETTER;
import static cn.gongkai.sample.NumberPolicy.NONE;
import static cn.gongkai.sample.NumberPolicy.POLICY;
import static cn.gongkai.sample.NumberPolicy.RULE;

import java.util.List;

/** Title templates of the bureau's own documents: policies, interpretations, staff, money, plans. */
final class AdministrativeTitles {

  private AdministrativeTitles() {
  }

  static List<TitleTemplate> policyDocuments() {
    return List.of(
        t("{org}关于印发《{city}{programme}{docKind}》的通知", POLICY),
        t("{org}关于进一步做好{programme}工作的通知", POLICY),
        t("{org}关于印发《{programme}{docKind}（试行）》的通知", POLICY),
        t("{org} {city}财政局关于调整{y}年{standard}标准的通知", POLICY),
        t("{org}关于加强{programme}规范化建设的实施意见", POLICY),
        t("{city}{programme}{docKind}", RULE),
        t("关于印发《{city}{y}年{standard}提标方案》的通知", POLICY),
        t("{org}关于废止《{city}{programme}{docKind}》的决定", POLICY),
        t("{org}关于印发《{city}{programme}{y}年工作方案》的通知", ISSUED),
        t("{org}关于做好{y}年{season}{programme}工作的通知", ISSUED),
        t("{org}关于同意{street}开展{programme}试点的批复", ISSUED),
        t("{org}关于下达{y}年第{batch}批{fund}资金{amount}万元的通知", ISSUED),
        t("{org}关于公布{y}年{programme}示范单位名单的通知", ISSUED),
        t("{org}关于开展{y}年{programme}专项检查的通知", ISSUED),
        t("{org}转发省民政厅关于印发《{programme}{docKind}》的通知", ISSUED),
        t("{org}关于{district}{py}年度{programme}工作考核结果的通报", ISSUED),
        t("关于{district}{programme}有关事项的复函", LETTER));
  }

  static List<TitleTemplate> interpretations() {
    return List.of(
        t("《{city}{programme}{docKind}》政策解读", NONE),
        t("一图读懂《{city}{programme}{docKind}》", NONE),
        t("关于调整{y}年{standard}标准的政策解读", NONE),
        t("《{programme}{docKind}（试行）》起草说明", NONE),
        t("{programme}政策问答（{y}年版）", NONE),
        t("图解：{y}年{city}{programme}新政要点", NONE),
        t("{orgShort}负责人就《{city}{programme}{docKind}》答记者问", NONE),
        t("《{city}{y}年{standard}提标方案》解读", NONE),
        t("关于《{city}{programme}{docKind}（征求意见稿）》的起草说明", NONE),
        t("{y}年{programme}政策解读：{focus}", NONE),
        t("{district}{programme}政策“明白卡”（{y}年版）", NONE),
        t("{district}民政局解读{y}年{standard}标准调整", NONE),
        t("{programme}政策{focus}？一文读懂{city}{y}年新规", NONE));
  }

  static List<TitleTemplate> personnel() {
    return List.of(
        t("{org}{y}年公开招聘事业单位工作人员公告", NONE),
        t("{org}所属事业单位{y}年公开招聘工作人员拟聘用人员公示", NONE),
        t("{org}干部任前公示（{y}年第{batch}批）", NONE),
        t("{org}{y}年公开遴选公务员进入面试人员名单", NONE),
        t("{org}关于{unit}负责人任免的通知", ISSUED),
        t("{unit}{y}年编外用工招聘公告", NONE),
        t("关于{person}同志任职的通知", ISSUED),
        t("关于{person}同志免职的通知", ISSUED),
        t("关于{person}等同志职务任免的通知", ISSUED),
        t("关于{person}、{person}同志试用期满考核合格的通知", NONE),
        t("{org}关于{person}同志任{unit}{position}的通知", ISSUED),
        t("{unit}{y}年公开招聘{post}拟聘人员公示", NONE),
        t("{org}关于{person}同志退休的通知", NONE),
        t("{org}{py}年度公务员考核优秀等次人员公示", NONE));
  }

  static List<TitleTemplate> budgets() {
    return List.of(
        t("{org}{y}年部门预算", NONE),
        t("{org}{py}年部门决算", NONE),
        t("{org}{y}年“三公”经费预算情况说明", NONE),
        t("{unit}{y}年单位预算", NONE),
        t("{unit}{py}年单位决算", NONE),
        t("{y}年{fund}资金分配情况公示", NONE),
        t("{district}{y}年第{batch}批{fund}资金分配结果公示", NONE),
        t("{org}{y}年政府采购意向（第{q}季度）", NONE),
        t("{py}年度{fund}资金绩效自评报告", NONE),
        t("{unit}{project}项目采购公告", NONE),
        t("{unit}{project}项目成交结果公告", NONE),
        t("{district}{py}年度{fund}资金使用情况公告", NONE),
        t("{y}年{district}{fund}资金{amount}万元安排情况公示", NONE));
  }

  static List<TitleTemplate> plans() {
    return List.of(
        t("{org}{y}年工作要点", ISSUED),
        t("{org}{y}年政务公开工作要点", ISSUED),
        t("{org}{py}年工作总结和{y}年工作计划", NONE),
        t("{city}{fiveYear}民政事业发展规划", ISSUED),
        t("{org}{py}年政府信息公开工作年度报告", NONE),
        t("{org}{y}年上半年工作总结", NONE),
        t("{org}{py}年法治政府建设情况报告", NONE),
        t("{city}{fiveYear}民政事业发展规划实施情况中期评估报告", NONE),
        t("{city}{fiveYear}{programme}专项规划", ISSUED),
        t("{district}{y}年{programme}工作计划", NONE),
        t("{unit}{py}年工作总结", NONE),
        t("{unit}{y}年工作计划", NONE),
        t("{unit}{y}年上半年工作总结", NONE),
        t("{street}{y}年{programme}工作计划", NONE),
        t("{district}民政局{y}年上半年工作总结", NONE),
        t("{district}民政局{py}年工作总结和{y}年工作思路", NONE),
        t("{org}{y}年{programme}工作实施方案", ISSUED),
        t("{street}{py}年{programme}工作总结", NONE),
        t("{district}{y}年{m}月{programme}工作安排", NONE));
  }

  static List<TitleTemplate> proposalReplies() {
    return List.of(
        t("对{npc}第{nnn}号建议的答复", LETTER),
        t("关于{cppcc}第{nnn}号提案的答复", LETTER),
        t("{org}关于{y}年人大代表建议和政协委员提案办理情况的报告", NONE),
        t("对市人大代表关于{proposalTopic}建议的答复", LETTER),
        t("关于市政协委员{proposalTopic}提案的答复（摘要）", LETTER),
        t("对市人大代表{person}关于{proposalTopic}的建议的答复", LETTER),
        t("关于市政协委员{person}提出的{proposalTopic}提案的答复", LETTER),
        t("对{npc}第{nnn}号建议的会办意见", LETTER),
        t("关于{cppcc}第{nnn}号提案办理情况的函", LETTER));
  }

  private static TitleTemplate t(String pattern, NumberPolicy numbering) {
    return new TitleTemplate(pattern, numbering);
  }
}
