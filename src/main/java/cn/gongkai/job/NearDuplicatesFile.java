package cn.gongkai.job;

import cn.gongkai.dedup.NearDuplicate;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The run's near-duplicates.csv, for whoever reviews probable duplicates: both titles and dates side
 * by side, and whether they were merged. Started afresh each time the step runs, so a restarted run
 * does not list pairs twice; written block by block, so no list of all pairs is ever held.
 */
final class NearDuplicatesFile implements Closeable {

  static final String FILE_NAME = "near-duplicates.csv";
  private static final String[] HEADER = {"发布机构", "标题一", "发布日期一", "标题二", "发布日期二", "相似度", "已合并", "编号一", "编号二"};

  private final CSVPrinter printer;

  NearDuplicatesFile(Path runDirectory) throws IOException {
    Files.createDirectories(runDirectory);
    Writer writer = Files.newBufferedWriter(runDirectory.resolve(FILE_NAME), StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    this.printer.printRecord((Object[]) HEADER);
  }

  /** @param merged whether a pair's two publications were merged into one by this run */
  void append(List<NearDuplicate> pairs, Predicate<NearDuplicate> merged) throws IOException {
    for (NearDuplicate pair : pairs) {
      boolean inOrder = !pair.secondDate().isBefore(pair.firstDate()); // the earlier one first, as a reviewer reads
      printer.printRecord(pair.publisher(), inOrder ? pair.firstTitle() : pair.secondTitle(),
          inOrder ? pair.firstDate() : pair.secondDate(), inOrder ? pair.secondTitle() : pair.firstTitle(),
          inOrder ? pair.secondDate() : pair.firstDate(), String.format("%.3f", pair.similarity()),
          merged.test(pair) ? "是" : "否", inOrder ? pair.firstId() : pair.secondId(), inOrder ? pair.secondId() : pair.firstId());
    }
  }

  @Override
  public void close() throws IOException {
    printer.close();
  }
}
