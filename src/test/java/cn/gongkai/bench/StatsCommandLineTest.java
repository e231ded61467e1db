package cn.gongkai.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandLineTest {

  @TempDir
  Path dir;

  @Test
  void runsTheSameJarWithTheSameHeapAndPropertiesAndTheMeasuredPrefix() {
    List<String> inherited = StatsCommandLine.inheritedOptions(List.of("-Xmx512m", "-Xms64m",
        "-Dgongkai.elasticsearch.index-prefix=gongkai", "-Dgongkai.data-dir=/srv/data", "-Xlog:gc:file=/tmp/gc.log",
        "-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-XX:+UseG1GC"));

    List<String> command = StatsCommandLine.command("/usr/bin/java", inherited, Path.of("/opt/gongkai.jar"),
        "bench-20261122101500-pipeline", 2024);

    assertThat(command).containsExactly("/usr/bin/java", "-Xmx512m", "-Xms64m", "-Dgongkai.data-dir=/srv/data",
        "-Dgongkai.elasticsearch.index-prefix=bench-20261122101500-pipeline", "-jar", "/opt/gongkai.jar",
        "stats", "--year", "2024", "--format", "json");
  }

  @Test
  void runsTheLauncherAsAUserDoesWithTheInheritedOptionsAndTheMeasuredPrefixInGongkaiJavaOpts() {
    List<String> command = StatsCommandLine.launcherCommand(Path.of("/opt/gongkai/jobs/gongkai"), 2024);

    assertThat(command).containsExactly("/opt/gongkai/jobs/gongkai", "stats", "--year", "2024", "--format", "json");
    assertThat(StatsCommandLine.launcherOptions(List.of("-Xmx512m"), "bench-1-pipeline"))
        .isEqualTo("-Xmx512m -Dgongkai.elasticsearch.index-prefix=bench-1-pipeline");
  }

  @Test
  void findsTheLauncherOfTheCheckoutOnlyWhenThereIsOne() {
    assertThat(StatsCommandLine.launcher(Path.of("").toAbsolutePath().toString()))
        .contains(Path.of("").toAbsolutePath().resolve("jobs/gongkai"));
    assertThat(StatsCommandLine.launcher(dir.toString())).isEmpty();
    assertThat(StatsCommandLine.launcher(null)).isEmpty();
  }

  @Test
  void findsTheApplicationJarByItsStartClass() throws IOException {
    Path jar = jar("gongkai.jar", "cn.gongkai.GongkaiApplication");

    assertThat(StatsCommandLine.applicationJar(jar.toString())).contains(jar.toAbsolutePath());
  }

  @Test
  void findsNoApplicationJarUnderATestRunnerOrFromClasses() throws IOException {
    Path booter = jar("surefirebooter.jar", null);

    assertThat(StatsCommandLine.applicationJar(booter.toString())).isEmpty();
    assertThat(StatsCommandLine.applicationJar("target/classes" + java.io.File.pathSeparator + "lib/picocli.jar")).isEmpty();
    assertThat(StatsCommandLine.applicationJar(dir.resolve("missing.jar").toString())).isEmpty();
    assertThat(StatsCommandLine.applicationJar("")).isEmpty();
  }

  private Path jar(String name, String startClass) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (startClass != null) {
      manifest.getMainAttributes().putValue("Start-Class", startClass);
    }
    Path jar = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
      return jar;
    }
  }
}
