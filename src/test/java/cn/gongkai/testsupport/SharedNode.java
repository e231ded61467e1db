package cn.gongkai.testsupport;

import cn.gongkai.node.LocalNode;
import cn.gongkai.node.LocalNodeSettings;
import cn.gongkai.node.NodeStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The one Elasticsearch node of a test run, started by the product's own launcher under
 * {@code target/it-data} on first use and stopped when the test JVM exits. Being the product's
 * launcher, it exercises on every run what users rely on: unpacking, choosing a JDK, dropping root.
 *
 * <p>Tests isolate themselves with their own index prefix, not with their own node.
 */
public final class SharedNode {

  /** The data directory the node lives in; CLI tests point GONGKAI_DATA here to reuse the node. */
  public static final Path DATA_DIR = Path.of("target", "it-data").toAbsolutePath();

  private static NodeStatus status;
  private static LocalNode node;

  private SharedNode() {}

  public static synchronized String url() {
    if (status == null) {
      node = new LocalNode(settings());
      status = node.ensureRunning(message -> System.err.println("[shared node] " + message));
      Runtime.getRuntime().addShutdownHook(new Thread(node::stop, "stop-shared-elasticsearch"));
    }
    return status.url();
  }

  public static synchronized NodeStatus status() {
    url();
    return status;
  }

  /**
   * Stops the node, as when Elasticsearch goes away in the middle of a run. Whoever stops it must
   * {@link #restart()} it, even when the test fails, or every later test finds no node.
   */
  public static synchronized void stop() {
    url();
    node.stop();
  }

  /** Starts the node again after {@link #stop()}, on the same port, so every client made before still reaches it. */
  public static synchronized void restart() {
    String before = url();
    status = node.ensureRunning(message -> System.err.println("[shared node] " + message));
    if (!status.url().equals(before)) {
      throw new IllegalStateException("the shared node came back at " + status.url() + ", not " + before
          + ": the clients of the test context cannot reach it");
    }
  }

  /** Where the node lives: under DATA_DIR, or elsewhere when its user cannot reach DATA_DIR. */
  public static synchronized Path home() {
    url();
    return node.home();
  }

  public static LocalNodeSettings settings() {
    String version = System.getProperty("gongkai.test.elasticsearch.version", BuildProperties.elasticsearchVersion());
    Path dist = Path.of(System.getProperty("gongkai.test.elasticsearch.dist", "target/elasticsearch"));
    return new LocalNodeSettings(DATA_DIR.resolve("elasticsearch"),
        List.of(dist.resolve("elasticsearch-" + version + ".zip")), version, 1024, Duration.ofSeconds(180), null);
  }
}
