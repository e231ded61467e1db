package cn.gongkai.load;

import cn.gongkai.node.LocalNode;
import cn.gongkai.node.NodeStatus;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The connection to the cluster: the configured URL, else the local node of the data directory
 * (started on first use). Opened lazily, so commands that never touch Elasticsearch never start a
 * node, and checked once on opening so a wrong URL fails in seconds with a message naming it.
 */
public final class ElasticsearchConnection implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ElasticsearchConnection.class);
  /** How documents are written: absent values left out, as Elasticsearch's own mapping expects them. */
  static final JsonMapper DOCUMENTS = JsonMapper.builder()
      .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
      .build();

  private final ElasticsearchSettings settings;
  private final LocalNode localNode;
  private final Consumer<String> progress;
  private final BulkBuffers bulkBuffers = new BulkBuffers();
  private Rest5Client restClient;
  private ElasticsearchClient client;
  private String url;
  private ClusterVersion version;
  private CompatibilityHeaders compatibility;

  public ElasticsearchConnection(ElasticsearchSettings settings, LocalNode localNode, Consumer<String> progress) {
    this.settings = settings;
    this.localNode = localNode;
    this.progress = progress;
  }

  /** The arrays of the bulk bodies sent on this connection, used again from one body to the next. */
  BulkBuffers bulkBuffers() {
    return bulkBuffers;
  }

  /** The client, connecting (and starting the local node) on first call. */
  public synchronized ElasticsearchClient client() {
    if (client == null) {
      ClusterAddress address = settings.url() != null ? ClusterAddress.of(settings) : localNodeAddress();
      url = address.url();
      client = open(address);
      verify(client, address);
    }
    return client;
  }

  /**
   * For a long-running process, before each scheduled run: the local node started again if it has
   * stopped since the client was made (it comes back on the same port; a client made for another
   * port is replaced). A configured cluster is the cluster's operators' to keep running.
   */
  public synchronized void ensureLocalNodeRunning() {
    if (settings.url() != null || client == null) {
      return;
    }
    String current = localNode.ensureRunning(progress).url();
    if (!current.equals(url)) {
      close();
      client = null;
    }
  }

  /** Asks the cluster how it is, connecting first if needed. */
  public ClusterHealth health() throws IOException {
    HealthResponse health = client().cluster().health();
    return new ClusterHealth(url(), health.clusterName(), health.status().jsonValue(), health.numberOfNodes());
  }

  /** The low-level client under {@link #client()}, for requests sent as prepared bytes; connects first if needed. */
  synchronized Rest5Client restClient() {
    client();
    return restClient;
  }

  /** The version of the cluster's Elasticsearch, learned on connecting; connects first if needed. */
  public synchronized ClusterVersion clusterVersion() {
    client();
    return version;
  }

  /** The URL in use; connects first if needed. */
  public synchronized String url() {
    client();
    return url;
  }

  public ElasticsearchSettings settings() {
    return settings;
  }

  private ClusterAddress localNodeAddress() {
    NodeStatus node = localNode.ensureRunning(progress);
    return ClusterAddress.ofLocalNode(node);
  }

  private ElasticsearchClient open(ClusterAddress address) {
    URI uri = address.uri();
    if (refusesPlainHttp(uri, settings.allowInsecureHttp())) {
      throw new ElasticsearchUnavailableException("Refusing plain HTTP to " + address.url() + ": the publications "
          + "(and any password) would cross the network unencrypted. Use https://, or, on a network you trust, set "
          + "gongkai.elasticsearch.allow-insecure-http: true (GONGKAI_ES_ALLOW_INSECURE_HTTP=true)", null);
    }
    var builder = Rest5Client.builder(uri);
    if ("https".equalsIgnoreCase(uri.getScheme())) {
      address.sslContext().ifPresent(builder::setSSLContext);
    }
    address.credentials().authorization()
        .ifPresent(value -> builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", value)}));
    CompatibilityHeaders compatibility = new CompatibilityHeaders();
    this.compatibility = compatibility;
    restClient = builder
        .setHttpClientConfigCallback(http -> http.setRetryStrategy(new NoStatusRetries())
            .addRequestInterceptorLast(compatibility))
        .setConnectionConfigCallback(connection -> connection
            .setConnectTimeout(Timeout.of(settings.connectTimeout()))
            .setSocketTimeout(Timeout.of(settings.socketTimeout())))
        .setRequestConfigCallback(request -> request
            .setConnectionRequestTimeout(Timeout.of(settings.connectTimeout()))
            .setResponseTimeout(Timeout.of(settings.socketTimeout())))
        .build();
    return new ElasticsearchClient(new Rest5ClientTransport(restClient, new Jackson3JsonpMapper(DOCUMENTS)));
  }

  /**
   * The HTTP client's own retries, but for responses: by default it sends a request answered 429 or
   * 503 once more after a second and hands a second 429 on as if it were a success. Busy answers are
   * the load's to retry ({@link BusyClusterBackoff}), where they are counted, logged and bounded; a
   * pooled connection the server closed is still retried here.
   */
  static final class NoStatusRetries extends DefaultHttpRequestRetryStrategy {
    @Override
    public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
      return false;
    }
  }

  /** Plain http:// to anything but this machine, unless allowed; decided from the URL alone, with no lookup. */
  static boolean refusesPlainHttp(URI uri, boolean allowed) {
    if (allowed || !"http".equalsIgnoreCase(uri.getScheme())) {
      return false;
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    boolean loopback = host.equals("localhost") || host.equals("[::1]") || host.equals("::1")
        || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    return !loopback;
  }

  /**
   * Learns what answers at the address before anything else (so that an answer is never reported
   * as "not reachable"), speaks its API version from then on, and asks for its health.
   */
  private void verify(ElasticsearchClient candidate, ClusterAddress address) {
    try {
      version = ClusterProbe.versionAt(restClient, address.url());
      compatibility.speak(version.compatibleWith());
      String status = candidate.cluster().health().status().jsonValue();
      log.info("connected to Elasticsearch {} at {} as {} (cluster status {})", version, address.url(),
          address.credentials().describe(), status);
    } catch (ClusterMismatchException e) {
      close();
      client = null;
      throw e;
    } catch (IOException | RuntimeException e) {
      close();
      client = null;
      String what = refusedCredentials(e) ? " did not let us in: " : " is not reachable: ";
      throw new ElasticsearchUnavailableException("Elasticsearch at " + address.url() + what
          + address.redact(describe(e)) + ". " + fix(e, address), e);
    }
  }

  /** What to do about a failed first request: the credentials, the certificate, or the address. */
  private String fix(Throwable e, ClusterAddress address) {
    if (refusedCredentials(e)) {
      return "It refused " + address.credentials().describe() + ": check them (GONGKAI_ES_API_KEY, or "
          + "GONGKAI_ES_USERNAME and GONGKAI_ES_PASSWORD, or the file of GONGKAI_ES_CREDENTIALS).";
    }
    if (causes(e, javax.net.ssl.SSLException.class)) {
      return "Its certificate could not be trusted: set GONGKAI_ES_CA to the PEM certificate of the authority that "
          + "signed it (Elasticsearch's config/certs/http_ca.crt), or GONGKAI_ES_CA_FINGERPRINT to its SHA-256 "
          + "fingerprint.";
    }
    return settings.url() != null
        ? "Check GONGKAI_ES_URL (or gongkai.elasticsearch.url), or unset it to use the local node."
        : "Check the local node: jobs/gongkai es status.";
  }

  private static boolean refusedCredentials(Throwable e) {
    if (e instanceof ClusterProbe.CredentialsRefusedException) {
      return true;
    }
    return e instanceof co.elastic.clients.elasticsearch._types.ElasticsearchException refused
        && (refused.status() == 401 || refused.status() == 403);
  }

  private static boolean causes(Throwable e, Class<? extends Throwable> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return root == e ? message : e.getClass().getSimpleName() + " (" + message + ")";
  }

  @Override
  public synchronized void close() {
    if (restClient != null) {
      try {
        restClient.close();
      } catch (IOException e) {
        log.debug("closing the Elasticsearch client failed", e);
      }
      restClient = null;
    }
  }
}
