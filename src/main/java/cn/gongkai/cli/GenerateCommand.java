package cn.gongkai.cli;

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
    description = "Writes the exports of five departments of a bureau, each in its own layout, N rows in all; a "
        + "share of them are the office's re-exports of rows the departments already sent (the only duplicates). "
        + "The demo, the tests and the benchmark use the same generator.")
final class GenerateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--records", required = true, paramLabel = "N", description = "rows to write, in all files together")
  int records;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "the inbox to write the files into")
  Path out;

  @Option(names = "--seed", defaultValue = "20191", description = "the same seed writes the same bytes (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--first-year", defaultValue = "2015", description = "default: ${DEFAULT-VALUE}")
  int firstYear;

  @Option(names = "--last-year", defaultValue = "2024", description = "default: ${DEFAULT-VALUE}")
  int lastYear;

  @Option(names = "--duplicates", defaultValue = "0.2", paramLabel = "SHARE",
      description = "the share of rows that re-export another row, 0 to 1 (default: ${DEFAULT-VALUE})")
  double duplicates;

  @Option(names = "--organization", defaultValue = "示例市民政局", description = "the bureau (default: ${DEFAULT-VALUE})")
  String organization;

  @Override
  public Integer call() throws Exception {
    SampleSpec sample;
    try {
      sample = new SampleSpec(records, seed, firstYear, lastYear, organization, duplicates);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage());
    }
    long start = System.nanoTime();
    List<Path> files = new SampleExportGenerator(sample).writeTo(out);
    spec.commandLine().getOut().printf("Wrote %d files, %d rows (%d distinct publications, %d re-exports), %d-%d, to %s in %.1f s%n",
        files.size(), sample.records(), sample.distinctPublications(), sample.duplicateRows(), firstYear, lastYear,
        out, (System.nanoTime() - start) / 1e9);
    return 0;
  }
}
