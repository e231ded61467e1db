package cn.gongkai.dedup;

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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An installation configured to merge probable duplicates (gongkai.near-duplicates.merge: true). */
class NearDuplicateMergeIT extends PipelineIntegrationTest {

  @Autowired
  IngestRunner ingestRunner;

  @Autowired
  FiguresQuery figuresQuery;

  @TempDir
  Path inbox;

  @DynamicPropertySource
  static void mergeNearDuplicates(DynamicPropertyRegistry registry) {
    registry.add("gongkai.near-duplicates.merge", () -> "true");
  }

  @Test
  void mergesTheProbableDuplicatesItFindsAndTheTotalDrops() throws Exception {
    Files.writeString(inbox.resolve("a.csv"), String.join("\n", List.of(
        "标题,发布日期,公开渠道",
        "关于印发《示例市困难残疾人生活补贴和重度残疾人护理补贴实施办法》的通知,2019-03-01,政府网站",
        "关于印发《示例市困难残疾人生活补贴和重度残疾人护理补贴实施办法》的通知。,2019-03-03,政府公报",
        "关于开展2019年度社会组织年检工作的通知,2019-03-02,政府网站")) + "\n", StandardCharsets.UTF_8);

    RunSummary run = ingestRunner.run(inbox);

    assertThat(run.nearDuplicates()).isEqualTo(1);
    var figures = figuresQuery.figures(2019, "示例市民政局").publications();
    assertThat(figures.total()).isEqualTo(2);
    assertThat(figures.byChannel()).containsEntry("政府网站", 2L).containsEntry("政府公报", 1L);
    assertThat(Files.readAllLines(Path.of(run.runDirectory(), "near-duplicates.csv")).get(1)).contains(",是,");
  }
}
