package cn.gongkai.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/**
 * A loopback HTTP server that answers {@code _bulk} requests as a script says, item by item: the
 * one way to get, deterministically, the answers a real node gives only under load (some items of
 * a request refused 429 while the others are written). Every other request gets the answer of a
 * healthy single-node Elasticsearch 9 cluster. Each bulk request's ids are kept, in order, to see what was sent again,
 * and its body as it came.
 */
public final class ScriptedBulkServer implements AutoCloseable {

  private static final String HEALTH = """
      {"cluster_name":"scripted","status":"green","timed_out":false,"number_of_nodes":1,"number_of_data_nodes":1,\
      "active_primary_shards":0,"active_shards":0,"relocating_shards":0,"initializing_shards":0,\
      "unassigned_shards":0,"unassigned_primary_shards":0,"delayed_unassigned_shards":0,"number_of_pending_tasks":0,\
      "number_of_in_flight_fetch":0,"task_max_waiting_in_queue_millis":0,"active_shards_percent_as_number":100.0}""";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpServer server;
  private final Deque<Function<List<String>, String>> script = new ArrayDeque<>();
  private final List<List<String>> bulkRequests = new ArrayList<>();
  private final List<String> bulkBodies = new ArrayList<>();

  public ScriptedBulkServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The next bulk request is answered with the body {@code answer} makes of its ids, in order. */
  public synchronized ScriptedBulkServer then(Function<List<String>, String> answer) {
    script.addLast(answer);
    return this;
  }

  /** The ids of each bulk request received, in order. */
  public synchronized List<List<String>> bulkRequests() {
    return List.copyOf(bulkRequests);
  }

  /** The body of each bulk request received, in order, as sent. */
  public synchronized List<String> bulkBodies() {
    return List.copyOf(bulkBodies);
  }

  /**
   * A bulk answer with one item per id, each with the status {@code status} gives its place, as a
   * node answers under the writer's filter_path: no {@code _id} or {@code _index}, so the writer
   * must know each item by its place.
   */
  public static String items(List<String> ids, Function<Integer, Integer> status) {
    StringBuilder out = new StringBuilder("{\"errors\":");
    List<String> items = new ArrayList<>();
    boolean errors = false;
    for (int i = 0; i < ids.size(); i++) {
      int code = status.apply(i);
      errors |= code >= 300;
      String error = code == 429
          ? ",\"error\":{\"type\":\"es_rejected_execution_exception\",\"reason\":\"rejected execution\"}"
          : code >= 300 ? ",\"error\":{\"type\":\"document_parsing_exception\",\"reason\":\"failed to parse\"}" : "";
      items.add("{\"index\":{\"status\":" + code + error + "}}");
    }
    return out.append(errors).append(",\"items\":[").append(String.join(",", items)).append("]}").toString();
  }

  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    byte[] body;
    if (path.equals("/_bulk")) {
      String ndjson = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      List<String> ids = ids(ndjson);
      Function<List<String>, String> next;
      synchronized (this) {
        bulkRequests.add(ids);
        bulkBodies.add(ndjson);
        next = script.pollFirst();
      }
      body = (next == null ? items(ids, place -> 201) : next.apply(ids)).getBytes(StandardCharsets.UTF_8);
    } else if (path.startsWith("/_nodes")) {
      body = "{\"nodes\":{\"n1\":{\"version\":\"9.2.8\"}}}".getBytes(StandardCharsets.UTF_8);
    } else {
      body = HEALTH.getBytes(StandardCharsets.UTF_8);
    }
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** The {@code _id} of each action line of an NDJSON bulk body, as JSON reads it; a delete has no document line. */
  private static List<String> ids(String ndjson) {
    List<String> ids = new ArrayList<>();
    String[] lines = ndjson.split("\n");
    for (int i = 0; i < lines.length; i++) {
      var action = JSON.readTree(lines[i]).properties().iterator().next();
      ids.add(action.getValue().path("_id").asString());
      if (!action.getKey().equals("delete")) {
        i++;
      }
    }
    return ids;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
