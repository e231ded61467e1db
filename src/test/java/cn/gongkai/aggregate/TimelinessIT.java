package cn.gongkai.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.job.IngestRunner;
import cn.gongkai.testsupport.PipelineIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Timeliness (SPEC section 7) on loaded publications: published within 20 working days of 生成日期,
 * counted on the shipped calendar of holidays and 调休 days, not on weekends alone.
 */
// 2031 lies beyond the dates intake accepts by default (next year): let it in, to meet a year the calendar lacks
@TestPropertySource(properties = "gongkai.intake.dates.latest-years-ahead=10")
class TimelinessIT extends PipelineIntegrationTest {

  private static final String ORGANIZATION = "示例市民政局";

  @Autowired
  IngestRunner ingestRunner;

  @Autowired
  FiguresQuery figuresQuery;

  @TempDir
  Path inbox;

  @Test
  void countsPublicationsOnTimeLateAndUnknownInWorkingDays() throws Exception {
    Files.writeString(inbox.resolve("exports.csv"), """
        标题,文号,生成日期,发布日期,责任部门
        三日内发布的通知,,2024-01-02,2024-01-05,办公室
        跨春节发布的通知,,2024-02-08,2024-03-12,办公室
        跨国庆恰满二十个工作日,,2024-09-20,2024-10-23,社会救助科
        跨国庆超过一日,示民发〔2024〕9号,2024-09-20,2024-10-24,办公室
        半年后才发布的公示,,2024-01-02,2024-06-01,社会救助科
        没有生成日期的动态,,,2024-05-01,办公室
        生成日期晚于发布日期,,2024-05-10,2024-05-01,办公室
        """);
    assertThat(ingestRunner.run(inbox).completed()).isTrue();

    TimelinessFigures timeliness = figuresQuery.figures(2024, ORGANIZATION).timeliness();

    // 跨春节: 19 working days (2024-02-10..17 off, 02-18 worked); by weekends alone it would be 23, late
    // the late ones, department by department, with their working days (21 and 103, counted by hand)
    assertThat(timeliness).isEqualTo(new TimelinessFigures(20, 3, 2, 0, 2, 2007, Map.of("办公室", 1L, "社会救助科", 1L), List.of(
        new LatePublication("办公室", "跨国庆超过一日", "示民发〔2024〕9号", LocalDate.of(2024, 9, 20), LocalDate.of(2024, 10, 24), 21),
        new LatePublication("社会救助科", "半年后才发布的公示", null, LocalDate.of(2024, 1, 2), LocalDate.of(2024, 6, 1),
            103)), List.of()));
  }

  @Test
  void storesEachPublicationsWorkingDaysSoADashboardFindsTheLateOnesWithARangeFilter() throws Exception {
    Files.writeString(inbox.resolve("exports.csv"), """
        标题,文号,生成日期,发布日期,责任部门
        跨春节发布的通知,,2024-02-08,2024-03-12,办公室
        跨国庆恰满二十个工作日,,2024-09-20,2024-10-23,社会救助科
        跨国庆超过一日,示民发〔2024〕9号,2024-09-20,2024-10-24,办公室
        没有生成日期的动态,,,2024-05-01,办公室
        """);
    assertThat(ingestRunner.run(inbox).completed()).isTrue();
    String alias = INDEX_PREFIX + "-publications";

    Map<String, Integer> stored = new java.util.TreeMap<>();
    for (var hit : connection.client().search(search -> search.index(alias).size(10), Map.class).hits().hits()) {
      stored.put((String) hit.source().get("title"), (Integer) hit.source().get("workingDays"));
    }
    long late = connection.client().count(count -> count.index(alias)
        .query(q -> q.range(r -> r.number(n -> n.field("workingDays").gt(20.0))))).count();

    assertThat(stored).containsEntry("跨春节发布的通知", 19).containsEntry("跨国庆恰满二十个工作日", 20)
        .containsEntry("跨国庆超过一日", 21).containsEntry("没有生成日期的动态", null);
    assertThat(late).isEqualTo(figuresQuery.figures(2024, ORGANIZATION).timeliness().late()).isEqualTo(1);
  }

  @Test
  void refusesToGuessForAYearTheCalendarDoesNotHave() throws Exception {
    Files.writeString(inbox.resolve("exports.csv"), """
        标题,生成日期,发布日期
        二〇三一年的通知,2030-12-20,2031-01-06
        """);
    assertThat(ingestRunner.run(inbox).completed()).isTrue();

    assertThatThrownBy(() -> figuresQuery.figures(2031, ORGANIZATION))
        .isInstanceOf(MissingCalendarYearException.class)
        .hasMessageContaining("config/calendar/2030.json");
  }
}
