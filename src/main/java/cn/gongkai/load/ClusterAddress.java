package cn.gongkai.load;

import cn.gongkai.node.NodeStatus;
import co.elastic.clients.transport.TransportUtils;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * Where the cluster is and how to get in: its URL (any user and password written into it taken out,
 * into the credentials, so that the URL can be shown), the authority its certificate is trusted by,
 * and the credentials.
 */
final class ClusterAddress {

  private final URI uri;
  private final Path caCertificate;
  private final String caFingerprint;
  private final ElasticsearchCredentials credentials;

  private ClusterAddress(URI uri, Path caCertificate, String caFingerprint, ElasticsearchCredentials credentials) {
    this.uri = uri;
    this.caCertificate = caCertificate;
    this.caFingerprint = caFingerprint;
    this.credentials = credentials;
  }

  /** The configured cluster. */
  static ClusterAddress of(ElasticsearchSettings settings) {
    URI given;
    try {
      given = new URI(settings.url());
    } catch (URISyntaxException e) {
      throw new ElasticsearchUnavailableException("The Elasticsearch URL in GONGKAI_ES_URL (gongkai.elasticsearch.url) "
          + "is not a URL (expected e.g. https://es.example.org:9200): " + e.getReason(), null);
    }
    if (given.getScheme() == null || given.getHost() == null) {
      throw new ElasticsearchUnavailableException("The Elasticsearch URL in GONGKAI_ES_URL (gongkai.elasticsearch.url) "
          + "needs a scheme and a host, e.g. https://es.example.org:9200", null);
    }
    ElasticsearchCredentials credentials = settings.resolvedCredentials();
    if (given.getRawUserInfo() != null && !credentials.present()) {
      String[] userInfo = given.getRawUserInfo().split(":", 2);
      credentials = ElasticsearchCredentials.basic(decode(userInfo[0]), userInfo.length > 1 ? decode(userInfo[1]) : null,
          "the user in GONGKAI_ES_URL");
    }
    URI bare;
    try {
      bare = new URI(given.getScheme(), null, given.getHost(), given.getPort(), given.getPath(), null, null);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return new ClusterAddress(bare, settings.caCertificate(), settings.caFingerprint(), credentials);
  }

  /** The local node: its own authority and user when it was started with security. */
  static ClusterAddress ofLocalNode(NodeStatus node) {
    if (node.access() == null) {
      return new ClusterAddress(URI.create(node.url()), null, null, ElasticsearchCredentials.NONE);
    }
    return new ClusterAddress(URI.create(node.url()), node.access().caCertificate(), null,
        ElasticsearchCredentials.fromFile(node.access().credentialsFile()));
  }

  URI uri() {
    return uri;
  }

  /** The URL to show: never with a user or password in it. */
  String url() {
    return uri.toString();
  }

  ElasticsearchCredentials credentials() {
    return credentials;
  }

  /** The trust for https: the given authority's certificate, or its fingerprint; empty for the JVM's own. */
  Optional<SSLContext> sslContext() {
    if (caCertificate != null) {
      if (!Files.isReadable(caCertificate)) {
        throw new ElasticsearchUnavailableException("The CA certificate " + caCertificate + " (GONGKAI_ES_CA, "
            + "gongkai.elasticsearch.ca-certificate) does not exist or cannot be read", null);
      }
      try {
        return Optional.of(TransportUtils.sslContextFromHttpCaCrt(caCertificate.toFile()));
      } catch (IOException | RuntimeException e) {
        throw new ElasticsearchUnavailableException("The CA certificate " + caCertificate + " (GONGKAI_ES_CA) is "
            + "not a PEM certificate: " + e.getMessage(), e);
      }
    }
    if (caFingerprint != null) {
      String hex = caFingerprint.replace(":", "").toLowerCase(Locale.ROOT);
      if (!hex.matches("[0-9a-f]{64}")) {
        throw new ElasticsearchUnavailableException("GONGKAI_ES_CA_FINGERPRINT (gongkai.elasticsearch.ca-fingerprint) "
            + "must be a SHA-256 fingerprint, 64 hex digits (colons allowed), as Elasticsearch prints it", null);
      }
      return Optional.of(TransportUtils.sslContextFromCaFingerprint(hex));
    }
    return Optional.empty();
  }

  /** A message with any secret of these credentials masked: for text that came from elsewhere. */
  String redact(String message) {
    String redacted = message;
    for (String secret : new String[] {credentials.password(), credentials.apiKey()}) {
      if (secret != null && !secret.isEmpty()) {
        redacted = redacted.replace(secret, "****");
      }
    }
    return redacted;
  }

  private static String decode(String part) {
    return URLDecoder.decode(part, StandardCharsets.UTF_8);
  }
}
