package cn.gongkai.node;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
 */
public record LocalNodeSettings(
    Path home,
    List<Path> distributions,
    String version,
    int heapMb,
    Duration startTimeout,
    Path esJavaHome) {

  public LocalNodeSettings {
    home = home.toAbsolutePath().normalize();
    distributions = List.copyOf(distributions);
    Objects.requireNonNull(version, "version");
    if (heapMb < 256) {
      throw new IllegalArgumentException("the node needs a heap of at least 256 MiB, was " + heapMb);
    }
    Objects.requireNonNull(startTimeout, "startTimeout");
  }

  LocalNodeSettings withHome(Path otherHome) {
    return new LocalNodeSettings(otherHome, distributions, version, heapMb, startTimeout, esJavaHome);
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
