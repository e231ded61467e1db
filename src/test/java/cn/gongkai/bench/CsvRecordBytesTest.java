package cn.gongkai.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordBytesTest {

  @Test
  void splitsAtLineEndsKeepingThemAndTheHeadersByteOrderMark() throws IOException {
    List<String> records = records("\uFEFF标题,文号\r\n关于救助的通知,示民〔2024〕1号\r\n第二条,\r\n", StandardCharsets.UTF_8);

    assertThat(records).containsExactly("\uFEFF标题,文号\r\n", "关于救助的通知,示民〔2024〕1号\r\n", "第二条,\r\n");
  }

  @Test
  void keepsALineEndInsideQuotesInItsFieldAndDoubledQuotesQuoted() throws IOException {
    List<String> records = records("a,b\n\"two\r\nlines\",\"say \"\"hi\"\"\nstill\"\nlast,row", StandardCharsets.UTF_8);

    assertThat(records).containsExactly("a,b\n", "\"two\r\nlines\",\"say \"\"hi\"\"\nstill\"\n", "last,row");
  }

  @Test
  void skipsLinesThatHoldNothingButALineEnd() throws IOException {
    assertThat(records("a\r\n\r\n\nb\r\n\r\n", StandardCharsets.UTF_8)).containsExactly("a\r\n", "b\r\n");
  }

  @Test
  void splitsGbkWithoutDecodingIt() throws IOException {
    Charset gbk = Charset.forName("GBK");

    assertThat(records("标题\r\n\"关于“救助”的通知，第一\"\r\n", gbk)).containsExactly("标题\r\n", "\"关于“救助”的通知，第一\"\r\n");
  }

  private static List<String> records(String text, Charset charset) throws IOException {
    CsvRecordBytes reader = new CsvRecordBytes(new ByteArrayInputStream(text.getBytes(charset)));
    List<String> records = new ArrayList<>();
    for (byte[] record = reader.next(); record != null; record = reader.next()) {
      records.add(new String(record, charset));
    }
    return records;
  }
}
