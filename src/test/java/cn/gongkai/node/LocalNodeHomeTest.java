package cn.gongkai.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a data directory's node lives when root must run it as nobody. */
class LocalNodeHomeTest {

  @TempDir
  Path temp;

  @Test
  void keepsTheNodeUnderTheDataDirectoryWhenNobodyCanReachIt() throws Exception {
    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x")); // JUnit makes it 700
    Path open = Files.createDirectories(temp.resolve("open"));
    Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
    LocalNodeSettings settings = settings(open.resolve("data/elasticsearch"));

    LocalNodeSettings chosen = LocalNode.reachableHome(settings, new ProcessUser(true));

    assertThat(chosen.home()).isEqualTo(settings.home());
  }

  @Test
  void movesTheNodeOutOfAPrivateDirectoryOneNodePerDataDirectory() throws Exception {
    Path closed = Files.createDirectories(temp.resolve("closed"));
    Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));

    LocalNodeSettings first = LocalNode.reachableHome(settings(closed.resolve("a/elasticsearch")), new ProcessUser(true));
    LocalNodeSettings again = LocalNode.reachableHome(settings(closed.resolve("a/elasticsearch")), new ProcessUser(true));
    LocalNodeSettings other = LocalNode.reachableHome(settings(closed.resolve("b/elasticsearch")), new ProcessUser(true));

    assertThat(first.home()).startsWithRaw(Path.of("/var/tmp/gongkai-nodes")).isEqualTo(again.home());
    assertThat(other.home()).isNotEqualTo(first.home());
  }

  @Test
  void neverMovesTheNodeWhenItRunsAsTheCurrentUser() throws Exception {
    Path closed = Files.createDirectories(temp.resolve("closed"));
    Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
    LocalNodeSettings settings = settings(closed.resolve("data/elasticsearch"));

    assertThat(LocalNode.reachableHome(settings, new ProcessUser(false)).home()).isEqualTo(settings.home());
  }

  private static LocalNodeSettings settings(Path home) {
    return new LocalNodeSettings(home, List.of(), "9.2.8", 512, Duration.ofSeconds(10), null);
  }
}
