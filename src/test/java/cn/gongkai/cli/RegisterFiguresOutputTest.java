package cn.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.aggregate.PublicationFigures;
import cn.gongkai.aggregate.RegisterFigures;
import cn.gongkai.aggregate.TimelinessFigures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What stats and report say of parts 三 and 四: the text of stats, and the exit status when a cross-check fails. */
class RegisterFiguresOutputTest {

  @Test
  void figuresWhoseCrossChecksFailAreNamedOnStderrAndExitFour() {
    RegisterFigures.Reviews reviews = new RegisterFigures.Reviews(Map.of(),
        List.of("行政复议: 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 1, but 总计 is 2"));
    StringWriter err = new StringWriter();

    int status = FiguresScope.exitStatus(figures().withRegisters(null, reviews), new PrintWriter(err));

    assertThat(status).isEqualTo(4);
    assertThat(err.toString()).isEqualTo("gongkai: cross-check failed: 第四部分 行政复议: 结果维持 + 结果纠正 + 其他结果 + "
        + "尚未审结 = 1, but 总计 is 2" + System.lineSeparator());
  }

  @Test
  void consistentFiguresExitZeroSayingNothing() {
    StringWriter err = new StringWriter();

    assertThat(FiguresScope.exitStatus(figures(), new PrintWriter(err))).isZero();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void theTextOfStatsShowsPartFourWhenCaseRegistersWereDelivered() {
    Map<String, Map<String, Long>> groups = new java.util.LinkedHashMap<>();
    groups.put("行政复议", orderedCounts(1, 0, 0, 1, 2));
    RegisterFigures.Reviews reviews = new RegisterFigures.Reviews(groups, List.of());

    String text = FiguresText.render(figures().withRegisters(null, reviews));

    assertThat(text).contains("行政复议、行政诉讼（第四部分）").containsPattern("行政复议\\s+1\\s+0\\s+0\\s+1\\s+2")
        .doesNotContain("依申请公开（第三部分）");
    assertThat(FiguresText.render(figures())).doesNotContain("第四部分");
  }

  private static Map<String, Long> orderedCounts(long... counts) {
    Map<String, Long> map = new java.util.LinkedHashMap<>();
    List<String> columns = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
    for (int i = 0; i < counts.length; i++) {
      map.put(columns.get(i), counts[i]);
    }
    return map;
  }

  private static PublicationFigures figures() {
    var publications = new PublicationFigures.Publications(0, 0, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
        Map.of(), Map.of(), Map.of());
    return new PublicationFigures(2024, "示例市民政局", publications, Map.of(),
        new TimelinessFigures(20, 0, 0, 0, 0, 2007, Map.of(), List.of(), List.of()), Map.of());
  }
}
