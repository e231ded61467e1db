package cn.gongkai.application;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a register's 办理结果 text means: any of the part 三 rows by its key, its item alone, its group
 * and item however written (numbering and punctuation aside), the common wordings below, and the
 * office's own synonyms from configuration. A text none of them names is rejected with the list of
 * accepted values: a result is never guessed.
 */
public final class ResultVocabulary {

  /** Wordings registers use for the rows, beside the format's own. */
  static final Map<String, ApplicationResult> COMMON = Map.ofEntries(
      Map.entry("公开", ApplicationResult.DISCLOSED),
      Map.entry("同意公开", ApplicationResult.DISCLOSED),
      Map.entry("全部公开", ApplicationResult.DISCLOSED),
      Map.entry("同意部分公开", ApplicationResult.PARTLY_DISCLOSED),
      Map.entry("区分处理", ApplicationResult.PARTLY_DISCLOSED),
      Map.entry("国家秘密", ApplicationResult.STATE_SECRET),
      Map.entry("三安全一稳定", ApplicationResult.ENDANGERS_SECURITY),
      Map.entry("第三方合法权益", ApplicationResult.THIRD_PARTY),
      Map.entry("内部事务信息", ApplicationResult.INTERNAL_AFFAIRS),
      Map.entry("过程性信息", ApplicationResult.PROCESS_INFORMATION),
      Map.entry("行政执法案卷", ApplicationResult.ENFORCEMENT_FILE),
      Map.entry("行政查询事项", ApplicationResult.ADMINISTRATIVE_QUERY),
      Map.entry("信息不存在", ApplicationResult.NOT_HELD),
      Map.entry("本机关不掌握", ApplicationResult.NOT_HELD),
      Map.entry("不掌握", ApplicationResult.NOT_HELD),
      Map.entry("需要另行制作", ApplicationResult.WOULD_NEED_MAKING),
      Map.entry("信访举报投诉", ApplicationResult.PETITION),
      Map.entry("重复申请", ApplicationResult.REPEATED),
      Map.entry("公开出版物", ApplicationResult.PUBLISHED_MATERIAL),
      Map.entry("逾期不补正", ApplicationResult.NOT_CORRECTED),
      Map.entry("逾期未缴费", ApplicationResult.FEE_UNPAID));

  /** A note in brackets after NFKC (full-width brackets are ASCII then), not the numbering (一) … (六). */
  private static final Pattern BRACKETED_NOTE = Pattern.compile("\\((?![一二三四五六七]\\))[^()]*\\)");

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
   * The row {@code text} names; empty when it names none (or is blank). The text may be the row's
   * label as the format prints it, copied whole: its numbering, its group, and the note in brackets
   * ({@code （二）部分公开（区分处理的，只计这一情形，不计其他情形）}), or that note shortened
   * ({@code 部分公开（区分处理）}).
   */
  public Optional<ApplicationResult> parse(String text) {
    Optional<ApplicationResult> found = lookUp(text);
    if (found.isEmpty() && text != null) {
      // the format's notes in brackets say how to count, not which row: (区分处理的，只计这一情形…)
      found = lookUp(BRACKETED_NOTE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll(""));
    }
    return found;
  }

  private Optional<ApplicationResult> lookUp(String text) {
    String key = VocabularyText.normalize(text);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    ApplicationResult result = byText.get(key);
    if (result == null) {
      // the format's numbering written in: "（三）不予公开 1.属于国家秘密", "3.危及三安全一稳定", "三、本年度办理结果"
      result = byText.get(unnumbered(key));
    }
    return Optional.ofNullable(result);
  }

  private static String unnumbered(String key) {
    return key.replace("本年度办理结果", "").replaceAll("^[一二三四五六七]+", "").replaceAll("\\d+", "");
  }

  /**
   * The row a text that names none comes closest to, for the clerk's message: by the share of
   * character pairs it has in common with the row's label; empty when it shares none with any.
   */
  public static Optional<ApplicationResult> closest(String text) {
    Set<String> pairs = bigrams(unnumbered(VocabularyText.normalize(text)));
    ApplicationResult best = null;
    double bestScore = 0;
    for (ApplicationResult result : ApplicationResult.values()) {
      double score = jaccard(pairs, bigrams(VocabularyText.normalize(result.group() + (result.item() == null ? "" : result.item()))));
      if (score > bestScore) {
        best = result;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The accepted values for a message: the closest row first, then every row in the format's order. */
  public static List<String> acceptedValuesClosestFirst(String text) {
    List<String> values = new ArrayList<>(acceptedValues());
    closest(text).ifPresent(row -> {
      values.remove(row.key());
      values.add(0, row.key());
    });
    return values;
  }

  private static Set<String> bigrams(String text) {
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i + 1 < text.length(); i++) {
      pairs.add(text.substring(i, i + 2));
    }
    if (text.length() == 1) {
      pairs.add(text);
    }
    return pairs;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    long common = a.stream().filter(b::contains).count();
    return (double) common / (a.size() + b.size() - common);
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
