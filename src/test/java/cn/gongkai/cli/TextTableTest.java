package cn.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTableTest {

  @ParameterizedTest(name = "''{0}'' → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      社会救助科.csv | 14
      file         | 4
      ''           | 0
      '  '         | 2
      12345        | 5
      ＡＢＣ        | 6
      ，。：        | 6
      《通知》      | 8
      한국          | 4
      𠀀            | 2
      café         | 4
      """)
  void countsChineseAndOtherWideCharactersAsTwoColumns(String text, int width) {
    assertThat(TextTable.displayWidth(text)).isEqualTo(width);
  }

  @Test
  void alignsColumnsByDisplayWidthFirstLeftOthersRight() {
    String rendered = new TextTable()
        .row("文件", "读取", "入库")
        .rule()
        .row("社会救助科.csv", 12, 3)
        .row("办公室.csv", 7, 120)
        .rule()
        .row("合计", 19, 123)
        .render();

    assertThat(rendered).isEqualTo("""
        文件            读取  入库
        --------------------------
        社会救助科.csv    12     3
        办公室.csv         7   120
        --------------------------
        合计              19   123
        """);
  }

  @Test
  void drawsRulesAcrossTheWholeTableIncludingAboveTheFirstAndBelowTheLastRow() {
    String rendered = new TextTable().rule().row("file", "read").row("a.csv", 1000).rule().render();

    assertThat(rendered).isEqualTo("""
        -----------
        file   read
        a.csv  1000
        -----------
        """);
  }

  @Test
  void makesEveryLineOfTheSameDisplayWidth() {
    String rendered = new TextTable()
        .row("file", "status", "read")
        .rule()
        .row("社会救助科.csv", "loaded", 1234)
        .row("2019/办公室.csv", "已跳过", 0)
        .render();

    assertThat(rendered.lines().mapToInt(TextTable::displayWidth).distinct()).containsExactly(29);
  }

  @Test
  void writesNullCellsAsText() {
    assertThat(new TextTable().row("x", null).render()).isEqualTo("x  null\n");
  }

  @Test
  void rendersAnEmptyTableAsNothing() {
    assertThat(new TextTable().render()).isEmpty();
  }
}
