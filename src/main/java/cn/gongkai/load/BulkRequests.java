package cn.gongkai.load;

import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Response;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import co.elastic.clients.transport.rest5_client.low_level.ResponseListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectWriter;

/**
 * One batch of writes as plain {@code _bulk} bodies: each document serialized once, here, and each
 * body sent as soon as it is full, a few at a time, while the next is serialized. The typed client sends every line of a bulk request as
 * its own chunk, at about half the speed (GUIDE section 1), and one request at a time leaves one of
 * the node's two cores idle. The operations of one batch touch distinct documents, so the order in
 * which the concurrent bodies are applied does not matter. Every item of every response is checked.
 *
 * <p>Each body is one growing array: the action line is written by hand and the document streamed
 * into it by one generator, and the array is sent as it is. Serializing is what the application's
 * CPU spends per document here, and every CPU-second it spends is taken from Elasticsearch on the
 * two cores they share (GUIDE section 1; issue 19).
 *
 * <p>Writes Elasticsearch answers 429 to (too busy for now: the whole request, or single items) are
 * sent again after a {@link BusyClusterBackoff backoff}; each body keeps its operations until its
 * response is checked, so the ones to send again are known by their place in the response.
 */
final class BulkRequests {

  private static final ContentType NDJSON = ContentType.create("application/x-ndjson");
  private static final int NOT_FOUND = 404;
  private static final int BAD_REQUEST = 400;
  private static final int TOO_MANY_REQUESTS = 429;
  /**
   * The answers come in the order of the writes, so their place says which write each is: the
   * node need not repeat every {@code _id} and {@code _index} of a request that went well.
   */
  private static final String FILTER = "errors,items.*.status,items.*.error";
  /** The documents of a body, one after another: nothing between them but what {@link Body} writes. */
  private static final ObjectWriter DOCUMENT_LINES =
      ElasticsearchConnection.DOCUMENTS.writer().withRootValueSeparator((String) null);

  private final ElasticsearchConnection connection;
  private final int concurrency;
  private final long maxBodyBytes;
  private final int operationsPerBody;

  private final Deque<SentBody> inFlight = new ArrayDeque<>();
  private final Body body;
  private JsonGenerator generator;
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
    this.body = new Body(maxBodyBytes, operationsPerBody);
  }

  /** A body on its way, for sending again what the response says was too many. */
  private record SentBody(Payload payload, CompletableFuture<Response> response) {}

  void index(String index, String id, Object document) throws IOException {
    int start = body.startWrite(false, index, id);
    try {
      DOCUMENT_LINES.writeValue(generator(), document);
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
      dispatch(false);
    }
    while (!inFlight.isEmpty()) {
      check(inFlight.removeFirst());
    }
    return Map.copyOf(refused);
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
      dispatch(true);
    }
    if (body.writes() >= operationsPerBody) {
      dispatch(false);
    }
  }

  /** Sends the body gathered so far, once fewer than {@code concurrency} requests are on their way. */
  private void dispatch(boolean keepLast) throws IOException {
    if (inFlight.size() >= concurrency) {
      check(inFlight.removeFirst());
    }
    inFlight.addLast(send(body.take(keepLast)));
  }

  private SentBody send(Payload payload) {
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

  private static String errorType(Response response) {
    try (InputStream in = response.getEntity().getContent()) {
      return Answer.read(in, false).errorType();
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
    Payload payload = sent.payload();
    // the asynchronous client hands some error statuses (a 429 among them) to onSuccess: the status
    // decides, never the listener the response came through
    int status = response.getStatusCode();
    if (status == TOO_MANY_REQUESTS) {
      busy.pauseBefore(payload.size(), "the whole request answered 429: " + errorType(response));
      check(send(payload));
      return;
    }
    Answer answer;
    try (InputStream in = response.getEntity().getContent()) {
      answer = Answer.read(in, status / 100 == 2);
    }
    if (status / 100 != 2 || !answer.hasErrors()) {
      throw new BulkWriteException("Elasticsearch answered a bulk request of " + payload.size()
          + " writes with status " + status + ": " + answer.errorType() + " " + answer.errorReason());
    }
    if (answer.errors()) {
      checkItems(payload, answer);
    }
  }

  private void checkItems(Payload payload, Answer answer) throws IOException {
    if (answer.items() != payload.size()) {
      // each answer is known by its place: without one answer per write, none can be trusted
      throw new BulkWriteException("Elasticsearch answered " + answer.items() + " of a bulk request's "
          + payload.size() + " writes; the chunk is written again by the next run");
    }
    List<String> failures = new ArrayList<>();
    List<Integer> tooMany = new ArrayList<>();
    String busyReason = null;
    for (Outcome outcome : answer.failed()) {
      Write write = payload.write(outcome.position());
      boolean alreadyDeleted = write.delete() && outcome.status() == NOT_FOUND;
      if (outcome.status() == TOO_MANY_REQUESTS) {
        tooMany.add(outcome.position());
        busyReason = outcome.type();
      } else if (outcome.error() && !alreadyDeleted && !write.delete() && outcome.status() == BAD_REQUEST) {
        refused.put(write.id(), outcome.type() + ": " + outcome.reason());
      } else if (outcome.error() && !alreadyDeleted) {
        failures.add(write.index() + "/" + write.id() + ": " + outcome.type() + " " + outcome.reason());
      }
    }
    if (!failures.isEmpty()) {
      throw new BulkWriteException("Elasticsearch refused " + failures.size() + " of " + answer.items()
          + " writes, e.g. " + failures.subList(0, Math.min(3, failures.size())));
    }
    if (!tooMany.isEmpty()) {
      busy.pauseBefore(tooMany.size(), tooMany.size() + " of " + answer.items() + " writes answered 429 " + busyReason);
      check(send(payload.only(tooMany)));
    }
  }

  /** One write of a body: what it addresses, and where its lines start in the body. */
  private record Write(boolean delete, String index, String id, int start) {}

  /** A finished body: its first {@code length} bytes, and its writes in order. */
  private record Payload(byte[] bytes, int length, List<Write> writes) {

    int size() {
      return writes.size();
    }

    Write write(int position) {
      return writes.get(position);
    }

    /** A body of the writes at {@code positions} only, in their order. */
    Payload only(List<Integer> positions) {
      int length = 0;
      for (int position : positions) {
        length += end(position) - writes.get(position).start();
      }
      byte[] copy = new byte[length];
      List<Write> kept = new ArrayList<>(positions.size());
      int offset = 0;
      for (int position : positions) {
        Write write = writes.get(position);
        int bytes = end(position) - write.start();
        System.arraycopy(this.bytes, write.start(), copy, offset, bytes);
        kept.add(new Write(write.delete(), write.index(), write.id(), offset));
        offset += bytes;
      }
      return new Payload(copy, length, kept);
    }

    private int end(int position) {
      return position + 1 < writes.size() ? writes.get(position + 1).start() : length;
    }
  }

  /**
   * The body being written: NDJSON in one array that grows as needed, handed over as it is when the
   * body is sent. The first body of a batch grows towards the size its first writes let foresee,
   * the next ones start at about the size of the one before, so that few arrays are copied.
   */
  private static final class Body extends OutputStream {

    private static final int FIRST_CAPACITY = 64 * 1024;
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 16;
    private static final byte[] INDEX = "{\"index\":{\"_index\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DELETE = "{\"delete\":{\"_index\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ID = ",\"_id\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "}}\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private final int ceiling;
    private final int expectedWrites;
    private int planned;
    private byte[] bytes = new byte[0];
    private int length;
    private List<Write> writes = new ArrayList<>();

    Body(long maxBodyBytes, int expectedWrites) {
      this.ceiling = (int) Math.min(MAX_ARRAY, maxBodyBytes + maxBodyBytes / 8 + 1024);
      this.expectedWrites = expectedWrites;
      this.planned = Math.min(FIRST_CAPACITY, ceiling);
    }

    int length() {
      return length;
    }

    int writes() {
      return writes.size();
    }

    /** Writes the action line of a write, and records it; returns where it starts. */
    int startWrite(boolean delete, String index, String id) {
      Objects.requireNonNull(index, "index");
      Objects.requireNonNull(id, "id");
      int start = length;
      raw(delete ? DELETE : INDEX);
      string(index);
      raw(ID);
      string(id);
      raw(END);
      writes.add(new Write(delete, index, id, start));
      return start;
    }

    /** Forgets the write started at {@code start}, which could not be written whole. */
    void abandonWrite(int start) {
      writes.remove(writes.size() - 1);
      length = start;
    }

    /** The body so far, to send, the last write left out (to begin the next body) if {@code keepLast}. */
    Payload take(boolean keepLast) {
      int cut = keepLast ? writes.get(writes.size() - 1).start() : length;
      List<Write> taken = writes;
      writes = new ArrayList<>();
      if (keepLast) {
        Write last = taken.remove(taken.size() - 1);
        writes.add(new Write(last.delete(), last.index(), last.id(), 0));
      }
      Payload payload = new Payload(bytes, cut, taken);
      planned = (int) Math.min(ceiling, cut + cut / 8L);
      int kept = length - cut;
      bytes = kept == 0 ? new byte[0] : Arrays.copyOfRange(bytes, cut, cut + Math.max(kept, planned));
      length = kept;
      return payload;
    }

    @Override
    public void write(int b) {
      ensure(1);
      bytes[length++] = (byte) b;
    }

    @Override
    public void write(byte[] source, int offset, int count) {
      ensure(count);
      System.arraycopy(source, offset, bytes, length, count);
      length += count;
    }

    private void raw(byte[] source) {
      write(source, 0, source.length);
    }

    /** {@code text} as a JSON string: quoted, escaped where JSON requires it, in UTF-8. */
    private void string(String text) {
      ensure(6 * text.length() + 2);
      bytes[length++] = '"';
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c < 0x80) {
          ascii(c);
        } else if (c < 0x800) {
          bytes[length++] = (byte) (0xC0 | c >> 6);
          bytes[length++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          int point = Character.toCodePoint(c, text.charAt(++i));
          bytes[length++] = (byte) (0xF0 | point >> 18);
          bytes[length++] = (byte) (0x80 | point >> 12 & 0x3F);
          bytes[length++] = (byte) (0x80 | point >> 6 & 0x3F);
          bytes[length++] = (byte) (0x80 | point & 0x3F);
        } else if (Character.isSurrogate(c)) {
          unicodeEscape(c); // half a pair has no UTF-8: the escape keeps it, for the node to judge
        } else {
          bytes[length++] = (byte) (0xE0 | c >> 12);
          bytes[length++] = (byte) (0x80 | c >> 6 & 0x3F);
          bytes[length++] = (byte) (0x80 | c & 0x3F);
        }
      }
      bytes[length++] = '"';
    }

    private void ascii(char c) {
      switch (c) {
        case '"', '\\' -> {
          bytes[length++] = '\\';
          bytes[length++] = (byte) c;
        }
        case '\n' -> shortEscape('n');
        case '\r' -> shortEscape('r');
        case '\t' -> shortEscape('t');
        case '\b' -> shortEscape('b');
        case '\f' -> shortEscape('f');
        default -> {
          if (c < 0x20) {
            unicodeEscape(c);
          } else {
            bytes[length++] = (byte) c;
          }
        }
      }
    }

    private void shortEscape(char letter) {
      bytes[length++] = '\\';
      bytes[length++] = (byte) letter;
    }

    private void unicodeEscape(char c) {
      bytes[length++] = '\\';
      bytes[length++] = 'u';
      bytes[length++] = HEX[c >> 12 & 0xF];
      bytes[length++] = HEX[c >> 8 & 0xF];
      bytes[length++] = HEX[c >> 4 & 0xF];
      bytes[length++] = HEX[c & 0xF];
    }

    private void ensure(int count) {
      long needed = (long) length + count;
      if (needed <= bytes.length) {
        return;
      }
      if (needed > MAX_ARRAY) {
        throw new IllegalStateException("a bulk body cannot hold " + needed + " bytes");
      }
      long foreseen = writes.isEmpty() ? planned : (long) length / writes.size() * expectedWrites * 9 / 8;
      long wanted = Math.max(2L * bytes.length, Math.max(planned, foreseen));
      // past the ceiling only for one immense document, which grows by doubling like any other
      long capacity = needed <= ceiling ? Math.min(wanted, ceiling) : Math.min(MAX_ARRAY, 2L * bytes.length);
      bytes = Arrays.copyOf(bytes, (int) Math.max(needed, capacity));
    }
  }

  /** A failed item of a bulk response: its place among the answers, its status and Elasticsearch's reason. */
  private record Outcome(int position, int status, boolean error, String type, String reason) {}

  /**
   * What a bulk response says, read as a stream: whether any item failed and, only then, which
   * ones. Elasticsearch writes {@code errors} before {@code items}, so a response without failures
   * is read no further than its first field.
   */
  private record Answer(boolean hasErrors, boolean errors, String errorType, String errorReason, int items,
      List<Outcome> failed) {

    /** @param walkItems whether to read the items at all (not of a request that failed as a whole) */
    static Answer read(InputStream in, boolean walkItems) throws IOException {
      try (JsonParser parser = ElasticsearchConnection.DOCUMENTS.createParser(in)) {
        Reading reading = new Reading();
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          return reading.answer();
        }
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          JsonToken value = parser.nextToken();
          if (name.equals("errors")) {
            reading.hasErrors = true;
            reading.errors = parser.getValueAsBoolean();
            if (!reading.errors && walkItems) {
              return reading.answer();
            }
          } else if (name.equals("error") && value == JsonToken.START_OBJECT) {
            String[] error = error(parser);
            reading.errorType = error[0];
            reading.errorReason = error[1];
          } else if (name.equals("items") && value == JsonToken.START_ARRAY && walkItems) {
            reading.items = items(parser, reading.failed);
          } else {
            parser.skipChildren();
          }
        }
        return reading.answer();
      }
    }

    /** Reads the items, the parser on their array's start; returns how many there are. */
    private static int items(JsonParser parser, List<Outcome> failed) {
      int position = 0;
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        // one property per item, named for its action ("index", "delete"), its outcome the value
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          if (parser.nextToken() == JsonToken.START_OBJECT) {
            outcome(parser, position, failed);
          } else {
            parser.skipChildren();
          }
        }
        position++;
      }
      return position;
    }

    private static void outcome(JsonParser parser, int position, List<Outcome> failed) {
      int status = 0;
      String[] error = null;
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("status")) {
          status = parser.getValueAsInt();
        } else if (name.equals("error")) {
          error = value == JsonToken.START_OBJECT ? error(parser) : new String[] {"", ""};
          parser.skipChildren();
        } else {
          parser.skipChildren();
        }
      }
      if (error != null || status == TOO_MANY_REQUESTS) {
        failed.add(new Outcome(position, status, error != null, error == null ? "" : error[0],
            error == null ? "" : error[1]));
      }
    }

    /** The type and reason of an error object, the parser on its start and left on its end. */
    private static String[] error(JsonParser parser) {
      String[] typeAndReason = {"", ""};
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (value.isScalarValue() && (name.equals("type") || name.equals("reason"))) {
          typeAndReason[name.equals("type") ? 0 : 1] = parser.getValueAsString("");
        } else {
          parser.skipChildren();
        }
      }
      return typeAndReason;
    }
  }

  /** An {@link Answer} as it is read. */
  private static final class Reading {
    boolean hasErrors;
    boolean errors;
    String errorType = "";
    String errorReason = "";
    int items;
    final List<Outcome> failed = new ArrayList<>();

    Answer answer() {
      return new Answer(hasErrors, errors, errorType, errorReason, items, List.copyOf(failed));
    }
  }
}
