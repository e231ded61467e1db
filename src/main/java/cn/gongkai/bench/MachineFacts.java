package cn.gongkai.bench;

import java.lang.management.ManagementFactory;

/**
 * The machine and JVM a bench ran on, so that results from two machines are not compared blindly.
 *
 * @param totalMemoryBytes the machine's physical memory; -1 when the JVM does not say
 */
public record MachineFacts(int cores, long totalMemoryBytes, String os, String java, NodeFacts elasticsearch) {

  public static MachineFacts of(NodeFacts elasticsearch) {
    String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
    String java = System.getProperty("java.vendor") + " " + Runtime.version();
    return new MachineFacts(Runtime.getRuntime().availableProcessors(), totalMemory(), os, java, elasticsearch);
  }

  private static long totalMemory() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getTotalMemorySize() : -1;
  }
}
