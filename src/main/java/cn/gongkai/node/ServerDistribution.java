package cn.gongkai.node;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The Elasticsearch server zip (from Maven Central, fetched by the build), unpacked once under the
 * node's home. Commons Compress rather than java.util.zip because the scripts in {@code bin/} must
 * keep their executable bits.
 */
final class ServerDistribution {

  private static final String UNPACKED_MARKER = ".gongkai-unpacked";

  private final LocalNodeSettings settings;

  ServerDistribution(LocalNodeSettings settings) {
    this.settings = settings;
  }

  /** Unpacks the server unless a complete earlier unpack is there; returns the server directory. */
  Path unpacked() {
    Path target = settings.serverDir();
    if (Files.exists(target.resolve(UNPACKED_MARKER))) {
      return target;
    }
    Path zip = locateZip();
    Path staging = settings.home().resolve("unpacking-" + settings.version());
    try {
      deleteTree(staging);
      deleteTree(target);
      unzip(zip, staging);
      Path root = staging.resolve("elasticsearch-" + settings.version());
      Files.writeString(root.resolve(UNPACKED_MARKER), zip.toString());
      Files.move(root, target, StandardCopyOption.ATOMIC_MOVE);
      deleteTree(staging);
      return target;
    } catch (IOException e) {
      throw new LocalNodeException("Could not unpack " + zip + " into " + target + ": " + e.getMessage(), e);
    }
  }

  private Path locateZip() {
    return settings.distributions().stream()
        .filter(Files::isRegularFile)
        .findFirst()
        .orElseThrow(() -> new LocalNodeException(
            "The Elasticsearch " + settings.version() + " server zip was not found (looked at "
                + settings.distributions() + "). Build the project first: ./mvnw package -DskipTests "
                + "(jobs/gongkai does this for you), or set GONGKAI_ES_URL to use an existing cluster."));
  }

  private static void unzip(Path zip, Path into) throws IOException {
    try (ZipFile archive = ZipFile.builder().setPath(zip).get()) {
      for (ZipArchiveEntry entry : (Iterable<ZipArchiveEntry>) () -> archive.getEntries().asIterator()) {
        Path out = into.resolve(entry.getName()).normalize();
        if (!out.startsWith(into)) {
          throw new IOException("zip entry escapes the target directory: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
          continue;
        }
        Files.createDirectories(out.getParent());
        try (InputStream in = archive.getInputStream(entry)) {
          Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
        }
        if ((entry.getUnixMode() & 0100) != 0) {
          Files.setPosixFilePermissions(out, EXECUTABLE);
        }
      }
    }
  }

  private static final Set<PosixFilePermission> EXECUTABLE = EnumSet.of(
      PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
      PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
      PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE);

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
