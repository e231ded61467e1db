package cn.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.aggregate.FiguresQuery;
import cn.gongkai.aggregate.PublicationFigures;
import cn.gongkai.job.IngestRunner;
import cn.gongkai.testsupport.PipelineIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Parts 三 and 四 in every format of the report, from the worked example's registers ingested for
 * real (the cells counted by hand in WorkedExampleTest): the same rows in Markdown, CSV, XLSX and HTML.
 */
class RegisterReportIT extends PipelineIntegrationTest {

  private static final Path REGISTERS = Path.of("src/test/resources/registers");

  @Autowired
  IngestRunner ingestRunner;

  @Autowired
  FiguresQuery figuresQuery;

  @TempDir
  Path temp;

  @Test
  void everyFormatHasThePartsThreeAndFourCountedByHand() throws Exception {
    Path inbox = Files.createDirectories(temp.resolve("inbox"));
    Files.copy(REGISTERS.resolve("applications-2024.csv"), inbox.resolve("依申请公开登记表.csv"));
    Files.copy(REGISTERS.resolve("reviews-2024-gbk.csv"), inbox.resolve("行政复议诉讼登记表.csv"));
    ingestRunner.run(inbox);
    PublicationFigures figures = figuresQuery.figures(2024, "示例市民政局");
    Path out = temp.resolve("report");

    ReportWriter.write(out, AnnualReport.of(figures, List.of()), EnumSet.allOf(ReportFormat.class));

    List<String> received = List.of("一、本年新收政府信息公开申请数量", "2", "1", "1", "1", "1", "0", "6");
    List<String> secret = List.of("（三）不予公开 1.属于国家秘密", "1", "0", "0", "0", "0", "0", "1");
    List<String> total = List.of("（七）总计", "3", "1", "0", "0", "1", "0", "5");
    List<String> carriedOut = List.of("四、结转下年度继续办理", "0", "0", "1", "1", "0", "1", "3");
    List<String> reviews = List.of("1", "0", "0", "1", "2", "0", "0", "1", "0", "1", "0", "1", "0", "0", "1");

    List<List<String>> csv = XlsxCells.csvRows(out.resolve("annual-report-2024-applications.csv"));
    assertThat(csv).contains(received, secret, total, carriedOut);
    assertThat(csv).hasSize(1 + 1 + 2 + 21 + 2); // title, header, 一 and 二, the 21 results, （七） and 四
    assertThat(XlsxCells.csvRows(out.resolve("annual-report-2024-reviews.csv"))).contains(reviews);
    assertThat(XlsxCells.csvRows(out.resolve("annual-report-2024-applications-checks.csv")))
        .contains(List.of("全部成立", "通过"));
    assertThat(XlsxCells.csvRows(out.resolve("annual-report-2024-application-deadlines.csv")))
        .contains(List.of("按期答复", "3"), List.of("延期后按期答复", "1"), List.of("逾期答复", "1"),
            List.of("年末逾期未答复", "2"));
    assertThat(XlsxCells.csvRows(out.resolve("annual-report-2024-applications-appendix.csv")))
        .contains(List.of("受理申请总数", "件", "6"), List.of("信函、传真申请数", "件", "2"), List.of("行政诉讼数", "件", "2"));

    List<List<List<String>>> sheets = XlsxCells.sheets(out.resolve("annual-report-2024.xlsx"));
    assertThat(sheets).anySatisfy(sheet -> assertThat(sheet).contains(received, secret, total, carriedOut));
    assertThat(sheets).anySatisfy(sheet -> assertThat(sheet).contains(reviews));

    String markdown = Files.readString(out.resolve("annual-report-2024.md"), StandardCharsets.UTF_8);
    assertThat(markdown).contains("三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况")
        .contains("| " + String.join(" | ", carriedOut) + " |");
    String html = Files.readString(out.resolve("annual-report-2024.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("三、收到和处理政府信息公开申请情况", "（三）不予公开 1.属于国家秘密", "逾期答复及逾期未答复的申请");
  }
}
