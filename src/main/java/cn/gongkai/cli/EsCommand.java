package cn.gongkai.cli;

import cn.gongkai.load.ElasticsearchConnection;
import cn.gongkai.load.ElasticsearchSettings;
import cn.gongkai.load.ElasticsearchUnavailableException;
import cn.gongkai.node.LocalNode;
import cn.gongkai.node.NodeStatus;
import cn.gongkai.settings.GongkaiProperties;
import java.io.PrintWriter;
import java.util.Optional;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "es",
    mixinStandardHelpOptions = true,
    header = "The local Elasticsearch node: start, stop, status.",
    description = "The local Elasticsearch node of the data directory (GONGKAI_DATA), used when "
        + "GONGKAI_ES_URL is not set. Other commands start it on first use and leave it running.")
final class EsCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "start", mixinStandardHelpOptions = true, description = "Start the node (or report the one running).")
  int start() {
    try (ConfigurableApplicationContext context = GongkaiContext.start()) {
      LocalNode local = context.getBean(LocalNode.class);
      describe(local.ensureRunning(message -> out().println(message)));
      local.otherNodes().forEach(this::describe);
      return 0;
    }
  }

  @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop the node (every node of a local "
      + "cluster); its data stays.")
  int stop(@Option(names = "--node", paramLabel = "N", description = "Stop only node N (2 or 3) of a local cluster "
      + "(gongkai.elasticsearch.local-node.nodes), as when one machine of a cluster goes down.") Integer number) {
    try (ConfigurableApplicationContext context = GongkaiContext.start()) {
      LocalNode local = context.getBean(LocalNode.class);
      if (number != null) {
        boolean stopped;
        try {
          stopped = local.stop(number);
        } catch (IllegalArgumentException e) {
          throw new UserInputException("--node " + number + ": " + e.getMessage());
        }
        out().println(stopped ? "Stopped node " + number + " of the local cluster; the others go on."
            : "Node " + number + " of the local cluster was not running.");
        return 0;
      }
      boolean stopped = local.stop();
      out().println(stopped ? "Stopped the local Elasticsearch node." : "No local Elasticsearch node was running.");
      return 0;
    }
  }

  @Command(name = "status", mixinStandardHelpOptions = true,
      description = "Is the node running? Exits 0 if it is, 3 if not.")
  int status() {
    try (ConfigurableApplicationContext context = GongkaiContext.start()) {
      GongkaiProperties properties = context.getBean(GongkaiProperties.class);
      if (!properties.elasticsearch().usesLocalNode()) {
        out().println("GONGKAI_ES_URL is set (" + context.getBean(ElasticsearchSettings.class).shownUrl()
            + "): the local node is not used.");
        out().println(configuredCluster(context.getBean(ElasticsearchConnection.class)));
      }
      LocalNode local = context.getBean(LocalNode.class);
      Optional<NodeStatus> node = local.status();
      node.ifPresentOrElse(this::describe, () -> out().println("No local Elasticsearch node is running for "
          + properties.dataDir() + " (jobs/gongkai es start starts one)."));
      node.ifPresent(first -> local.otherNodes().forEach(this::describe));
      return node.isPresent() ? 0 : 3;
    }
  }

  /** What answers at the configured URL: its version, or why it cannot be used. */
  private static String configuredCluster(ElasticsearchConnection connection) {
    try {
      return "Elasticsearch " + connection.clusterVersion() + " answers at " + connection.url() + ".";
    } catch (ElasticsearchUnavailableException e) {
      return e.getMessage();
    }
  }

  private void describe(NodeStatus node) {
    out().println("Local Elasticsearch " + node.version() + " node running at " + node.url() + " (pid " + node.pid()
        + ", home " + node.home() + ")");
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
