package cn.gongkai.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An administrative review (行政复议) or lawsuit (行政诉讼) over the office's disclosure, from its
 * case register. It counts in the year it was filed, with its result as of the end of that year:
 * not closed by then, it is 尚未审结 whatever the register says now.
 *
 * @param closedDate when it was decided; {@code null} while open
 * @param result the decision; {@link Result#PENDING} while open
 */
public record ReviewCase(String caseNo, Kind kind, LocalDate filedDate, Result result, LocalDate closedDate) {

  /** The three groups of part 四: a review, a lawsuit without one first, a lawsuit after one. */
  public enum Kind {
    REVIEW("行政复议"),
    DIRECT_LAWSUIT("行政诉讼-未经复议直接起诉"),
    LAWSUIT_AFTER_REVIEW("行政诉讼-复议后起诉");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    /** As in {@code stats --format json}: {@code 行政诉讼-复议后起诉}. */
    public String key() {
      return key;
    }

    /**
     * The group a register's 类型 and, for a lawsuit, 诉讼类型 name; empty when they name none (a
     * lawsuit without its path among them).
     */
    public static Optional<Kind> parse(String type, String path) {
      String kind = VocabularyText.normalize(type);
      String lawsuitPath = VocabularyText.normalize(path);
      if (kind.equals("行政复议") || kind.equals("复议")) {
        return Optional.of(REVIEW);
      }
      if (kind.equals("行政诉讼") || kind.equals("诉讼")) {
        if (lawsuitPath.equals("未经复议直接起诉") || lawsuitPath.equals("直接起诉")) {
          return Optional.of(DIRECT_LAWSUIT);
        }
        if (lawsuitPath.equals("复议后起诉")) {
          return Optional.of(LAWSUIT_AFTER_REVIEW);
        }
      }
      return Optional.empty();
    }
  }

  /** A case's result, the four columns of each group of part 四. */
  public enum Result {
    UPHELD("结果维持"),
    CORRECTED("结果纠正"),
    OTHER("其他结果"),
    PENDING("尚未审结");

    private final String label;

    Result(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** The result a register's text names (结果维持, or 维持); empty for anything else. */
    public static Optional<Result> parse(String text) {
      String key = VocabularyText.normalize(text);
      for (Result result : values()) {
        if (VocabularyText.normalize(result.label).equals(key) || result.label.substring(2).equals(key)) {
          return Optional.of(result);
        }
      }
      return Optional.empty();
    }

    public static List<String> labels() {
      return java.util.Arrays.stream(values()).map(Result::label).toList();
    }
  }

  public ReviewCase {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(filedDate, "filedDate");
    result = result == null ? Result.PENDING : result;
    if (closedDate != null && closedDate.isBefore(filedDate)) {
      throw new IllegalArgumentException("审结日期" + closedDate + "早于立案日期" + filedDate + "：请核对这两个日期");
    }
    if (result != Result.PENDING && closedDate == null) {
      throw new IllegalArgumentException("已填结果“" + result.label() + "”，审结日期却为空：请填写审结日期；尚未审结的，结果请留空");
    }
    if (result == Result.PENDING && closedDate != null) {
      throw new IllegalArgumentException("已填审结日期" + closedDate + "，结果却为空或为尚未审结：请填写结果（结果维持、结果纠正或其他结果）");
    }
  }

  /** Its result at the end of {@code day}: 尚未审结 unless closed by then. */
  public Result resultAsOf(LocalDate day) {
    return closedDate != null && !closedDate.isAfter(day) ? result : Result.PENDING;
  }
}
