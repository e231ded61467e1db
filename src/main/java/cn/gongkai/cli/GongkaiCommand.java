package cn.gongkai.cli;

import picocli.CommandLine.Command;

@Command(
    name = "gongkai",
    mixinStandardHelpOptions = true,
    versionProvider = BuildVersion.class,
    header = "Disclosure statistics (政府信息公开) from the publication records departments export.",
    description = "State lives under GONGKAI_DATA (default ./data). Without GONGKAI_ES_URL, a local "
        + "Elasticsearch node under the data directory is started on first use and left running.",
    subcommands = {DemoCommand.class, GenerateCommand.class, IngestCommand.class, StatsCommand.class,
        ReportCommand.class, ClassifyEvalCommand.class, ReclassifyCommand.class, BenchCommand.class, ServeCommand.class, RebuildCommand.class,
        EsCommand.class})
final class GongkaiCommand implements Runnable {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
