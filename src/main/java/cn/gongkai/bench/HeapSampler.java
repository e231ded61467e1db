package cn.gongkai.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the heap while a phase runs: a daemon thread samples the heap in use every 50 ms, and the
 * heap pools' own peaks are reset when it starts, so that a short peak between two samples is not
 * missed (see {@link HeapUsage#poolPeakBytes()}).
 */
public final class HeapSampler {

  private static final long PERIOD_MILLIS = 50;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
      .toList();
  private final AtomicLong sampledPeak = new AtomicLong();
  private final long collectionsAtStart = collections();
  private final long collectionMillisAtStart = collectionMillis();
  private final Thread sampler = new Thread(this::sample, "bench-heap-sampler");
  private volatile boolean running = true;

  private HeapSampler() {
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    sampler.setDaemon(true);
    sampler.start();
  }

  public static HeapSampler start() {
    return new HeapSampler();
  }

  /** Stops sampling and says what the phase used. */
  public HeapUsage stop() throws InterruptedException {
    running = false;
    sampler.interrupt();
    sampler.join();
    record();
    long poolPeak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    return new HeapUsage(Runtime.getRuntime().maxMemory(), sampledPeak.get(), poolPeak,
        collections() - collectionsAtStart, collectionMillis() - collectionMillisAtStart);
  }

  private void sample() {
    while (running) {
      record();
      try {
        Thread.sleep(PERIOD_MILLIS);
      } catch (InterruptedException e) {
        return; // stop() wants the last figure now
      }
    }
  }

  private void record() {
    sampledPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
  }

  private static long collections() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionCount).filter(count -> count > 0).sum();
  }

  private static long collectionMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(time -> time > 0).sum();
  }
}
