package cn.gongkai.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The raw baseline's sender against a stand-in for Elasticsearch's _bulk endpoint. */
class BulkSenderTest {

  private static final int DOCUMENTS = 23;

  @TempDir
  Path dir;

  private final Queue<String> received = new ConcurrentLinkedQueue<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger mostInFlight = new AtomicInteger();
  private HttpServer server;
  private Rest5Client client;

  @AfterEach
  void stop() throws IOException {
    if (client != null) {
      client.close();
    }
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void sendsEveryDocumentOnceInRequestsOfTheShapesSize() throws Exception {
    BenchCluster cluster = cluster(body -> "{\"errors\":false}");

    try (BulkBodyFile bodies = bodies()) {
      new BulkSender(cluster, bodies).send("bench-raw", DOCUMENTS, new BulkShape(5, 3));
    }

    assertThat(received).hasSize(5);
    assertThat(received).allMatch(body -> actions(body) <= 5);
    assertThat(received.stream().mapToInt(BulkSenderTest::actions).sum()).isEqualTo(DOCUMENTS);
    assertThat(String.join("", received)).contains("\"_id\":\"0\"", "\"_id\":\"22\"");
    assertThat(mostInFlight.get()).isBetween(1, 3);
  }

  @Test
  void oneRefusedDocumentFailsTheLoadInsteadOfGoingUnnoticed() throws Exception {
    BenchCluster cluster = cluster(body -> body.contains("\"_id\":\"12\"")
        ? "{\"errors\":true,\"items\":[{},{\"create\":{\"error\":{\"type\":\"document_parsing_exception\"}}}]}"
        : "{\"errors\":false}");

    try (BulkBodyFile bodies = bodies()) {
      assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
          assertThatThrownBy(() -> new BulkSender(cluster, bodies).send("bench-raw", DOCUMENTS, new BulkShape(2, 2)))
              .isInstanceOf(BenchException.class)
              .hasMessageContaining("bench-raw")
              .hasMessageContaining("document_parsing_exception"));
    }
  }

  private BenchCluster cluster(Function<String, String> answer) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/bench-raw/_bulk", exchange -> answer(exchange, answer));
    server.start();
    URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    client = Rest5Client.builder(uri).build();
    return new BenchCluster(client, uri.toString());
  }

  private void answer(HttpExchange exchange, Function<String, String> answer) throws IOException {
    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      received.add(body);
      byte[] response = answer.apply(body).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, response.length);
      exchange.getResponseBody().write(response);
    } finally {
      inFlight.decrementAndGet();
      exchange.close();
    }
  }

  private BulkBodyFile bodies() throws IOException {
    long[] offsets = new long[DOCUMENTS + 1];
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < DOCUMENTS; i++) {
      offsets[i] = text.length();
      text.append("{\"create\":{\"_id\":\"").append(i).append("\"}}\n{\"title\":\"t").append(i).append("\"}\n");
    }
    offsets[DOCUMENTS] = text.length();
    Path file = dir.resolve("bodies.ndjson");
    Files.writeString(file, text); // ASCII: characters are bytes
    return new BulkBodyFile(file, offsets);
  }

  private static int actions(String body) {
    return (int) List.of(body.split("\n")).stream().filter(line -> line.startsWith("{\"create\"")).count();
  }
}
