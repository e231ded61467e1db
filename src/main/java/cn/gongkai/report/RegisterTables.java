package cn.gongkai.report;

import cn.gongkai.aggregate.PublicationFigures;
import cn.gongkai.aggregate.RegisterFigures;
import cn.gongkai.application.ApplicationResult;
import cn.gongkai.application.ApplicationTable;
import cn.gongkai.application.DeadlineFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tables of parts 三 and 四 of the national format (国办公开办函〔2021〕30号), when registers of
 * applications or of cases were delivered: the applications received and answered by applicant type,
 * with the format's cross-checks and which cell breaks them; the replies against their legal limit,
 * the late ones listed; the application rows of the appendix before 2019; the reviews and lawsuits.
 */
final class RegisterTables {

  private static final String ITEMS = "件";

  private RegisterTables() {}

  static List<ReportTable> of(PublicationFigures figures) {
    List<ReportTable> tables = new ArrayList<>();
    RegisterFigures.Applications applications = figures.applications();
    if (applications != null) {
      tables.add(applications(applications));
      tables.add(checks("applications-checks", "第三部分校验（一＋二＝（七）总计＋四；总计＝各类申请人之和）",
          applications.crossChecks()));
      tables.add(deadline(applications.deadline()));
      tables.add(lateReplies(applications.deadline()));
      tables.add(legacyAppendix(applications.appendixBefore2019()));
    }
    RegisterFigures.Reviews reviews = figures.reviews();
    if (reviews != null) {
      tables.add(reviews(reviews));
      tables.add(checks("reviews-checks", "第四部分校验（各组总计＝结果维持＋结果纠正＋其他结果＋尚未审结）",
          reviews.crossChecks()));
    }
    return tables;
  }

  private static ReportTable applications(RegisterFigures.Applications applications) {
    List<String> header = new ArrayList<>(List.of("申请人情况"));
    for (String column : ApplicationTable.COLUMNS) {
      header.add(column.equals("自然人") || column.equals("总计") ? column : "法人或其他组织：" + column);
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(row("一、本年新收政府信息公开申请数量", applications.rows().get(ApplicationTable.RECEIVED)));
    rows.add(row("二、上年结转政府信息公开申请数量", applications.rows().get(ApplicationTable.CARRIED_IN)));
    for (ApplicationResult result : ApplicationResult.values()) {
      String label = (result.ordinal() == 0 ? "三、本年度办理结果 " : "") + result.rowLabel();
      rows.add(row(label, applications.rows().get(result.key())));
    }
    rows.add(row("（七）总计", applications.rows().get(ApplicationTable.TOTAL)));
    rows.add(row("四、结转下年度继续办理", applications.rows().get(ApplicationTable.CARRIED_OUT)));
    return new ReportTable("applications", "三、收到和处理政府信息公开申请情况", header, rows);
  }

  private static List<String> row(String label, Map<String, Long> counts) {
    List<String> row = new ArrayList<>(List.of(label));
    for (String column : ApplicationTable.COLUMNS) {
      row.add(AnnualReportTables.n(counts.get(column)));
    }
    return row;
  }

  /** Each failed cross-check on its own row, naming its cells; one row saying so when all hold. */
  private static ReportTable checks(String id, String title, List<String> failures) {
    List<List<String>> rows = failures.isEmpty() ? List.of(List.of("全部成立", "通过"))
        : failures.stream().map(failure -> List.of(failure, "不成立")).toList();
    return new ReportTable(id, title, List.of("校验", "结果"), rows);
  }

  private static ReportTable deadline(RegisterFigures.Deadline deadline) {
    return new ReportTable("application-deadlines", "依申请公开答复时限（收到之日起20个工作日，延期的40个工作日）",
        List.of("情况", "件数"), deadlineRows(deadline));
  }

  /** The four rows, and a fifth only when some application was received before the calendar begins. */
  private static List<List<String>> deadlineRows(RegisterFigures.Deadline deadline) {
    List<List<String>> rows = new java.util.ArrayList<>(List.of(
        List.of("按期答复", AnnualReportTables.n(deadline.onTime())),
        List.of("延期后按期答复", AnnualReportTables.n(deadline.extendedOnTime())),
        List.of("逾期答复", AnnualReportTables.n(deadline.overdue())),
        List.of("年末逾期未答复", AnnualReportTables.n(deadline.openPastDeadline()))));
    if (deadline.outsideCalendar() > 0) {
      rows.add(List.of(OUTSIDE_CALENDAR, AnnualReportTables.n(deadline.outsideCalendar())));
    }
    return rows;
  }

  /** Said of applications whose time limit the working-day calendar cannot count. */
  static final String OUTSIDE_CALENDAR = "收到日期早于工作日历，无法计算时限";

  private static ReportTable lateReplies(RegisterFigures.Deadline deadline) {
    List<List<String>> rows = new ArrayList<>();
    deadline.lateByDepartment().forEach((department, late) -> {
      for (DeadlineFigures.Late application : late) {
        rows.add(List.of(department, application.applicationNo() == null ? "" : application.applicationNo(),
            application.receivedDate().toString(), application.lastDay().toString(),
            application.replyDate() == null ? "年末未答复" : application.replyDate().toString()));
      }
    });
    return new ReportTable("late-replies", "逾期答复及逾期未答复的申请（按承办部门）",
        List.of("承办部门", "申请编号", "收到日期", "答复期限", "答复日期"), rows);
  }

  private static ReportTable legacyAppendix(Map<String, Long> rows) {
    List<List<String>> cells = new ArrayList<>();
    rows.forEach((name, count) -> cells.add(List.of(name, ITEMS, AnnualReportTables.n(count))));
    return new ReportTable("applications-appendix", "附表 依申请公开情况（2019年以前的年报格式）",
        List.of("指标名称", "单位", "本年"), cells);
  }

  private static ReportTable reviews(RegisterFigures.Reviews reviews) {
    List<String> header = new ArrayList<>();
    List<String> row = new ArrayList<>();
    reviews.groups().forEach((group, counts) -> counts.forEach((column, count) -> {
      header.add(group.replace("-", "：") + "：" + column);
      row.add(AnnualReportTables.n(count));
    }));
    return new ReportTable("reviews", "四、政府信息公开行政复议、行政诉讼情况", header, List.of(row));
  }
}
