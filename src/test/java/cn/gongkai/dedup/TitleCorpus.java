package cn.gongkai.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random publications with realistic government titles, some of them near copies of others (a full
 * stop, a space, full-width digits, a changed, dropped or added character), and the brute-force
 * reference the finder must agree with.
 */
final class TitleCorpus {

  static final List<String> PUBLISHERS = List.of("示例市民政局", "示例市财政局", "示例市卫生健康委员会",
      "示例县人民政府", "示例市人力资源和社会保障局");

  private static final List<String> TEMPLATES = List.of(
      "关于印发《{city}{area}{instrument}》的通知", "{city}{area}{instrument}（征求意见稿）",
      "关于{year}年度{area}工作情况的报告", "关于公布{year}年{month}月{area}对象名单的公示",
      "{city}关于做好{year}年{area}工作的通知", "关于《{city}{area}{instrument}》的政策解读",
      "{year}年第{quarter}季度{area}资金使用情况公告", "关于对市政协{year}年第{n}号提案（{area}）的答复",
      "关于开展{year}年{area}专项检查的通知", "{city}{area}领域政府信息公开目录", "{area}");
  private static final List<String> CITIES = List.of("示例市", "城东区", "江北区", "高新区", "临江县", "青山县");
  private static final List<String> AREAS = List.of("养老服务", "社会救助", "医疗保障", "就业创业", "住房保障",
      "义务教育", "食品安全", "安全生产", "生态环境", "乡村振兴", "城市更新", "公共文化", "残疾人保障",
      "退役军人服务", "优化营商环境");
  private static final List<String> INSTRUMENTS = List.of("补贴办法", "管理办法", "实施细则", "工作方案",
      "考核办法", "资金管理办法", "专项行动方案", "三年行动计划", "实施意见", "操作规程");
  private static final String REPLACEMENTS = "补助贴市县区省年月度第号关于的";
  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
  private static final int DAYS = 120;

  private final Random random;

  TitleCorpus(long seed) {
    this.random = new Random(seed);
  }

  /** {@code count} publications, about a third of them near copies of earlier ones. */
  List<NearDuplicateCandidate> window(String idPrefix, int count) {
    List<NearDuplicateCandidate> window = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String id = idPrefix + i;
      boolean copy = !window.isEmpty() && random.nextInt(3) == 0;
      window.add(copy ? nearCopy(pick(window), id) : fresh(id));
    }
    return window;
  }

  /**
   * {@code count} probes: new publications, near copies of window entries or of earlier probes, and
   * window entries themselves, some with a changed title (the same publication delivered again).
   */
  List<NearDuplicateCandidate> probes(List<NearDuplicateCandidate> window, int count) {
    List<NearDuplicateCandidate> probes = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String id = "p" + i;
      probes.add(switch (random.nextInt(5)) {
        case 0 -> fresh(id);
        case 1 -> nearCopy(pick(window), id);
        case 2 -> probes.isEmpty() ? fresh(id) : nearCopy(pick(probes), id);
        case 3 -> pick(window);
        default -> redelivered(pick(window));
      });
    }
    return probes;
  }

  NearDuplicateCandidate fresh(String id) {
    LocalDate date = FIRST_DAY.plusDays(random.nextInt(DAYS));
    return new NearDuplicateCandidate(id, pick(PUBLISHERS), date, title(date));
  }

  private NearDuplicateCandidate nearCopy(NearDuplicateCandidate original, String id) {
    String publisher = random.nextInt(10) == 0 ? pick(PUBLISHERS) : original.publisher();
    LocalDate date = original.publishedDate().plusDays(random.nextInt(11) - 5);
    return new NearDuplicateCandidate(id, publisher, date, edited(original.title()));
  }

  private NearDuplicateCandidate redelivered(NearDuplicateCandidate original) {
    return new NearDuplicateCandidate(original.id(), original.publisher(), original.publishedDate(),
        edited(original.title()));
  }

  private String title(LocalDate date) {
    if (random.nextInt(200) == 0) {
      return "《》";
    }
    return pick(TEMPLATES).replace("{city}", pick(CITIES)).replace("{area}", pick(AREAS))
        .replace("{instrument}", pick(INSTRUMENTS)).replace("{year}", Integer.toString(date.getYear() - 1))
        .replace("{month}", Integer.toString(1 + random.nextInt(12)))
        .replace("{quarter}", String.valueOf("一二三四".charAt(random.nextInt(4))))
        .replace("{n}", Integer.toString(1 + random.nextInt(300)));
  }

  private String edited(String title) {
    int at = random.nextInt(title.length());
    String other = String.valueOf(REPLACEMENTS.charAt(random.nextInt(REPLACEMENTS.length())));
    return switch (random.nextInt(8)) {
      case 0 -> title + "。";
      case 1 -> title.substring(0, at) + " " + title.substring(at);
      case 2 -> toFullWidthDigits(title);
      case 3 -> title.substring(0, at) + other + title.substring(Math.min(title.length(), at + 1));
      case 4 -> title.substring(0, at) + title.substring(at + 1);
      case 5 -> title.substring(0, at) + other + title.substring(at);
      case 6 -> title + "（修订）";
      default -> title;
    };
  }

  private static String toFullWidthDigits(String title) {
    StringBuilder wide = new StringBuilder(title.length());
    title.chars().forEach(c -> wide.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : (char) c));
    return wide.toString();
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** The finder's contract, by comparing each probe with every other publication. */
  static List<NearDuplicate> bruteForce(Collection<NearDuplicateCandidate> probes,
      Collection<NearDuplicateCandidate> window, double threshold, int maxDays) {
    Map<String, NearDuplicateCandidate> all = new LinkedHashMap<>();
    window.forEach(candidate -> all.put(candidate.id(), candidate));
    probes.forEach(candidate -> all.put(candidate.id(), candidate));
    Map<String, TitleBigrams> bigrams = new HashMap<>();
    all.forEach((id, candidate) -> bigrams.put(id, TitleSimilarity.bigrams(candidate.title())));
    Set<String> probeIds = new LinkedHashSet<>();
    probes.forEach(probe -> probeIds.add(probe.id()));
    Map<String, NearDuplicate> pairs = new HashMap<>();
    for (String probeId : probeIds) {
      NearDuplicateCandidate probe = all.get(probeId);
      for (NearDuplicateCandidate other : all.values()) {
        boolean near = !other.id().equals(probeId) && other.publisher().equals(probe.publisher())
            && Math.abs(other.publishedDate().toEpochDay() - probe.publishedDate().toEpochDay()) <= maxDays;
        double similarity = near ? TitleSimilarity.jaccard(bigrams.get(probeId), bigrams.get(other.id())) : 0;
        if (similarity >= threshold) {
          NearDuplicate pair = NearDuplicate.of(probe, other, similarity);
          pairs.put(pair.firstId() + "|" + pair.secondId(), pair);
        }
      }
    }
    List<NearDuplicate> sorted = new ArrayList<>(pairs.values());
    sorted.sort(Comparator.comparing(NearDuplicate::publisher).thenComparing(NearDuplicate::firstId)
        .thenComparing(NearDuplicate::secondId));
    return sorted;
  }
}
