package cn.gongkai.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.gongkai.aggregate.FiguresQuery;
import cn.gongkai.aggregate.PublicationFigures;
import cn.gongkai.testsupport.MixedInbox;
import cn.gongkai.testsupport.PipelineIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Exports as departments really send them (see {@link MixedInbox}): GBK, UTF-8 with a byte-order
 * mark and TSV, each with its own header words and date styles, and one file sent twice.
 */
class MixedInboxIT extends PipelineIntegrationTest {

  private static final String ORGANIZATION = "示例市民政局";

  @Autowired
  IngestRunner ingestRunner;

  @Autowired
  FiguresQuery figuresQuery;

  @TempDir
  Path temp;

  @Test
  void readsEveryEncodingAndLayoutAndReconcilesEachFile() throws Exception {
    RunSummary summary = ingestRunner.run(MixedInbox.writeTo(temp.resolve("inbox")));

    assertThat(summary.status()).isEqualTo("COMPLETED");
    assertThat(summary.files())
        .extracting(FileSummary::file, FileSummary::status, FileSummary::encoding, FileSummary::read,
            FileSummary::loaded, FileSummary::merged, FileSummary::rejected)
        .containsExactly(
            tuple(MixedInbox.OFFICE, "ingested", "UTF-8", 3L, 3L, 0L, 0L),
            tuple(MixedInbox.RELIEF, "ingested", "UTF-8", 2L, 2L, 0L, 0L),
            tuple(MixedInbox.WELFARE, "ingested", "GB18030", 3L, 2L, 0L, 1L),
            tuple(MixedInbox.WELFARE_AGAIN, "skipped", null, 0L, 0L, 0L, 0L));
    assertThat(summary.files()).allMatch(file -> file.read() == file.loaded() + file.merged() + file.rejected());
    assertThat(summary.files().get(3).message()).isEqualTo("内容与本次报送的“福利科.csv”完全相同，只导入一次");
    assertThat(Files.readAllLines(Path.of(summary.runDirectory(), "rejects.csv")).get(1))
        .startsWith("福利科.csv,4,IMPOSSIBLE_DATE,").contains("2019年13月1日");
  }

  @Test
  void countsTheMixedInboxExactly() throws Exception {
    ingestRunner.run(MixedInbox.writeTo(temp.resolve("inbox")));

    PublicationFigures.Publications figures = figuresQuery.figures(2019, ORGANIZATION).publications();

    assertThat(figures.total()).isEqualTo(6);
    assertThat(figures.cumulative()).isEqualTo(7);
    assertThat(figures.byDepartment()).isEqualTo(Map.of("福利科", 2L, "救助科", 2L, "办公室", 1L, "社会事务科", 1L));
    assertThat(figures.byChannel()).containsEntry("政府网站", 5L).containsEntry("政府公报", 2L)
        .containsEntry("政务新媒体", 1L).containsEntry("公开栏", 1L).containsEntry("其他", 0L);
    // the office declares no category: the taxonomy's rules place its 部门预算 and 年检结果
    assertThat(figures.byCategory()).isEqualTo(
        Map.of("社会救助", 2L, "政策文件", 1L, "工作动态", 1L, "财政预决算", 1L, "行政执法公示", 1L));
    assertThat(figures.byMonth()).containsEntry("02", 1L).containsEntry("03", 1L).containsEntry("04", 1L)
        .containsEntry("06", 1L).containsEntry("07", 1L).containsEntry("09", 1L).containsEntry("01", 0L);
  }

  @Test
  void skipsAFileDeliveredAgainUnderAnotherNameInALaterRun() throws Exception {
    ingestRunner.run(MixedInbox.writeTo(temp.resolve("inbox")));
    PublicationFigures before = figuresQuery.figures(2019, ORGANIZATION);

    Path later = temp.resolve("next-month");
    MixedInbox.redeliverRelief(later, "救助科-补报.csv");
    RunSummary summary = ingestRunner.run(later);

    assertThat(summary.status()).isEqualTo("COMPLETED");
    assertThat(summary.files()).singleElement().satisfies(file -> {
      assertThat(file.status()).isEqualTo("skipped");
      assertThat(file.read()).isZero();
      assertThat(file.message()).contains("已导入的“救助科.csv”完全相同");
    });
    assertThat(figuresQuery.figures(2019, ORGANIZATION)).isEqualTo(before);
  }
}
