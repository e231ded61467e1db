package cn.gongkai.intake;

import static cn.gongkai.publication.PublicationField.DEPARTMENT;
import static cn.gongkai.publication.PublicationField.DOC_NO;
import static cn.gongkai.publication.PublicationField.PUBLISHED_DATE;
import static cn.gongkai.publication.PublicationField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFileReaderTest {

  private static final SourceDefaults DEFAULTS = new SourceDefaults("某市民政局", "社会救助科");
  private static final ReadPlan UTF8_COMMAS = new ReadPlan(StandardCharsets.UTF_8, ',', HeaderMapping.defaults(), DEFAULTS,
      null, false);

  @TempDir
  Path inbox;

  @Test
  void numbersEachRowByThePhysicalLineItStartsOnCountingTheHeaderAsLineOne() throws IOException {
    List<SourceRow> rows = readAll("""
        标题,发布日期
        第一条,2019-01-01
        第二条,2019-01-02
        第三条,2019-01-03
        """);

    assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 3L, 4L);
    assertThat(rows).extracting(row -> row.value(TITLE)).containsExactly("第一条", "第二条", "第三条");
  }

  @Test
  void countsTheLinesOfAQuotedFieldSpanningSeveralLines() throws IOException {
    List<SourceRow> rows = readAll("""
        标题,发布日期
        "关于做好
        低保工作
        的通知",2019-01-01
        第二条,2019-01-02
        """);

    assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 5L);
    assertThat(rows.get(0).value(TITLE)).isEqualTo("关于做好\n低保工作\n的通知");
  }

  @Test
  void countsTheLinesOfAQuotedFieldSpanningSeveralLinesWithWindowsLineEnds() throws IOException {
    List<SourceRow> rows = readAll(
        "标题,发布日期\r\n\"关于做好\r\n低保工作\",2019-01-01\r\n第二条,2019-01-02\r\n");

    assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 4L);
    assertThat(rows.get(0).value(TITLE)).isEqualTo("关于做好\r\n低保工作");
  }

  @Test
  void skipsBlankLinesWithoutMakingThemRowsButKeepsCountingThem() throws IOException {
    List<SourceRow> rows = readAll("""
        标题,发布日期

        第一条,2019-01-01


        第二条,2019-01-02

        """);

    assertThat(rows).extracting(SourceRow::line).containsExactly(3L, 6L);
    assertThat(rows).extracting(row -> row.value(TITLE)).containsExactly("第一条", "第二条");
  }

  @Test
  void numbersTheRowAfterAMultiLineFieldAndBlankLinesTogether() throws IOException {
    List<SourceRow> rows = readAll("""
        标题,发布日期,摘要
        第一条,2019-01-01,"一
        二"

        第二条,2019-01-02,三
        """);

    assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 5L);
  }

  @Test
  void readsTheLastRowWithoutATrailingLineBreak() throws IOException {
    List<SourceRow> rows = readAll("标题,发布日期\n第一条,2019-01-01\n第二条,2019-01-02");

    assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 3L);
    assertThat(rows.get(1).value(PUBLISHED_DATE)).isEqualTo("2019-01-02");
  }

  @Test
  void givesNoRowsForAFileWithOnlyAHeader() throws IOException {
    Path file = write("标题,发布日期\n");

    try (SourceFileReader reader = reader(file)) {
      assertThat(reader.columns()).containsOnly(entry(TITLE, 0), entry(PUBLISHED_DATE, 1));
      assertThat(reader.next()).isNull();
      assertThat(reader.next()).isNull();
    }
  }

  @Test
  void givesNoRowsAndNoColumnsForAnEmptyFile() throws IOException {
    Path file = write("");

    try (SourceFileReader reader = reader(file)) {
      assertThat(reader.columns()).isEmpty();
      assertThat(reader.next()).isNull();
    }
  }

  @Test
  void keepsValuesExactlyAsWrittenWithoutTrimming() throws IOException {
    List<SourceRow> rows = readAll("""
        \uFEFF标题,发布日期,文号
          第一条\u3000, 2019-01-01 ,"  民发〔2019〕1号 "
        """);

    SourceRow row = rows.get(0);
    assertThat(row.values()).containsOnly(
        entry(TITLE, "  第一条\u3000"),
        entry(PUBLISHED_DATE, " 2019-01-01 "),
        entry(DOC_NO, "  民发〔2019〕1号 "));
  }

  @Test
  void recognisesTheHeaderDespiteAByteOrderMark() throws IOException {
    Path file = write("\uFEFF标题,发布日期\n第一条,2019-01-01\n");

    try (SourceFileReader reader = reader(file)) {
      assertThat(reader.columns()).containsOnly(entry(TITLE, 0), entry(PUBLISHED_DATE, 1));
      assertThat(reader.next().value(TITLE)).isEqualTo("第一条");
    }
  }

  @Test
  void givesOnlyRecognisedColumnsAsValuesAndLeavesAbsentColumnsOut() throws IOException {
    List<SourceRow> rows = readAll("""
        序号,标题,备注,发布日期
        1,第一条,无,2019-01-01
        """);

    assertThat(rows.get(0).values()).containsOnly(entry(TITLE, "第一条"), entry(PUBLISHED_DATE, "2019-01-01"));
    assertThat(rows.get(0).value(DEPARTMENT)).isNull();
  }

  @Test
  void countsTheCellsOfAShortRowAndLeavesTheMissingValuesAbsent() throws IOException {
    List<SourceRow> rows = readAll("""
        标题,发布日期,科室
        第一条
        """);

    SourceRow row = rows.get(0);
    assertThat(row.columns()).isEqualTo(1);
    assertThat(row.expectedColumns()).isEqualTo(3);
    assertThat(row.values()).containsOnly(entry(TITLE, "第一条"));
  }

  @Test
  void countsTheCellsOfALongRow() throws IOException {
    List<SourceRow> rows = readAll("""
        标题,发布日期
        第一条,2019-01-01,多出来的
        """);

    assertThat(rows.get(0).columns()).isEqualTo(3);
    assertThat(rows.get(0).expectedColumns()).isEqualTo(2);
  }

  @Test
  void doesNotCountEmptyCellsPaddedBeyondTheHeaderAsALongerRow() throws IOException {
    List<SourceRow> rows = readAll("""
        标题,发布日期,科室
        第一条,2019-01-01,办公室,,,
        第二条,2019-01-02,,, ,
        第三条,2019-01-03,办公室,,x,
        """);

    assertThat(rows).extracting(SourceRow::columns).containsExactly(3, 3, 5);
    assertThat(rows).extracting(SourceRow::expectedColumns).containsExactly(3, 3, 3);
  }

  @Test
  void countsARowOfExactlyTheHeadersWidthAsComplete() throws IOException {
    List<SourceRow> rows = readAll("""
        标题,发布日期,科室
        第一条,2019-01-01,
        """);

    assertThat(rows.get(0).columns()).isEqualTo(3);
    assertThat(rows.get(0).value(DEPARTMENT)).isEmpty();
  }

  @Test
  void reformatsTheRawRowAsCsvForTheRejectsFile() throws IOException {
    List<SourceRow> rows = readAll("""
        标题,发布日期,摘要
        第一条,2019-01-01,"含,逗号"
        "说""好""的",2019-01-02,"跨
        行"
        """);

    assertThat(rows).extracting(SourceRow::raw).containsExactly(
        "第一条,2019-01-01,\"含,逗号\"",
        "\"说\"\"好\"\"的\",2019-01-02,\"跨\n行\"");
  }

  @Test
  void attachesTheFileNameAndTheSourceDefaultsToEveryRow() throws IOException {
    Path file = Files.createDirectories(inbox.resolve("2019")).resolve("福利科.csv");
    Files.writeString(file, "标题,发布日期\n第一条,2019-01-01\n第二条,2019-01-02\n", StandardCharsets.UTF_8);

    List<SourceRow> rows = readAll(new InboxFile(file, "2019/福利科.csv", Files.size(file)));

    assertThat(rows).hasSize(2).allSatisfy(row -> {
      assertThat(row.file()).isEqualTo("2019/福利科.csv");
      assertThat(row.defaults()).isEqualTo(DEFAULTS);
    });
  }

  @Test
  void readsOnAfterMalformedRecordsFromTheTextAlreadyReadWithoutOpeningTheFileAgain() throws IOException {
    Path file = write("""
        标题,发布日期
        "关于"低保"的通知,2019-01-01
        第二条,2019-01-02
        "未闭合的引号,2019-01-03
        第四条,2019-01-04
        """);

    try (SourceFileReader reader = reader(file)) {
      Files.delete(file); // the open file is still readable; opening it again would fail
      List<SourceRow> rows = new ArrayList<>();
      for (SourceRow row = reader.next(); row != null; row = reader.next()) {
        rows.add(row);
      }

      assertThat(rows).extracting(SourceRow::line, SourceRow::raw, row -> row.defect() == null ? null : row.defect().kind())
          .containsExactly(
              tuple(2L, "\"关于\"低保\"的通知,2019-01-01", RowDefect.Kind.MALFORMED_CSV),
              tuple(3L, "第二条,2019-01-02", null),
              tuple(4L, "\"未闭合的引号,2019-01-03", RowDefect.Kind.MALFORMED_CSV),
              tuple(5L, "第四条,2019-01-04", null));
    }
  }

  @Test
  void closesTheFileWhenEvenItsHeaderIsNotCsv() throws IOException {
    Path file = write("\"标题\"x,发布日期\n第一条,2019-01-01\n");

    assertThatThrownBy(() -> reader(file)).isInstanceOf(CSVException.class);

    assertThat(openDescriptorsOf(file)).as("descriptors still open on the file").isZero();
  }

  /** How many of this process's file descriptors are open on {@code file} (Linux's /proc). */
  private static long openDescriptorsOf(Path file) throws IOException {
    Path real = file.toRealPath();
    try (var descriptors = Files.list(Path.of("/proc/self/fd"))) {
      return descriptors.filter(fd -> {
        try {
          return Files.readSymbolicLink(fd).equals(real);
        } catch (IOException | UnsupportedOperationException e) {
          return false; // closed meanwhile, or not a link
        }
      }).count();
    }
  }

  private List<SourceRow> readAll(String content) throws IOException {
    Path file = write(content);
    return readAll(new InboxFile(file, file.getFileName().toString(), Files.size(file)));
  }

  private List<SourceRow> readAll(InboxFile file) throws IOException {
    List<SourceRow> rows = new ArrayList<>();
    try (SourceFileReader reader = new SourceFileReader(file, UTF8_COMMAS)) {
      for (SourceRow row = reader.next(); row != null; row = reader.next()) {
        rows.add(row);
      }
    }
    return rows;
  }

  private SourceFileReader reader(Path file) throws IOException {
    return new SourceFileReader(new InboxFile(file, file.getFileName().toString(), Files.size(file)), UTF8_COMMAS);
  }

  private Path write(String content) throws IOException {
    Path file = inbox.resolve("社会救助科.csv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
