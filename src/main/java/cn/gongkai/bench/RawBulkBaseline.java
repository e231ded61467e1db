package cn.gongkai.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The physical limit: the pipeline's final publication documents, pre-serialized, loaded as plain
 * {@code _bulk} requests in the shape (request size, concurrency) that a probe of each shape on a
 * slice found fastest. Every load, probes included, runs with refresh off and no replicas, as a bulk
 * load should, and ends with a refresh inside its time, since the pipeline makes its documents
 * searchable too.
 */
public final class RawBulkBaseline {

  static final Map<String, Object> LOAD_SETTINGS = Map.of("refresh_interval", "-1", "number_of_replicas", 0);
  private static final Duration MERGE_PATIENCE = Duration.ofSeconds(60);

  private final BenchCluster cluster;
  private final BulkBodyFile bodies;
  private final BulkSender sender;
  private final BenchProgress progress;
  private final CpuMeter cpu;

  public RawBulkBaseline(BenchCluster cluster, BulkBodyFile bodies, BenchProgress progress, CpuMeter cpu) {
    this.cluster = cluster;
    this.bodies = bodies;
    this.sender = new BulkSender(cluster, bodies);
    this.progress = progress;
    this.cpu = cpu;
  }

  /**
   * @param alias the alias of an empty publications index (with its template installed): the probes'
   *     throwaway indices are named after it, so the template gives them the same mappings
   */
  public BaselineResult measure(String alias) throws IOException, InterruptedException {
    String index = cluster.concreteIndex(alias);
    List<BulkLoad> probes = probe(alias);
    BulkShape best = ProbeGrid.fastest(probes).shape();
    progress.say("raw bulk: loading all %,d documents, %,d per request, %d in flight, into %s",
        bodies.documents(), best.docsPerRequest(), best.concurrency(), index);
    Map<String, Object> restore = currentSettings(index);
    cluster.putSettings(index, LOAD_SETTINGS);
    cluster.awaitMergesIdle(MERGE_PATIENCE);
    CpuMeter.Started cpuStarted = cpu.start();
    BulkLoad load = timedLoad(index, bodies.documents(), best);
    CpuUse cpuUse = cpuStarted.stop();
    cluster.putSettings(index, restore);
    return new BaselineResult(index, probes, load, cpuUse);
  }

  private List<BulkLoad> probe(String alias) throws IOException, InterruptedException {
    int slice = ProbeGrid.slice(bodies.documents());
    List<BulkLoad> probes = new ArrayList<>();
    for (BulkShape shape : ProbeGrid.shapes()) {
      String probeIndex = alias + "-probe-" + shape.docsPerRequest() + "x" + shape.concurrency();
      cluster.createIndex(probeIndex, LOAD_SETTINGS);
      try {
        cluster.awaitMergesIdle(MERGE_PATIENCE);
        BulkLoad probe = timedLoad(probeIndex, slice, shape);
        probes.add(probe);
        progress.say("raw bulk probe: %,d per request, %d in flight: %,.0f docs/s", shape.docsPerRequest(),
            shape.concurrency(), probe.docsPerSecond());
      } finally {
        cluster.deleteIndices(List.of(probeIndex));
      }
    }
    return probes;
  }

  private BulkLoad timedLoad(String index, int documents, BulkShape shape) throws IOException, InterruptedException {
    long start = System.nanoTime();
    sender.send(index, documents, shape);
    cluster.refresh(index);
    double seconds = (System.nanoTime() - start) / 1e9;
    return new BulkLoad(shape, documents, bodies.bytes(0, documents), seconds);
  }

  /** What to put back after the load: the index's own values, or null for the defaults. */
  private Map<String, Object> currentSettings(String index) throws IOException {
    Map<String, Object> current = new HashMap<>();
    for (String name : LOAD_SETTINGS.keySet()) {
      current.put(name, cluster.setting(index, "index." + name).orElse(null));
    }
    return current;
  }
}
