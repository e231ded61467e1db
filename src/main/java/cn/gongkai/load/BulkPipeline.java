package cn.gongkai.load;

import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Response;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import co.elastic.clients.transport.rest5_client.low_level.ResponseListener;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * The bulk requests of one batch on their way, at most {@code concurrency} at once: one request at
 * a time leaves one of the node's two cores idle (GUIDE section 1), so the next body is serialized
 * while the ones before are indexed. Each answer is checked in the order the bodies were sent; what
 * Elasticsearch was too busy for is sent again after a {@link BusyClusterBackoff backoff}.
 */
final class BulkPipeline {

  private static final ContentType NDJSON = ContentType.create("application/x-ndjson");
  /**
   * The answers come in the order of the writes, so their place says which write each is: the
   * node need not repeat every {@code _id} and {@code _index} of a request that went well. A
   * failure on a shard still names its concrete index, inside {@code error}; filter_path selects by
   * path only, so {@code _index} cannot be asked for the failed items alone, and asking it of every
   * item would double an answer of 5,000 items (125 to 245 kB on a 9.2.8 node).
   */
  private static final String FILTER = "errors,items.*.status,items.*.error";

  private final ElasticsearchConnection connection;
  private final BulkBuffers buffers;
  private final int concurrency;
  private final Deque<SentBody> inFlight = new ArrayDeque<>();
  private final BusyClusterBackoff busy = new BusyClusterBackoff();
  /** Documents Elasticsearch refused for what they hold (a 400 on the item), by id, with its reason. */
  private final Map<String, String> refused = new LinkedHashMap<>();

  BulkPipeline(ElasticsearchConnection connection, int concurrency) {
    this.connection = connection;
    this.buffers = connection.bulkBuffers();
    this.concurrency = concurrency;
  }

  /** A body on its way, for sending again what the response says was too many. */
  private record SentBody(BulkPayload payload, CompletableFuture<Response> response) {}

  /** Sends {@code payload}, once fewer than {@code concurrency} requests are on their way. */
  void submit(BulkPayload payload) throws IOException {
    if (inFlight.size() >= concurrency) {
      check(inFlight.removeFirst());
    }
    inFlight.addLast(send(payload));
  }

  /** Waits for every response; returns the documents refused for their content, by id, with the reason. */
  Map<String, String> finish() throws IOException {
    while (!inFlight.isEmpty()) {
      check(inFlight.removeFirst());
    }
    return Map.copyOf(refused);
  }

  private SentBody send(BulkPayload payload) {
    Request request = new Request("POST", "/_bulk");
    request.addParameter("filter_path", FILTER);
    request.setEntity(new ByteArrayEntity(payload.bytes(), 0, payload.length(), NDJSON));
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
    return new SentBody(payload, response);
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
    BulkPayload payload = sent.payload();
    // the asynchronous client hands some error statuses (a 429 among them) to onSuccess: the status
    // decides, never the listener the response came through
    int status = response.getStatusCode();
    if (status == BusyClusterBackoff.TOO_MANY_REQUESTS) {
      busy.pauseBefore(payload.size(), "the whole request answered 429: " + errorType(response));
      check(send(payload)); // which gives its array back
      return;
    }
    BulkAnswer answer;
    try (InputStream in = response.getEntity().getContent()) {
      answer = BulkAnswerReader.read(in, status / 100 == 2);
    }
    if (status / 100 != 2 || !answer.hasErrors()) {
      throw new BulkWriteException("Elasticsearch answered a bulk request of " + payload.size()
          + " writes with status " + status + ": " + answer.errorType() + " " + answer.errorReason());
    }
    if (answer.errors()) {
      checkItems(payload, answer);
    }
    // answered and checked: nothing reads the body again (a failure above leaves it to the collector)
    buffers.giveBack(payload.bytes());
  }

  private void checkItems(BulkPayload payload, BulkAnswer answer) throws IOException {
    if (answer.items() != payload.size()) {
      // each answer is known by its place: without one answer per write, none can be trusted
      throw new BulkWriteException("Elasticsearch answered " + answer.items() + " of a bulk request's "
          + payload.size() + " writes; the chunk is written again by the next run");
    }
    ItemFailures items = ItemFailures.of(payload, answer);
    refused.putAll(items.refused());
    if (!items.failures().isEmpty()) {
      throw new BulkWriteException("Elasticsearch refused " + items.failures().size() + " of " + answer.items()
          + " writes, e.g. " + items.failures().subList(0, Math.min(3, items.failures().size())));
    }
    if (!items.tooMany().isEmpty()) {
      busy.pauseBefore(items.tooMany().size(), items.tooMany().size() + " of " + answer.items()
          + " writes answered 429 " + items.busyReason());
      check(send(payload.only(items.tooMany())));
    }
  }

  private static String errorType(Response response) {
    try (InputStream in = response.getEntity().getContent()) {
      return BulkAnswerReader.read(in, false).errorType();
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
}
