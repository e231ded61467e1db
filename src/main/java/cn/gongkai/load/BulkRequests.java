package cn.gongkai.load;

import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Response;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import co.elastic.clients.transport.rest5_client.low_level.ResponseListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import tools.jackson.databind.JsonNode;

/**
 * One batch of writes as plain {@code _bulk} bodies: each document serialized once, here, and each
 * body sent as soon as it is full, a few at a time, while the next is serialized. The typed client sends every line of a bulk request as
 * its own chunk, at about half the speed (GUIDE section 1), and one request at a time leaves one of
 * the node's two cores idle. The operations of one batch touch distinct documents, so the order in
 * which the concurrent bodies are applied does not matter. Every item of every response is checked.
 *
 * <p>Writes Elasticsearch answers 429 to (too busy for now: the whole request, or single items) are
 * sent again after a {@link BusyClusterBackoff backoff}; each body keeps its operations until its
 * response is checked, so the ones to send again are known by their place in the response.
 */
final class BulkRequests {

  private static final ContentType NDJSON = ContentType.create("application/x-ndjson");
  private static final int NOT_FOUND = 404;
  private static final int BAD_REQUEST = 400;
  private static final String FILTER = "errors,items.*.error,items.*._id,items.*._index,items.*.status";

  private final ElasticsearchConnection connection;
  private final int concurrency;
  private final long maxBodyBytes;
  private final int operationsPerBody;
  private static final int TOO_MANY_REQUESTS = 429;

  private final Deque<SentBody> inFlight = new ArrayDeque<>();
  private final List<byte[]> body = new ArrayList<>();
  private long bodyBytes;
  private final BusyClusterBackoff busy = new BusyClusterBackoff();
  /** Documents Elasticsearch refused for what they hold (a 400 on the item), by id, with its reason. */
  private final Map<String, String> refused = new LinkedHashMap<>();

  /**
   * @param concurrency how many bodies are sent at once
   * @param maxBodyBytes bodies are cut at about this size: Elasticsearch refuses a request whose
   *     writes to one shard exceed a tenth of its heap
   * @param expectedOperations how many operations the batch will hold, so that its bodies come out
   *     about equal and the first is on its way while the last is still being serialized
   */
  BulkRequests(ElasticsearchConnection connection, int concurrency, long maxBodyBytes, int expectedOperations) {
    this.connection = connection;
    this.concurrency = concurrency;
    this.maxBodyBytes = maxBodyBytes;
    this.operationsPerBody = Math.max(1, (expectedOperations + concurrency - 1) / concurrency);
  }

  /** A body on its way: its operations, in order, for sending again what the response says was too many. */
  private record SentBody(List<byte[]> operations, CompletableFuture<Response> response) {}

  void index(String index, String id, Object document) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(2048);
    ElasticsearchConnection.DOCUMENTS.writeValue(line, Map.of("index", Map.of("_index", index, "_id", id)));
    line.write('\n');
    ElasticsearchConnection.DOCUMENTS.writeValue(line, document);
    line.write('\n');
    add(line.toByteArray());
  }

  void delete(String index, String id) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    ElasticsearchConnection.DOCUMENTS.writeValue(line, Map.of("delete", Map.of("_index", index, "_id", id)));
    line.write('\n');
    add(line.toByteArray());
  }


  /** Sends what is left and waits for every response; throws when any item failed. */
  void send() throws IOException {
    Map<String, String> documents = sendKeepingRefusedDocuments();
    if (!documents.isEmpty()) {
      throw new BulkWriteException("Elasticsearch refused " + documents.size() + " documents, e.g. "
          + documents.entrySet().stream().limit(3).toList());
    }
  }

  /**
   * Sends what is left and waits for every response. Documents Elasticsearch refused for their
   * content (an item answered 400: a mapping conflict, an immense term) are returned, by id, with
   * Elasticsearch's reason, for the caller to reject; any other failed item (the cluster
   * overloaded, a shard missing) throws, and the whole batch is written again on restart.
   */
  Map<String, String> sendKeepingRefusedDocuments() throws IOException {
    if (!body.isEmpty()) {
      dispatch();
    }
    while (!inFlight.isEmpty()) {
      check(inFlight.removeFirst());
    }
    return Map.copyOf(refused);
  }

  private void add(byte[] operation) throws IOException {
    if (!body.isEmpty() && bodyBytes + operation.length > maxBodyBytes) {
      dispatch();
    }
    body.add(operation);
    bodyBytes += operation.length;
    if (body.size() >= operationsPerBody) {
      dispatch();
    }
  }

  /** Sends the body gathered so far, once fewer than {@code concurrency} requests are on their way. */
  private void dispatch() throws IOException {
    if (inFlight.size() >= concurrency) {
      check(inFlight.removeFirst());
    }
    inFlight.addLast(send(List.copyOf(body)));
    body.clear();
    bodyBytes = 0;
  }

  private SentBody send(List<byte[]> operations) {
    int length = 0;
    for (byte[] operation : operations) {
      length += operation.length;
    }
    byte[] bytes = new byte[length];
    int offset = 0;
    for (byte[] operation : operations) {
      System.arraycopy(operation, 0, bytes, offset, operation.length);
      offset += operation.length;
    }
    Request request = new Request("POST", "/_bulk");
    request.addParameter("filter_path", FILTER);
    request.setEntity(new ByteArrayEntity(bytes, NDJSON));
    CompletableFuture<Response> response = new CompletableFuture<>();
    connection.restClient().performRequestAsync(request, new ResponseListener() {
      @Override
      public void onSuccess(Response success) {
        response.complete(success);
      }

      @Override
      public void onFailure(Exception failure) {
        response.completeExceptionally(failure);
      }
    });
    return new SentBody(operations, response);
  }

  private static String errorType(Response response) {
    try (InputStream in = response.getEntity().getContent()) {
      return ElasticsearchConnection.DOCUMENTS.readTree(in).path("error").path("type").asString("");
    } catch (IOException | RuntimeException unreadable) {
      return "";
    }
  }

  private static Response await(CompletableFuture<Response> response) throws IOException {
    try {
      return response.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw e;
    }
  }

  /**
   * Every item must have succeeded; deleting what a restarted chunk already deleted is fine; what
   * Elasticsearch was too busy for is sent again, after a wait, and checked in turn.
   */
  private void check(SentBody sent) throws IOException {
    Response response;
    try {
      response = await(sent.response());
    } catch (ResponseException e) {
      response = e.getResponse();
    }
    // the asynchronous client hands some error statuses (a 429 among them) to onSuccess: the status
    // decides, never the listener the response came through
    int status = response.getStatusCode();
    if (status == TOO_MANY_REQUESTS) {
      busy.pauseBefore(sent.operations().size(), "the whole request answered 429: " + errorType(response));
      check(send(sent.operations()));
      return;
    }
    JsonNode result;
    try (InputStream in = response.getEntity().getContent()) {
      result = ElasticsearchConnection.DOCUMENTS.readTree(in);
    }
    if (status / 100 != 2 || !result.has("errors")) {
      throw new BulkWriteException("Elasticsearch answered a bulk request of " + sent.operations().size()
          + " writes with status " + status + ": " + result.path("error").path("type").asString("")
          + " " + result.path("error").path("reason").asString(""));
    }
    if (!result.path("errors").asBoolean()) {
      return;
    }
    List<String> failures = new ArrayList<>();
    List<byte[]> tooMany = new ArrayList<>();
    String busyReason = null;
    int items = 0;
    for (JsonNode item : result.path("items")) {
      var operation = item.properties().iterator().next();
      JsonNode outcome = operation.getValue();
      int position = items++;
      if (outcome.path("status").asInt() == TOO_MANY_REQUESTS) {
        tooMany.add(sent.operations().get(position));
        busyReason = outcome.path("error").path("type").asString();
        continue;
      }
      boolean alreadyDeleted = operation.getKey().equals("delete") && outcome.path("status").asInt() == NOT_FOUND;
      if (outcome.has("error") && !alreadyDeleted && operation.getKey().equals("index")
          && outcome.path("status").asInt() == BAD_REQUEST) {
        refused.put(outcome.path("_id").asString(), outcome.path("error").path("type").asString() + ": "
            + outcome.path("error").path("reason").asString());
      } else if (outcome.has("error") && !alreadyDeleted) {
        failures.add(outcome.path("_index").asString() + "/" + outcome.path("_id").asString() + ": "
            + outcome.path("error").path("type").asString() + " " + outcome.path("error").path("reason").asString());
      }
    }
    if (items != sent.operations().size()) {
      // the 429s are found by their place among the answers: without one answer per write, none can be trusted
      throw new BulkWriteException("Elasticsearch answered " + items + " of a bulk request's " + sent.operations().size()
          + " writes; the chunk is written again by the next run");
    }
    if (!failures.isEmpty()) {
      throw new BulkWriteException("Elasticsearch refused " + failures.size() + " of " + items + " writes, e.g. "
          + failures.subList(0, Math.min(3, failures.size())));
    }
    if (!tooMany.isEmpty()) {
      busy.pauseBefore(tooMany.size(), tooMany.size() + " of " + items + " writes answered 429 " + busyReason);
      check(send(tooMany));
    }
  }
}
