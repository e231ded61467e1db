package cn.gongkai.cli;

import cn.gongkai.job.RunLock;
import cn.gongkai.load.PublicationRebuild;
import cn.gongkai.settings.GongkaiProperties;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "rebuild",
    mixinStandardHelpOptions = true,
    header = "Rebuilds the publications index under its template as it is now, with no downtime.",
    description = "For a changed mapping (config/elasticsearch/publications-template.json): copies every "
        + "publication into a new versioned index (gongkai-publications-000002 after -000001), checks it holds "
        + "as many, then swaps the alias in one atomic change, so dashboards and stats never see a half-built "
        + "index, and deletes the old index. Holds the data directory's lock: an ingest or reclassify started meanwhile is refused, and this is refused while one runs. "
        + "After a taxonomy change, run reclassify.")
final class RebuildCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--keep-old", description = "keep the old index (no alias points to it) instead of deleting it")
  boolean keepOld;

  @Override
  public Integer call() throws Exception {
    try (ConfigurableApplicationContext context = GongkaiContext.start();
        RunLock lock = RunLock.acquire(context.getBean(GongkaiProperties.class).dataDir(), "rebuild")) {
      PrintWriter err = spec.commandLine().getErr();
      PublicationRebuild.Result result = context.getBean(PublicationRebuild.class).run(keepOld, line -> {
        err.println(line);
        err.flush();
      });
      spec.commandLine().getOut().printf("Rebuilt %s: %,d publications copied from %s into %s in %.1f s; the alias "
          + "now points to %s%s%n", result.alias(), result.publications(), result.from(), result.to(),
          result.millis() / 1000.0, result.to(), result.oldDeleted() ? " and " + result.from() + " is deleted"
              : "; " + result.from() + " is kept (--keep-old)");
      return 0;
    }
  }
}
