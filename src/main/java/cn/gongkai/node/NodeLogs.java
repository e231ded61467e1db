package cn.gongkai.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The last lines of the node's logs, quoted in start-up errors so the cause is on the screen. */
final class NodeLogs {

  private NodeLogs() {}

  static String tail(Path log, int lines) {
    if (!Files.isReadable(log)) {
      return "";
    }
    try {
      List<String> all = Files.readAllLines(log, java.nio.charset.StandardCharsets.UTF_8);
      List<String> last = all.subList(Math.max(0, all.size() - lines), all.size());
      return "--- last lines of " + log + " ---\n" + String.join("\n", last) + "\n";
    } catch (IOException | java.io.UncheckedIOException e) {
      return "(could not read " + log + ": " + e.getMessage() + ")\n";
    }
  }
}
