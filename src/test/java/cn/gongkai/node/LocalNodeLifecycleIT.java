package cn.gongkai.node;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.testsupport.CliProcess;
import cn.gongkai.testsupport.SharedNode;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The local node's lifecycle on the shared node of the test run: found and reused by a second
 * launcher, then stopped by {@code es stop}. Ordered last among the test classes
 * (junit-platform.properties), since nothing can use the node after it.
 */
@Order(Integer.MAX_VALUE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalNodeLifecycleIT {

  private static final Map<String, String> SHARED_DATA_DIR = Map.of("GONGKAI_DATA", SharedNode.DATA_DIR.toString());

  @Test
  @Order(1)
  void anotherLauncherOfTheSameDataDirectoryFindsAndReusesTheRunningNode() {
    NodeStatus running = SharedNode.status();
    LocalNode another = new LocalNode(SharedNode.settings());

    assertThat(another.status()).contains(running);
    assertThat(another.ensureRunning(message -> { })).isEqualTo(running);
  }

  @Test
  @Order(2)
  void runsTheNodeAsAnUnprivilegedUserWhenStartedByRoot() {
    long pid = SharedNode.status().pid();
    String user = ProcessHandle.of(pid).orElseThrow().info().user().orElseThrow();

    assertThat(user).isEqualTo(ProcessUser.current().dropsPrivileges() ? "nobody" : System.getProperty("user.name"));
  }

  @Test
  @Order(3)
  void esStopStopsTheNodeAndStatusThenSaysNoneIsRunning() throws Exception {
    long pid = SharedNode.status().pid();
    java.nio.file.Path home = SharedNode.home();

    CliProcess.Result stop = CliProcess.run(SHARED_DATA_DIR, Map.of(), "es", "stop");

    assertThat(stop.exitCode()).as(stop.output()).isZero();
    assertThat(stop.stdout()).contains("Stopped the local Elasticsearch node.");
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    assertThat(Files.exists(home.resolve(NodeState.FILE_NAME))).isFalse();
    CliProcess.Result status = CliProcess.run(SHARED_DATA_DIR, Map.of(), "es", "status");
    assertThat(status.exitCode()).isEqualTo(3);
    assertThat(status.stdout()).contains("No local Elasticsearch node is running");
  }
}
