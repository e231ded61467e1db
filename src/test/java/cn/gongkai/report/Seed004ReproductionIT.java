package cn.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.aggregate.FiguresQuery;
import cn.gongkai.aggregate.PublicationFigures;
import cn.gongkai.classify.TaxonomyFile;
import cn.gongkai.job.IngestRunner;
import cn.gongkai.testsupport.PipelineIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seed 004, 三元区人力资源和社会保障局's 2017 report, reproduced from publication records written for
 * the test (src/test/resources/inboxes/seed-004: 118 publications since 2003, 12 of them in 2017, all
 * on the website; the 2017 ones of four departments, ten with a 生成日期, two of those published late)
 * with its own taxonomy (config/taxonomies/county-hrss-2017.yml): the appendix says
 * 12 this year and 118 cumulative, and the categories 社会职能类 6, 社会公益类 2, 社会保障类 2, 工作动态类 1,
 * 其他 1, as the seed does. The report files are compared with golden files under
 * src/test/resources/report/seed-004 ({@code -Dgongkai.update-golden=true} rewrites them, for a
 * deliberate change of a table; review their diff before committing it).
 */
class Seed004ReproductionIT extends PipelineIntegrationTest {

  private static final String ORGANIZATION = "示例市民政局";
  private static final Path GOLDEN = Path.of("src", "test", "resources", "report", "seed-004");
  private static final Path HRSS_TAXONOMY = Path.of("config", "taxonomies", "county-hrss-2017.yml");

  @Autowired
  IngestRunner ingestRunner;

  @Autowired
  FiguresQuery figuresQuery;

  @TempDir
  Path out;

  @BeforeEach
  void ingestTheBureausRecordsWithItsOwnTaxonomy() throws Exception {
    Files.copy(HRSS_TAXONOMY, TAXONOMY, StandardCopyOption.REPLACE_EXISTING);
    assertThat(ingestRunner.run(fixture("seed-004")).completed()).isTrue();
  }

  @Test
  void givesTheFiguresOfTheSeedsAppendixAndCategories() throws Exception {
    PublicationFigures.Publications figures = figuresQuery.figures(2017, ORGANIZATION).publications();

    assertThat(figures.total()).isEqualTo(12);
    assertThat(figures.cumulative()).isEqualTo(118);
    assertThat(figures.byChannel()).containsEntry("政府网站", 12L).containsEntry("政府公报", 0L);
    assertThat(figures.cumulativeByChannel()).containsEntry("政府网站", 118L).containsEntry("政府公报", 0L);
    assertThat(figures.byCategory()).isEqualTo(Map.of("社会职能类", 6L, "社会公益类", 2L, "社会保障类", 2L,
        "工作动态类", 1L, "其他", 1L));
  }

  @Test
  void writesTheReportTablesExactlyAsTheGoldenFiles() throws Exception {
    PublicationFigures figures = figuresQuery.figures(2017, ORGANIZATION);
    List<String> categories = TaxonomyFile.load(HRSS_TAXONOMY).categoryNames();

    List<Path> written = ReportWriter.write(out, AnnualReport.of(
        "三元区人力资源和社会保障局2017年政府信息公开工作年度报告 统计表", figures, categories), EnumSet.allOf(ReportFormat.class));

    assertThat(written).extracting(path -> path.getFileName().toString()).containsExactly(
        "annual-report-2017.md", "annual-report-2017-appendix.csv", "annual-report-2017-categories.csv",
        "annual-report-2017-departments.csv", "annual-report-2017-timeliness.csv", "annual-report-2017-late.csv",
        "annual-report-2017-outside-calendar.csv", "annual-report-2017-personal-data.csv", "annual-report-2017-regulatory.csv", "annual-report-2017-licensing.csv", "annual-report-2017-enforcement.csv",
        "annual-report-2017-fees.csv", "annual-report-2017.xlsx", "annual-report-2017.html");
    List<Path> csvFiles = written.stream().filter(file -> file.toString().endsWith(".csv")).toList();
    for (Path file : written) {
      if (!file.toString().endsWith(".xlsx")) {
        assertMatchesGolden(file);
      }
    }
    // the workbook's sheets hold, cell for cell, what the golden CSV files hold
    assertThat(XlsxCells.sheets(out.resolve("annual-report-2017.xlsx"))).containsExactlyElementsOf(
        csvFiles.stream().map(csv -> XlsxCells.csvRows(GOLDEN.resolve(csv.getFileName()))).toList());
  }

  /**
   * The file as its golden copy, the HTML page without the chart library it inlines (a megabyte of
   * someone else's minified code; the browser test checks that it draws).
   */
  private static void assertMatchesGolden(Path file) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (file.toString().endsWith(".html")) {
      assertThat(text).contains(ChartLibrary.script());
      text = text.replace(ChartLibrary.script(), "/* Apache ECharts " + ChartLibrary.version() + " */");
    }
    Path golden = GOLDEN.resolve(file.getFileName());
    if (Boolean.getBoolean("gongkai.update-golden")) { // after a deliberate change of a table: review the diff
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, text, StandardCharsets.UTF_8);
    }
    assertThat(text).as(file.getFileName().toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
