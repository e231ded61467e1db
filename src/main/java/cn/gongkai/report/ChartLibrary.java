package cn.gongkai.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Apache ECharts, which draws the HTML report's charts, read from its webjar so the page can carry it
 * inline: the page is one file that opens anywhere, offline, with nothing to fetch. The build writes
 * the webjar's version into gongkai-build.properties, so a version bump in the pom cannot leave a
 * stale path here.
 */
final class ChartLibrary {

  private static final String VERSION_KEY = "gongkai.report.echarts-version";

  private ChartLibrary() {}

  static String version() {
    return Holder.VERSION;
  }

  /** echarts.common.min.js: bar, line and pie charts with the SVG renderer, a third of the full build. */
  static String script() {
    return Holder.SCRIPT;
  }

  private static final class Holder {
    static final String VERSION = readVersion();
    static final String SCRIPT = readScript();

    private static String readVersion() {
      Properties build = new Properties();
      try (InputStream in = ChartLibrary.class.getResourceAsStream("/gongkai-build.properties")) {
        build.load(in);
      } catch (IOException | NullPointerException e) {
        throw new IllegalStateException("gongkai-build.properties is missing from the application: rebuild it", e);
      }
      return build.getProperty(VERSION_KEY);
    }

    private static String readScript() {
      String path = "/META-INF/resources/webjars/echarts/" + VERSION + "/echarts.common.min.js";
      try (InputStream in = ChartLibrary.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException(path + " is not on the classpath: the echarts webjar of the pom is missing");
        }
        String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (script.contains("</script")) { // it would end the inline <script> element early
          throw new IllegalStateException(path + " contains </script and cannot be inlined");
        }
        return script;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
