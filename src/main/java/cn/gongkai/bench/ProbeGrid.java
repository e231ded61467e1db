package cn.gongkai.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The request sizes and concurrencies the raw baseline tries on a slice of the documents before the
 * timed load. GUIDE section 1 found 5,000 documents with 2 requests in flight best on these 2-core
 * machines; the grid brackets that rather than trusting it, since the node and the cores vary.
 */
public final class ProbeGrid {

  static final List<Integer> DOCS_PER_REQUEST = List.of(1_000, 5_000, 10_000);
  static final List<Integer> CONCURRENCY = List.of(1, 2, 3);
  /** The share of the documents each probe loads: enough to be timed, little enough to be cheap. */
  static final double SLICE = 0.2;

  private ProbeGrid() {}

  public static List<BulkShape> shapes() {
    List<BulkShape> shapes = new ArrayList<>();
    for (int size : DOCS_PER_REQUEST) {
      for (int concurrency : CONCURRENCY) {
        shapes.add(new BulkShape(size, concurrency));
      }
    }
    return shapes;
  }

  /** The documents each probe loads: the first fifth, at least one. */
  public static int slice(long documents) {
    return (int) Math.max(1, Math.min(documents, Math.round(documents * SLICE)));
  }

  /**
   * The fastest probe; between equally fast ones, the fewer requests in flight, then the smaller
   * requests, since they cost the client less memory.
   */
  public static BulkLoad fastest(List<BulkLoad> probes) {
    return probes.stream()
        .max(Comparator.comparingDouble(BulkLoad::docsPerSecond)
            .thenComparing(probe -> -probe.shape().concurrency())
            .thenComparing(probe -> -probe.shape().docsPerRequest()))
        .orElseThrow(() -> new IllegalArgumentException("no probe to choose from"));
  }
}
