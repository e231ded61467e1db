package cn.gongkai.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** Times {@code stats --year Y --format json}: in this JVM, then as separate commands. */
public final class StatsTiming {

  private static final long COMMAND_TIMEOUT_SECONDS = 300;

  private final StatsRendering rendering;
  private final int repeats;

  public StatsTiming(StatsRendering rendering, int repeats) {
    this.rendering = rendering;
    this.repeats = repeats;
  }

  public StatsResult measure(ConfigurableApplicationContext context, String prefix, int year, long publications)
      throws Exception {
    List<Double> inProcess = new ArrayList<>();
    for (int i = 0; i < repeats; i++) {
      long start = System.nanoTime();
      String json = rendering.render(context, year);
      inProcess.add((System.nanoTime() - start) / 1e6);
      checkFigures(json, year, "in process");
    }
    List<String> inherited = StatsCommandLine.inheritedOptions(ManagementFactory.getRuntimeMXBean().getInputArguments());
    Optional<Path> launcher = StatsCommandLine.launcher(System.getenv("GONGKAI_HOME"));
    if (launcher.isPresent()) {
      return commands(inProcess, year, publications, StatsCommandLine.launcherCommand(launcher.get(), year),
          Map.of("GONGKAI_JAVA_OPTS", StatsCommandLine.launcherOptions(inherited, prefix)));
    }
    Optional<Path> jar = StatsCommandLine.applicationJar(System.getProperty("java.class.path"));
    Optional<String> java = ProcessHandle.current().info().command();
    if (jar.isEmpty() || java.isEmpty()) {
      String why = jar.isEmpty() ? "this JVM does not run the application jar (class path "
          + System.getProperty("java.class.path") + "), so there is no command to time" : "this JVM does not know its java executable";
      return new StatsResult(year, publications, new Timings(inProcess), null, why);
    }
    return commands(inProcess, year, publications, StatsCommandLine.command(java.get(), inherited, jar.get(), prefix,
        year), Map.of());
  }

  private StatsResult commands(List<Double> inProcess, int year, long publications, List<String> command,
      Map<String, String> environment) throws IOException, InterruptedException {
    List<Double> commands = new ArrayList<>();
    for (int i = 0; i < repeats; i++) {
      commands.add(runCommand(command, environment, year));
    }
    return new StatsResult(year, publications, new Timings(inProcess), new Timings(commands), null);
  }

  /** Milliseconds from spawning the command to its exit; the environment is this process's, plus {@code environment}. */
  private static double runCommand(List<String> command, Map<String, String> environment, int year)
      throws IOException, InterruptedException {
    File stdout = File.createTempFile("gongkai-bench-stats", ".json");
    File stderr = File.createTempFile("gongkai-bench-stats", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout).redirectError(stderr);
      builder.environment().putAll(environment);
      long start = System.nanoTime();
      Process process = builder.start();
      if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new BenchException("stats did not finish within " + COMMAND_TIMEOUT_SECONDS + " s: " + String.join(" ", command));
      }
      double millis = (System.nanoTime() - start) / 1e6;
      if (process.exitValue() != 0) {
        throw new BenchException("stats exited " + process.exitValue() + ": " + String.join(" ", command) + "\n"
            + Files.readString(stderr.toPath(), StandardCharsets.UTF_8));
      }
      checkFigures(Files.readString(stdout.toPath(), StandardCharsets.UTF_8), year, "the command");
      return millis;
    } finally {
      Files.deleteIfExists(stdout.toPath());
      Files.deleteIfExists(stderr.toPath());
    }
  }

  /** A timing of something that printed the wrong thing would be worthless. */
  private static void checkFigures(String json, int year, String how) {
    JsonNode figures = BenchCluster.JSON.readTree(json);
    if (figures.path("year").asInt() != year || !figures.path("publications").has("total")) {
      throw new BenchException("stats " + how + " printed no figures of " + year + ": "
          + json.substring(0, Math.min(200, json.length())));
    }
  }
}
