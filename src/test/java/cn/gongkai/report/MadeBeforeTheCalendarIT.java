package cn.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.testsupport.CliProcess;
import cn.gongkai.testsupport.SharedNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An old document re-published in a website migration (生成日期 2005, before the calendar's first
 * year, 2007) has a delay no calendar file can measure: {@code stats} and {@code report} count it
 * apart and print every other figure of the year, as a user runs them.
 */
class MadeBeforeTheCalendarIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String MIGRATED = "关于印发《示例市社会救助家庭经济状况核对办法》的通知";

  private final Map<String, String> indexPrefix = Map.of("gongkai.elasticsearch.index-prefix",
      "calendar-" + UUID.randomUUID().toString().substring(0, 8));

  @TempDir
  Path work;

  @BeforeAll
  static void startTheSharedNode() {
    SharedNode.url();
  }

  @Test
  void aPublicationMadeBeforeTheCalendarBeginsIsCountedApartAndTheYearsFiguresArePrinted() throws Exception {
    Path inbox = Files.createDirectories(work.resolve("inbox"));
    Files.writeString(inbox.resolve("政策法规科.csv"), """
        标题,文号,体裁,生成日期,发布日期,责任部门
        %s,示民规〔2005〕1号,行政规范性文件,2005-03-01,2019-05-10,政策法规科
        关于做好2019年春节期间困难群众走访慰问工作的通知,,,2019-04-02,2019-04-10,办公室
        2019年第一季度城乡低保资金发放情况公示,,,2019-01-02,2019-06-03,社会救助科
        示例市民政局召开2019年工作会议,,,,2019-05-01,办公室
        """.formatted(MIGRATED), StandardCharsets.UTF_8);
    run("ingest", "--inbox", inbox.toString());

    JsonNode stats = JSON.readTree(run("stats", "--year", "2019", "--format", "json"));
    String text = run("stats", "--year", "2019");
    Path out = work.resolve("report");
    run("report", "--year", "2019", "--out", out.toString());

    JsonNode timeliness = stats.get("timeliness");
    assertThat(timeliness.get("outsideCalendar").asLong()).isEqualTo(1);
    assertThat(timeliness.get("onTime").asLong()).isEqualTo(1);
    assertThat(timeliness.get("late").asLong()).isEqualTo(1);
    assertThat(timeliness.get("unknown").asLong()).isEqualTo(1);
    assertThat(timeliness.get("latePublications")).hasSize(1);
    assertThat(timeliness.at("/latePublications/0/department").asString()).isEqualTo("社会救助科");
    JsonNode outside = timeliness.get("outsideCalendarPublications");
    assertThat(outside).hasSize(1);
    assertThat(outside.get(0).get("title").asString()).isEqualTo(MIGRATED);
    assertThat(outside.get(0).get("docNo").asString()).isEqualTo("示民规〔2005〕1号");
    assertThat(outside.get(0).get("createdDate").asString()).isEqualTo("2005-03-01");
    assertThat(outside.get(0).get("publishedDate").asString()).isEqualTo("2019-05-10");
    assertThat(stats.at("/publications/total").asLong()).isEqualTo(4);
    assertThat(stats.at("/regulatory/行政规范性文件/issued").asLong()).isEqualTo(1);
    assertThat(stats.at("/regulatory/行政规范性文件/inForce").asLong()).isEqualTo(1);

    assertThat(text).containsPattern("生成日期早于工作日历（2007年起），无法计算 +1");

    for (String file : List.of("annual-report-2019.md", "annual-report-2019.xlsx", "annual-report-2019.html",
        "annual-report-2019-timeliness.csv", "annual-report-2019-outside-calendar.csv")) {
      assertThat(out.resolve(file)).as(file).isNotEmptyFile();
    }
    assertThat(rows(out, "timeliness")).containsExactly(
        List.of("按时公开", "1"), List.of("逾期公开", "1"), List.of("其中：社会救助科", "1"),
        List.of("生成日期早于工作日历（2007年起），无法计算", "1"),
        List.of("无法判断（无生成日期或生成日期晚于发布日期）", "1"), List.of("合计", "4"));
    assertThat(rows(out, "outside-calendar")).containsExactly(
        List.of("政策法规科", MIGRATED, "示民规〔2005〕1号", "2005-03-01", "2019-05-10"));
    assertThat(Files.readString(out.resolve("annual-report-2019.md"), StandardCharsets.UTF_8)).contains(MIGRATED);
  }

  private String run(String... args) throws Exception {
    CliProcess.Result result = CliProcess.run(Map.of("GONGKAI_DATA", SharedNode.DATA_DIR.toString()), indexPrefix, args);
    assertThat(result.exitCode()).as(result.output()).isZero();
    return result.stdout();
  }

  /** The table's rows, without its title and header. */
  private static List<List<String>> rows(Path out, String table) {
    List<List<String>> rows = XlsxCells.csvRows(out.resolve("annual-report-2019-" + table + ".csv"));
    return rows.subList(2, rows.size());
  }
}
