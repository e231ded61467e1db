package cn.gongkai.report;

import cn.gongkai.aggregate.LatePublication;
import cn.gongkai.aggregate.OutsideCalendarPublication;
import cn.gongkai.aggregate.PublicationFigures;
import cn.gongkai.aggregate.RegulatoryFigures;
import cn.gongkai.aggregate.TimelinessFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tables of an annual report (SPEC section 7) from a year's figures: the appendix of seed 004
 * (本年 and 历年累计), the categories in the taxonomy's order, the departments, and the tables of part
 * 二 of the national format (国办公开办函〔2021〕30号), and timeliness with every late publication listed
 * by department. Rows no data feeds yet (行政许可, 行政处罚, 行政强制, 行政事业性收费) are there with
 * empty cells, for the office to fill in.
 */
public final class AnnualReportTables {

  private static final String ITEMS = "条";
  private static final String EMPTY = "";

  private AnnualReportTables() {}

  /** @param categories the taxonomy's categories, in its order: each gets a row, zero or not */
  public static List<ReportTable> of(PublicationFigures figures, List<String> categories) {
    List<ReportTable> tables = new ArrayList<>(List.of(appendix(figures), categories(figures, categories),
        departments(figures), timeliness(figures.timeliness()), latePublications(figures.timeliness()),
        outsideCalendar(figures.timeliness()), personalData(figures), regulatoryDocuments(figures),
        decisions("licensing", "第二十条第（五）项", List.of("行政许可")),
        decisions("enforcement", "第二十条第（六）项", List.of("行政处罚", "行政强制")), fees()));
    tables.addAll(RegisterTables.of(figures));
    return List.copyOf(tables);
  }

  private static ReportTable appendix(PublicationFigures figures) {
    PublicationFigures.Publications p = figures.publications();
    return new ReportTable("appendix", "附表 主动公开政府信息情况",
        List.of("指标名称", "单位", String.valueOf(figures.year()), "历年累计"),
        List.of(
            List.of("主动公开文件数", ITEMS, n(p.total()), n(p.cumulative())),
            List.of("其中：1.政府网站公开数", ITEMS, n(p.byChannel().get("政府网站")), n(p.cumulativeByChannel().get("政府网站"))),
            List.of("2.政府公报公开数", ITEMS, n(p.byChannel().get("政府公报")), n(p.cumulativeByChannel().get("政府公报")))));
  }

  private static ReportTable categories(PublicationFigures figures, List<String> categories) {
    PublicationFigures.Publications p = figures.publications();
    List<String> names = new ArrayList<>(categories);
    p.cumulativeByCategory().keySet().stream().filter(name -> !names.contains(name)).forEach(names::add);
    List<List<String>> rows = new ArrayList<>();
    for (String name : names) {
      rows.add(List.of(name, n(p.byCategory().get(name)), n(p.cumulativeByCategory().get(name))));
    }
    rows.add(List.of("合计", n(p.total()), n(p.cumulative())));
    return new ReportTable("categories", "主动公开政府信息的主要类别", List.of("信息类别", "本年", "历年累计"), rows);
  }

  private static ReportTable departments(PublicationFigures figures) {
    List<List<String>> rows = new ArrayList<>();
    figures.publications().byDepartment().forEach((department, count) -> rows.add(List.of(department, n(count))));
    rows.add(List.of("合计", n(figures.publications().total())));
    return new ReportTable("departments", "各责任部门主动公开情况", List.of("责任部门", "本年"), rows);
  }

  /** So the office can have the numbers removed where they came from: the departments' exports. */
  private static ReportTable personalData(PublicationFigures figures) {
    List<List<String>> rows = new ArrayList<>();
    figures.personalData().forEach((department, count) -> rows.add(List.of(department, n(count))));
    rows.add(List.of("合计", n(figures.personalData().values().stream().mapToLong(Long::longValue).sum())));
    return new ReportTable("personal-data", "个人信息去标识化（身份证号、手机号、银行卡号，已屏蔽后公开）",
        List.of("责任部门", "本年屏蔽数"), rows);
  }

  private static ReportTable timeliness(TimelinessFigures timeliness) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("按时公开", n(timeliness.onTime())));
    rows.add(List.of("逾期公开", n(timeliness.late())));
    timeliness.lateByDepartment().forEach((department, late) -> rows.add(List.of("其中：" + department, n(late))));
    rows.add(List.of("生成日期早于工作日历（" + timeliness.calendarFirstYear() + "年起），无法计算",
        n(timeliness.outsideCalendar())));
    rows.add(List.of("无法判断（无生成日期或生成日期晚于发布日期）", n(timeliness.unknown())));
    rows.add(List.of("合计", n(timeliness.onTime() + timeliness.late() + timeliness.outsideCalendar()
        + timeliness.unknown())));
    return new ReportTable("timeliness", "公开时效（生成之日起" + timeliness.limitWorkingDays() + "个工作日内公开）",
        List.of("情况", "件数"), rows);
  }

  private static ReportTable latePublications(TimelinessFigures timeliness) {
    List<List<String>> rows = new ArrayList<>();
    for (LatePublication late : timeliness.latePublications()) {
      rows.add(List.of(late.department(), late.title(), late.docNo() == null ? EMPTY : late.docNo(),
          late.createdDate().toString(), late.publishedDate().toString(), String.valueOf(late.workingDays())));
    }
    return new ReportTable("late", "逾期公开信息清单（按责任部门）",
        List.of("责任部门", "标题", "文号", "生成日期", "发布日期", "间隔工作日"), rows);
  }

  /** Old documents re-published (a website migration): their 生成日期 is for the department to check. */
  private static ReportTable outsideCalendar(TimelinessFigures timeliness) {
    List<List<String>> rows = new ArrayList<>();
    for (OutsideCalendarPublication outside : timeliness.outsideCalendarPublications()) {
      rows.add(List.of(outside.department(), outside.title(), outside.docNo() == null ? EMPTY : outside.docNo(),
          outside.createdDate().toString(), outside.publishedDate().toString()));
    }
    return new ReportTable("outside-calendar", "生成日期早于工作日历、无法计算时效的信息清单（按责任部门）",
        List.of("责任部门", "标题", "文号", "生成日期", "发布日期"), rows);
  }

  private static ReportTable regulatoryDocuments(PublicationFigures figures) {
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<String, RegulatoryFigures> kind : figures.regulatory().entrySet()) {
      RegulatoryFigures ledger = kind.getValue();
      rows.add(List.of(kind.getKey(), n(ledger.issued()), n(ledger.repealed()), n(ledger.inForce())));
    }
    return new ReportTable("regulatory", "第二十条第（一）项",
        List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"), rows);
  }

  private static ReportTable decisions(String id, String title, List<String> items) {
    return new ReportTable(id, title, List.of("信息内容", "本年处理决定数量"),
        items.stream().map(item -> List.of(item, EMPTY)).toList());
  }

  private static ReportTable fees() {
    return new ReportTable("fees", "第二十条第（八）项", List.of("信息内容", "本年收费金额（单位：万元）"),
        List.of(List.of("行政事业性收费", EMPTY)));
  }

  static String n(Long count) {
    return String.valueOf(count == null ? 0 : count);
  }
}
