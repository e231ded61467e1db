package cn.gongkai.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.testsupport.ScriptedBulkServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How a batch of writes treats the answers of a busy node, item by item. A real node refuses
 * single items (429) only under load, never on demand, so these answers are scripted; the whole
 * request refused 429 is tried on a real node in LocalClusterIT.
 */
class BulkRequestsTest {

  private final ScriptedBulkServer server = start();
  private final ElasticsearchConnection connection = new ElasticsearchConnection(new ElasticsearchSettings(
      server.url(), "gongkai", Duration.ofSeconds(5), Duration.ofSeconds(30), Path.of("config/elasticsearch"), false),
      null, message -> { });

  @AfterEach
  void stop() {
    connection.close();
    server.close();
  }

  @Test
  void sendsAgainExactlyTheWritesTheNodeWasTooBusyFor() throws Exception {
    server.then(ids -> ScriptedBulkServer.items(ids, place -> place == 1 || place == 3 ? 429 : 201));

    batchOf("a", "b", "c", "d", "e").send();

    assertThat(server.bulkRequests()).containsExactly(List.of("a", "b", "c", "d", "e"), List.of("b", "d"));
  }

  @Test
  void keepsSendingAgainWhatIsRefusedAgainUntilItIsWritten() throws Exception {
    server.then(ids -> ScriptedBulkServer.items(ids, place -> place == 0 ? 201 : 429))
        .then(ids -> ScriptedBulkServer.items(ids, place -> place == 0 ? 429 : 201));

    batchOf("a", "b", "c").send();

    assertThat(server.bulkRequests()).containsExactly(List.of("a", "b", "c"), List.of("b", "c"), List.of("b"));
  }

  @Test
  void returnsTheDocumentsRefusedForTheirContentAndSendsAgainOnlyTheBusyOnes() throws Exception {
    server.then(ids -> ScriptedBulkServer.items(ids, place -> place == 0 ? 400 : place == 2 ? 429 : 201));

    Map<String, String> refused = batchOf("a", "b", "c").sendKeepingRefusedDocuments();

    assertThat(refused).containsOnlyKeys("a");
    assertThat(refused.get("a")).startsWith("document_parsing_exception");
    assertThat(server.bulkRequests()).containsExactly(List.of("a", "b", "c"), List.of("c"));
  }

  @Test
  void failsTheChunkWhenTheAnswerDoesNotHaveOneItemPerWrite() throws Exception {
    server.then(ids -> ScriptedBulkServer.items(ids.subList(0, 2), place -> place == 1 ? 429 : 201));

    assertThatThrownBy(() -> batchOf("a", "b", "c").send()).isInstanceOf(BulkWriteException.class)
        .hasMessageContaining("answered 2 of a bulk request's 3 writes");
    assertThat(server.bulkRequests()).hasSize(1);
  }

  private BulkRequests batchOf(String... ids) throws Exception {
    BulkRequests batch = new BulkRequests(connection, 1, 8 * 1024 * 1024, ids.length);
    for (String id : ids) {
      batch.index("t", id, Map.of("title", "关于" + id + "的通知"));
    }
    return batch;
  }

  private static ScriptedBulkServer start() {
    try {
      return new ScriptedBulkServer();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
