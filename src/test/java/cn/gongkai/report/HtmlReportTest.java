package cn.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.aggregate.LatePublication;
import cn.gongkai.aggregate.PublicationFigures;
import cn.gongkai.aggregate.RegulatoryFigures;
import cn.gongkai.aggregate.TimelinessFigures;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML page and what its charts are given, without a browser (HtmlReportBrowserIT opens one). */
class HtmlReportTest {

  private static final String HOSTILE_TITLE = "</script><script>alert(\"公开\")</script>";

  @Test
  void chartsEveryYearFromTheFirstWithPublicationsAGapYearAsZero() {
    ChartData data = ChartData.of(report(Map.of("2019", Map.of("工作动态", 2L), "2021", Map.of("工作动态", 1L, "政策文件", 3L))));

    assertThat(data.years()).containsExactly("2019", "2020", "2021", "2022");
    assertThat(data.byYearAndCategory()).containsExactly(
        new ChartData.Series("政策文件", List.of(0L, 0L, 3L, 0L)),
        new ChartData.Series("工作动态", List.of(2L, 0L, 1L, 0L)),
        new ChartData.Series("其他", List.of(0L, 0L, 0L, 0L)));
  }

  @Test
  void chartsACategoryTheTaxonomyNoLongerHasAfterItsOwn() {
    ChartData data = ChartData.of(report(Map.of("2022", Map.of("旧类别", 4L))));

    assertThat(data.byYearAndCategory()).extracting(ChartData.Series::name)
        .containsExactly("政策文件", "工作动态", "其他", "旧类别");
  }

  @Test
  void labelsMonthsInCalendarOrder() {
    ChartData data = ChartData.of(report(Map.of()));

    assertThat(data.byMonth().labels()).containsExactly("1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月",
        "10月", "11月", "12月");
    assertThat(data.byMonth().counts()).startsWith(5L, 0L).endsWith(0L, 2L);
  }

  @Test
  void escapesEveryTextSoNoTitleCanAddMarkupOrScript() {
    String page = HtmlReport.render(report(Map.of()), "/* chart library */");

    assertThat(Pattern.compile("<script").matcher(page).results().count()).as("the page's own three scripts only")
        .isEqualTo(3);
    assertThat(page).contains("<td class=\"text\">&lt;/script&gt;&lt;script&gt;alert(&quot;公开&quot;)&lt;/script&gt;</td>")
        .contains("<title>示例市民政局2022年 &lt;b&gt;统计表&lt;/b&gt;</title>")
        .contains("\"labels\":[\"\\u003cscript>科\"]");
  }

  @Test
  void showsTheKeyFiguresAndTheShareOnTime() {
    String page = HtmlReport.render(report(Map.of()), "/* chart library */");

    assertThat(page).contains("<div class=\"tile\" id=\"tile-total\"><span class=\"label\">本年主动公开</span>"
            + "<span class=\"value\">7</span>")
        .contains("<span class=\"label\">按时公开率</span><span class=\"value\">75.0%</span>")
        .contains("/* chart library */");
  }

  @Test
  void knowsHtmlByItsName() {
    assertThat(ReportFormat.named("html")).contains(ReportFormat.HTML);
  }

  /** 2022: 7 publications of one department named with markup, 3 on time, 1 late (its title markup too), 3 without 生成日期. */
  private static AnnualReport report(Map<String, Map<String, Long>> history) {
    Map<String, Long> months = new LinkedHashMap<>();
    for (int month = 1; month <= 12; month++) {
      months.put("%02d".formatted(month), month == 1 ? 5L : month == 12 ? 2L : 0L);
    }
    var publications = new PublicationFigures.Publications(7, 9, Map.of("工作动态", 7L), Map.of("工作动态", 9L),
        Map.of("政府网站", 7L), Map.of("政府网站", 9L), Map.of("<script>科", 7L), Map.of("主动公开", 7L), months, history);
    var late = new LatePublication("办公室", HOSTILE_TITLE, null, LocalDate.of(2022, 1, 4), LocalDate.of(2022, 3, 1), 37);
    var timeliness = new TimelinessFigures(20, 3, 1, 0, 3, 2007, Map.of("办公室", 1L), List.of(late), List.of());
    var figures = new PublicationFigures(2022, "示例市民政局", publications,
        Map.of("规章", new RegulatoryFigures(0, 0, 0, 0)), timeliness, Map.of());
    return AnnualReport.of("示例市民政局2022年 <b>统计表</b>", figures, List.of("政策文件", "工作动态", "其他"));
  }
}
