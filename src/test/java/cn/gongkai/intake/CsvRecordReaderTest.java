package cn.gongkai.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one CSV reading path of publication lists and registers: every record at its line, bad ones too. */
class CsvRecordReaderTest {

  @TempDir
  Path inbox;

  @Test
  void theIssuesStrayQuoteIsOneMalformedRecordAndTheNextLinesAreRead() throws IOException {
    List<CsvRecord> records = readAll(String.join("\n",
        "申请编号,收到日期,申请方式,申请人类型,申请人,申请内容",
        "A-1,2019-03-01,网络,自然人,张三,申请公开低保名单",
        "A-2,2019-03-02,网络,自然人,\"李四,申请公开\"资金\"明细",
        "A-3,2019-03-03,信函,商业企业,某公司,申请公开采购合同",
        ""), StandardCharsets.UTF_8, false);

    assertThat(records).extracting(CsvRecord::line, CsvRecord::verbatim, record -> record.cell(0))
        .containsExactly(
            tuple(2L, null, "A-1"),
            tuple(3L, "A-2,2019-03-02,网络,自然人,\"李四,申请公开\"资金\"明细", null),
            tuple(4L, null, "A-3"));
    assertThat(records.get(1).defect()).isEqualTo(new RowDefect(RowDefect.Kind.MALFORMED_CSV, "结束引号后面紧跟着其他字符"));
    assertThat(records.get(2).cells()).hasSize(6);
  }

  @Test
  void numbersLinesAfterAMalformedRecordWhateverTheLineEnds() throws IOException {
    String crlf = "标题,发布日期\r\n\"坏\"了,2019-01-01\r\n第二条,2019-01-02\r\n\"跨\r\n行\",2019-01-03\r\n第四条,2019-01-04\r\n";
    String cr = crlf.replace("\r\n", "\r");

    for (String content : List.of(crlf, cr)) {
      assertThat(readAll(content, StandardCharsets.UTF_8, false))
          .extracting(CsvRecord::line, CsvRecord::verbatim, record -> record.cell(0))
          .containsExactly(tuple(2L, "\"坏\"了,2019-01-01", null), tuple(3L, null, "第二条"),
              tuple(4L, null, content.contains("\r\n") ? "跨\r\n行" : "跨\r行"), tuple(6L, null, "第四条"));
    }
  }

  @Test
  void aQuoteNeverClosedInALongFileRejectsItsLineAndEveryLaterRowIsRead() throws IOException {
    StringBuilder content = new StringBuilder("标题,发布日期\n\"引号没有闭合的标题,2019-01-01\n");
    int rows = 20_000; // far beyond what the reader keeps in one piece
    for (int i = 0; i < rows; i++) {
      content.append("第").append(i).append("条关于做好社会救助工作的通知,2019-01-02\n");
    }

    List<CsvRecord> records = readAll(content.toString(), StandardCharsets.UTF_8, false);

    assertThat(records).hasSize(rows + 1);
    assertThat(records.get(0)).extracting(CsvRecord::line, CsvRecord::verbatim)
        .containsExactly(2L, "\"引号没有闭合的标题,2019-01-01");
    for (int i = 0; i < rows; i++) {
      assertThat(records.get(i + 1)).extracting(CsvRecord::line, record -> record.cell(0))
          .containsExactly(i + 3L, "第" + i + "条关于做好社会救助工作的通知");
    }
  }

  @Test
  void manyStrayQuotesAcrossALongFileAreEachRejectedAtTheirOwnLine() throws IOException {
    StringBuilder content = new StringBuilder("标题,发布日期\r\n");
    List<Long> strayLines = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      long line = i + 2;
      if (i % 7 == 3) {
        content.append("\"第").append(i).append("条\"通知,2019-01-02\r\n");
        strayLines.add(line);
      } else {
        content.append("第").append(i).append("条通知,2019-01-02\r\n");
      }
    }

    List<CsvRecord> records = readAll(content.toString(), StandardCharsets.UTF_8, false);

    assertThat(records).hasSize(10_000);
    assertThat(records).filteredOn(record -> record.defect() != null).extracting(CsvRecord::line)
        .containsExactlyElementsOf(strayLines);
    for (int i = 0; i < 10_000; i++) {
      CsvRecord record = records.get(i);
      assertThat(record.line()).isEqualTo(i + 2L);
      assertThat(record.defect() == null ? record.cell(0) : record.verbatim())
          .isEqualTo(i % 7 == 3 ? "\"第" + i + "条\"通知,2019-01-02" : "第" + i + "条通知");
    }
  }

  @Test
  void aCellOfUndecodableBytesIsADefectOnlyWhenTheFileIsKnownToHaveSome() throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.writeBytes("标题,发布日期\n第一条,2019-01-01\n第".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xFF); // a byte no UTF-8 text has
    bytes.writeBytes("条,2019-01-02\n".getBytes(StandardCharsets.UTF_8));
    Path file = Files.write(inbox.resolve("办公室.csv"), bytes.toByteArray());

    assertThat(read(file, StandardCharsets.UTF_8, true)).extracting(CsvRecord::line, CsvRecord::defect)
        .containsExactly(tuple(2L, null), tuple(3L, new RowDefect(RowDefect.Kind.UNDECODABLE_BYTES, "第1列")));
    assertThat(read(file, StandardCharsets.UTF_8, false)).extracting(CsvRecord::defect).containsOnlyNulls();
  }

  @Test
  void countsCellsPaddedBeyondTheHeaderOutOfARecordsWidth() throws IOException {
    assertThat(readAll("标题,发布日期\n第一条,2019-01-01,,\n第二条\n第三条,2019-01-03,x\n", StandardCharsets.UTF_8, false))
        .extracting(CsvRecord::width).containsExactly(2, 1, 3);
  }

  private List<CsvRecord> readAll(String content, Charset charset, boolean flagsUndecodable) throws IOException {
    return read(Files.writeString(inbox.resolve("办公室.csv"), content, charset), charset, flagsUndecodable);
  }

  private static List<CsvRecord> read(Path file, Charset charset, boolean flagsUndecodable) throws IOException {
    List<CsvRecord> records = new ArrayList<>();
    try (CsvRecordReader reader = new CsvRecordReader(file, charset, ',', flagsUndecodable)) {
      for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
        records.add(record);
      }
    }
    return records;
  }
}
