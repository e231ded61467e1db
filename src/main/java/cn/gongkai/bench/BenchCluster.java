package cn.gongkai.bench;

import cn.gongkai.load.ElasticsearchConnection;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the bench asks of the cluster besides the pipeline: counts, settings, its own indices, the
 * node's facts. Plain REST calls through the application's own low-level client, so the baseline
 * goes through the same HTTP stack as the pipeline and no typed request is built where the bench
 * only needs a figure.
 */
public final class BenchCluster {

  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int NOT_FOUND = 404;

  private final Rest5Client client;
  private final String url;

  BenchCluster(Rest5Client client, String url) {
    this.client = client;
    this.url = url;
  }

  /** The cluster of an application context's connection (connecting, and starting the local node, if needed). */
  public static BenchCluster of(ElasticsearchConnection connection) {
    Rest5ClientTransport transport = (Rest5ClientTransport) connection.client()._transport();
    return new BenchCluster(transport.restClient(), connection.url());
  }

  Rest5Client client() {
    return client;
  }

  public String url() {
    return url;
  }

  /** One call; a status of 300 or more is an IOException naming it. */
  JsonNode call(String method, String endpoint, Object body, Map<String, String> parameters) throws IOException {
    Request request = new Request(method, endpoint);
    request.addParameters(parameters);
    if (body != null) {
      request.setJsonEntity(body instanceof String text ? text : JSON.writeValueAsString(body));
    }
    byte[] answer = EntityUtils.toByteArray(client.performRequest(request).getEntity());
    return answer == null || answer.length == 0 ? JSON.missingNode() : JSON.readTree(answer);
  }

  /**
   * The same, where 404 means "nothing there" and answers a missing node. (The client's own
   * {@code ignore} parameter is no help: it reaches Elasticsearch, which refuses it, and hides every error.)
   */
  JsonNode callIfFound(String method, String endpoint, Object body, Map<String, String> parameters) throws IOException {
    try {
      return call(method, endpoint, body, parameters);
    } catch (ResponseException e) {
      if (e.getResponse().getStatusCode() == NOT_FOUND) {
        return JSON.missingNode();
      }
      throw e;
    }
  }

  public long count(String index) throws IOException {
    return call("GET", "/" + index + "/_count", null, Map.of()).path("count").asLong();
  }

  /** The latest statistics year among the publications of {@code index}; empty when it has none. */
  public OptionalInt latestYear(String index) throws IOException {
    JsonNode latest = call("POST", "/" + index + "/_search", Map.of("size", 0, "track_total_hits", false,
        "aggs", Map.of("latest", Map.of("max", Map.of("field", "year")))), Map.of()).at("/aggregations/latest/value");
    return latest.isNumber() ? OptionalInt.of(latest.asInt()) : OptionalInt.empty();
  }

  void createIndex(String index, Map<String, Object> settings) throws IOException {
    call("PUT", "/" + index, Map.of("settings", Map.of("index", settings)), Map.of());
  }

  /** One setting of an index as it is set on the index itself; empty when it has the default. */
  Optional<String> setting(String index, String name) throws IOException {
    JsonNode value = call("GET", "/" + index + "/_settings/" + name, null, Map.of("flat_settings", "true"))
        .path(concreteIndex(index)).path("settings").path(name);
    return value.isMissingNode() || value.isNull() ? Optional.empty() : Optional.of(value.asString());
  }

  /** Changes settings of an index; a {@code null} value restores the default. */
  void putSettings(String index, Map<String, Object> settings) throws IOException {
    call("PUT", "/" + index + "/_settings", Map.of("index", settings), Map.of());
  }

  void refresh(String index) throws IOException {
    call("POST", "/" + index + "/_refresh", null, Map.of());
  }

  /** The name of the index behind an alias (or the index itself). */
  String concreteIndex(String aliasOrIndex) throws IOException {
    List<String> names = indicesMatching(aliasOrIndex);
    if (names.size() != 1) {
      throw new IOException(aliasOrIndex + " names " + names.size() + " indices, expected one: " + names);
    }
    return names.get(0);
  }

  /** The indices a name, alias or wildcard pattern matches; none when there are none. */
  public List<String> indicesMatching(String pattern) throws IOException {
    List<String> names = new ArrayList<>();
    JsonNode rows = callIfFound("GET", "/_cat/indices/" + pattern, null,
        Map.of("format", "json", "h", "index", "expand_wildcards", "all"));
    rows.forEach(row -> names.add(row.path("index").asString()));
    return names.stream().sorted().toList();
  }

  /** Deletes indices by their exact names: clusters refuse wildcard deletes by default. */
  public void deleteIndices(List<String> names) throws IOException {
    if (!names.isEmpty()) {
      callIfFound("DELETE", "/" + String.join(",", names), null, Map.of());
    }
  }

  /** The index templates whose name matches a wildcard pattern. */
  public List<String> templatesMatching(String pattern) throws IOException {
    List<String> names = new ArrayList<>();
    callIfFound("GET", "/_index_template/" + pattern, null, Map.of())
        .path("index_templates").forEach(template -> names.add(template.path("name").asString()));
    return names.stream().sorted().toList();
  }

  public void deleteTemplate(String name) throws IOException {
    callIfFound("DELETE", "/_index_template/" + name, null, Map.of());
  }

  /**
   * Waits until the node merges no segments, so a timed phase does not pay for the merges of the
   * one before. Gives up after {@code patience} (a shared cluster may never be idle).
   *
   * @return whether it became idle
   */
  public boolean awaitMergesIdle(Duration patience) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      long merging = 0;
      for (JsonNode node : call("GET", "/_nodes/_local/stats/indices/merges", null, Map.of()).path("nodes")) {
        merging += node.at("/indices/merges/current").asLong();
      }
      if (merging == 0) {
        return true;
      }
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(250);
    }
  }

  /** The version, heap and processors of the node the bench talks to. */
  public NodeFacts nodeFacts() throws IOException {
    for (JsonNode node : call("GET", "/_nodes/_local/jvm,os", null, Map.of()).path("nodes")) {
      return new NodeFacts(url, node.path("version").asString(), node.at("/jvm/mem/heap_max_in_bytes").asLong(),
          node.at("/os/available_processors").asInt(), node.at("/jvm/version").asString());
    }
    throw new IOException("Elasticsearch at " + url + " described no node");
  }
}
