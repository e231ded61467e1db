package cn.gongkai.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What the build wrote into gongkai-build.properties (the Elasticsearch version it fetched). */
final class BuildProperties {

  private BuildProperties() {}

  static String elasticsearchVersion() {
    Properties build = new Properties();
    try (InputStream in = BuildProperties.class.getResourceAsStream("/gongkai-build.properties")) {
      build.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return build.getProperty("gongkai.elasticsearch.local-node.version");
  }
}
