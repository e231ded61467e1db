package cn.gongkai.sample;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The word lists behind the placeholders of title templates that do not depend on the year or the
 * department: places, activities, facilities, funds. Lookup only, so iteration order never matters.
 */
final class TitleVocabulary {

  private static final Map<String, List<String>> WORDS = Map.ofEntries(
      Map.entry("place", List.of("城东区", "城西区", "江北区", "高新区", "滨海新区", "临江县", "青山县",
          "城东区东湖街道", "江北区河西街道", "城西区新华街道", "临江县石桥镇", "青山县白沙镇")),
      Map.entry("standard", List.of("城乡居民最低生活保障", "特困人员基本生活", "孤儿基本生活费",
          "高龄津贴", "困难残疾人生活补贴", "重度残疾人护理补贴")),
      Map.entry("activity", List.of("民政政策宣传进社区活动", "养老机构安全隐患排查整治",
          "困难群众走访慰问活动", "社会救助政策业务培训", "文明祭扫和殡葬改革宣传", "婚姻登记窗口服务提升行动",
          "“送温暖、献爱心”专项救助行动", "社会组织党建工作培训")),
      Map.entry("meeting", List.of("全市民政工作会议", "社会救助工作推进会", "养老服务工作座谈会",
          "党风廉政建设工作会议", "政务公开工作培训会", "安全生产工作部署会")),
      Map.entry("facility", List.of("区域性养老服务中心", "社区居家养老服务站", "长者食堂", "儿童之家",
          "社会工作服务站", "未成年人救助保护站")),
      Map.entry("campaign", List.of("敬老月", "民政为民 服务到家", "救助管理机构开放日", "社会组织服务月",
          "慈善一日捐", "国际志愿者日")),
      Map.entry("honor", List.of("全国农村养老服务示范点", "省级婚姻登记机关标准化建设先进单位",
          "省级社区治理和服务创新实验区", "全国示范性老年友好型社区", "省级儿童关爱服务示范站")),
      Map.entry("unit", List.of("市社会福利院", "市救助管理站", "市殡仪馆", "市婚姻登记中心", "市儿童福利院",
          "市老年大学")),
      Map.entry("fund", List.of("中央财政困难群众救助补助", "省级福利彩票公益金", "养老服务体系建设补助",
          "社区综合服务设施建设补助", "残疾人两项补贴")),
      Map.entry("proposalTopic", List.of("加快农村养老服务发展", "提高困难群众救助水平", "规范殡葬服务收费",
          "加强社区工作者队伍建设", "推进婚俗改革", "发展老年助餐服务")),
      Map.entry("socialOrg", List.of("老年人协会", "书画协会", "志愿者协会", "养老服务促进会",
          "社会工作者协会", "慈善联合会")),
      Map.entry("assistance", List.of("城乡低保", "特困供养", "临时救助", "困难群众价格临时补贴",
          "医疗救助", "低保边缘家庭救助")));

  private TitleVocabulary() {
  }

  /** The words a placeholder stands for; empty when the key is not a vocabulary placeholder. */
  static Optional<List<String>> words(String key) {
    return Optional.ofNullable(WORDS.get(key));
  }
}
