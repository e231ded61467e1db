package cn.gongkai.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.aggregate.FiguresQuery;
import cn.gongkai.aggregate.PublicationFigures;
import cn.gongkai.job.IngestRunner;
import cn.gongkai.job.RunSummary;
import cn.gongkai.report.AnnualReport;
import cn.gongkai.report.ReportTable;
import cn.gongkai.testsupport.PipelineIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Privacy (issue 10): identity, mobile and bank card numbers in titles and summaries are masked
 * before anything is indexed; a rejected row's text is masked too; the run summary counts them by
 * department; and no raw number is anywhere in Elasticsearch or in the run's output files.
 */
class PersonalDataIT extends PipelineIntegrationTest {

  private static final String ID = "11010519491231002X";
  private static final String MOBILE = "13812345678";
  private static final String CARD = "6222021001123456789";
  private static final String LEGACY_ID = "110105491231002";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired
  IngestRunner ingestRunner;

  @Autowired
  FiguresQuery figuresQuery;

  @TempDir
  Path inbox;

  @Test
  void masksEveryNumberBeforeItReachesElasticsearchAndCountsThemByDepartment() throws Exception {
    assertThat(PersonalData.luhn(CARD)).isTrue();
    Files.writeString(inbox.resolve("exports.csv"), """
        标题,发布日期,责任部门,摘要
        关于张三（身份证号%s）申请低保的公示,2024-03-01,社会救助科,联系电话%s
        临时救助金发放（账号%s）,2024-03-02,社会救助科,
        养老机构检查通报,2024-03-03,办公室,举报电话 138-1234-5678
        日期写错的公示（%s）,2024年13月1日,办公室,
        """.formatted(ID, MOBILE, CARD, LEGACY_ID), StandardCharsets.UTF_8);

    RunSummary summary = ingestRunner.run(inbox);

    assertThat(summary.status()).isEqualTo("COMPLETED");
    assertThat(summary.totals().loaded()).isEqualTo(3);
    assertThat(summary.totals().rejected()).isEqualTo(1);
    assertThat(summary.personalData()).isEqualTo(Map.of("社会救助科", 3L, "办公室", 1L));
    PublicationFigures figures = figuresQuery.figures(2024, "示例市民政局");
    assertThat(figures.personalData()).as("stats").isEqualTo(Map.of("社会救助科", 3L, "办公室", 1L));
    assertThat(AnnualReport.of(figures, List.of()).tables()).filteredOn(table -> table.id().equals("personal-data"))
        .singleElement().extracting(ReportTable::rows).asList()
        .containsExactly(List.of("办公室", "1"), List.of("社会救助科", "3"), List.of("合计", "4"));
    String stored = everyStoredDocument();
    assertThat(stored).contains("110*************2X", "138****5678", "***************6789", "110**********02");
    for (String raw : List.of(ID, MOBILE, CARD, LEGACY_ID, "138-1234-5678", "1234-5678")) {
      assertThat(stored).as("Elasticsearch holds %s", raw).doesNotContain(raw);
      try (Stream<Path> outputs = Files.walk(Path.of(summary.runDirectory()))) {
        for (Path output : outputs.filter(Files::isRegularFile).toList()) {
          assertThat(Files.readString(output, StandardCharsets.UTF_8)).as("%s holds %s", output, raw).doesNotContain(raw);
        }
      }
    }
  }

  @Test
  void masksNumbersTypedInFullWidthOrWithIdeographicSpacesAndFullWidthHyphensEverywhereTheyAreKept() throws Exception {
    // the four inputs as written: in titles, summaries, 文号, a near-duplicate pair and a rejected row
    Files.writeString(inbox.resolve("exports.csv"), """
        标题,发布日期,责任部门,摘要,文号
        关于张三（联系电话１３８１２３４５６７８）困难救助的公示,2024-04-01,社会救助科,身份证号３２０１０２１９８００１０１１２３８,示民〔2024〕1号
        关于张三（联系电话１３８１２３４５６７８）困难救助的公示。,2024-04-02,社会救助科,联系电话138　1234　5678,139－0123－4567
        联系人电话139－0123－4567、138　1234　5678,2024年13月1日,社会救助科,,
        """, StandardCharsets.UTF_8);

    RunSummary summary = ingestRunner.run(inbox);

    assertThat(summary.status()).isEqualTo("COMPLETED");
    assertThat(summary.totals().loaded()).isEqualTo(2);
    assertThat(summary.totals().rejected()).isEqualTo(1);
    assertThat(summary.nearDuplicates()).as("the pair is listed for review").isEqualTo(1);
    assertThat(summary.personalData()).isEqualTo(Map.of("社会救助科", 5L));
    PublicationFigures figures = figuresQuery.figures(2024, "示例市民政局");
    assertThat(figures.personalData()).as("stats").isEqualTo(Map.of("社会救助科", 5L));
    StringBuilder everything = new StringBuilder(everyStoredDocument());
    for (ReportTable table : AnnualReport.of(figures, List.of()).tables()) {
      everything.append(table.rows()).append('\n');
    }
    try (Stream<Path> outputs = Files.walk(Path.of(summary.runDirectory()))) {
      for (Path output : outputs.filter(Files::isRegularFile).toList()) {
        everything.append(Files.readString(output, StandardCharsets.UTF_8)).append('\n');
      }
    }
    assertThat(everything).contains("138****5678", "320*************38", "139****4567");
    // read as a person would: every width of digit, and no separator between the groups
    String folded = Normalizer.normalize(everything, Normalizer.Form.NFKC).replaceAll("[ \\u3000\\-－—–·]", "");
    for (String raw : List.of("13812345678", "320102198001011238", "13901234567")) {
      assertThat(folded).as("something kept holds %s", raw).doesNotContain(raw);
    }
  }

  /** The source of every document of every index of this test run, as JSON. */
  private String everyStoredDocument() throws Exception {
    connection.client().indices().refresh(request -> request.index(INDEX_PREFIX + "-*"));
    StringBuilder all = new StringBuilder();
    for (var hit : connection.client().search(search -> search.index(INDEX_PREFIX + "-*").size(1000), Map.class)
        .hits().hits()) {
      all.append(JSON.writeValueAsString(hit.source())).append('\n');
    }
    assertThat(all).as("documents found").isNotEmpty();
    return all.toString();
  }
}
