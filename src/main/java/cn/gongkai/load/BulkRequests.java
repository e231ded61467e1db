package cn.gongkai.load;

import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;

/**
 * One batch of writes as plain {@code _bulk} bodies: each document serialized once, here, and each
 * body sent as soon as it is full, a few at a time, while the next is serialized. The typed client
 * sends every line of a bulk request as its own chunk, at about half the speed (GUIDE section 1).
 * The operations of one batch touch distinct documents, so the order in which the concurrent bodies
 * are applied does not matter. Every item of every response is checked.
 *
 * <p>Each body is one growing array ({@link BulkBody}): the action line is written by hand and the
 * document streamed into it by one generator, and the array is sent as it is. Serializing is what
 * the application's CPU spends per document here, and every CPU-second it spends is taken from
 * Elasticsearch on the two cores they share (GUIDE section 1; issue 19). The requests on their way,
 * their answers and what is sent again are the {@link BulkPipeline}'s.
 */
final class BulkRequests {

  /** The documents of a body, one after another: nothing between them but what {@link BulkBody} writes. */
  private static final ObjectWriter DOCUMENT_LINES =
      ElasticsearchConnection.DOCUMENTS.writer().withRootValueSeparator((String) null);

  private final long maxBodyBytes;
  private final int operationsPerBody;
  private final BulkBody body;
  private final BulkPipeline pipeline;
  private JsonGenerator generator;

  /**
   * @param concurrency how many bodies are sent at once
   * @param maxBodyBytes bodies are cut at about this size: Elasticsearch refuses a request whose
   *     writes to one shard exceed a tenth of its heap
   * @param expectedOperations how many operations the batch will hold, so that its bodies come out
   *     about equal and the first is on its way while the last is still being serialized
   */
  BulkRequests(ElasticsearchConnection connection, int concurrency, long maxBodyBytes, int expectedOperations) {
    this.maxBodyBytes = maxBodyBytes;
    this.operationsPerBody = Math.max(1, (expectedOperations + concurrency - 1) / concurrency);
    this.body = new BulkBody(connection.bulkBuffers(), maxBodyBytes, operationsPerBody);
    this.pipeline = new BulkPipeline(connection, concurrency);
  }

  void index(String index, String id, Object document) throws IOException {
    index(index, id, json -> DOCUMENT_LINES.writeValue(json, document));
  }

  /** Indexes the document {@code document} writes with the body's generator, one JSON object. */
  void index(String index, String id, Consumer<JsonGenerator> document) throws IOException {
    int start = body.startWrite(false, index, id);
    try {
      document.accept(generator());
      generator.flush();
    } catch (RuntimeException e) {
      // the generator is left inside the document: a new one starts the next, and the body is as before
      generator = null;
      body.abandonWrite(start);
      throw e;
    }
    body.write('\n');
    added();
  }

  /**
   * Indexes a document already serialized: {@code head} then {@code tail}, one JSON object between
   * them (the generator has nothing pending: each document it writes is flushed).
   */
  void index(String index, String id, byte[] head, byte[] tail) throws IOException {
    body.startWrite(false, index, id);
    body.write(head, 0, head.length);
    body.write(tail, 0, tail.length);
    body.write('\n');
    added();
  }

  void delete(String index, String id) throws IOException {
    body.startWrite(true, index, id);
    added();
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
    if (generator != null) {
      generator.close();
      generator = null;
    }
    if (body.writes() > 0) {
      pipeline.submit(body.take(false));
    }
    return pipeline.finish();
  }

  private JsonGenerator generator() {
    if (generator == null) {
      generator = DOCUMENT_LINES.createGenerator(body);
    }
    return generator;
  }

  /**
   * The write just added goes to the next body when it takes this one over the limit (unless it is
   * alone), as it would had its size been known before it was written.
   */
  private void added() throws IOException {
    if (body.writes() > 1 && body.length() > maxBodyBytes) {
      pipeline.submit(body.take(true));
    }
    if (body.writes() >= operationsPerBody) {
      pipeline.submit(body.take(false));
    }
  }
}
