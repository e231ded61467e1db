package cn.gongkai.node;

import static java.nio.file.attribute.PosixFilePermission.GROUP_EXECUTE;
import static java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE;
import static java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerDistributionTest {

  private static final Map<String, Integer> SERVER = Map.of(
      "elasticsearch-1.0.0/bin/elasticsearch", 0755,
      "elasticsearch-1.0.0/config/x.yml", 0644);

  @TempDir
  Path temp;

  @Test
  void unpacksTheServerIntoTheNodesHome() throws IOException {
    Path home = temp.resolve("home");
    Path zip = zip("elasticsearch-1.0.0.zip", SERVER);

    Path server = distribution(home, zip).unpacked();

    assertThat(server).isEqualTo(home.resolve("elasticsearch-1.0.0"));
    assertThat(server.resolve("bin/elasticsearch")).hasContent("contents of elasticsearch-1.0.0/bin/elasticsearch");
    assertThat(server.resolve("config/x.yml")).hasContent("contents of elasticsearch-1.0.0/config/x.yml");
    assertThat(home.resolve("unpacking-1.0.0")).doesNotExist();
  }

  @Test
  void keepsTheExecutableBitOfTheScriptsAndOnlyOfThem() throws IOException {
    Path zip = zip("elasticsearch-1.0.0.zip", SERVER);

    Path server = distribution(temp.resolve("home"), zip).unpacked();

    assertThat(Files.getPosixFilePermissions(server.resolve("bin/elasticsearch")))
        .contains(OWNER_EXECUTE, GROUP_EXECUTE, OTHERS_EXECUTE);
    assertThat(Files.getPosixFilePermissions(server.resolve("config/x.yml")))
        .doesNotContain(OWNER_EXECUTE, GROUP_EXECUTE, OTHERS_EXECUTE);
  }

  @Test
  void doesNotUnpackAgainOnceAnUnpackHasCompleted() throws IOException {
    Path home = temp.resolve("home");
    Path zip = zip("elasticsearch-1.0.0.zip", SERVER);
    ServerDistribution distribution = distribution(home, zip);
    Path server = distribution.unpacked();
    Files.writeString(server.resolve("config/x.yml"), "edited after unpacking");
    Files.delete(zip);

    Path again = distribution.unpacked();

    assertThat(again).isEqualTo(server);
    assertThat(server.resolve("config/x.yml")).hasContent("edited after unpacking");
  }

  @Test
  void unpacksAgainOverAnUnpackThatDidNotComplete() throws IOException {
    Path home = temp.resolve("home");
    Path torn = Files.createDirectories(home.resolve("elasticsearch-1.0.0/bin"));
    Files.writeString(torn.resolve("half-written"), "torn");
    Path zip = zip("elasticsearch-1.0.0.zip", SERVER);

    Path server = distribution(home, zip).unpacked();

    assertThat(server.resolve("bin/half-written")).doesNotExist();
    assertThat(server.resolve("bin/elasticsearch")).isRegularFile();
  }

  @Test
  void takesTheFirstDistributionThatExists() throws IOException {
    Path home = temp.resolve("home");
    Path missing = temp.resolve("target/elasticsearch/elasticsearch-1.0.0.zip");
    Path zip = zip("elasticsearch-1.0.0.zip", SERVER);
    Path other = zip("other.zip", Map.of("elasticsearch-1.0.0/bin/other", 0755));

    Path server = new ServerDistribution(settings(home, List.of(missing, zip, other))).unpacked();

    assertThat(server.resolve("bin/elasticsearch")).isRegularFile();
    assertThat(server.resolve("bin/other")).doesNotExist();
  }

  @Test
  void failsNamingWhereItLookedAndTheFixWhenTheZipIsMissing() {
    Path missing = temp.resolve("target/elasticsearch/elasticsearch-1.0.0.zip");
    Path alsoMissing = temp.resolve("dist/elasticsearch-1.0.0.zip");

    ServerDistribution distribution = new ServerDistribution(settings(temp.resolve("home"), List.of(missing, alsoMissing)));

    assertThatThrownBy(distribution::unpacked)
        .isInstanceOf(LocalNodeException.class)
        .hasMessageContaining("Elasticsearch 1.0.0 server zip was not found")
        .hasMessageContaining(missing.toString())
        .hasMessageContaining(alsoMissing.toString())
        .hasMessageContaining("./mvnw package -DskipTests")
        .hasMessageContaining("GONGKAI_ES_URL");
  }

  @Test
  void refusesAnEntryThatWouldEscapeTheTargetDirectory() throws IOException {
    Path home = temp.resolve("home");
    Path zip = zip("evil.zip", Map.of("elasticsearch-1.0.0/bin/elasticsearch", 0755, "../evil", 0644));

    assertThatThrownBy(() -> distribution(home, zip).unpacked())
        .isInstanceOf(LocalNodeException.class)
        .hasMessageContaining("zip entry escapes the target directory: ../evil")
        .hasMessageContaining(zip.toString());
    assertThat(home.resolve("evil")).doesNotExist();
    assertThat(temp.resolve("evil")).doesNotExist();
    assertThat(home.resolve("elasticsearch-1.0.0")).doesNotExist();
  }

  @Test
  void refusesAnEntryThatClimbsOutThroughTheServerDirectory() throws IOException {
    Path home = temp.resolve("home");
    Path zip = zip("evil.zip", Map.of("elasticsearch-1.0.0/../../../evil", 0644));

    assertThatThrownBy(() -> distribution(home, zip).unpacked())
        .isInstanceOf(LocalNodeException.class)
        .hasMessageContaining("escapes the target directory");
    assertThat(temp.resolve("evil")).doesNotExist();
  }

  private ServerDistribution distribution(Path home, Path zip) {
    return new ServerDistribution(settings(home, List.of(zip)));
  }

  private static LocalNodeSettings settings(Path home, List<Path> distributions) {
    return new LocalNodeSettings(home, distributions, "1.0.0", 512, Duration.ofSeconds(10), null);
  }

  /** A zip of the given entries (name → unix mode), each holding "contents of" its name. */
  private Path zip(String name, Map<String, Integer> entries) throws IOException {
    Path zip = temp.resolve(name);
    try (OutputStream file = Files.newOutputStream(zip); ZipArchiveOutputStream out = new ZipArchiveOutputStream(file)) {
      for (Map.Entry<String, Integer> entry : entries.entrySet()) {
        ZipArchiveEntry zipEntry = new ZipArchiveEntry(entry.getKey());
        zipEntry.setUnixMode(0100000 | entry.getValue());
        out.putArchiveEntry(zipEntry);
        out.write(("contents of " + entry.getKey()).getBytes(StandardCharsets.UTF_8));
        out.closeArchiveEntry();
      }
    }
    return zip;
  }
}
