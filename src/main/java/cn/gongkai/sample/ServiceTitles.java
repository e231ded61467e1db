package cn.gongkai.sample;

import static cn.gongkai.sample.NumberPolicy.ISSUED;
import static cn.gongkai.sample.NumberPolicy.NONE;

import java.util.List;

/**
 * Title templates of the bureau's work among the public: news, enforcement notices and the lists
 * of who received what, published for a district, a street or a single community.
 */
final class ServiceTitles {

  private ServiceTitles() {
  }

  static List<TitleTemplate> workNews() {
    return List.of(
        t("{place}开展{y}年{activity}", NONE),
        t("{org}召开{y}年{meeting}", NONE),
        t("{orgShort}领导带队赴{place}调研{programme}工作", NONE),
        t("{place}{facility}正式投入运营", NONE),
        t("{place}开展“{campaign}”主题活动", NONE),
        t("{programme}工作简报（{y}年第{issue}期）", NONE),
        t("{orgShort}召开{y}年第{q}季度{programme}工作调度会", NONE),
        t("{district}获评{y}年度{districtHonor}", NONE),
        t("{community}获评{y}年度{communityHonor}", NONE),
        t("{unit}获评{y}年度{unitHonor}", NONE),
        t("{streetOffice}召开{y}年{meetingTopic}工作会议", NONE),
        t("{orgShort}{leader}到{place}督导{programme}工作", NONE),
        t("{place}举办{programme}政策宣讲会", NONE),
        t("{district}民政局举办{y}年{training}培训班", NONE),
        t("{place}{facility}揭牌成立", NONE),
        t("{m}月{d}日{orgShort}召开{programme}工作专题会议", NONE),
        t("民政工作简报（{y}年第{issue}期）", NONE),
        t("{orgShort}{leader}带队检查{unit}安全生产工作", NONE));
  }

  static List<TitleTemplate> enforcement() {
    return List.of(
        t("{org}{y}年“双随机、一公开”抽查结果公示", NONE),
        t("{org}{y}年第{q}季度“双随机、一公开”抽查计划", NONE),
        t("{org}行政处罚决定书（{docPrefix}罚决字〔{y}〕{penaltyNo}号）", NONE),
        t("{org}权责清单（{y}年版）", NONE),
        t("关于{py}年度社会组织年度检查结果的公告", NONE),
        t("{org}{py}年度行政执法数据公示", NONE),
        t("关于撤销{socialOrg}登记的公告", NONE),
        t("关于{socialOrg}成立登记的公告", NONE),
        t("关于对{socialOrg}作出行政处罚的公告", NONE),
        t("列入活动异常名录的社会组织名单（{y}年第{batch}批）", NONE),
        t("关于{socialOrg}等{k}家社会组织注销登记的公告", NONE),
        t("{district}养老机构{y}年第{q}季度监督检查情况通报", NONE),
        t("关于{place}{facility}消防安全检查情况的通报", NONE),
        t("{socialOrg}{py}年度检查结论公告", NONE));
  }

  static List<TitleTemplate> socialAssistance() {
    return List.of(
        t("{place}{y}年{m}月城乡低保资金发放情况公示", NONE),
        t("{place}{y}年第{q}季度特困人员救助供养名册公示", NONE),
        t("{place}{y}年{m}月临时救助对象公示", NONE),
        t("{place}低保边缘家庭认定结果公示（{y}年第{batch}批）", NONE),
        t("{district}{y}年{assistance}资金使用情况公告", NONE),
        t("关于开展{y}年{assistance}专项治理工作的通知", ISSUED),
        t("{y}年{place}困难群众走访慰问金发放情况（第{batch}批）", NONE),
        t("{place}{y}年{m}月新增低保对象名单公示", NONE),
        t("{place}{y}年第{q}季度临时救助资金发放情况公示", NONE),
        t("{place}{y}年{m}月低保对象动态调整情况公示", NONE),
        t("{place}关于{person}等{k}户申请最低生活保障的公示", NONE),
        t("{place}{y}年{m}月特困人员新增审批结果公示", NONE),
        t("{district}{y}年{m}月医疗救助资金发放明细", NONE),
        t("{place}{y}年{m}月“救急难”个案救助情况公示", NONE));
  }

  static List<TitleTemplate> employment() {
    return List.of(
        t("{y}年度全国社会工作者职业资格考试{city}考区报名通知", NONE),
        t("{place}开展{y}年养老护理员职业技能培训", NONE),
        t("{district}{y}年民政公益性岗位招聘公告", NONE),
        t("{org}关于开展{y}年困难群众就业帮扶专项行动的通知", ISSUED),
        t("{y}年{street}社区工作者招聘考试公告", NONE),
        t("{y}年{city}养老护理员职业技能竞赛通知", NONE),
        t("{district}举办{y}年低保家庭高校毕业生专场招聘会", NONE),
        t("{street}举办{y}年困难群众就业专场招聘会", NONE),
        t("{unit}{y}年第{batch}批{post}招聘拟聘用人员公示", NONE),
        t("{place}{y}年{m}月就业困难人员帮扶情况公示", NONE),
        t("{org}关于{y}年社会工作专业人才奖励补贴的公示", NONE),
        t("{district}{y}年第{batch}批公益性岗位拟聘用人员公示", NONE),
        t("{street}{y}年社区工作者招聘拟聘用人员名单", NONE),
        t("{district}{y}年第{batch}期养老护理员培训合格人员名单公示", NONE),
        t("{unit}{y}年{post}岗位招聘公告", NONE),
        t("{place}开展{y}年低保家庭劳动力技能培训", NONE));
  }

  static List<TitleTemplate> socialSecurity() {
    return List.of(
        t("{place}{y}年{m}月高龄津贴发放名单公示", NONE),
        t("{y}年第{q}季度{place}残疾人两项补贴发放情况", NONE),
        t("{place}孤儿和事实无人抚养儿童基本生活费发放情况（{y}年{m}月）", NONE),
        t("{district}民政局关于做好{y}年度经济困难老年人养老服务补贴申领工作的通知", ISSUED),
        t("{y}年{place}经济困难老年人养老服务补贴名单公示", NONE),
        t("{y}年度{district}惠民殡葬补助资金发放公示", NONE),
        t("{district}{y}年养老机构等级评定结果公示", NONE),
        t("{org}关于{y}年度{district}农村幸福院运营补贴的公示", NONE),
        t("{place}{y}年{m}月百岁老人长寿补贴发放公示", NONE),
        t("{place}{y}年{m}月困难残疾人生活补贴新增人员公示", NONE),
        t("{district}{y}年第{batch}批居家养老服务补贴对象公示", NONE),
        t("{place}{y}年{m}月老年人助餐服务补贴发放情况", NONE),
        t("{place}{y}年家庭养老床位建设补贴名单公示", NONE));
  }

  private static TitleTemplate t(String pattern, NumberPolicy numbering) {
    return new TitleTemplate(pattern, numbering);
  }
}
