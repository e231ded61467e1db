package cn.gongkai.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the load stage reaches Elasticsearch and names its indices.
 *
 * @param url the cluster, or {@code null} to use the local node of the data directory
 * @param templatesDir the directory holding the index templates (config/elasticsearch)
 * @param allowInsecureHttp whether plain HTTP to another machine is allowed
 * @param caCertificate the PEM certificate of the authority that signed the cluster's HTTP
 *     certificate (a secured cluster's {@code http_ca.crt}); {@code null} for the JVM's trusted ones
 * @param caFingerprint instead, the SHA-256 fingerprint of that certificate (hex, colons allowed)
 * @param credentials the user and password, or API key, given directly; {@link ElasticsearchCredentials#NONE} if not
 * @param credentialsFile else a file holding them; {@code null} if none
 */
public record ElasticsearchSettings(
    String url, String indexPrefix, Duration connectTimeout, Duration socketTimeout, Path templatesDir,
    boolean allowInsecureHttp, Path caCertificate, String caFingerprint, ElasticsearchCredentials credentials,
    Path credentialsFile) {

  /** A cluster reached without TLS settings or credentials of its own (the local node's are its own). */
  public ElasticsearchSettings(String url, String indexPrefix, Duration connectTimeout, Duration socketTimeout,
      Path templatesDir, boolean allowInsecureHttp) {
    this(url, indexPrefix, connectTimeout, socketTimeout, templatesDir, allowInsecureHttp, null, null,
        ElasticsearchCredentials.NONE, null);
  }

  public ElasticsearchSettings {
    url = url == null || url.isBlank() ? null : url.strip();
    Objects.requireNonNull(indexPrefix, "indexPrefix");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(socketTimeout, "socketTimeout");
    Objects.requireNonNull(templatesDir, "templatesDir");
    caFingerprint = caFingerprint == null || caFingerprint.isBlank() ? null : caFingerprint.strip();
    credentials = credentials == null ? ElasticsearchCredentials.NONE : credentials;
  }

  /** The credentials given directly, else those of the credentials file, else none. */
  public ElasticsearchCredentials resolvedCredentials() {
    if (credentials.present()) {
      return credentials;
    }
    return credentialsFile == null ? ElasticsearchCredentials.NONE : ElasticsearchCredentials.fromFile(credentialsFile);
  }

  /** The URL for messages: a user and password written into it left out. */
  public String shownUrl() {
    return url == null ? null : url.replaceFirst("//[^/@]*@", "//");
  }

  /** The alias every reader and writer of publications goes through. */
  public String publicationsAlias() {
    return indexPrefix + "-publications";
  }
}
