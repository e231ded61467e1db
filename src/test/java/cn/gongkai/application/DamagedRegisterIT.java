package cn.gongkai.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.gongkai.aggregate.FiguresQuery;
import cn.gongkai.aggregate.RegisterFigures;
import cn.gongkai.job.FileSummary;
import cn.gongkai.job.IngestRunner;
import cn.gongkai.job.RunSummary;
import cn.gongkai.testsupport.PipelineIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18: whatever a clerk types into a register, the night completes. A stray quote (the
 * issue's own line), a byte that is not UTF-8 in a register whose BOM declares UTF-8, and a row with
 * a cell too many are each one rejected row, at its line, with what to fix; the register's other
 * rows and the publication list beside it are loaded, and the next night is fine too.
 */
class DamagedRegisterIT extends PipelineIntegrationTest {

  private static final String ORGANIZATION = "示例市民政局";
  private static final String REGISTER = "依申请公开登记表.csv";
  private static final String PUBLICATIONS = "办公室.csv";

  @Autowired
  IngestRunner ingestRunner;

  @Autowired
  FiguresQuery figuresQuery;

  @TempDir
  Path temp;

  @Test
  void aStrayQuoteBadBytesAndARaggedRowAreRejectedRowsAndTheRestOfTheNightLoads() throws Exception {
    Path inbox = Files.createDirectories(temp.resolve("inbox"));
    Files.write(inbox.resolve(REGISTER), damagedRegister());
    Files.writeString(inbox.resolve(PUBLICATIONS), """
        标题,发布日期
        关于印发2019年工作要点的通知,2019-02-15
        召开2019年全面从严治党工作会议,2019-03-08
        """, StandardCharsets.UTF_8);

    RunSummary first = ingestRunner.run(inbox);

    assertThat(first.status()).isEqualTo("COMPLETED");
    assertThat(first.files())
        .extracting(FileSummary::file, FileSummary::read, FileSummary::loaded, FileSummary::merged, FileSummary::rejected)
        .containsExactlyInAnyOrder(tuple(REGISTER, 6L, 3L, 0L, 3L), tuple(PUBLICATIONS, 2L, 2L, 0L, 0L));
    List<String> rejects = Files.readAllLines(Path.of(first.runDirectory(), "rejects.csv"), StandardCharsets.UTF_8);
    assertThat(rejects)
        .anyMatch(line -> line.startsWith(REGISTER + ",3,MALFORMED_CSV,") && line.contains("引号"))
        .anyMatch(line -> line.startsWith(REGISTER + ",5,UNDECODABLE_BYTES,") && line.contains("第6列")
            && line.contains("重新导出"))
        .anyMatch(line -> line.startsWith(REGISTER + ",6,WRONG_COLUMN_COUNT,") && line.contains("表头有8列")
            && line.contains("引号"))
        .noneMatch(line -> line.contains("李四")); // the applicant is personal data, even in a broken row
    RegisterFigures.Applications applications = figuresQuery.figures(2019, ORGANIZATION).applications();
    assertThat(applications.rows().get("本年新收").get("总计")).as("A-1, A-3, A-6").isEqualTo(3);
    assertThat(applications.rows().get("予以公开").get("总计")).as("A-1, A-6").isEqualTo(2);
    assertThat(applications.rows().get("部分公开").get("商业企业")).as("A-3, as the format's row is shortened").isEqualTo(1);
    assertThat(figuresQuery.figures(2019, ORGANIZATION).publications().total()).isEqualTo(2);

    RunSummary second = ingestRunner.run(inbox);

    assertThat(second.status()).isEqualTo("COMPLETED");
    assertThat(second.files()).extracting(FileSummary::file, FileSummary::status)
        .containsExactlyInAnyOrder(tuple(REGISTER, "skipped"), tuple(PUBLICATIONS, "skipped"));
    assertThat(figuresQuery.figures(2019, ORGANIZATION).applications().rows().get("本年新收").get("总计")).isEqualTo(3);
  }

  /** UTF-8 declared by its BOM; line 3 is the issue's, line 5 has a byte no UTF-8 text has, line 6 a cell too many. */
  private static byte[] damagedRegister() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write(String.join("\n",
        "申请编号,收到日期,申请方式,申请人类型,申请人,申请内容,办理结果,答复日期",
        "A-1,2019-03-01,网络,自然人,张三,申请公开低保名单,予以公开,2019-03-10",
        "A-2,2019-03-02,网络,自然人,\"李四,申请公开\"资金\"明细,予以公开,2019-03-12",
        "A-3,2019-03-03,信函,商业企业,某公司,申请公开采购合同,部分公开（区分处理）,2019-03-20",
        "A-4,2019-03-04,网络,自然人,王五,申请公开").getBytes(StandardCharsets.UTF_8));
    bytes.write(0xFF);
    bytes.write(String.join("\n",
        "救助明细,予以公开,2019-03-15",
        "A-5,2019-03-05,网络,自然人,赵六,申请公开某事项,予以公开,2019-03-16,多出来的",
        "A-6,2019-03-06,当面,自然人,钱七,申请公开某文件,予以公开,2019-03-18",
        "").getBytes(StandardCharsets.UTF_8));
    return bytes.toByteArray();
  }
}
