package cn.gongkai.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which JDK runs the node, among the candidates a test gives it (none but a fake system directory,
 * so the JVM running the tests cannot change the outcome).
 */
class JdkLocatorTest {

  @TempDir
  Path temp;

  @Test
  void acceptsAnExplicitJdkOfJava21OrNewer() throws IOException {
    Path jdk = fakeJdk("temurin-21", "21.0.7");

    assertThat(new JdkLocator(List.of(), temp.resolve("system")).locate(jdk)).isEqualTo(jdk);
  }

  @Test
  void prefersAnExplicitJdkToANewerOneInTheSystemDirectory() throws IOException {
    Path explicit = fakeJdk("explicit/jdk-22", "22.0.2");
    fakeJdk("system/jdk-30", "30");

    assertThat(new JdkLocator(List.of(), temp.resolve("system")).locate(explicit)).isEqualTo(explicit);
  }

  @Test
  void refusesAnExplicitJdkOlderThan21SayingWhatIsNeeded() throws IOException {
    Path jdk = fakeJdk("jdk-17", "17.0.15");
    fakeJdk("system/jdk-30", "30");

    assertThatThrownBy(() -> new JdkLocator(List.of(), temp.resolve("system")).locate(jdk))
        .isInstanceOf(LocalNodeException.class)
        .hasMessage("ES_JAVA_HOME=" + jdk + " is Java 17; Elasticsearch 9 needs Java 21 or newer. "
            + "Point ES_JAVA_HOME at such a JDK.");
  }

  @Test
  void refusesAnExplicitDirectoryThatIsNoJdkSayingWhatIsNeeded() throws IOException {
    Path notAJdk = Files.createDirectories(temp.resolve("not-a-jdk"));

    assertThatThrownBy(() -> new JdkLocator(List.of(), temp.resolve("system")).locate(notAJdk))
        .isInstanceOf(LocalNodeException.class)
        .hasMessageContaining("ES_JAVA_HOME=" + notAJdk + " is not a JDK (no release file or bin/java)")
        .hasMessageContaining("needs Java 21 or newer");
  }

  @Test
  void refusesAnExplicitJdkWhoseJavaIsNotExecutable() throws IOException {
    Path jdk = fakeJdk("jdk-25", "25.0.3");
    Files.setPosixFilePermissions(jdk.resolve("bin/java"), PosixFilePermissions.fromString("rw-r--r--"));

    assertThatThrownBy(() -> new JdkLocator(List.of(), temp.resolve("system")).locate(jdk))
        .isInstanceOf(LocalNodeException.class)
        .hasMessageContaining("is not a JDK");
  }

  @Test
  void picksTheNewestQualifyingJdkOfTheSystemDirectory() throws IOException {
    fakeJdk("system/java-17-openjdk", "17.0.15");
    fakeJdk("system/temurin-21-jdk", "21.0.7");
    Path newest = fakeJdk("system/zulu-30", "30.0.1");
    fakeJdk("system/temurin-25-jdk", "25.0.3");
    Files.createDirectories(temp.resolve("system/not-a-jdk"));
    Files.writeString(temp.resolve("system/README"), "not a directory");

    Path located = new JdkLocator(List.of(), temp.resolve("system")).locate(null);

    assertThat(located).isEqualTo(newest);
  }

  @Test
  void failsNamingEsJavaHomeAndGongkaiEsUrlWhenNoJdk21OrNewerIsFound() throws IOException {
    Path system = Files.createDirectories(temp.resolve("system"));
    fakeJdk("system/java-17-openjdk", "17.0.15");
    fakeJdk("system/java-11-openjdk", "11.0.2");

    assertThatThrownBy(() -> new JdkLocator(List.of(), system).locate(null))
        .isInstanceOf(LocalNodeException.class)
        .hasMessageContaining("No JDK 21 or newer found")
        .hasMessageContaining(system.resolve("java-17-openjdk").toString())
        .hasMessageContaining("ES_JAVA_HOME")
        .hasMessageContaining("GONGKAI_ES_URL");
  }

  @Test
  void runsAnElasticsearch8NodeOnTheNewestJdkItSupportsNotOnANewerOne() throws IOException {
    Path system = Files.createDirectories(temp.resolve("system"));
    Path seventeen = fakeJdk("system/java-17-openjdk", "17.0.15");
    fakeJdk("system/temurin-25-jdk", "25.0.1");

    assertThat(new JdkLocator(List.of(), system).locate(null, "8.19.0")).isEqualTo(seventeen);
    assertThatThrownBy(() -> new JdkLocator(List.of(), system).locate(system.resolve("temurin-25-jdk"), "8.19.0"))
        .isInstanceOf(LocalNodeException.class).hasMessageContaining("Elasticsearch 8 needs Java 17 to 24");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      25.0.3        | 25
      21            | 21
      17.0.15       | 17
      1.8.0_402     | 1
      """)
  void readsTheFeatureVersionFromTheReleaseFile(String javaVersion, int major) throws IOException {
    Path jdk = fakeJdk("jdk", javaVersion);

    assertThat(JdkLocator.majorVersion(jdk)).contains(major);
  }

  @Test
  void readsNoVersionWithoutAJavaVersionLine() throws IOException {
    Path jdk = fakeJdk("jdk", "25");
    Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\n");

    assertThat(JdkLocator.majorVersion(jdk)).isEmpty();
  }

  /** A directory that looks like a JDK: a release file among other lines and an executable bin/java. */
  private Path fakeJdk(String name, String javaVersion) throws IOException {
    Path jdk = Files.createDirectories(temp.resolve(name));
    Files.writeString(jdk.resolve("release"),
        "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"" + javaVersion + "\"\nJAVA_RUNTIME_VERSION=\"x\"\n");
    Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return jdk;
  }
}
