package cn.gongkai.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.job.IngestRunner;
import cn.gongkai.testsupport.PipelineIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The regulatory ledger of SPEC section 7 on loaded publications: for 规章 and 行政规范性文件, issued in
 * the year, repealed in it, and in force at its end.
 */
class RegulatoryLedgerIT extends PipelineIntegrationTest {

  private static final String ORGANIZATION = "示例市民政局";

  @Autowired
  IngestRunner ingestRunner;

  @Autowired
  FiguresQuery figuresQuery;

  @TempDir
  Path inbox;

  @Test
  void countsIssuedRepealedAndInForceDocumentsOfEachKind() throws Exception {
    Files.writeString(inbox.resolve("政策法规科.csv"), """
        标题,发布日期,体裁,有效性,废止日期
        示例市社会救助管理办法,2022-03-01,规章,有效,
        示例市养老机构管理办法,2023-05-10,规章,,
        示例市殡葬管理办法,2020-01-15,规章,废止,2023-06-30
        示例市临时救助实施细则,2023-02-01,行政规范性文件,废止,
        示例市低保审核确认办法,2019-08-01,行政规范性文件,有效,2024-01-01
        示例市民政局2023年工作要点,2023-03-01,其他,,
        示例市特困供养实施办法,2024-02-01,规章,,
        """);
    assertThat(ingestRunner.run(inbox).completed()).isTrue();

    Map<String, RegulatoryFigures> ledger = figuresQuery.figures(2023, ORGANIZATION).regulatory();

    // the 殡葬 rule was repealed in 2023 and so is no longer in force at its end; the 低保 document
    // is repealed only in 2024; the 临时救助 one says 废止 without a date: neither in force nor dated
    assertThat(ledger).containsExactly(
        Map.entry("规章", new RegulatoryFigures(1, 1, 2, 0)),
        Map.entry("行政规范性文件", new RegulatoryFigures(1, 0, 1, 1)));
    assertThat(figuresQuery.figures(2024, ORGANIZATION).regulatory().get("行政规范性文件"))
        .isEqualTo(new RegulatoryFigures(0, 1, 0, 1));
    assertThat(figuresQuery.figures(2018, ORGANIZATION).regulatory())
        .containsOnly(Map.entry("规章", RegulatoryFigures.NONE), Map.entry("行政规范性文件", RegulatoryFigures.NONE));
  }
}
