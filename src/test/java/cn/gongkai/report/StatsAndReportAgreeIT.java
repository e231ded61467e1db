package cn.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.sample.SampleExportGenerator;
import cn.gongkai.sample.SampleSpec;
import cn.gongkai.testsupport.CliProcess;
import cn.gongkai.testsupport.SharedNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code stats} and {@code report} agree on every figure: both commands run, as a user runs them,
 * over the demo's exports (2019-2024, with 行政规范性文件, repeals and late publications), and every
 * number of the stats JSON is found where the report's CSV tables, workbook and HTML page show it,
 * and nothing else is there.
 */
class StatsAndReportAgreeIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int YEAR = 2024;

  private final Map<String, String> indexPrefix = Map.of("gongkai.elasticsearch.index-prefix",
      "agree-" + UUID.randomUUID().toString().substring(0, 8));

  @TempDir
  Path work;

  @Test
  void theReportShowsExactlyTheFiguresStatsPrints() throws Exception {
    Path inbox = work.resolve("inbox");
    new SampleExportGenerator(SampleSpec.demo()).writeTo(inbox);
    run("ingest", "--inbox", inbox.toString());
    JsonNode stats = JSON.readTree(run("stats", "--year", String.valueOf(YEAR), "--format", "json"));
    Path out = work.resolve("report");
    run("report", "--year", String.valueOf(YEAR), "--format", "csv,xlsx,html", "--out", out.toString());
    JsonNode p = stats.get("publications");
    JsonNode timeliness = stats.get("timeliness");

    assertThat(rows(out, "appendix")).containsExactly(
        List.of("主动公开文件数", "条", text(p, "total"), text(p, "cumulative")),
        List.of("其中：1.政府网站公开数", "条", text(p.get("byChannel"), "政府网站"), text(p.get("cumulativeByChannel"), "政府网站")),
        List.of("2.政府公报公开数", "条", text(p.get("byChannel"), "政府公报"), text(p.get("cumulativeByChannel"), "政府公报")));

    Map<String, List<String>> categories = keyed(rows(out, "categories"));
    assertThat(categories.remove("合计")).containsExactly(text(p, "total"), text(p, "cumulative"));
    assertThat(categories.keySet()).containsAll(names(p.get("cumulativeByCategory")));
    categories.forEach((category, counts) -> assertThat(counts).as(category)
        .containsExactly(text(p.get("byCategory"), category), text(p.get("cumulativeByCategory"), category)));

    Map<String, List<String>> departments = keyed(rows(out, "departments"));
    assertThat(departments.remove("合计")).containsExactly(text(p, "total"));
    assertThat(departments).isEqualTo(singleCounts(p.get("byDepartment")));

    Map<String, List<String>> timelinessRows = keyed(rows(out, "timeliness"));
    assertThat(timelinessRows.remove("按时公开")).containsExactly(text(timeliness, "onTime"));
    assertThat(timelinessRows.remove("逾期公开")).containsExactly(text(timeliness, "late"));
    assertThat(timelinessRows.remove("生成日期早于工作日历（" + text(timeliness, "calendarFirstYear") + "年起），无法计算"))
        .containsExactly(text(timeliness, "outsideCalendar"));
    assertThat(timelinessRows.remove("无法判断（无生成日期或生成日期晚于发布日期）")).containsExactly(text(timeliness, "unknown"));
    assertThat(timelinessRows.remove("合计")).containsExactly(text(p, "total"));
    Map<String, List<String>> lateByDepartment = new LinkedHashMap<>();
    singleCounts(timeliness.get("lateByDepartment")).forEach((department, late) -> lateByDepartment.put("其中：" + department, late));
    assertThat(timelinessRows).isEqualTo(lateByDepartment);
    List<List<String>> late = new ArrayList<>();
    for (JsonNode publication : timeliness.get("latePublications")) {
      late.add(List.of(publication.get("department").asString(), publication.get("title").asString(),
          publication.get("docNo").isNull() ? "" : publication.get("docNo").asString(),
          publication.get("createdDate").asString(), publication.get("publishedDate").asString(),
          publication.get("workingDays").asString()));
    }
    assertThat(late).hasSize(timeliness.get("late").asInt());
    assertThat(rows(out, "late")).isEqualTo(late);

    List<List<String>> regulatory = new ArrayList<>();
    stats.get("regulatory").properties().forEach(kind -> regulatory.add(List.of(kind.getKey(),
        text(kind.getValue(), "issued"), text(kind.getValue(), "repealed"), text(kind.getValue(), "inForce"))));
    assertThat(rows(out, "regulatory")).isEqualTo(regulatory);

    List<List<String>> personalData = new ArrayList<>();
    long masked = 0;
    for (var department : stats.get("personalData").properties()) {
      personalData.add(List.of(department.getKey(), department.getValue().asString()));
      masked += department.getValue().asLong();
    }
    personalData.add(List.of("合计", String.valueOf(masked)));
    assertThat(rows(out, "personal-data")).isEqualTo(personalData);

    assertThat(XlsxCells.sheets(out.resolve("annual-report-" + YEAR + ".xlsx"))).as("the workbook holds the CSV tables")
        .containsExactlyElementsOf(List.of("appendix", "categories", "departments", "timeliness", "late", "outside-calendar", "personal-data",
            "regulatory",
            "licensing", "enforcement", "fees").stream().map(id -> XlsxCells.csvRows(csv(out, id))).toList());

    String page = Files.readString(out.resolve("annual-report-" + YEAR + ".html"), StandardCharsets.UTF_8);
    assertThat(tile(page, "tile-total")).isEqualTo(text(p, "total"));
    assertThat(tile(page, "tile-cumulative")).isEqualTo(text(p, "cumulative"));
    assertThat(tile(page, "tile-late")).isEqualTo(text(timeliness, "late"));
    JsonNode charts = JSON.readTree(between(page, "<script type=\"application/json\" id=\"chart-data\">", "</script>"));
    assertThat(bars(charts.get("byChannel"))).isEqualTo(singleCounts(p.get("byChannel")));
    assertThat(bars(charts.get("byDepartment"))).isEqualTo(singleCounts(p.get("byDepartment")));
    Map<String, List<String>> months = new LinkedHashMap<>();
    singleCounts(p.get("byMonth")).forEach((month, count) -> months.put(Integer.parseInt(month) + "月", count));
    assertThat(bars(charts.get("byMonth"))).isEqualTo(months);
    List<String> years = charts.get("years").valueStream().map(JsonNode::asString).toList();
    assertThat(years).containsAll(names(p.get("byYearAndCategory"))).endsWith(String.valueOf(YEAR));
    for (JsonNode series : charts.get("byYearAndCategory")) {
      for (int i = 0; i < years.size(); i++) {
        JsonNode ofYear = p.get("byYearAndCategory").get(years.get(i));
        assertThat(series.get("counts").get(i).asString()).as("%s in %s", series.get("name").asString(), years.get(i))
            .isEqualTo(ofYear == null ? "0" : text(ofYear, series.get("name").asString()));
      }
    }
  }

  private String run(String... args) throws Exception {
    CliProcess.Result result = CliProcess.run(Map.of("GONGKAI_DATA", SharedNode.DATA_DIR.toString()), indexPrefix, args);
    assertThat(result.exitCode()).as(result.output()).isZero();
    return result.stdout();
  }

  private static Path csv(Path out, String table) {
    return out.resolve("annual-report-" + YEAR + "-" + table + ".csv");
  }

  /** The table's rows, without its title and header. */
  private static List<List<String>> rows(Path out, String table) {
    List<List<String>> rows = XlsxCells.csvRows(csv(out, table));
    return rows.subList(2, rows.size());
  }

  /** Rows by their first cell, each to the rest of its cells. */
  private static Map<String, List<String>> keyed(List<List<String>> rows) {
    Map<String, List<String>> keyed = new LinkedHashMap<>();
    rows.forEach(row -> assertThat(keyed.put(row.get(0), row.subList(1, row.size()))).as(row.get(0)).isNull());
    return keyed;
  }

  private static Map<String, List<String>> singleCounts(JsonNode counts) {
    Map<String, List<String>> single = new LinkedHashMap<>();
    counts.properties().forEach(entry -> single.put(entry.getKey(), List.of(entry.getValue().asString())));
    return single;
  }

  private static Map<String, List<String>> bars(JsonNode bars) {
    Map<String, List<String>> single = new LinkedHashMap<>();
    for (int i = 0; i < bars.get("labels").size(); i++) {
      single.put(bars.get("labels").get(i).asString(), List.of(bars.get("counts").get(i).asString()));
    }
    return single;
  }

  private static List<String> names(JsonNode object) {
    return object.propertyNames().stream().toList();
  }

  /** A count as the report prints it: a category or channel stats does not list counts 0. */
  private static String text(JsonNode parent, String field) {
    JsonNode count = parent.get(field);
    return count == null ? "0" : count.asString();
  }

  private static String tile(String page, String id) {
    Matcher value = Pattern.compile("id=\"" + id + "\">.*?<span class=\"value\">([^<]*)<").matcher(page);
    assertThat(value.find()).as(id).isTrue();
    return value.group(1);
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start) + start.length();
    return text.substring(from, text.indexOf(end, from));
  }
}
