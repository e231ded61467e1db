package cn.gongkai.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged application ({@code target/gongkai.jar}) as a separate process, the way
 * {@code jobs/gongkai} does, and captures what it printed.
 */
public final class CliProcess {

  private static final Path JAR = Path.of("target", "gongkai.jar").toAbsolutePath();
  private static final Duration TIMEOUT = Duration.ofMinutes(3);

  private CliProcess() {}

  /** The outcome of one command. */
  public record Result(int exitCode, String stdout, String stderr, Duration elapsed) {
    public String output() {
      return stdout + stderr;
    }
  }

  /**
   * Runs {@code args} with {@code environment} added to ours (GONGKAI_HOME is the checkout) and the
   * system properties given as {@code -D} options.
   */
  public static Result run(Map<String, String> environment, Map<String, String> properties, String... args)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    Running running = start(environment, properties, args);
    if (!running.process().waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      running.process().destroyForcibly();
      throw new AssertionError("gongkai " + String.join(" ", args) + " did not finish within " + TIMEOUT);
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    return new Result(running.process().exitValue(), running.stdout(), running.stderr(), elapsed);
  }

  /** A command started and not waited for: its process, and what it printed so far. */
  public record Running(Process process, Path stdoutFile, Path stderrFile) {
    public String stdout() throws IOException {
      return Files.readString(stdoutFile, StandardCharsets.UTF_8);
    }

    public String stderr() throws IOException {
      return Files.readString(stderrFile, StandardCharsets.UTF_8);
    }

    /** Waits until the process has written {@code text} to stderr, failing if it ends or the time passes first. */
    public void awaitStderr(String text, Duration timeout) throws IOException, InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (System.nanoTime() < deadline) {
        if (stderr().contains(text)) {
          return;
        }
        assertThat(process.isAlive()).as("the process ended before writing '%s':%n%s", text, stderr()).isTrue();
        Thread.sleep(20);
      }
      throw new AssertionError("no '" + text + "' within " + timeout + ":\n" + stderr());
    }
  }

  /** Starts {@code args} as {@link #run} does, without waiting for it. */
  public static Running start(Map<String, String> environment, Map<String, String> properties, String... args)
      throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path stdout = Files.createTempFile("gongkai-cli", ".out");
    Path stderr = Files.createTempFile("gongkai-cli", ".err");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    builder.environment().remove("GONGKAI_ES_URL");
    builder.environment().put("GONGKAI_HOME", Path.of("").toAbsolutePath().toString());
    builder.environment().putAll(environment);
    return new Running(builder.start(), stdout, stderr);
  }
}
