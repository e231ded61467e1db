package cn.gongkai.cli;

import cn.gongkai.aggregate.FiguresQuery;
import cn.gongkai.job.IngestRunner;
import cn.gongkai.job.RunSummary;
import cn.gongkai.sample.SampleExportGenerator;
import cn.gongkai.sample.SampleSpec;
import cn.gongkai.settings.GongkaiProperties;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    header = "Generate sample exports, ingest them, print the figures of the latest year.",
    description = "Writes a few hundred realistic publication records of several departments over several "
        + "years (the same every time), runs the nightly ingest on them and prints the run summary and the "
        + "figures of the latest year. Running it again changes no figure: the records are already loaded.")
final class DemoCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--inbox", paramLabel = "DIR", description = "where to write the sample exports; default: demo/inbox under the data directory")
  Path inbox;

  @Override
  public Integer call() throws Exception {
    try (ConfigurableApplicationContext context = GongkaiContext.start()) {
      GongkaiProperties properties = context.getBean(GongkaiProperties.class);
      Path target = inbox != null ? inbox : properties.dataDir().resolve("demo").resolve("inbox");
      SampleSpec sample = SampleSpec.demo().withOrganization(properties.organization());
      List<Path> files = new SampleExportGenerator(sample).writeTo(target);
      out().printf("Wrote %d sample exports (%d rows, %d distinct publications, %d-%d) to %s%n%n",
          files.size(), sample.records(), sample.distinctPublications(), sample.firstYear(), sample.lastYear(), target);
      RunSummary summary = context.getBean(IngestRunner.class).run(target);
      out().println(RunSummaryText.render(summary));
      if (!summary.completed()) {
        return GongkaiCli.FAILED;
      }
      out().print(FiguresText.render(context.getBean(FiguresQuery.class).figures(sample.lastYear(), properties.organization())));
      out().flush();
      return 0;
    }
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
