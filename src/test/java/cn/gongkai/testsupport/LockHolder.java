package cn.gongkai.testsupport;

import cn.gongkai.job.RunLock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM for tests of the run lock: it holds a data directory's {@link RunLock} until told to
 * let go ({@link #hold}), or says whether a lock file is free ({@link #isFree}). Lock and release
 * follow what the child prints and what it is sent, never a sleep.
 */
public final class LockHolder implements AutoCloseable {

  private static final long TIMEOUT_SECONDS = 60;

  private final Process process;

  private LockHolder(Process process) {
    this.process = process;
  }

  /** Starts a JVM that takes the data directory's lock as {@code command}; returns once it holds it. */
  public static LockHolder hold(Path dataDir, String command) throws IOException {
    Process process = start("hold", dataDir.toString(), command);
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (!"held".equals(line)) {
      process.destroyForcibly();
      throw new IllegalStateException("the lock holder did not take the lock: " + line + "\n"
          + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
    return new LockHolder(process);
  }

  /** Whether another process could lock {@code lockFile} now, asked of a JVM of its own. */
  public static boolean isFree(Path lockFile) throws IOException, InterruptedException {
    Process process = start("probe", lockFile.toString());
    String answer = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || !List.of("free", "held").contains(answer)) {
      throw new IllegalStateException("the lock probe answered '" + answer + "'\n"
          + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
    return answer.equals("free");
  }

  public long pid() {
    return process.pid();
  }

  /** Tells the holder to release the lock and waits until its JVM has ended. */
  @Override
  public void close() throws IOException, InterruptedException {
    try (OutputStream in = process.getOutputStream()) {
      in.write('\n');
    }
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("the lock holder did not end");
    }
  }

  private static Process start(String... args) throws IOException {
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), LockHolder.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).start();
  }

  /** {@code hold DATA_DIR COMMAND} or {@code probe LOCK_FILE}. */
  public static void main(String[] args) throws IOException {
    if (args[0].equals("hold")) {
      try (RunLock lock = RunLock.acquire(Path.of(args[1]), args[2])) {
        System.out.println("held");
        System.out.flush();
        System.in.read(); // until the test sends a line or closes our stdin
      }
    } else {
      try (FileChannel channel = FileChannel.open(Path.of(args[1]), StandardOpenOption.WRITE);
          FileLock lock = channel.tryLock()) {
        System.out.println(lock == null ? "held" : "free");
      }
    }
  }
}
