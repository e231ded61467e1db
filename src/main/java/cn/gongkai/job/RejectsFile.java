package cn.gongkai.job;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The run's rejects.csv, for the clerk: one line per rejected row with the file, line, reason, what
 * to fix and the row itself (a whole file's rejection has no line and no row). UTF-8 with a BOM so
 * that Excel, which the clerks use, shows it right.
 */
final class RejectsFile {

  static final String FILE_NAME = "rejects.csv";
  private static final String[] HEADER = {"文件", "行号", "原因代码", "原因", "说明", "原始内容"};

  private final Path path;

  RejectsFile(Path runDir) {
    this.path = runDir.resolve(FILE_NAME);
  }

  Path path() {
    return path;
  }

  void append(List<RejectEntry> rejections) throws IOException {
    if (rejections.isEmpty()) {
      return;
    }
    boolean fresh = !Files.exists(path);
    Files.createDirectories(path.getParent());
    try (Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
      if (fresh) {
        writer.write('\uFEFF');
        printer.printRecord((Object[]) HEADER);
      }
      for (RejectEntry rejection : rejections) {
        printer.printRecord(rejection.file(), rejection.line() == null ? "" : rejection.line(),
            rejection.reasonCode(), rejection.reasonText(), rejection.message(), RawText.shortened(rejection.raw()));
      }
    }
  }
}
