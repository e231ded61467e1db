package cn.gongkai.node;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What a running local node left behind for the next process: its pid, HTTP and transport ports and
 * version, kept in {@code node.properties} under the node's home so that separate commands share
 * one node (and the other nodes of a local cluster find the first one).
 */
record NodeState(long pid, int port, int transportPort, String version, boolean tls) {

  static final String FILE_NAME = "node.properties";

  NodeState {
    java.util.Objects.requireNonNull(version, "version");
  }

  NodeState(long pid, int port, String version) {
    this(pid, port, 0, version, false);
  }

  String url() {
    return (tls ? "https" : "http") + "://127.0.0.1:" + port;
  }

  boolean processAlive() {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  static Optional<NodeState> read(Path home) {
    Path file = home.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      properties.load(reader);
      return Optional.of(new NodeState(
          Long.parseLong(properties.getProperty("pid")),
          Integer.parseInt(properties.getProperty("port")),
          Integer.parseInt(properties.getProperty("transport-port", "0")),
          properties.getProperty("version"),
          Boolean.parseBoolean(properties.getProperty("tls", "false"))));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // a torn or foreign file is the same as no node: start a new one
    }
  }

  void write(Path home) throws IOException {
    Properties properties = new Properties();
    properties.setProperty("pid", Long.toString(pid));
    properties.setProperty("port", Integer.toString(port));
    properties.setProperty("transport-port", Integer.toString(transportPort));
    properties.setProperty("version", version);
    properties.setProperty("tls", Boolean.toString(tls));
    Path temporary = home.resolve(FILE_NAME + ".tmp");
    try (Writer writer = Files.newBufferedWriter(temporary)) {
      properties.store(writer, "local Elasticsearch node of this data directory (jobs/gongkai es status)");
    }
    Files.move(temporary, home.resolve(FILE_NAME), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  static void delete(Path home) throws IOException {
    Files.deleteIfExists(home.resolve(FILE_NAME));
  }
}
