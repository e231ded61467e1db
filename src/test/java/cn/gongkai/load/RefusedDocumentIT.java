package cn.gongkai.load;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.aggregate.FiguresQuery;
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
 * Partial bulk failures (issue 10): a publication Elasticsearch refuses for its content, here a 文号
 * longer than the 32,766 bytes a keyword term may have, becomes a rejected row with Elasticsearch's
 * reason; the rest of its chunk is loaded; and the run completes instead of failing at that chunk
 * every night.
 */
class RefusedDocumentIT extends PipelineIntegrationTest {

  @Autowired
  IngestRunner ingestRunner;

  @Autowired
  FiguresQuery figuresQuery;

  @TempDir
  Path inbox;

  @Test
  void aDocumentElasticsearchRefusesIsARejectedRowWithItsReasonAndTheRestOfTheChunkLoads() throws Exception {
    String immense = "示民发〔2024〕" + "号".repeat(12_000); // 36,000 bytes in UTF-8
    Files.writeString(inbox.resolve("办公室.csv"), """
        标题,发布日期,文号
        关于甲的通知,2024-03-01,示民发〔2024〕1号
        关于乙的通知,2024-03-02,%s
        关于丙的通知,2024-03-03,
        关于丁的通知,2024-03-04,示民发〔2024〕4号
        """.formatted(immense), StandardCharsets.UTF_8);

    RunSummary summary = ingestRunner.run(inbox);

    assertThat(summary.status()).as("%s", summary.failures()).isEqualTo("COMPLETED");
    assertThat(summary.totals().read()).isEqualTo(4);
    assertThat(summary.totals().loaded()).isEqualTo(3);
    assertThat(summary.totals().rejected()).isEqualTo(1);
    assertThat(figuresQuery.figures(2024, "示例市民政局").publications().total()).isEqualTo(3);
    List<String> rejects = Files.readAllLines(Path.of(summary.runDirectory(), "rejects.csv"), StandardCharsets.UTF_8);
    assertThat(rejects).hasSize(2);
    assertThat(rejects.get(1)).startsWith("办公室.csv,3,INDEX_REFUSED,").contains("failed to parse field [docNo]").contains("文号");
    assertThat(ingestRunner.run(inbox).files()).singleElement().extracting(f -> f.status()).isEqualTo("skipped");
  }
}
