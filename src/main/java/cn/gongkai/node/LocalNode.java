package cn.gongkai.node;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import cn.gongkai.support.StableId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Elasticsearch node a data directory owns when no cluster URL is configured: started on first
 * use, left running for the next command, reused by every process that points at the same data
 * directory, stopped only on request ({@code jobs/gongkai es stop}).
 *
 * <p>Start and stop hold a file lock in the node's home, so two commands starting at once share one
 * node instead of racing to start two.
 *
 * <p>With {@code nodes} above 1 it is a local cluster: the first node, in the home, is the cluster's
 * only master; each further node lives in {@code node-N} under the home, holds data (the replicas)
 * and answers on its own port. Clients talk to the first node.
 */
public final class LocalNode {

  private static final Logger log = LoggerFactory.getLogger(LocalNode.class);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  private final LocalNodeSettings settings;
  private final HealthProbe probe = new HealthProbe();

  public LocalNode(LocalNodeSettings settings) {
    this.settings = reachableHome(settings, ProcessUser.current());
  }

  /** Where the node lives: normally under the data directory (see {@link #reachableHome}). */
  public Path home() {
    return settings.home();
  }

  /**
   * As root the node runs as nobody, which cannot enter a private directory such as /root. A data
   * directory there still gets its own node, one per data directory, in a place nobody can reach.
   */
  static LocalNodeSettings reachableHome(LocalNodeSettings settings, ProcessUser user) {
    if (user.canReach(settings.home())) {
      return settings;
    }
    Path relocated = Path.of("/var/tmp", "gongkai-nodes", "node-" + StableId.of(settings.home().toString()).substring(0, 16));
    log.info("user {} cannot reach {} (a directory above it is private); the local node of this data "
        + "directory lives in {} instead", ProcessUser.USER, settings.home(), relocated);
    return settings.withHome(relocated);
  }

  /** The running node of this data directory, if there is one and it answers. */
  public Optional<NodeStatus> status() {
    return NodeState.read(settings.home())
        .filter(NodeState::processAlive)
        .filter(state -> probe.answers(state, settings.home()))
        .map(this::toStatus);
  }

  /**
   * The URL of this data directory's node, starting it first when it is not running.
   *
   * @param progress told what is happening while a start takes its 20 to 40 seconds
   */
  public NodeStatus ensureRunning(Consumer<String> progress) {
    try (FileChannel lockFile = lockFile(); FileLock lock = lockFile.lock()) {
      NodeStatus first = ensureNodeRunning(1, progress);
      for (int number = 2; number <= settings.nodes(); number++) {
        ensureNodeRunning(number, progress);
      }
      return first;
    } catch (IOException e) {
      throw new LocalNodeException("Could not start the local node in " + settings.home() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LocalNodeException("Interrupted while starting the local node", e);
    }
  }

  /** Stops this data directory's nodes, the others before the first; false when none was running. */
  public boolean stop() {
    try (FileChannel lockFile = lockFile(); FileLock lock = lockFile.lock()) {
      boolean stopped = false;
      for (int number = LocalNodeSettings.MAX_NODES; number >= 1; number--) {
        stopped |= stopNode(number);
      }
      return stopped;
    } catch (IOException e) {
      throw new LocalNodeException("Could not stop the local node in " + settings.home() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Stops one node of a local cluster (2 or 3), as when a machine of a cluster goes down; the others
   * go on. False when it was not running. The next command that needs the cluster starts it again.
   */
  public boolean stop(int number) {
    if (number < 2 || number > LocalNodeSettings.MAX_NODES) {
      throw new IllegalArgumentException("node " + number + " is not one of the further nodes of a local cluster (2 to "
          + LocalNodeSettings.MAX_NODES + "); jobs/gongkai es stop stops them all");
    }
    try (FileChannel lockFile = lockFile(); FileLock lock = lockFile.lock()) {
      return stopNode(number);
    } catch (IOException e) {
      throw new LocalNodeException("Could not stop node " + number + " in " + settings.nodeHome(number) + ": "
          + e.getMessage(), e);
    }
  }

  /** The running further nodes of a local cluster (not the first, which {@link #status()} gives). */
  public List<NodeStatus> otherNodes() {
    List<NodeStatus> nodes = new ArrayList<>();
    for (int number = 2; number <= LocalNodeSettings.MAX_NODES; number++) {
      Path home = settings.nodeHome(number);
      NodeState.read(home).filter(NodeState::processAlive).filter(state -> probe.answers(state, home))
          .ifPresent(state -> nodes.add(new NodeStatus(state.url(), state.pid(), state.version(), home)));
    }
    return nodes;
  }

  private boolean stopNode(int number) throws IOException {
    Path home = settings.nodeHome(number);
    Optional<NodeState> state = NodeState.read(home).filter(NodeState::processAlive);
    if (state.isEmpty()) {
      NodeState.delete(home);
      return false;
    }
    terminate(ProcessHandle.of(state.get().pid()).orElseThrow());
    NodeState.delete(home);
    return true;
  }

  private NodeStatus ensureNodeRunning(int number, Consumer<String> progress) throws IOException, InterruptedException {
    LocalNodeSettings node = settings.withHome(settings.nodeHome(number));
    Optional<NodeStatus> running = awaitRunning(node);
    if (running.isPresent()) {
      log.debug("reusing the local node at {}", running.get().url());
      return running.get();
    }
    return start(number, node, progress);
  }

  /**
   * A node recorded in the state file whose process is still an Elasticsearch: if it does not answer
   * yet (just started, or recovering), wait for it rather than start a second one over its data.
   */
  private Optional<NodeStatus> awaitRunning(LocalNodeSettings node) {
    Optional<NodeState> state = NodeState.read(node.home())
        .filter(NodeState::processAlive)
        .filter(LocalNode::isElasticsearch);
    if (state.isEmpty()) {
      return Optional.empty();
    }
    if (!probe.awaitAnswer(state.get(), node.home(), node.startTimeout())) {
      throw new NodeLauncher(node, ProcessUser.current()).failure(
          "is running (pid " + state.get().pid() + ") but does not answer on port " + state.get().port());
    }
    return state.map(running -> toStatus(running, node.home()));
  }

  private NodeStatus start(int number, LocalNodeSettings node, Consumer<String> progress)
      throws IOException, InterruptedException {
    Path jdk = JdkLocator.forThisMachine().locate(settings.esJavaHome(), settings.version());
    String which = settings.nodes() == 1 ? "node" : "node " + number + " of " + settings.nodes();
    progress.accept("Starting the local Elasticsearch " + settings.version() + " " + which + " in " + node.home()
        + " (Java " + JdkLocator.majorVersion(jdk).orElse(0) + " from " + jdk + "); this takes 20-40 s the first time");
    Path serverDir = new ServerDistribution(settings).unpacked();
    if (settings.security()) {
      new NodeSecurity(node).prepare(serverDir, jdk);
    }
    NodeLauncher launcher = new NodeLauncher(node, ProcessUser.current());
    NodeState state = launcher.launch(serverDir, jdk, membership(number));
    if (!probe.awaitAnswer(state, node.home(), settings.startTimeout())) {
      throw launcher.failure("started (pid " + state.pid() + ") but does not answer on port " + state.port());
    }
    state.write(node.home());
    log.info("local Elasticsearch {} started at {} (pid {})", which, state.url(), state.pid());
    return toStatus(state, node.home());
  }

  private Map<String, String> membership(int number) {
    if (settings.nodes() == 1) {
      return NodeLauncher.singleNode();
    }
    if (number == 1) {
      return NodeLauncher.firstOfCluster();
    }
    NodeState first = NodeState.read(settings.home())
        .orElseThrow(() -> new LocalNodeException("node " + number + " cannot join: the first node is not running"));
    return NodeLauncher.memberOfCluster(number, first.transportPort());
  }

  /** SIGTERM lets the node flush and close cleanly; SIGKILL only if it hangs. */
  private static void terminate(ProcessHandle process) {
    process.destroy();
    try {
      process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      log.warn("the local node (pid {}) did not stop within {} s; killing it", process.pid(), STOP_TIMEOUT.toSeconds());
      process.destroyForcibly();
      process.onExit().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  private FileChannel lockFile() throws IOException {
    Files.createDirectories(settings.home());
    return FileChannel.open(settings.home().resolve("node.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
  }

  private static boolean isElasticsearch(NodeState state) {
    return ProcessHandle.of(state.pid())
        .flatMap(process -> process.info().commandLine())
        .map(commandLine -> commandLine.contains("org.elasticsearch"))
        .orElse(true); // when the OS hides the command line, trust the pid and let the probe decide
  }

  private NodeStatus toStatus(NodeState state) {
    return toStatus(state, settings.home());
  }

  private static NodeStatus toStatus(NodeState state, Path home) {
    NodeAccess access = state.tls() ? NodeSecurity.access(home).orElse(null) : null;
    return new NodeStatus(state.url(), state.pid(), state.version(), home, access);
  }
}
