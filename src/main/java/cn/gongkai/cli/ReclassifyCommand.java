package cn.gongkai.cli;

import cn.gongkai.job.ReclassifyRunner;
import cn.gongkai.job.ReclassifySummary;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "reclassify",
    mixinStandardHelpOptions = true,
    header = "Classifies every loaded publication again, with the taxonomy as it is now.",
    description = "After an edit of the taxonomy (config/taxonomy.yml, or the file gongkai.classification.taxonomy "
        + "names): trains the model afresh on the declared categories and gives every loaded publication its "
        + "category again, without reading the exports again, so the figures follow the new taxonomy. Prints how "
        + "many publications changed category, and how. Exits 0 only if it completed.")
final class ReclassifyCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "text (default) or json (one object: status, counts by basis, category changes)")
  OutputFormat format;

  @Override
  public Integer call() throws Exception {
    try (ConfigurableApplicationContext context = GongkaiContext.start()) {
      ReclassifySummary summary = context.getBean(ReclassifyRunner.class).run();
      format.print(spec.commandLine().getOut(), summary, ClassificationText::render);
      return summary.completed() ? 0 : GongkaiCli.FAILED;
    }
  }
}
