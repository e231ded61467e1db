package cn.gongkai.node;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts one Elasticsearch process for a node's home: a node on loopback, on free ports (the same
 * ones as last time when they are still free), daemonized ({@code -d}) in its own session so that neither our exit nor a Ctrl-C in our terminal
 * stops it. {@code -d} returns once the node has started or failed, which is what we wait on.
 */
final class NodeLauncher {

  /** The HTTP port of the node's last start, under its home. */
  static final String LAST_PORT_FILE = "http.port";
  /** The transport port of the node's last start, which the other nodes of a local cluster join on. */
  static final String LAST_TRANSPORT_PORT_FILE = "transport.port";

  private final LocalNodeSettings settings;
  private final ProcessUser user;

  NodeLauncher(LocalNodeSettings settings, ProcessUser user) {
    this.settings = settings;
    this.user = user;
  }

  /**
   * @param membership the node's name and how it finds its cluster ({@link #singleNode()} or the
   *     settings of one node of a local cluster)
   */
  NodeState launch(Path serverDir, Path jdk, Map<String, String> membership) throws IOException, InterruptedException {
    prepareDirectories(serverDir);
    int httpPort = stickyPort(LAST_PORT_FILE);
    int transportPort = stickyPort(LAST_TRANSPORT_PORT_FILE);
    Path startupLog = settings.logsDir().resolve("startup.out");
    Map<String, String> environment = environment(jdk);
    ProcessBuilder builder = new ProcessBuilder(command(serverDir, environment, httpPort, transportPort, membership));
    builder.environment().putAll(environment); // as root, setpriv resets it and passes it on explicitly
    Process process = builder
        .redirectErrorStream(true)
        .redirectOutput(startupLog.toFile())
        .directory(settings.home().toFile())
        .start();
    if (!process.waitFor(settings.startTimeout().toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw failure("did not start within " + settings.startTimeout().toSeconds() + " s");
    }
    if (process.exitValue() != 0) {
      throw failure("exited with status " + process.exitValue() + " while starting");
    }
    long pid = Long.parseLong(Files.readString(pidFile()).trim());
    return new NodeState(pid, httpPort, transportPort, settings.version(), settings.security());
  }

  /** A node that is its own cluster. */
  static Map<String, String> singleNode() {
    return Map.of("node.name", "gongkai-local", "discovery.type", "single-node");
  }

  /**
   * The first node of a local cluster: the only master-eligible one, so that stopping any other node
   * leaves the cluster its quorum. It bootstraps the cluster alone (a cluster it formed before, even as
   * a single node, it simply rejoins).
   */
  static Map<String, String> firstOfCluster() {
    return Map.of("node.name", "gongkai-local", "cluster.initial_master_nodes", "gongkai-local");
  }

  /** Node {@code number} of a local cluster: data only, joining the first node on its transport port. */
  static Map<String, String> memberOfCluster(int number, int firstTransportPort) {
    return Map.of("node.name", "gongkai-local-" + number, "node.roles", "data,ingest",
        "discovery.seed_hosts", "127.0.0.1:" + firstTransportPort);
  }

  Path pidFile() {
    return settings.runDir().resolve("node.pid");
  }

  private void prepareDirectories(Path serverDir) throws IOException {
    // logs/ of the distribution too: Elasticsearch 8 writes its GC log there, relative to its home
    List<Path> writable = List.of(serverDir.resolve("config"), serverDir.resolve("logs"), settings.dataDir(), settings.logsDir(),
        settings.tmpDir(), settings.runDir());
    for (Path directory : writable) {
      Files.createDirectories(directory);
    }
    Files.deleteIfExists(pidFile());
    user.giveAway(writable);
  }

  private Map<String, String> environment(Path jdk) {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("PATH", "/usr/local/bin:/usr/bin:/bin");
    environment.put("ES_JAVA_HOME", jdk.toString());
    environment.put("ES_TMPDIR", settings.tmpDir().toString());
    environment.put("ES_JAVA_OPTS", "-Xms" + settings.heapMb() + "m -Xmx" + settings.heapMb() + "m");
    return environment;
  }

  private List<String> command(Path serverDir, Map<String, String> environment, int httpPort, int transportPort,
      Map<String, String> membership) {
    List<String> elasticsearch = new ArrayList<>(List.of(
        serverDir.resolve("bin/elasticsearch").toString(), "-d", "-p", pidFile().toString(),
        "-Ecluster.name=gongkai",
        "-Epath.data=" + settings.dataDir(),
        "-Epath.logs=" + settings.logsDir(),
        "-Ehttp.host=127.0.0.1",
        "-Etransport.host=127.0.0.1",
        "-Ehttp.port=" + httpPort,
        "-Etransport.port=" + transportPort,
        "-Expack.ml.enabled=false"));
    Map<String, String> security = settings.security() ? NodeSecurity.nodeSettings()
        : Map.of("xpack.security.enabled", "false");
    security.forEach((name, value) -> elasticsearch.add("-E" + name + "=" + value));
    membership.forEach((name, value) -> elasticsearch.add("-E" + name + "=" + value));
    settings.nodeSettings().forEach((name, value) -> elasticsearch.add("-E" + name + "=" + value));
    List<String> command = new ArrayList<>();
    if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
      command.add("/usr/bin/setsid");
    }
    command.addAll(user.wrap(elasticsearch, environment));
    return command;
  }

  /** Builds the error for a failed start: the tail of the logs and what usually fixes it. */
  LocalNodeException failure(String what) {
    return new LocalNodeException("The local Elasticsearch node " + what + ".\n"
        + NodeLogs.tail(settings.logsDir().resolve("startup.out"), 15)
        + NodeLogs.tail(settings.logsDir().resolve("gongkai.log"), 25)
        + "Fixes: check the errors above; make sure " + settings.home() + " is on a disk with free space"
        + (user.dropsPrivileges() ? " and that user " + ProcessUser.USER + " can enter every directory above it" : "")
        + "; delete " + settings.home() + " to start from scratch; or set GONGKAI_ES_URL to use an existing cluster.");
  }

  /**
   * The port the node had last time, when it is still free, so that a restarted node keeps its
   * address: a running {@code serve}, dashboards pointed at the node, and the other nodes of a
   * local cluster need no change.
   */
  private int stickyPort(String fileName) throws IOException {
    Path last = settings.home().resolve(fileName);
    int port = Files.isRegularFile(last) ? parsePort(Files.readString(last)) : 0;
    if (port == 0 || !isFree(port)) {
      port = freePort();
    }
    Files.writeString(last, Integer.toString(port));
    return port;
  }

  private static int parsePort(String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException torn) {
      return 0;
    }
  }

  private static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return true;
    } catch (IOException | IllegalArgumentException inUse) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
