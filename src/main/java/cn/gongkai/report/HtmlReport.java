package cn.gongkai.report;

import cn.gongkai.aggregate.PublicationFigures;
import cn.gongkai.aggregate.TimelinessFigures;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report as one self-contained HTML page: the year's key figures, charts (categories over the
 * years, channels, departments, months) and every table. The chart library, the page's script and
 * the figures are inlined, so the file can be mailed, archived or opened offline as it is.
 *
 * <p>The template escapes every text it fills in; the figures go in as JSON, parsed by the page
 * rather than run, with {@code <} escaped so no title can close the script element.
 */
final class HtmlReport {

  private static final Template PAGE = Mustache.compiler().compile(resource("annual-report.html.mustache"));
  private static final String PAGE_SCRIPT = resource("annual-report-charts.js");
  private static final Pattern COUNT = Pattern.compile("\\d+");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private HtmlReport() {}

  static String render(AnnualReport report) {
    return render(report, ChartLibrary.script());
  }

  /** @param chartLibrary the script of ECharts, inlined as it is */
  static String render(AnnualReport report, String chartLibrary) {
    PublicationFigures figures = report.figures();
    TimelinessFigures timeliness = figures.timeliness();
    return PAGE.execute(Map.ofEntries(
        Map.entry("heading", report.heading()),
        Map.entry("year", figures.year()),
        Map.entry("total", figures.publications().total()),
        Map.entry("cumulative", figures.publications().cumulative()),
        Map.entry("limitWorkingDays", timeliness.limitWorkingDays()),
        Map.entry("onTimeShare", onTimeShare(timeliness)),
        Map.entry("late", timeliness.late()),
        Map.entry("tables", report.tables().stream().map(HtmlReport::table).toList()),
        Map.entry("echartsVersion", ChartLibrary.version()),
        Map.entry("chartData", JSON.writeValueAsString(ChartData.of(report)).replace("<", "\\u003c")),
        Map.entry("chartLibrary", chartLibrary),
        Map.entry("pageScript", PAGE_SCRIPT)));
  }

  /** Share of the publications whose delay could be measured that were on time; — when none could. */
  private static String onTimeShare(TimelinessFigures timeliness) {
    long measured = timeliness.onTime() + timeliness.late();
    return measured == 0 ? "—" : "%.1f%%".formatted(100.0 * timeliness.onTime() / measured);
  }

  private static Map<String, Object> table(ReportTable table) {
    List<Map<String, Object>> rows = table.rows().stream()
        .map(row -> Map.<String, Object>of("cells", row.stream().map(HtmlReport::cell).toList())).toList();
    return Map.of("id", table.id(), "title", table.title(), "header", table.header(), "rows", rows);
  }

  private static Map<String, Object> cell(String text) {
    return Map.of("text", text, "kind", COUNT.matcher(text).matches() ? "count" : text.isEmpty() ? "blank" : "text");
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream("/report/" + name)) {
      if (in == null) {
        throw new IllegalStateException("report/" + name + " is missing from the application: rebuild it");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
