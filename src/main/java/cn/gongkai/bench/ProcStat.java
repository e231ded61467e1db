package cn.gongkai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * The CPU time a Linux process has used, from {@code /proc/<pid>/stat}: {@code utime} (field 14)
 * plus {@code stime} (field 15), all its threads together, in clock ticks. The file is readable for
 * a process of another user too, such as a node running as nobody.
 */
final class ProcStat {

  /**
   * USER_HZ, the unit of those fields. Java cannot ask {@code sysconf(_SC_CLK_TCK)}, but the kernel
   * fixes it at 100 for user space on x86 and arm64, the machines this runs on ({@code getconf CLK_TCK}).
   */
  static final int CLOCK_TICKS_PER_SECOND = 100;

  /** After the closing parenthesis of comm: state is the first field, utime the 12th, stime the 13th. */
  private static final int UTIME_AFTER_COMM = 11;
  private static final int STIME_AFTER_COMM = 12;

  private ProcStat() {}

  /**
   * utime + stime of one {@code stat} line, in seconds. The command name (field 2) is in parentheses
   * and may itself hold spaces and parentheses ({@code (my (odd) java)}), so the fields are counted
   * from the last {@code )}.
   *
   * @throws IllegalArgumentException when the line is not a stat line
   */
  static double cpuSeconds(String statLine) {
    int commEnd = statLine.lastIndexOf(')');
    if (commEnd < 0) {
      throw new IllegalArgumentException("no command name in parentheses: " + statLine);
    }
    String[] fields = statLine.substring(commEnd + 1).trim().split("\\s+");
    if (fields.length <= STIME_AFTER_COMM) {
      throw new IllegalArgumentException("too few fields after the command name: " + statLine);
    }
    try {
      long ticks = Long.parseLong(fields[UTIME_AFTER_COMM]) + Long.parseLong(fields[STIME_AFTER_COMM]);
      return ticks / (double) CLOCK_TICKS_PER_SECOND;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("utime or stime is not a number: " + statLine, e);
    }
  }

  /** The CPU seconds of process {@code pid} so far; empty when it has no stat file (gone, or not Linux). */
  static OptionalDouble read(long pid) {
    return read(Path.of("/proc", Long.toString(pid), "stat"));
  }

  /** The same for this process ({@code /proc/self/stat}). */
  static OptionalDouble readSelf() {
    return read(Path.of("/proc/self/stat"));
  }

  private static OptionalDouble read(Path stat) {
    try {
      return OptionalDouble.of(cpuSeconds(Files.readString(stat)));
    } catch (IOException | IllegalArgumentException e) {
      return OptionalDouble.empty();
    }
  }
}
