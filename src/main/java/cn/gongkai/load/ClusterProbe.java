package cn.gongkai.load;

import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.RequestOptions;
import co.elastic.clients.transport.rest5_client.low_level.Response;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The first question a connection asks: what answers at the address. It asks the node about itself
 * ({@code _nodes/_local}; {@code GET /} is not served by every distribution) with plain JSON media
 * types, which every version accepts, so that a cluster that answers is never called unreachable:
 * a version Gongkai does not speak, OpenSearch, or a server that is not Elasticsearch at all each get
 * a message naming what was found and what is supported.
 */
final class ClusterProbe {

  private static final String PRODUCT_HEADER = "X-Elastic-Product";

  private ClusterProbe() {}

  /**
   * The version of the Elasticsearch at {@code url}.
   *
   * @throws ClusterMismatchException when something answered that Gongkai cannot use
   * @throws IOException when nothing answered, or a {@link CredentialsRefusedException} when the credentials were refused
   */
  static ClusterVersion versionAt(Rest5Client client, String url) throws IOException {
    Response response = answer(client);
    int status = response.getStatusCode();
    if (status == 401 || status == 403) {
      // Elasticsearch leaves its product header off a refusal of the credentials: say it refused them
      throw new CredentialsRefusedException(status);
    }
    String body = text(response);
    Optional<String> reported = reportedVersion(body);
    if (!"Elasticsearch".equals(response.getHeader(PRODUCT_HEADER))) {
      throw new ClusterMismatchException(url + " is not Elasticsearch: " + whatAnswered(response, body, reported)
          + ". Gongkai needs " + ClusterVersion.SUPPORTED + "; check GONGKAI_ES_URL (or gongkai.elasticsearch.url).");
    }
    ClusterVersion version = reported.flatMap(ClusterVersion::parse).orElseThrow(() -> new ClusterMismatchException(
        "Elasticsearch at " + url + " did not say its version (HTTP " + response.getStatusCode() + ": "
            + abbreviated(body) + "). Gongkai needs " + ClusterVersion.SUPPORTED + "."));
    if (!version.supported()) {
      throw new ClusterMismatchException("Elasticsearch at " + url + " is version " + version + "; Gongkai works with "
          + ClusterVersion.SUPPORTED + ". Upgrade the cluster, or point GONGKAI_ES_URL at one of those versions.");
    }
    return version;
  }

  /** The node's answer, whatever its status. */
  private static Response answer(Rest5Client client) throws IOException {
    try {
      return client.performRequest(request());
    } catch (ResponseException answered) {
      return answered.getResponse();
    }
  }

  /** The cluster answered 401 or 403 to the first request: it refused who we said we are. */
  static final class CredentialsRefusedException extends IOException {
    final int status;

    CredentialsRefusedException(int status) {
      super("HTTP " + status + ": the credentials were refused");
      this.status = status;
    }
  }

  private static Request request() {
    Request request = new Request("GET", "/_nodes/_local");
    request.addParameter("filter_path", "nodes.*.version,nodes.*.distribution");
    RequestOptions.Builder options = request.getOptions().toBuilder();
    options.addHeader("Accept", "application/json");
    request.setOptions(options);
    return request;
  }

  /** The first node's version in a {@code _nodes} answer; empty when the body is no such answer. */
  private static Optional<String> reportedVersion(String body) {
    try {
      JsonNode nodes = ElasticsearchConnection.DOCUMENTS.readTree(body).path("nodes");
      for (JsonNode node : nodes) {
        if (node.path("version").isString()) {
          return Optional.of(node.path("version").asString());
        }
      }
    } catch (JacksonException | IllegalArgumentException notJson) {
      // not JSON: whatever answered is described by its status and content type
    }
    return Optional.empty();
  }

  private static String whatAnswered(Response response, String body, Optional<String> version) {
    if (body.toLowerCase(Locale.ROOT).contains("opensearch")) {
      return "it is OpenSearch" + version.map(v -> " " + v).orElse("");
    }
    if (version.isPresent()) {
      return "it reports version " + version.get() + " without Elasticsearch's product header (OpenSearch, or an "
          + "Elasticsearch older than 7.14)";
    }
    String type = response.getEntity() == null || response.getEntity().getContentType() == null
        ? "no content type" : response.getEntity().getContentType();
    return "it answered HTTP " + response.getStatusCode() + " (" + type + ") " + abbreviated(body);
  }

  private static String text(Response response) throws IOException {
    if (response.getEntity() == null) {
      return "";
    }
    try (InputStream in = response.getEntity().getContent()) {
      return new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static String abbreviated(String body) {
    String line = body.replaceAll("\\s+", " ").strip();
    return line.isEmpty() ? "with an empty body" : "«" + (line.length() > 120 ? line.substring(0, 120) + "…" : line) + "»";
  }
}
