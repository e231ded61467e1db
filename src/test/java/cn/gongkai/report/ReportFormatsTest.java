package cn.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every format does to a cell: text a spreadsheet would run as a formula, a | in Markdown. */
class ReportFormatsTest {

  private static final ReportTable TABLE = new ReportTable("t", "标题", List.of("信息内容", "本年"),
      List.of(List.of("=HYPERLINK(\"http://x\")", "-1"), List.of("a|b", "@SUM(A1)"), List.of("+86", "12")));

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "=1+1|'=1+1",
      "+86 591|'+86 591",
      "-5|'-5",
      "@SUM(A1)|'@SUM(A1)",
      "社会职能类|社会职能类",
      "12|12",
      "a=b|a=b"})
  void neutralizesCellsThatASpreadsheetWouldReadAsFormulas(String cell, String written) {
    assertThat(SpreadsheetCell.neutralized(cell)).isEqualTo(written);
  }

  @Test
  void neutralizesCellsStartingWithATabOrACarriageReturnThatSpreadsheetsSkipBeforeAFormula() {
    assertThat(SpreadsheetCell.neutralized("\t=1+1")).isEqualTo("'\t=1+1");
    assertThat(SpreadsheetCell.neutralized("\r=1+1")).isEqualTo("'\r=1+1");
    assertThat(SpreadsheetCell.neutralized("标题\t附件")).isEqualTo("标题\t附件");
  }

  @Test
  void writesALineBreakInsideAMarkdownCellAsABreakThatKeepsTheTableWhole() {
    ReportTable titles = new ReportTable("t", "标题", List.of("标题", "本年"),
        List.of(List.of("关于印发\n实施方案的通知", "1"), List.of("第一行\r\n第二行\r第三行", "2")));

    assertThat(MarkdownReport.render("报告", List.of(titles))).endsWith("""
        | 标题 | 本年 |
        | --- | --- |
        | 关于印发<br>实施方案的通知 | 1 |
        | 第一行<br>第二行<br>第三行 | 2 |
        """);
  }

  @Test
  void writesCsvWithAByteOrderMarkTheTitleAndNeutralizedCells() throws Exception {
    String csv = CsvReport.render(TABLE);

    assertThat(csv).startsWith("\uFEFF标题\r\n信息内容,本年\r\n")
        .contains("\"'=HYPERLINK(\"\"http://x\"\")\",'-1\r\n")
        .contains("a|b,'@SUM(A1)\r\n")
        .endsWith("'+86,12\r\n");
  }

  @Test
  void writesAWorkbookWithCountsAsNumbersAndTextNeutralized(@TempDir Path directory) throws Exception {
    Path workbook = XlsxReport.write(directory.resolve("report.xlsx"), List.of(TABLE));

    assertThat(XlsxCells.sheets(workbook)).containsExactly(List.of(
        List.of("标题"), List.of("信息内容", "本年"), List.of("'=HYPERLINK(\"http://x\")", "'-1"),
        List.of("a|b", "'@SUM(A1)"), List.of("'+86", "12")));
  }

  @Test
  void writesMarkdownTablesEscapingAPipeInsideACell() {
    String markdown = MarkdownReport.render("报告", List.of(TABLE));

    assertThat(markdown).isEqualTo("""
        # 报告

        ## 标题

        | 信息内容 | 本年 |
        | --- | --- |
        | =HYPERLINK("http://x") | -1 |
        | a\\|b | @SUM(A1) |
        | +86 | 12 |
        """);
  }

  @Test
  void refusesARowThatDoesNotFitTheHeader() {
    assertThatThrownBy(() -> new ReportTable("t", "标题", List.of("a", "b"), List.of(List.of("1"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a row of 1 cells under 2 columns");
  }

  @Test
  void knowsTheFormatsItWritesByTheirNames() {
    assertThat(ReportFormat.named(" MD ")).contains(ReportFormat.MD);
    assertThat(ReportFormat.named("csv")).contains(ReportFormat.CSV);
    assertThat(ReportFormat.named("xlsx")).contains(ReportFormat.XLSX);
    assertThat(ReportFormat.named("pdf")).isEmpty();
  }
}
