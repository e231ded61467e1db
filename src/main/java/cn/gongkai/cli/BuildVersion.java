package cn.gongkai.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The versions the build wrote into gongkai-build.properties. */
final class BuildVersion implements IVersionProvider {

  @Override
  public String[] getVersion() throws IOException {
    Properties build = new Properties();
    try (InputStream in = BuildVersion.class.getResourceAsStream("/gongkai-build.properties")) {
      build.load(in);
    }
    return new String[] {
        "gongkai " + build.getProperty("gongkai.version"),
        "Elasticsearch " + build.getProperty("gongkai.elasticsearch.local-node.version")
    };
  }
}
