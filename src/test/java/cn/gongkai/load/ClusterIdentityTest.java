package cn.gongkai.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the connection says about what answers at the configured address. Servers that are not an
 * Elasticsearch Gongkai runs here (another version, OpenSearch, a web server) are played by a
 * loopback server answering as they do; the real 8.19 and 9.x nodes are in ElasticsearchEightIT
 * and every other IT.
 */
class ClusterIdentityTest {

  private static final String HEALTH = """
      {"cluster_name":"office","status":"green","timed_out":false,"number_of_nodes":1,"number_of_data_nodes":1,\
      "active_primary_shards":0,"active_shards":0,"relocating_shards":0,"initializing_shards":0,\
      "unassigned_shards":0,"unassigned_primary_shards":0,"delayed_unassigned_shards":0,"number_of_pending_tasks":0,\
      "number_of_in_flight_fetch":0,"task_max_waiting_in_queue_millis":0,"active_shards_percent_as_number":100.0}""";
  private static final String MEDIA_TYPE_REFUSED = """
      {"error":{"root_cause":[{"type":"media_type_header_exception","reason":"Invalid media-type value on headers \
      [Content-Type, Accept]"}],"type":"media_type_header_exception","reason":"Invalid media-type value on headers \
      [Content-Type, Accept]"},"status":400}""";

  private HttpServer server;
  private ElasticsearchConnection connection;
  private final List<String> acceptHeaders = new ArrayList<>();

  @AfterEach
  void stop() {
    if (connection != null) {
      connection.close();
    }
    server.stop(0);
  }

  @Test
  void speaksToAnElasticsearch8NodeThatRefusesTheClientsOwnMediaType() throws Exception {
    serve(exchange -> {
      String accept = String.valueOf(exchange.getRequestHeaders().getFirst("Accept"));
      acceptHeaders.add(exchange.getRequestURI().getPath() + " " + accept);
      if (accept.contains("compatible-with=9")) {
        return new Answer(400, true, MEDIA_TYPE_REFUSED); // as Elasticsearch 8.19 answers the 9.x client
      }
      return exchange.getRequestURI().getPath().startsWith("/_nodes")
          ? new Answer(200, true, "{\"nodes\":{\"n1\":{\"version\":\"8.19.0\"}}}")
          : new Answer(200, true, HEALTH);
    });

    assertThat(connect().health().status()).isEqualTo("green");
    assertThat(connection.clusterVersion()).hasToString("8.19.0");
    assertThat(acceptHeaders).last().asString().startsWith("/_cluster/health").contains("compatible-with=8");
  }

  @Test
  void namesTheVersionFoundAndTheVersionsSupportedForAnOlderElasticsearch() throws Exception {
    serve(exchange -> new Answer(200, true, "{\"nodes\":{\"n1\":{\"version\":\"7.17.21\"}}}"));

    assertThatThrownBy(this::connect).isInstanceOf(ClusterMismatchException.class)
        .hasMessageContaining("is version 7.17.21")
        .hasMessageContaining("Elasticsearch 8.19 or a later 8.x, or 9.x")
        .hasMessageNotContaining("not reachable");
  }

  @Test
  void saysItIsOpenSearchWhenOpenSearchAnswers() throws Exception {
    serve(exchange -> new Answer(200, false,
        "{\"nodes\":{\"n1\":{\"version\":\"2.11.0\",\"distribution\":\"opensearch\"}}}"));

    assertThatThrownBy(this::connect).isInstanceOf(ClusterMismatchException.class)
        .hasMessageContaining("is not Elasticsearch: it is OpenSearch 2.11.0")
        .hasMessageNotContaining("not reachable");
  }

  @Test
  void saysWhatAnsweredWhenTheServerIsNotElasticsearchAtAll() throws Exception {
    serve(exchange -> new Answer(404, false, "<html><body><h1>404 Not Found</h1>nginx</body></html>"));

    assertThatThrownBy(this::connect).isInstanceOf(ClusterMismatchException.class)
        .hasMessageContaining("is not Elasticsearch: it answered HTTP 404")
        .hasMessageContaining("404 Not Found")
        .hasMessageContaining("GONGKAI_ES_URL")
        .hasMessageNotContaining("not reachable");
  }

  @Test
  void saysTheClusterDidNotLetUsInWhenItRefusesTheCredentials() throws Exception {
    // a secured Elasticsearch answers 401 without its product header
    serve(exchange -> new Answer(401, false, "{\"error\":{\"type\":\"security_exception\","
        + "\"reason\":\"unable to authenticate user [gongkai]\"},\"status\":401}"));

    assertThatThrownBy(this::connect).isInstanceOf(ElasticsearchUnavailableException.class)
        .isNotInstanceOf(ClusterMismatchException.class)
        .hasMessageContaining("did not let us in");
  }

  @Test
  void stillSaysNotReachableWhenNothingAnswers() throws Exception {
    serve(exchange -> new Answer(200, true, HEALTH));
    String url = url();
    server.stop(0);

    connection = new ElasticsearchConnection(settings(url), null, message -> { });
    assertThatThrownBy(connection::health).isInstanceOf(ElasticsearchUnavailableException.class)
        .isNotInstanceOf(ClusterMismatchException.class)
        .hasMessageContaining("is not reachable");
  }

  private record Answer(int status, boolean elasticsearch, String body) {}

  private interface Script {
    Answer answer(HttpExchange exchange) throws IOException;
  }

  private void serve(Script script) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      Answer answer = script.answer(exchange);
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", answer.body().startsWith("<") ? "text/html" : "application/json");
      if (answer.elasticsearch()) {
        exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
      }
      exchange.sendResponseHeaders(answer.status(), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  private String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private ElasticsearchConnection connect() throws IOException {
    connection = new ElasticsearchConnection(settings(url()), null, message -> { });
    connection.health();
    return connection;
  }

  private static ElasticsearchSettings settings(String url) {
    return new ElasticsearchSettings(url, "gongkai", Duration.ofSeconds(2), Duration.ofSeconds(10),
        Path.of("config/elasticsearch"), false);
  }
}
