package cn.gongkai.node;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
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
        .filter(state -> probe.answers(state.port()))
        .map(this::toStatus);
  }

  /**
   * The URL of this data directory's node, starting it first when it is not running.
   *
   * @param progress told what is happening while a start takes its 20 to 40 seconds
   */
  public NodeStatus ensureRunning(Consumer<String> progress) {
    try (FileChannel lockFile = lockFile(); FileLock lock = lockFile.lock()) {
      Optional<NodeStatus> running = awaitRunning();
      if (running.isPresent()) {
        log.debug("reusing the local node at {}", running.get().url());
        return running.get();
      }
      return start(progress);
    } catch (IOException e) {
      throw new LocalNodeException("Could not start the local node in " + settings.home() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LocalNodeException("Interrupted while starting the local node", e);
    }
  }

  /** Stops this data directory's node; false when none was running. */
  public boolean stop() {
    try (FileChannel lockFile = lockFile(); FileLock lock = lockFile.lock()) {
      Optional<NodeState> state = NodeState.read(settings.home()).filter(NodeState::processAlive);
      if (state.isEmpty()) {
        NodeState.delete(settings.home());
        return false;
      }
      terminate(ProcessHandle.of(state.get().pid()).orElseThrow());
      NodeState.delete(settings.home());
      return true;
    } catch (IOException e) {
      throw new LocalNodeException("Could not stop the local node in " + settings.home() + ": " + e.getMessage(), e);
    }
  }

  /**
   * A node recorded in the state file whose process is still an Elasticsearch: if it does not answer
   * yet (just started, or recovering), wait for it rather than start a second one over its data.
   */
  private Optional<NodeStatus> awaitRunning() {
    Optional<NodeState> state = NodeState.read(settings.home())
        .filter(NodeState::processAlive)
        .filter(LocalNode::isElasticsearch);
    if (state.isEmpty()) {
      return Optional.empty();
    }
    if (!probe.awaitAnswer(state.get().port(), settings.startTimeout())) {
      throw new NodeLauncher(settings, ProcessUser.current()).failure(
          "is running (pid " + state.get().pid() + ") but does not answer on port " + state.get().port());
    }
    return state.map(this::toStatus);
  }

  private NodeStatus start(Consumer<String> progress) throws IOException, InterruptedException {
    Path jdk = JdkLocator.forThisMachine().locate(settings.esJavaHome());
    progress.accept("Starting the local Elasticsearch " + settings.version() + " node in " + settings.home()
        + " (Java " + JdkLocator.majorVersion(jdk).orElse(0) + " from " + jdk + "); this takes 20-40 s the first time");
    Path serverDir = new ServerDistribution(settings).unpacked();
    NodeLauncher launcher = new NodeLauncher(settings, ProcessUser.current());
    NodeState state = launcher.launch(serverDir, jdk);
    if (!probe.awaitAnswer(state.port(), settings.startTimeout())) {
      throw launcher.failure("started (pid " + state.pid() + ") but does not answer on port " + state.port());
    }
    state.write(settings.home());
    log.info("local Elasticsearch node started at {} (pid {})", state.url(), state.pid());
    return toStatus(state);
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
    return new NodeStatus(state.url(), state.pid(), state.version(), settings.home());
  }
}
