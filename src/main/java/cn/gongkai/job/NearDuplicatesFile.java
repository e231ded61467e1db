package cn.gongkai.job;

import cn.gongkai.dedup.NearDuplicate;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The run's near-duplicates.csv, for whoever reviews probable duplicates: both titles and dates side
 * by side, and whether they were merged. Written whole, so a restarted run does not list pairs twice.
 */
final class NearDuplicatesFile {

  static final String FILE_NAME = "near-duplicates.csv";
  private static final String[] HEADER = {"发布机构", "标题一", "发布日期一", "标题二", "发布日期二", "相似度", "已合并", "编号一", "编号二"};

  private NearDuplicatesFile() {}

  static void write(Path runDirectory, List<NearDuplicate> pairs, boolean merged) throws IOException {
    Files.createDirectories(runDirectory);
    try (Writer writer = Files.newBufferedWriter(runDirectory.resolve(FILE_NAME), StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
      writer.write('\uFEFF');
      printer.printRecord((Object[]) HEADER);
      for (NearDuplicate pair : pairs) {
        boolean inOrder = !pair.secondDate().isBefore(pair.firstDate()); // the earlier one first, as a reviewer reads
        printer.printRecord(pair.publisher(), inOrder ? pair.firstTitle() : pair.secondTitle(),
            inOrder ? pair.firstDate() : pair.secondDate(), inOrder ? pair.secondTitle() : pair.firstTitle(),
            inOrder ? pair.secondDate() : pair.firstDate(), String.format("%.3f", pair.similarity()),
            merged ? "是" : "否", inOrder ? pair.firstId() : pair.secondId(), inOrder ? pair.secondId() : pair.firstId());
      }
    }
  }
}
