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
 */
public record ElasticsearchSettings(
    String url, String indexPrefix, Duration connectTimeout, Duration socketTimeout, Path templatesDir,
    boolean allowInsecureHttp) {

  public ElasticsearchSettings {
    url = url == null || url.isBlank() ? null : url.strip();
    Objects.requireNonNull(indexPrefix, "indexPrefix");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(socketTimeout, "socketTimeout");
    Objects.requireNonNull(templatesDir, "templatesDir");
  }

  /** The alias every reader and writer of publications goes through. */
  public String publicationsAlias() {
    return indexPrefix + "-publications";
  }
}
