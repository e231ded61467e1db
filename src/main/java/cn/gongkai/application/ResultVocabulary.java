package cn.gongkai.application;

import cn.gongkai.dedup.TitleSimilarity;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a register's 办理结果 text means: any of the part 三 rows by its key, its item alone, its group
 * and item however written (numbering and punctuation aside), the common wordings below, and the
 * office's own synonyms from configuration, each with or without the format's numbering, part
 * heading and bracketed note. A text none of them names is rejected with the closest row and the
 * list of accepted values: a result is never guessed.
 */
public final class ResultVocabulary {

  /** Wordings registers use for the rows, beside the format's own. */
  static final Map<String, ApplicationResult> COMMON = Map.ofEntries(
      Map.entry("公开", ApplicationResult.DISCLOSED),
      Map.entry("同意公开", ApplicationResult.DISCLOSED),
      Map.entry("全部公开", ApplicationResult.DISCLOSED),
      Map.entry("同意部分公开", ApplicationResult.PARTLY_DISCLOSED),
      Map.entry("区分处理", ApplicationResult.PARTLY_DISCLOSED),
      Map.entry("法律法规禁止公开", ApplicationResult.FORBIDDEN_BY_LAW),
      Map.entry("国家秘密", ApplicationResult.STATE_SECRET),
      Map.entry("三安全一稳定", ApplicationResult.ENDANGERS_SECURITY),
      Map.entry("第三方合法权益", ApplicationResult.THIRD_PARTY),
      Map.entry("内部事务信息", ApplicationResult.INTERNAL_AFFAIRS),
      Map.entry("三类内部事务信息", ApplicationResult.INTERNAL_AFFAIRS),
      Map.entry("过程性信息", ApplicationResult.PROCESS_INFORMATION),
      Map.entry("四类过程性信息", ApplicationResult.PROCESS_INFORMATION),
      Map.entry("行政执法案卷", ApplicationResult.ENFORCEMENT_FILE),
      Map.entry("行政查询事项", ApplicationResult.ADMINISTRATIVE_QUERY),
      Map.entry("信息不存在", ApplicationResult.NOT_HELD),
      Map.entry("本机关不掌握", ApplicationResult.NOT_HELD),
      Map.entry("不掌握", ApplicationResult.NOT_HELD),
      Map.entry("需要另行制作", ApplicationResult.WOULD_NEED_MAKING),
      Map.entry("需另行制作", ApplicationResult.WOULD_NEED_MAKING),
      Map.entry("申请内容不明确", ApplicationResult.STILL_UNCLEAR),
      Map.entry("大量反复申请", ApplicationResult.VEXATIOUS),
      Map.entry("重新出具已获取信息", ApplicationResult.CONFIRMATION),
      Map.entry("信访举报投诉", ApplicationResult.PETITION),
      Map.entry("重复申请", ApplicationResult.REPEATED),
      Map.entry("公开出版物", ApplicationResult.PUBLISHED_MATERIAL),
      Map.entry("逾期不补正", ApplicationResult.NOT_CORRECTED),
      Map.entry("逾期未缴费", ApplicationResult.FEE_UNPAID));

  /** A note in brackets after a row's name; not the group's numbering, （三）. */
  private static final Pattern NOTE = Pattern.compile("\\((?![一二三四五六七]\\))[^()]*\\)");
  /** Part 三's heading over the rows （一） and （二）, written before them. */
  private static final Pattern HEADING = Pattern.compile("^三?本年度办理结果");

  private final Map<String, ApplicationResult> byText = new LinkedHashMap<>();

  /**
   * @param synonyms the office's own wordings, text to a row's {@link ApplicationResult#key() key}
   * @throws IllegalArgumentException naming each synonym whose row is not one of the format's
   */
  public ResultVocabulary(Map<String, String> synonyms) {
    for (ApplicationResult result : ApplicationResult.values()) {
      add(result.key(), result);
      add(result.group() + (result.item() == null ? "" : result.item()), result);
      if (result.item() != null && Arrays.stream(ApplicationResult.values())
          .filter(other -> result.item().equals(other.item())).count() == 1) {
        add(result.item(), result);
      }
    }
    COMMON.forEach(this::add);
    List<String> unknown = new ArrayList<>();
    synonyms.forEach((text, key) -> {
      Optional<ApplicationResult> result = byKey(key);
      if (result.isEmpty()) {
        unknown.add("'" + text + "' -> '" + key + "'");
      } else {
        byText.put(VocabularyText.normalize(text), result.get());
      }
    });
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("application result synonyms name rows the format does not have: "
          + String.join(", ", unknown) + "; the rows are " + String.join(", ", acceptedValues()));
    }
  }

  public static ResultVocabulary defaults() {
    return new ResultVocabulary(Map.of());
  }

  /**
   * The row {@code text} names; empty when it names none (or is blank). The text is read as written
   * first, then without the format's numbering and part heading ({@code 三、本年度办理结果（二）},
   * {@code 1.}), then also without a note in brackets ({@code （区分处理的，只计这一情形，不计其他情形）}).
   */
  public Optional<ApplicationResult> parse(String text) {
    for (String reading : readings(text)) {
      ApplicationResult result = byText.get(reading);
      if (result != null) {
        return Optional.of(result);
      }
    }
    return Optional.empty();
  }

  /**
   * The row whose name in the format {@code text} is most like (the Jaccard index of their character
   * bigrams, over its key and its item), the first in the format's order between equals; empty when
   * no row shares a bigram with it. For a rejection to suggest: never taken as the row. The short
   * common wordings are left out, since 公开 is as like 不予公开 as 予以公开 is.
   */
  public Optional<ApplicationResult> closest(String text) {
    ApplicationResult closest = null;
    double best = 0;
    for (ApplicationResult result : ApplicationResult.values()) {
      for (String name : result.item() == null ? List.of(result.key()) : List.of(result.key(), result.item())) {
        for (String reading : readings(text)) {
          double similarity = TitleSimilarity.jaccard(reading, VocabularyText.normalize(name));
          if (similarity > best) {
            best = similarity;
            closest = result;
          }
        }
      }
    }
    return Optional.ofNullable(closest);
  }

  private static List<String> readings(String text) {
    String nfkc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
    Set<String> readings = new LinkedHashSet<>();
    for (String variant : List.of(nfkc, NOTE.matcher(nfkc).replaceAll(""))) {
      String key = VocabularyText.normalize(variant);
      if (!key.isEmpty()) {
        readings.add(key);
        // the format's numbering written in: "（三）不予公开 1.属于国家秘密", "3.危及三安全一稳定"
        readings.add(HEADING.matcher(key).replaceFirst("").replaceFirst("^[一二三四五六]", "").replaceAll("\\d+", ""));
      }
    }
    readings.remove("");
    return List.copyOf(readings);
  }

  /** Every row's key, in the format's order, for a rejection to list. */
  public static List<String> acceptedValues() {
    return Arrays.stream(ApplicationResult.values()).map(ApplicationResult::key).toList();
  }

  private static Optional<ApplicationResult> byKey(String key) {
    return Arrays.stream(ApplicationResult.values()).filter(result -> result.key().equals(key)).findFirst();
  }

  private void add(String text, ApplicationResult result) {
    byText.putIfAbsent(VocabularyText.normalize(text), result);
  }
}
