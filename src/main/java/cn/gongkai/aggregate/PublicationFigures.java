package cn.gongkai.aggregate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of SPEC section 7 for one year and organization, in the shape of {@code stats --format
 * json} (SPEC section 8). Maps iterate in report order: channels, disclosures and months in their
 * official order with zeros filled in, categories and departments by name.
 *
 * @param organization the organization counted, or {@code *} for all of them
 * @param regulatory 规章 and 行政规范性文件, in that order, to their ledger of the year
 * @param personalData identity, mobile and bank card numbers masked (去标识化) in the year's
 *     publications, by department: what the office should have removed from the source exports
 */
@JsonPropertyOrder({"year", "organization", "publications", "regulatory", "timeliness", "personalData",
    "applications", "reviews"})
public record PublicationFigures(
    int year, String organization, Publications publications, Map<String, RegulatoryFigures> regulatory,
    TimelinessFigures timeliness, Map<String, Long> personalData,
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    RegisterFigures.Applications applications,
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    RegisterFigures.Reviews reviews) {

  /** Figures without registers of applications or cases: parts 三 and 四 left out. */
  public PublicationFigures(int year, String organization, Publications publications,
      Map<String, RegulatoryFigures> regulatory, TimelinessFigures timeliness, Map<String, Long> personalData) {
    this(year, organization, publications, regulatory, timeliness, personalData, null, null);
  }

  /** The failed cross-checks of parts 三 and 四, each naming its cells; empty when they hold or there are none. */
  public java.util.List<String> failedCrossChecks() {
    java.util.List<String> failures = new java.util.ArrayList<>();
    if (applications != null) {
      applications.crossChecks().forEach(failure -> failures.add("第三部分 " + failure));
    }
    if (reviews != null) {
      reviews.crossChecks().forEach(failure -> failures.add("第四部分 " + failure));
    }
    return failures;
  }

  /** These figures with parts 三 and 四, each {@code null} when no such register was delivered. */
  public PublicationFigures withRegisters(RegisterFigures.Applications applicationFigures,
      RegisterFigures.Reviews reviewFigures) {
    return new PublicationFigures(year, organization, publications, regulatory, timeliness, personalData,
        applicationFigures, reviewFigures);
  }

  public PublicationFigures {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(publications, "publications");
    regulatory = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(regulatory));
    Objects.requireNonNull(timeliness, "timeliness");
    personalData = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(personalData));
  }

  /**
   * @param total publications published in the year (after deduplication)
   * @param cumulative everything published up to the end of the year (历年累计)
   * @param byChannel a publication on two channels counts once in each
   * @param cumulativeByChannel the same, for everything up to the end of the year (the appendix of
   *     an annual report gives 政府网站公开数 and 政府公报公开数 for both)
   * @param byYearAndCategory every year up to this one that has publications, oldest first, to its
   *     counts by category (what the report's chart of categories over the years shows)
   */
  @JsonPropertyOrder({"total", "cumulative", "byCategory", "cumulativeByCategory", "byChannel",
      "cumulativeByChannel", "byDepartment", "byDisclosure", "byMonth", "byYearAndCategory"})
  public record Publications(
      long total,
      long cumulative,
      Map<String, Long> byCategory,
      Map<String, Long> cumulativeByCategory,
      Map<String, Long> byChannel,
      Map<String, Long> cumulativeByChannel,
      Map<String, Long> byDepartment,
      Map<String, Long> byDisclosure,
      Map<String, Long> byMonth,
      Map<String, Map<String, Long>> byYearAndCategory) {}
}
