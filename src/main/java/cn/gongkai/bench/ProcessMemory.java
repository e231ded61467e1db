package cn.gongkai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The resident memory of this process as Linux accounts it ({@code /proc/self/status}): what the
 * operating system gave the JVM, heap, metaspace, thread stacks and native buffers together.
 *
 * @param peakRssBytes {@code VmHWM}, the high-water mark over the whole life of the process, not of one phase
 * @param rssBytes {@code VmRSS}, resident now
 */
public record ProcessMemory(long peakRssBytes, long rssBytes) {

  private static final Path STATUS = Path.of("/proc/self/status");

  public ProcessMemory {
    if (peakRssBytes < 0 || rssBytes < 0) {
      throw new IllegalArgumentException("memory sizes must be 0 or more, were " + peakRssBytes + " and " + rssBytes);
    }
  }

  /** This process's memory, or empty where there is no {@code /proc} (not Linux). */
  public static Optional<ProcessMemory> read() {
    try {
      return Files.isReadable(STATUS) ? parse(Files.readString(STATUS)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Reads the {@code VmHWM} and {@code VmRSS} lines; empty when either is missing. */
  public static Optional<ProcessMemory> parse(String status) {
    Long peak = null;
    Long now = null;
    for (String line : status.split("\n")) {
      if (line.startsWith("VmHWM:")) {
        peak = kilobytes(line);
      } else if (line.startsWith("VmRSS:")) {
        now = kilobytes(line);
      }
    }
    return peak == null || now == null ? Optional.empty() : Optional.of(new ProcessMemory(peak, now));
  }

  /** {@code VmRSS:\t  417000 kB}: the kernel always counts these in kB (1024 bytes). */
  private static Long kilobytes(String line) {
    String[] parts = line.substring(line.indexOf(':') + 1).trim().split("\\s+");
    if (parts.length != 2 || !parts[1].equals("kB")) {
      return null;
    }
    try {
      return Long.parseLong(parts[0]) * 1024;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
