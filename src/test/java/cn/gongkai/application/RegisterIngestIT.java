package cn.gongkai.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.gongkai.aggregate.FiguresQuery;
import cn.gongkai.aggregate.PublicationFigures;
import cn.gongkai.aggregate.RegisterFigures;
import cn.gongkai.job.FileSummary;
import cn.gongkai.job.IngestRunner;
import cn.gongkai.job.RunSummary;
import cn.gongkai.testsupport.PipelineIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The worked example's registers (see WorkedExampleTest) dropped into the inbox, through the real
 * ingest job into a real Elasticsearch, and out through the figures: every cell of parts 三 and 四 as
 * counted by hand; every row counted, merged or rejected; a register exported again a month later,
 * with A6 answered, merges and moves A6 to its result.
 */
class RegisterIngestIT extends PipelineIntegrationTest {

  private static final String ORGANIZATION = "示例市民政局";
  private static final Path REGISTERS = Path.of("src/test/resources/registers");

  @Autowired
  IngestRunner ingestRunner;

  @Autowired
  FiguresQuery figuresQuery;

  @TempDir
  Path temp;

  @Test
  void registersInTheInboxGiveThePartsCountedByHandAndAccountForEveryRow() throws Exception {
    Path inbox = Files.createDirectories(temp.resolve("inbox"));
    Files.copy(REGISTERS.resolve("applications-2024.csv"), inbox.resolve("依申请公开登记表.csv"));
    Files.copy(REGISTERS.resolve("reviews-2024-gbk.csv"), inbox.resolve("行政复议诉讼登记表.csv"));

    RunSummary summary = ingestRunner.run(inbox);

    assertThat(summary.status()).isEqualTo("COMPLETED");
    assertThat(summary.files())
        .extracting(FileSummary::file, FileSummary::read, FileSummary::loaded, FileSummary::merged, FileSummary::rejected)
        .containsExactly(tuple("依申请公开登记表.csv", 13L, 9L, 1L, 3L), tuple("行政复议诉讼登记表.csv", 6L, 5L, 0L, 1L));
    assertThat(Files.readAllLines(Path.of(summary.runDirectory(), "rejects.csv"), StandardCharsets.UTF_8))
        .anyMatch(line -> line.startsWith("依申请公开登记表.csv,12,UNKNOWN_VALUE,") && line.contains("已办结"))
        .anyMatch(line -> line.startsWith("行政复议诉讼登记表.csv,7,UNKNOWN_VALUE,"))
        .noneMatch(line -> line.contains("李四") || line.contains("赵六")); // applicants are personal data

    PublicationFigures figures = figuresQuery.figures(2024, ORGANIZATION);
    RegisterFigures.Applications applications = figures.applications();
    ApplicationTable byHand = ApplicationTable.of(2024, WorkedExampleTest.applications());
    for (String row : ApplicationTable.rowKeys()) {
      assertThat(List.copyOf(applications.rows().get(row).values())).as(row).isEqualTo(byHand.row(row));
    }
    assertThat(applications.rows().get("总计").get("总计")).isEqualTo(5);
    assertThat(applications.crossChecks()).isEmpty();
    assertThat(applications.deadline()).extracting(RegisterFigures.Deadline::onTime,
        RegisterFigures.Deadline::extendedOnTime, RegisterFigures.Deadline::overdue,
        RegisterFigures.Deadline::openPastDeadline).containsExactly(3L, 1L, 1L, 2L);
    assertThat(applications.deadline().lateByDepartment().get("社会救助科")).singleElement()
        .satisfies(late -> assertThat(late.applicationNo()).isEqualTo("A5"));
    assertThat(figures.reviews().groups().get("行政复议")).containsExactly(
        java.util.Map.entry("结果维持", 1L), java.util.Map.entry("结果纠正", 0L), java.util.Map.entry("其他结果", 0L),
        java.util.Map.entry("尚未审结", 1L), java.util.Map.entry("总计", 2L));
    assertThat(figures.reviews().crossChecks()).isEmpty();
  }

  @Test
  void theRegisterExportedAgainWithARepliesFilledInMergesAndMovesTheApplication() throws Exception {
    Path first = Files.createDirectories(temp.resolve("first"));
    Files.copy(REGISTERS.resolve("applications-2024.csv"), first.resolve("依申请公开登记表.csv"));
    ingestRunner.run(first);

    Path later = Files.createDirectories(temp.resolve("later"));
    String again = Files.readString(REGISTERS.resolve("applications-2024.csv"), StandardCharsets.UTF_8)
        .replace("A6,2024-12-02,当面,科研机构,某研究院,申请公开养老机构统计数据,,,,,办公室",
            "A6,2024-12-02,当面,科研机构,某研究院,申请公开养老机构统计数据,部分公开,2024-12-27,否,,办公室");
    Files.writeString(later.resolve("依申请公开登记表-12月.csv"), again, StandardCharsets.UTF_8);
    RunSummary summary = ingestRunner.run(later);

    assertThat(summary.files()).extracting(FileSummary::read, FileSummary::loaded, FileSummary::merged,
        FileSummary::rejected).containsExactly(tuple(13L, 0L, 10L, 3L));
    RegisterFigures.Applications applications = figuresQuery.figures(2024, ORGANIZATION).applications();
    assertThat(applications.rows().get("部分公开").get("科研机构")).isEqualTo(1);
    assertThat(applications.rows().get("结转下年度继续办理").get("总计")).isEqualTo(2);
    assertThat(applications.rows().get("本年新收").get("总计")).isEqualTo(6);
    assertThat(applications.crossChecks()).isEmpty();
    assertThat(applications.deadline().openPastDeadline()).as("A8 only").isEqualTo(1);
  }


  @Test
  void aTabSeparatedRegisterIsReadByItsTabs() throws Exception {
    Path inbox = Files.createDirectories(temp.resolve("tsv"));
    Files.writeString(inbox.resolve("受理登记.tsv"), String.join("\n",
        "受理编号\t受理日期\t申请渠道\t申请人类别\t申请事项\t答复结果\t办结日期",
        "Y1\t2024-02-01\t在线\t公民\t申请公开某文件, 含附件\t予以公开\t2024-02-05",
        "Y2\t2024-02-02\t邮寄\t律师事务所\t申请公开某记录\t\t",
        "") , StandardCharsets.UTF_8);

    RunSummary summary = ingestRunner.run(inbox);

    assertThat(summary.files()).extracting(FileSummary::read, FileSummary::loaded, FileSummary::rejected)
        .containsExactly(tuple(2L, 2L, 0L));
    RegisterFigures.Applications applications = figuresQuery.figures(2024, ORGANIZATION).applications();
    assertThat(applications.rows().get("予以公开").get("自然人")).isEqualTo(1);
    assertThat(applications.rows().get("结转下年度继续办理").get("法律服务机构")).isEqualTo(1);
  }
}
