package cn.gongkai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The {@code stats} command as a user runs it, for this JVM to spawn: through the launcher
 * ({@code jobs/gongkai stats …}, with the JVM options it chooses for a query) when this JVM was
 * started by it, else {@code java -jar gongkai.jar stats …}; either way with the same heap and
 * {@code -D} options as this JVM (what GONGKAI_JAVA_OPTS gave the launcher) and the measured index
 * prefix.
 */
public final class StatsCommandLine {

  private static final String APPLICATION = "cn.gongkai.GongkaiApplication";

  private StatsCommandLine() {}

  /** The application jar this JVM runs, when it runs one (not under a test runner, not from classes). */
  public static Optional<Path> applicationJar(String classPath) {
    if (classPath == null || classPath.isBlank() || classPath.contains(java.io.File.pathSeparator)) {
      return Optional.empty();
    }
    Path jar = Path.of(classPath).toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      return Optional.empty();
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest manifest = file.getManifest();
      boolean ours = manifest != null && APPLICATION.equals(manifest.getMainAttributes().getValue("Start-Class"));
      return ours ? Optional.of(jar) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * The options of this JVM the child gets: heap sizes and system properties, but not the index
   * prefix (the child gets the measured one), nor agents, debuggers or log files that would clash.
   */
  public static List<String> inheritedOptions(List<String> jvmArguments) {
    return jvmArguments.stream()
        .filter(option -> option.startsWith("-Xmx") || option.startsWith("-Xms") || option.startsWith("-D"))
        .filter(option -> !option.startsWith("-D" + BenchPlan.INDEX_PREFIX_PROPERTY + "="))
        .toList();
  }

  /** The launcher of the checkout this JVM was started from ({@code GONGKAI_HOME}), when there is one. */
  public static Optional<Path> launcher(String gongkaiHome) {
    if (gongkaiHome == null || gongkaiHome.isBlank()) {
      return Optional.empty();
    }
    Path launcher = Path.of(gongkaiHome, "jobs", "gongkai");
    return Files.isExecutable(launcher) ? Optional.of(launcher) : Optional.empty();
  }

  /** The launcher's command; its JVM options go in {@link #launcherOptions}. */
  public static List<String> launcherCommand(Path launcher, int year) {
    return List.of(launcher.toString(), "stats", "--year", String.valueOf(year), "--format", "json");
  }

  /** GONGKAI_JAVA_OPTS for the launcher: the inherited options and the measured prefix. */
  public static String launcherOptions(List<String> inheritedOptions, String prefix) {
    List<String> options = new ArrayList<>(inheritedOptions);
    options.add("-D" + BenchPlan.INDEX_PREFIX_PROPERTY + "=" + prefix);
    return String.join(" ", options);
  }

  public static List<String> command(String java, List<String> inheritedOptions, Path jar, String prefix, int year) {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(inheritedOptions);
    command.add("-D" + BenchPlan.INDEX_PREFIX_PROPERTY + "=" + prefix);
    command.addAll(List.of("-jar", jar.toString(), "stats", "--year", String.valueOf(year), "--format", "json"));
    return command;
  }
}
