package cn.gongkai.cli;

import cn.gongkai.sample.ExportEncoding;
import cn.gongkai.sample.SampleExportGenerator;
import cn.gongkai.sample.SampleSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    header = "Write realistic sample exports (the same for the same seed).",
    description = "Writes the exports of the departments of a bureau, one CSV file each in its own layout, N rows in "
        + "all; a share of them are the office's re-exports of rows the departments already sent (the only duplicates: "
        + "distinct publications share no index number, document number or title on the same day, and rarely a near-"
        + "identical title within three days). The demo, the tests and the benchmark use the same generator.")
final class GenerateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--records", required = true, paramLabel = "N", description = "rows to write, in all files together")
  int records;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "the inbox to write the files into")
  Path out;

  @Option(names = "--seed", defaultValue = "20191", paramLabel = "N", description = "the same seed writes the same bytes (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--first-year", defaultValue = "2015", paramLabel = "YEAR", description = "first year of publication (default: ${DEFAULT-VALUE})")
  int firstYear;

  @Option(names = "--last-year", defaultValue = "2024", paramLabel = "YEAR", description = "last year of publication (default: ${DEFAULT-VALUE})")
  int lastYear;

  @Option(names = "--duplicates", defaultValue = "0.2", paramLabel = "SHARE",
      description = "the share of rows that re-export another row, 0 to 1 (default: ${DEFAULT-VALUE})")
  double duplicates;

  @Option(names = "--departments", defaultValue = "5", paramLabel = "N",
      description = "department files, 1 to 50: the office and four sections first, then further sections "
          + "(社会组织管理科, ...), then numbered ones (社会救助二科); with the office alone its file re-exports its own "
          + "rows (default: ${DEFAULT-VALUE})")
  int departments;

  @Option(names = "--undeclared", defaultValue = "0.35", paramLabel = "SHARE",
      description = "the share of all rows, 0 to 1, that declare no 信息类别 (a blank cell, or no such column in a "
          + "department's layout), left to the classifier; exact to the row (default: ${DEFAULT-VALUE})")
  double undeclared;

  @Option(names = "--encoding", defaultValue = "utf-8", paramLabel = "ENCODING",
      description = "utf-8, utf-8-bom, gbk, or mixed (the departments in turn utf-8, gbk, utf-8-bom) "
          + "(default: ${DEFAULT-VALUE})")
  String encoding;

  @Option(names = "--organization", defaultValue = "示例市民政局", paramLabel = "NAME", description = "the bureau (default: ${DEFAULT-VALUE})")
  String organization;

  @Override
  public Integer call() throws Exception {
    SampleSpec sample = sample();
    long start = System.nanoTime();
    List<Path> files = new SampleExportGenerator(sample).writeTo(out);
    spec.commandLine().getOut().printf("Wrote %d files, %d rows (%d distinct publications, %d re-exports), %d-%d, to %s "
        + "in %.1f s (%d rows without a declared category, %s)%n", files.size(), sample.records(),
        sample.distinctPublications(), sample.duplicateRows(), firstYear, lastYear, out,
        (System.nanoTime() - start) / 1e9, sample.undeclaredRows(), sample.encoding().label());
    return 0;
  }

  /** The spec the options describe; a value it refuses is the user's to correct. */
  SampleSpec sample() {
    try {
      return new SampleSpec(records, seed, firstYear, lastYear, organization, duplicates, departments, undeclared,
          ExportEncoding.of(encoding));
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage());
    }
  }
}
