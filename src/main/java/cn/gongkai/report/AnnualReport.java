package cn.gongkai.report;

import cn.gongkai.aggregate.FiguresQuery;
import cn.gongkai.aggregate.PublicationFigures;
import java.util.List;

/**
 * A year's annual report, whatever format it is written in: its heading, the figures it comes from
 * (the HTML page charts them) and its tables.
 *
 * @param categories the taxonomy's categories, in its order
 */
public record AnnualReport(String heading, PublicationFigures figures, List<String> categories,
    List<ReportTable> tables) {

  public AnnualReport {
    categories = List.copyOf(categories);
    tables = List.copyOf(tables);
  }

  /** The report of {@code figures} under its usual heading: 示例市民政局2024年政府信息公开工作年度报告 统计表. */
  public static AnnualReport of(PublicationFigures figures, List<String> categories) {
    return of(organizationName(figures) + figures.year() + "年政府信息公开工作年度报告 统计表", figures, categories);
  }

  /** How reports name the figures' organization: 全部机构 for all of them. */
  public static String organizationName(PublicationFigures figures) {
    return FiguresQuery.ALL_ORGANIZATIONS.equals(figures.organization()) ? "全部机构" : figures.organization();
  }

  /** The report of {@code figures}, its tables drawn up by {@link AnnualReportTables}. */
  public static AnnualReport of(String heading, PublicationFigures figures, List<String> categories) {
    return new AnnualReport(heading, figures, categories, AnnualReportTables.of(figures, categories));
  }

  public int year() {
    return figures.year();
  }
}
