package cn.gongkai.job;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.aggregate.FiguresQuery;
import cn.gongkai.aggregate.PublicationFigures;
import cn.gongkai.testsupport.PipelineIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nightly ingest, end to end, against the real node: the fixture inbox (see its README) gives
 * exactly the expected counts, a second run changes nothing, and the job repository records it.
 */
class IngestJobIT extends PipelineIntegrationTest {

  private static final String ORGANIZATION = "示例市民政局";

  @Autowired
  IngestRunner ingestRunner;

  @Autowired
  FiguresQuery figuresQuery;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void installsTheTemplateAndTheAliasOverAVersionedIndex() throws Exception {
    ingestRunner.run(fixture("skeleton"));

    var indices = connection.client().indices();
    String alias = INDEX_PREFIX + "-publications";
    assertThat(indices.existsIndexTemplate(request -> request.name(alias)).value()).isTrue();
    assertThat(indices.getAlias(request -> request.name(alias)).aliases()).containsOnlyKeys(alias + "-000001");
    for (String other : List.of("-rejects", "-files")) {
      assertThat(indices.getAlias(request -> request.name(INDEX_PREFIX + other)).aliases())
          .containsOnlyKeys(INDEX_PREFIX + other + "-000001");
    }
    var mapping = indices.getMapping(request -> request.index(alias)).get(alias + "-000001").mappings();
    assertThat(mapping.properties().get("category").isKeyword()).isTrue();
    assertThat(mapping.properties().get("department").isKeyword()).isTrue();
    assertThat(mapping.properties().get("title").isText()).isTrue();
    assertThat(mapping.properties().get("title").text().fields().get("keyword").isKeyword()).isTrue();
  }

  @Test
  void accountsForEveryRowOfEveryFile() throws Exception {
    RunSummary summary = ingestRunner.run(fixture("skeleton"));

    assertThat(summary.status()).isEqualTo("COMPLETED");
    assertThat(summary.files()).extracting(FileSummary::file, FileSummary::read, FileSummary::loaded,
            FileSummary::merged, FileSummary::rejected)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("办公室.csv", 7L, 5L, 1L, 1L),
            org.assertj.core.groups.Tuple.tuple("社会救助科.csv", 4L, 3L, 0L, 1L));
    assertThat(summary.totals()).isEqualTo(new FileTally(11, 8, 1, 2, 0));
  }

  @Test
  void writesEachRejectedRowWithItsLineAndReasonToTheRejectsFile() throws Exception {
    RunSummary summary = ingestRunner.run(fixture("skeleton"));

    List<String> rejects = Files.readAllLines(Path.of(summary.runDirectory(), "rejects.csv"));
    assertThat(rejects).hasSize(3);
    assertThat(rejects.get(1)).startsWith("办公室.csv,8,IMPOSSIBLE_DATE,").contains("2023-02-29");
    assertThat(rejects.get(2)).startsWith("社会救助科.csv,5,MISSING_TITLE,");
    assertThat(Path.of(summary.runDirectory(), "summary.json")).exists();
    var inIndex = connection.client().search(search -> search.index(INDEX_PREFIX + "-rejects")
        .query(q -> q.term(t -> t.field("reason").value("IMPOSSIBLE_DATE"))), java.util.Map.class);
    assertThat(inIndex.hits().total().value()).isEqualTo(1);
    assertThat(inIndex.hits().hits().get(0).source()).containsEntry("file", "办公室.csv").containsEntry("line", 8)
        .containsEntry("department", "政策法规科").containsEntry("scope", "row");
  }

  @Test
  void countsThePublicationsOfTheYearByEveryDimension() throws Exception {
    ingestRunner.run(fixture("skeleton"));

    PublicationFigures.Publications figures = figuresQuery.figures(2023, ORGANIZATION).publications();

    assertThat(figures.total()).isEqualTo(5);
    assertThat(figures.cumulative()).isEqualTo(8);
    // declared where the export says; the two undeclared by the default taxonomy's rules: the
    // 冬春临时救助 notice is a formal notice (政策文件), the 调研 of 养老服务 is news (工作动态)
    assertThat(figures.byCategory()).isEqualTo(Map.of("财政预决算", 1L, "社会救助", 2L, "政策文件", 1L, "工作动态", 1L));
    assertThat(figures.cumulativeByCategory()).isEqualTo(
        Map.of("财政预决算", 1L, "社会救助", 3L, "政策文件", 1L, "规划计划与总结", 1L, "工作动态", 2L));
    // GK-2023-002 came twice: on the website and new media, then again in the gazette (channel union)
    assertThat(figures.byChannel()).containsExactly(
        Map.entry("政府网站", 4L), Map.entry("政府公报", 2L), Map.entry("政务新媒体", 1L), Map.entry("新闻发布会", 0L),
        Map.entry("公开栏", 1L), Map.entry("查阅场所", 0L), Map.entry("其他", 0L));
    assertThat(figures.byDepartment()).isEqualTo(Map.of("办公室", 1L, "社会救助科", 3L, "养老服务科", 1L));
    assertThat(figures.byDisclosure()).containsEntry("主动公开", 5L).containsEntry("依申请公开", 0L);
    assertThat(figures.byMonth()).hasSize(12)
        .containsEntry("01", 1L).containsEntry("06", 2L).containsEntry("07", 1L).containsEntry("11", 1L)
        .containsEntry("02", 0L);
    assertThat(figuresQuery.figures(2022, ORGANIZATION).publications().total()).isEqualTo(3);
  }

  @Test
  void countsNothingForAnotherOrganizationAndEverythingForAll() throws Exception {
    ingestRunner.run(fixture("skeleton"));

    assertThat(figuresQuery.figures(2023, "另一个机构").publications().total()).isZero();
    assertThat(figuresQuery.figures(2023, FiguresQuery.ALL_ORGANIZATIONS).publications().total()).isEqualTo(5);
  }

  @Test
  void skipsTheSameFilesDeliveredAgainAndChangesNoFigure() throws Exception {
    ingestRunner.run(fixture("skeleton"));
    PublicationFigures first = figuresQuery.figures(2023, ORGANIZATION);

    RunSummary second = ingestRunner.run(fixture("skeleton"));

    assertThat(second.status()).isEqualTo("COMPLETED");
    assertThat(second.files()).extracting(FileSummary::status).containsExactly("skipped", "skipped");
    assertThat(second.files().get(0).message()).contains("已导入的“办公室.csv”完全相同");
    assertThat(second.totals()).isEqualTo(FileTally.EMPTY);
    assertThat(figuresQuery.figures(2023, ORGANIZATION)).isEqualTo(first);
  }

  @Test
  void recordsTheRunInThePersistentJobRepository() throws Exception {
    RunSummary summary = ingestRunner.run(fixture("skeleton"));

    String status = jdbc.queryForObject(
        "SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?", String.class, summary.executionId());
    assertThat(status).isEqualTo("COMPLETED");
    assertThat(Files.exists(DATA_DIR.resolve("jobrepo").resolve("gongkai.mv.db"))).isTrue();
  }

  @Test
  void usesTheConfiguredClusterAndStartsNoLocalNode() throws Exception {
    ingestRunner.run(fixture("skeleton"));

    assertThat(connection.url()).isEqualTo(cn.gongkai.testsupport.SharedNode.url());
    assertThat(DATA_DIR.resolve("elasticsearch")).doesNotExist();
  }
}
