package cn.gongkai.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalClusterSettingsTest {

  private final LocalNodeSettings one = new LocalNodeSettings(Path.of("/data/elasticsearch"), List.of(), "9.2.8", 512,
      Duration.ofSeconds(10), null);

  @Test
  void theFirstNodeLivesInTheHomeAndEachFurtherNodeInItsOwnDirectoryUnderIt() {
    LocalNodeSettings cluster = one.withNodes(2);

    assertThat(cluster.nodeHome(1)).isEqualTo(Path.of("/data/elasticsearch"));
    assertThat(cluster.nodeHome(2)).isEqualTo(Path.of("/data/elasticsearch/node-2"));
    assertThat(cluster.withHome(cluster.nodeHome(2)).dataDir()).isEqualTo(Path.of("/data/elasticsearch/node-2/data"));
  }

  @Test
  void onlyTheFirstNodeIsMasterEligibleSoAnyOtherCanStopWithoutTheClusterLosingItsQuorum() {
    assertThat(NodeLauncher.firstOfCluster()).containsEntry("cluster.initial_master_nodes", "gongkai-local")
        .doesNotContainKey("node.roles");
    assertThat(NodeLauncher.memberOfCluster(2, 9301))
        .containsEntry("node.roles", "data,ingest")
        .containsEntry("discovery.seed_hosts", "127.0.0.1:9301")
        .containsEntry("node.name", "gongkai-local-2");
  }

  @Test
  void nodesOnOneMachineAreOneToThree() {
    assertThatThrownBy(() -> one.withNodes(4)).hasMessageContaining("local-node.nodes must be 1 to 3");
    assertThatThrownBy(() -> one.withNodes(0)).hasMessageContaining("local-node.nodes must be 1 to 3");
  }

  @Test
  void aSecuredLocalNodeIsASingleNodeAndSaysWhy() {
    assertThatThrownBy(() -> one.withNodes(2).withSecurity(true))
        .hasMessageContaining("security works with one node")
        .hasMessageContaining("TLS between its nodes");
  }

  @Test
  void aSecuredNodeAnswersOnlyOnHttpsWithItsOwnCertificate() {
    assertThat(NodeSecurity.nodeSettings())
        .containsEntry("xpack.security.enabled", "true")
        .containsEntry("xpack.security.http.ssl.enabled", "true")
        .containsEntry("xpack.security.http.ssl.certificate", "certs/http.crt");
  }
}
