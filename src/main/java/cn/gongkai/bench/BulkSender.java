package cn.gongkai.bench;

import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import tools.jackson.databind.JsonNode;

/**
 * Sends prepared bulk bodies as plain {@code _bulk} requests, {@code concurrency} of them in flight,
 * while this thread reads the next bodies ahead into a queue as long as the concurrency: memory
 * holds about twice that many bodies, however many documents there are. Every response is checked:
 * one refused document fails the load, since a baseline that drops documents would flatter itself.
 */
final class BulkSender {

  private static final ContentType NDJSON = ContentType.create("application/x-ndjson");
  private static final byte[] END = new byte[0];

  private final Rest5Client client;
  private final BulkBodyFile bodies;

  BulkSender(BenchCluster cluster, BulkBodyFile bodies) {
    this.client = cluster.client();
    this.bodies = bodies;
  }

  /** Sends documents {@code [0, documents)} into {@code index}; returns when every response is in. */
  void send(String index, int documents, BulkShape shape) throws IOException, InterruptedException {
    BlockingQueue<byte[]> prepared = new ArrayBlockingQueue<>(shape.concurrency());
    AtomicBoolean failed = new AtomicBoolean();
    ExecutorService senders = Executors.newFixedThreadPool(shape.concurrency(), task -> {
      Thread thread = new Thread(task, "bench-bulk-sender");
      thread.setDaemon(true);
      return thread;
    });
    try {
      CompletionService<Void> completion = new ExecutorCompletionService<>(senders);
      for (int i = 0; i < shape.concurrency(); i++) {
        completion.submit(() -> sendAll(index, prepared, failed));
      }
      boolean stopped = false;
      for (int from = 0; from < documents && !stopped; from += shape.docsPerRequest()) {
        stopped = !offer(prepared, bodies.body(from, Math.min(documents, from + shape.docsPerRequest())), failed);
      }
      for (int i = 0; i < shape.concurrency() && !stopped; i++) {
        stopped = !offer(prepared, END, failed);
      }
      awaitAll(completion, shape.concurrency());
    } finally {
      senders.shutdownNow();
    }
  }

  /** Queues a body, unless a sender failed: it takes no more, and the load is lost anyway. */
  private static boolean offer(BlockingQueue<byte[]> prepared, byte[] body, AtomicBoolean failed)
      throws InterruptedException {
    while (!prepared.offer(body, 50, TimeUnit.MILLISECONDS)) {
      if (failed.get()) {
        return false;
      }
    }
    return true;
  }

  private Void sendAll(String index, BlockingQueue<byte[]> prepared, AtomicBoolean failed) throws Exception {
    try {
      for (byte[] body = prepared.take(); body != END; body = prepared.take()) {
        send(index, body);
      }
      return null;
    } catch (Exception e) {
      failed.set(true);
      throw e;
    }
  }

  private void send(String index, byte[] body) throws IOException {
    Request request = new Request("POST", "/" + index + "/_bulk");
    // only the errors flag and the failed items come back: the baseline should not pay for reading the rest
    request.addParameter("filter_path", "errors,items.*.error");
    request.setEntity(new ByteArrayEntity(body, NDJSON));
    JsonNode answer = BenchCluster.JSON.readTree(EntityUtils.toByteArray(client.performRequest(request).getEntity()));
    if (!answer.path("errors").isBoolean() || answer.path("errors").asBoolean()) {
      throw new BenchException("Elasticsearch refused documents of a raw bulk request into " + index + ": "
          + firstError(answer));
    }
  }

  private static String firstError(JsonNode answer) {
    for (JsonNode item : answer.path("items")) {
      for (JsonNode action : item) {
        if (action.has("error")) {
          return action.path("error").toString();
        }
      }
    }
    return answer.toString();
  }

  /** In the order they finish, so that a failed sender is heard of while the others still wait for bodies. */
  private static void awaitAll(CompletionService<Void> completion, int senders) throws IOException, InterruptedException {
    for (int i = 0; i < senders; i++) {
      try {
        completion.take().get();
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IOException io) {
          throw io;
        }
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw new IOException(cause);
      }
    }
  }
}
