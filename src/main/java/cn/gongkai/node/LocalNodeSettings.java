package cn.gongkai.node;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to run the local Elasticsearch node.
 *
 * @param home the node's directory under the data directory: the unpacked server, its data, logs
 *     and state all live here, so two data directories are two independent nodes
 * @param distributions where to look for the server zip, in order (the build's copy first)
 * @param version the server version, also the client's
 * @param heapMb the node's heap (-Xms and -Xmx)
 * @param startTimeout how long to wait for the node to answer before giving up
 * @param esJavaHome the JDK to run the node with; {@code null} to find one (21 or newer)
 * @param nodes how many nodes on loopback: 1, or 2 and 3 for a cluster whose first node is the
 *     only master and whose others hold data (replicas), so any of them can stop without taking the
 *     cluster down
 * @param nodeSettings further Elasticsearch settings for every node ({@code -E} name=value)
 * @param security TLS on HTTP and a user with a password, as on a production cluster (one node only)
 */
public record LocalNodeSettings(
    Path home,
    List<Path> distributions,
    String version,
    int heapMb,
    Duration startTimeout,
    Path esJavaHome,
    int nodes,
    Map<String, String> nodeSettings,
    boolean security) {

  static final int MAX_NODES = 3;

  public LocalNodeSettings {
    home = home.toAbsolutePath().normalize();
    distributions = List.copyOf(distributions);
    Objects.requireNonNull(version, "version");
    if (heapMb < 256) {
      throw new IllegalArgumentException("the node needs a heap of at least 256 MiB, was " + heapMb);
    }
    Objects.requireNonNull(startTimeout, "startTimeout");
    if (nodes < 1 || nodes > MAX_NODES) {
      throw new IllegalArgumentException("gongkai.elasticsearch.local-node.nodes must be 1 to " + MAX_NODES
          + " (nodes on this machine), was " + nodes);
    }
    nodeSettings = Map.copyOf(nodeSettings);
    if (security && nodes > 1) {
      throw new IllegalArgumentException("gongkai.elasticsearch.local-node.security works with one node: a secured "
          + "cluster of several would need TLS between its nodes too. Set nodes: 1, or security: false");
    }
  }

  /** One node of its own, with Elasticsearch's default settings. */
  public LocalNodeSettings(Path home, List<Path> distributions, String version, int heapMb, Duration startTimeout,
      Path esJavaHome) {
    this(home, distributions, version, heapMb, startTimeout, esJavaHome, 1, Map.of(), false);
  }

  LocalNodeSettings withHome(Path otherHome) {
    return new LocalNodeSettings(otherHome, distributions, version, heapMb, startTimeout, esJavaHome, nodes,
        nodeSettings, security);
  }

  public LocalNodeSettings withNodes(int count) {
    return new LocalNodeSettings(home, distributions, version, heapMb, startTimeout, esJavaHome, count, nodeSettings,
        security);
  }

  public LocalNodeSettings withNodeSettings(Map<String, String> settings) {
    return new LocalNodeSettings(home, distributions, version, heapMb, startTimeout, esJavaHome, nodes, settings,
        security);
  }

  public LocalNodeSettings withSecurity(boolean secured) {
    return new LocalNodeSettings(home, distributions, version, heapMb, startTimeout, esJavaHome, nodes, nodeSettings,
        secured);
  }

  /** The home of node {@code number} of a local cluster: the first node's is the home itself. */
  Path nodeHome(int number) {
    return number == 1 ? home : home.resolve("node-" + number);
  }

  Path serverDir() {
    return home.resolve("elasticsearch-" + version);
  }

  Path dataDir() {
    return home.resolve("data");
  }

  Path logsDir() {
    return home.resolve("logs");
  }

  Path tmpDir() {
    return home.resolve("tmp");
  }

  Path runDir() {
    return home.resolve("run");
  }
}
