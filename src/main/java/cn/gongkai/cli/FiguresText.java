package cn.gongkai.cli;

import cn.gongkai.aggregate.PublicationFigures;
import cn.gongkai.aggregate.RegisterFigures;
import cn.gongkai.aggregate.RegulatoryFigures;
import cn.gongkai.aggregate.TimelinessFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The figures of a year as a table a person reads: 本年 and 历年累计 side by side where both exist. */
final class FiguresText {

  private FiguresText() {}

  static String render(PublicationFigures figures) {
    PublicationFigures.Publications p = figures.publications();
    String organization = FiguresScope.displayName(figures);
    TextTable table = new TextTable()
        .row(organization + " " + figures.year() + "年 主动公开信息", "本年", "历年累计").rule()
        .row("公开信息总数", p.total(), p.cumulative());
    section(table, "按信息类别", p.byCategory(), p.cumulativeByCategory());
    section(table, "按公开渠道", p.byChannel(), null);
    section(table, "按责任部门", p.byDepartment(), null);
    section(table, "按公开方式", p.byDisclosure(), null);
    section(table, "按月份", p.byMonth(), null);
    return table.render() + "\n" + regulatory(figures) + "\n" + timeliness(figures.timeliness())
        + personalData(figures) + applications(figures) + reviews(figures);
  }

  /** Part 三, when application registers were delivered: the rows that count something, and the deadlines. */
  private static String applications(PublicationFigures figures) {
    RegisterFigures.Applications applications = figures.applications();
    if (applications == null) {
      return "";
    }
    TextTable table = new TextTable();
    List<Object> header = new ArrayList<>(List.of("依申请公开（第三部分）"));
    header.addAll(applications.columns());
    table.row(header.toArray()).rule();
    applications.rows().forEach((row, counts) -> {
      boolean always = row.equals("本年新收") || row.equals("上年结转") || row.equals("总计") || row.equals("结转下年度继续办理");
      if (always || counts.get("总计") > 0) {
        List<Object> cells = new ArrayList<>(List.of(row));
        cells.addAll(counts.values());
        table.row(cells.toArray());
      }
    });
    RegisterFigures.Deadline deadline = applications.deadline();
    TextTable deadlines = new TextTable().row("答复时限（20个工作日，延期40个）", "件数").rule()
        .row("按期答复", deadline.onTime()).row("延期后按期答复", deadline.extendedOnTime())
        .row("逾期答复", deadline.overdue()).row("年末逾期未答复", deadline.openPastDeadline());
    if (deadline.outsideCalendar() > 0) {
      deadlines.row("收到日期早于工作日历，无法计算时限", deadline.outsideCalendar());
    }
    return "\n" + table.render() + "\n" + deadlines.render();
  }

  /** Part 四, when case registers were delivered. */
  private static String reviews(PublicationFigures figures) {
    RegisterFigures.Reviews reviews = figures.reviews();
    if (reviews == null) {
      return "";
    }
    TextTable table = new TextTable().row("行政复议、行政诉讼（第四部分）", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计").rule();
    reviews.groups().forEach((group, counts) -> {
      List<Object> cells = new ArrayList<>(List.of(group));
      cells.addAll(counts.values());
      table.row(cells.toArray());
    });
    return "\n" + table.render();
  }

  /** Only when something was masked: then the office has exports to correct. */
  private static String personalData(PublicationFigures figures) {
    if (figures.personalData().isEmpty()) {
      return "";
    }
    TextTable table = new TextTable().row("个人信息去标识化（已屏蔽）", "号码数").rule();
    figures.personalData().forEach(table::row);
    return "\n" + table.render();
  }

  private static String timeliness(TimelinessFigures timeliness) {
    TextTable table = new TextTable()
        .row("生成后" + timeliness.limitWorkingDays() + "个工作日内公开", "件数").rule()
        .row("按时", timeliness.onTime())
        .row("超时", timeliness.late())
        .row("生成日期早于工作日历（" + timeliness.calendarFirstYear() + "年起），无法计算", timeliness.outsideCalendar())
        .row("无法判断（无生成日期或晚于发布日期）", timeliness.unknown());
    timeliness.lateByDepartment().forEach((department, late) -> table.row("  超时：" + department, late));
    return table.render();
  }

  /** The ledger as the national report format words it: 本年制发, 本年废止, 现行有效. */
  private static String regulatory(PublicationFigures figures) {
    TextTable table = new TextTable().row("规章和行政规范性文件", "本年制发件数", "本年废止件数", "现行有效件数").rule();
    figures.regulatory().forEach((kind, ledger) ->
        table.row(kind, ledger.issued(), ledger.repealed(), ledger.inForce()));
    long undated = figures.regulatory().values().stream().mapToLong(RegulatoryFigures::repealedWithoutDate).sum();
    return table.render() + (undated == 0 ? "" : undated + " 件标注废止或失效但无废止日期，未计入现行有效：请补全废止日期。\n");
  }

  private static void section(TextTable table, String title, Map<String, Long> thisYear, Map<String, Long> cumulative) {
    table.rule().row(title, "", "");
    thisYear.forEach((key, count) ->
        table.row("  " + key, count, cumulative == null ? "" : cumulative.getOrDefault(key, 0L)));
    if (cumulative != null) {
      cumulative.forEach((key, count) -> {
        if (!thisYear.containsKey(key)) {
          table.row("  " + key, 0, count);
        }
      });
    }
  }
}
