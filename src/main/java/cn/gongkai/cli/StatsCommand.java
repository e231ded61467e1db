package cn.gongkai.cli;

import cn.gongkai.aggregate.PublicationFigures;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    header = "The figures of a year: totals, cumulative, by category, channel, department, month.",
    description = "Counts the loaded, deduplicated publications whose 发布日期 is in the year: total and "
        + "cumulative (历年累计), by category, channel (a publication on two channels counts in each), "
        + "department, disclosure and month.")
final class StatsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  FiguresScope scope;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "text (a table, default) or json (one object, the shape of SPEC section 8)")
  OutputFormat format;

  @Override
  public Integer call() throws Exception {
    try (ConfigurableApplicationContext context = GongkaiContext.start()) {
      PublicationFigures figures = scope.figures(context);
      format.print(spec.commandLine().getOut(), figures, FiguresText::render);
      return FiguresScope.exitStatus(figures, spec.commandLine().getErr());
    }
  }
}
