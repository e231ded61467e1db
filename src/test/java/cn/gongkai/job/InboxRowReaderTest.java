package cn.gongkai.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.intake.FileInspection;
import cn.gongkai.intake.FileInspector;
import cn.gongkai.intake.InboxFile;
import cn.gongkai.intake.SourceCatalog;
import cn.gongkai.intake.SourceRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The rows read are the rows of the content the inbox scan decided on and checksummed: that checksum
 * is what the run registers as ingested.
 */
class InboxRowReaderTest {

  private static final String EXPORT = """
      标题,发布日期
      关于印发年度工作要点的通知,2019-03-01
      关于调整最低生活保障标准的通知,2019-04-02
      """;

  @TempDir
  Path inbox;

  private final RunLedger ledger = new RunLedger(job -> null);

  @Test
  void setsAsideUnreadAFileRewrittenBetweenTheScanAndItsTurn() throws Exception {
    InboxEntry scanned = scan("办公室.csv", EXPORT);
    Files.writeString(inbox.resolve("办公室.csv"), EXPORT + "关于开展安全生产检查的通知,2019-05-06\n", StandardCharsets.UTF_8);
    InboxEntry unchanged = scan("福利科.csv", EXPORT);
    InboxRowReader reader = new InboxRowReader(inbox, List.of(scanned, unchanged), ledger);
    reader.open(new ExecutionContext());

    List<SourceRow> rows = readAll(reader);

    assertThat(rows).extracting(SourceRow::file).containsExactly("福利科.csv", "福利科.csv");
    assertThat(setAside()).containsOnlyKeys("办公室.csv");
    assertThat(setAside().get("办公室.csv")).contains("文件又被改写").contains("下次运行读取");
    assertThat(ledger.rowsRead("办公室.csv")).isZero();
  }

  @Test
  void setsAsideAFileRemovedBeforeItsTurn() throws Exception {
    InboxEntry scanned = scan("办公室.csv", EXPORT);
    Files.delete(inbox.resolve("办公室.csv"));
    InboxRowReader reader = new InboxRowReader(inbox, List.of(scanned), ledger);
    reader.open(new ExecutionContext());

    assertThat(readAll(reader)).isEmpty();
    assertThat(setAside().get("办公室.csv")).contains("已删除");
  }

  @Test
  void failsTheRunWhenAFileIsRewrittenWhileItsRowsAreRead() throws Exception {
    InboxEntry scanned = scan("办公室.csv", EXPORT);
    InboxRowReader reader = new InboxRowReader(inbox, List.of(scanned), ledger);
    reader.open(new ExecutionContext());
    assertThat(reader.read()).isNotNull();

    // the same size, other bytes: only the content tells
    Files.writeString(inbox.resolve("办公室.csv"), EXPORT.replace("2019-04-02", "2019-04-03"), StandardCharsets.UTF_8);

    assertThatThrownBy(() -> readAll(reader)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("办公室.csv was rewritten while this run read it")
        .hasMessageContaining("not registered as ingested");
  }

  @Test
  void readsEveryRowOfFilesThatStayAsScanned() throws Exception {
    InboxRowReader reader = new InboxRowReader(inbox, List.of(scan("办公室.csv", EXPORT)), ledger);
    reader.open(new ExecutionContext());

    assertThat(readAll(reader)).extracting(SourceRow::line).containsExactly(2L, 3L);
    assertThat(setAside()).isEmpty();
  }

  private InboxEntry scan(String name, String content) throws Exception {
    Path file = Files.writeString(inbox.resolve(name), content, StandardCharsets.UTF_8);
    FileInspection inspection = new FileInspector(SourceCatalog.of(List.of()), "示例市民政局")
        .inspect(new InboxFile(file, name, Files.size(file)));
    FileInspection.Readable readable = (FileInspection.Readable) inspection;
    return new InboxEntry(name, InboxEntry.Status.INGESTED, readable.bytes().sha256(), Files.size(file), null, null,
        FilePlan.of(readable.plan()));
  }

  private static List<SourceRow> readAll(InboxRowReader reader) throws Exception {
    List<SourceRow> rows = new java.util.ArrayList<>();
    for (SourceRow row = reader.read(); row != null; row = reader.read()) {
      rows.add(row);
    }
    return rows;
  }

  @SuppressWarnings("unchecked")
  private Map<String, String> setAside() {
    ExecutionContext context = new ExecutionContext();
    ledger.update(context);
    return (Map<String, String>) context.get(RunLedger.SET_ASIDE_KEY);
  }
}
