package cn.gongkai.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.testsupport.ScriptedBulkServer;
import java.nio.charset.StandardCharsets;
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

  @Test
  void acceptsAnAnswerWithoutErrorsWithoutReadingItsItems() throws Exception {
    // items a reader would choke on, or count short: only what comes before them is read
    server.then(ids -> "{\"errors\":false,\"items\":[{\"index\":{\"status\":400,\"error\":{\"type\":");

    Map<String, String> refused = batchOf("a", "b", "c").sendKeepingRefusedDocuments();

    assertThat(refused).isEmpty();
    assertThat(server.bulkRequests()).containsExactly(List.of("a", "b", "c"));
  }

  @Test
  void knowsEachAnswerByItsPlaceAmongTheWrites() throws Exception {
    // the answers name no document: the second is refused for its content, the fourth was too many
    server.then(ids -> ScriptedBulkServer.items(ids, place -> place == 1 ? 400 : place == 3 ? 429 : 201));

    Map<String, String> refused = batchOf("a", "b", "c", "d", "e").sendKeepingRefusedDocuments();

    assertThat(refused).containsOnlyKeys("b");
    assertThat(refused.get("b")).isEqualTo("document_parsing_exception: failed to parse");
    assertThat(server.bulkRequests()).containsExactly(List.of("a", "b", "c", "d", "e"), List.of("d"));
  }

  @Test
  void failsTheChunkNamingTheWriteAnItemFailedFor() throws Exception {
    server.then(ids -> "{\"errors\":true,\"items\":[{\"index\":{\"status\":201}},"
        + "{\"index\":{\"status\":503,\"error\":{\"type\":\"unavailable_shards_exception\","
        + "\"caused_by\":{\"type\":\"nested\",\"reason\":\"not this one\"},\"reason\":\"primary shard is not active\"}}},"
        + "{\"index\":{\"status\":200}}]}");

    assertThatThrownBy(() -> batchOf("a", "b", "c").send()).isInstanceOf(BulkWriteException.class).hasMessage(
        "Elasticsearch refused 1 of 3 writes, e.g. [t/b: unavailable_shards_exception primary shard is not active]");
  }

  @Test
  void failsTheChunkNamingTheConcreteIndexWhenTheNodeGivesIt() throws Exception {
    // as a 9.2.8 node answers a failure on a shard: the concrete index behind the alias the write
    // went to is in the error itself, after a caused_by that is not this item's own
    server.then(ids -> "{\"errors\":true,\"items\":[{\"index\":{\"status\":201}},"
        + "{\"index\":{\"status\":409,\"error\":{\"type\":\"version_conflict_engine_exception\","
        + "\"reason\":\"[b]: version conflict, document already exists (current version [1])\","
        + "\"caused_by\":{\"type\":\"nested\",\"index\":\"not-this-one\"},"
        + "\"index_uuid\":\"mP_HYgPBT9qv3Yd5J9BEnA\",\"shard\":\"0\",\"index\":\"t-000001\"}}}]}");

    assertThatThrownBy(() -> batchOf("a", "b").send()).isInstanceOf(BulkWriteException.class).hasMessage(
        "Elasticsearch refused 1 of 2 writes, e.g. [t-000001/b: version_conflict_engine_exception "
            + "[b]: version conflict, document already exists (current version [1])]");
  }

  @Test
  void deletingWhatIsAlreadyGoneIsNoFailure() throws Exception {
    server.then(ids -> "{\"errors\":true,\"items\":[{\"delete\":{\"status\":200}},"
        + "{\"delete\":{\"status\":404,\"error\":{\"type\":\"not_found\",\"reason\":\"gone\"}}}]}");
    BulkRequests batch = new BulkRequests(connection, 1, 8 * 1024 * 1024, 2);
    batch.delete("t", "a");
    batch.delete("t", "b");

    batch.send();

    assertThat(server.bulkBodies()).containsExactly("""
        {"delete":{"_index":"t","_id":"a"}}
        {"delete":{"_index":"t","_id":"b"}}
        """);
  }

  @Test
  void writesTheActionLineAsJsonWhateverTheIdHolds() throws Exception {
    List<String> ids = List.of("0f3a", "quote\"back\\slash", "line\nfeed\ttab\u0001\u001f", "公开/😀", "lone\ud800");
    BulkRequests batch = new BulkRequests(connection, 1, 8 * 1024 * 1024, ids.size());
    for (String id : ids) {
      batch.index("t\"ö", id, Map.of("n", 1));
    }

    batch.send();

    assertThat(server.bulkRequests()).containsExactly(ids);
    assertThat(server.bulkBodies().get(0).split("\n")).contains(
        "{\"index\":{\"_index\":\"t\\\"ö\",\"_id\":\"quote\\\"back\\\\slash\"}}",
        "{\"index\":{\"_index\":\"t\\\"ö\",\"_id\":\"line\\nfeed\\ttab\\u0001\\u001F\"}}",
        "{\"index\":{\"_index\":\"t\\\"ö\",\"_id\":\"公开/😀\"}}",
        "{\"index\":{\"_index\":\"t\\\"ö\",\"_id\":\"lone\\uD800\"}}");
  }

  @Test
  void cutsABodyBeforeTheWriteThatWouldTakeItOverTheLimit() throws Exception {
    String line = "{\"index\":{\"_index\":\"t\",\"_id\":\"%s\"}}\n{\"title\":\"%s\"}\n";
    int write = line.formatted("a", "x").getBytes(StandardCharsets.UTF_8).length;
    BulkRequests batch = new BulkRequests(connection, 1, 2L * write, 100);
    String big = "长".repeat(write);
    for (String id : List.of("a", "b", "c", "d", "e")) {
      batch.index("t", id, Map.of("title", id.equals("c") ? big : "x"));
    }

    batch.send();

    // a and b fill the limit exactly; c alone is over it, and goes alone; d and e fill the next
    assertThat(server.bulkRequests()).containsExactly(List.of("a", "b"), List.of("c"), List.of("d", "e"));
    assertThat(server.bulkBodies()).containsExactly(line.formatted("a", "x") + line.formatted("b", "x"),
        line.formatted("c", big), line.formatted("d", "x") + line.formatted("e", "x"));
  }

  @Test
  void aDocumentThatCannotBeWrittenLeavesNothingOfItInTheBody() throws Exception {
    BulkRequests batch = new BulkRequests(connection, 1, 8 * 1024 * 1024, 3);
    batch.index("t", "a", Map.of("title", "x"));
    // long enough that part of it has left the generator when the accessor throws
    assertThatThrownBy(() -> batch.index("t", "b", new Unwritable("长".repeat(10_000), null)))
        .hasRootCauseInstanceOf(IllegalStateException.class);
    batch.index("t", "c", Map.of("title", "y"));

    batch.send();

    assertThat(server.bulkBodies()).containsExactly("""
        {"index":{"_index":"t","_id":"a"}}
        {"title":"x"}
        {"index":{"_index":"t","_id":"c"}}
        {"title":"y"}
        """);
  }

  @Test
  void bodiesWrittenIntoArraysUsedAgainArriveWholeAndOnlyAFewArraysAreKept() throws Exception {
    // bodies of about 100 kB, two on their way at once, over three batches: an array given back
    // before its answer was checked would be overwritten by the next body while on its way
    String title = "关于调整城乡居民最低生活保障标准的通知".repeat(50);
    List<String> expected = new java.util.ArrayList<>();
    for (int batchNo = 0; batchNo < 3; batchNo++) {
      BulkRequests batch = new BulkRequests(connection, 2, 100_000, 400);
      for (int i = 0; i < 400; i++) {
        String id = batchNo + "-" + i;
        expected.add("{\"index\":{\"_index\":\"t\",\"_id\":\"" + id + "\"}}\n{\"title\":\"" + id + title + "\"}\n");
        batch.index("t", id, Map.of("title", id + title));
      }
      batch.send();
    }

    // two bodies on their way reach the node in either order; each must hold whole writes, as written
    List<String> received = new java.util.ArrayList<>();
    for (String body : server.bulkBodies()) {
      String[] lines = body.split("\n", -1);
      assertThat(lines.length % 2).isOne();
      for (int line = 0; line + 1 < lines.length; line += 2) {
        received.add(lines[line] + "\n" + lines[line + 1] + "\n");
      }
    }
    assertThat(received).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(server.bulkBodies()).hasSizeGreaterThan(3 * 4);
    assertThat(connection.bulkBuffers().kept()).isBetween(1, BulkBuffers.KEPT);
  }

  /** A document whose second field cannot be read. */
  record Unwritable(String text, String broken) {
    @Override
    public String broken() {
      throw new IllegalStateException("unreadable");
    }
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
