package cn.gongkai.bench;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Reads the CPU time of this process and of the local Elasticsearch node around a timed section.
 *
 * <p>This process is read from {@code /proc/self/stat} rather than with
 * {@code ProcessHandle.current().info().totalCpuDuration()}: on Linux the JDK reads the same two
 * fields of the same file, but reading it ourselves measures the application and the node with one
 * parser, in one unit and at one resolution, so the two figures compare. Only where there is no
 * {@code /proc} (not Linux) is the JDK's figure used for this process.
 *
 * <p>The node is known only when the bench started or found it (the data directory's node state
 * names its pid): against {@code GONGKAI_ES_URL} there is no pid to read, and the node's CPU is not
 * measured rather than guessed.
 */
public final class CpuMeter {

  static final String EXTERNAL_CLUSTER = "external cluster";

  private final List<Long> nodePids;
  private final String nodeNotMeasured;

  private CpuMeter(List<Long> nodePids, String nodeNotMeasured) {
    this.nodePids = List.copyOf(nodePids);
    this.nodeNotMeasured = nodeNotMeasured;
  }

  /** Measures the nodes of these pids (the local node, or each node of a local cluster). */
  public static CpuMeter ofLocalNodes(List<Long> pids) {
    return pids.isEmpty() ? new CpuMeter(List.of(), "the local node's pid is not known") : new CpuMeter(pids, null);
  }

  /** Measures this process only; the node's CPU is not measured, for {@code reason}. */
  public static CpuMeter withoutNode(String reason) {
    return new CpuMeter(List.of(), reason);
  }

  /** Why the node's CPU is not measured; {@code null} when it is. */
  String nodeNotMeasured() {
    return nodeNotMeasured;
  }

  /** Reads both now: call just before the timed section, and {@link Started#stop()} just after it. */
  public Started start() {
    return new Started(application(), node());
  }

  /** A section being measured. */
  public final class Started {

    private final double application;
    private final OptionalDouble node;

    private Started(double application, OptionalDouble node) {
      this.application = application;
      this.node = node;
    }

    /** What the section used since {@link #start()}. */
    public CpuUse stop() {
      double applicationNow = application();
      OptionalDouble nodeNow = node();
      if (node.isPresent() && nodeNow.isPresent()) {
        return new CpuUse(applicationNow - application, nodeNow.getAsDouble() - node.getAsDouble(), null);
      }
      return new CpuUse(applicationNow - application, null,
          nodeNotMeasured != null ? nodeNotMeasured : "the node's /proc/<pid>/stat could not be read (did it restart?)");
    }
  }

  /** This process's CPU seconds so far. */
  private static double application() {
    OptionalDouble proc = ProcStat.readSelf();
    if (proc.isPresent()) {
      return proc.getAsDouble();
    }
    return ProcessHandle.current().info().totalCpuDuration().map(cpu -> cpu.toNanos() / 1e9)
        .orElseThrow(() -> new BenchException("neither /proc/self/stat nor the JDK tells this process's CPU time"));
  }

  private OptionalDouble node() {
    if (nodeNotMeasured != null) {
      return OptionalDouble.empty();
    }
    double sum = 0;
    for (long pid : nodePids) {
      OptionalDouble seconds = ProcStat.read(pid);
      if (seconds.isEmpty()) {
        return OptionalDouble.empty();
      }
      sum += seconds.getAsDouble();
    }
    return OptionalDouble.of(sum);
  }
}
