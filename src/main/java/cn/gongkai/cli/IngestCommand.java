package cn.gongkai.cli;

import cn.gongkai.job.IngestRunner;
import cn.gongkai.job.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    header = "One run of the nightly ingest over an inbox; prints the run summary.",
    description = "Reads every CSV export in the inbox, normalizes, classifies and loads the rows into "
        + "Elasticsearch, and prints the run summary: per file, read = loaded + merged + rejected. Rejected "
        + "rows are listed with the reason and the fix in rejects.csv in the run's output directory. "
        + "Exits 0 only if the run completed.")
final class IngestCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--inbox", required = true, paramLabel = "DIR", description = "the folder the departments' CSV exports are dropped in")
  Path inbox;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "text (a table, default) or json (one object: status, files, totals)")
  OutputFormat format;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(inbox)) {
      throw new UserInputException("--inbox " + inbox + " is not a directory: give the folder the exports are dropped in");
    }
    try (ConfigurableApplicationContext context = GongkaiContext.start()) {
      RunSummary summary = context.getBean(IngestRunner.class).run(inbox);
      format.print(spec.commandLine().getOut(), summary, RunSummaryText::render);
      return summary.completed() ? 0 : GongkaiCli.FAILED;
    }
  }
}
