package cn.gongkai.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a JDK that can run the node's Elasticsearch: Java 21 or newer for Elasticsearch 9, Java 17 to
 * 24 for Elasticsearch 8 (the versions 8.19 supports; it fails on 25). The application itself runs on 17, so
 * the node often needs another JDK than ours: an explicit ES_JAVA_HOME wins, then the JDK running
 * us, JAVA_HOME, and the system JVM directory, newest first.
 */
final class JdkLocator {

  static final int MINIMUM_MAJOR = 21;
  private static final int ES8_MINIMUM_MAJOR = 17;
  private static final int ES8_MAXIMUM_MAJOR = 24;
  private static final Pattern JAVA_VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);

  private final List<Path> preferred;
  private final Path systemJvmDir;

  /**
   * @param preferred JDKs to consider before those of {@code systemJvmDir}
   * @param systemJvmDir a directory of installed JDKs
   */
  JdkLocator(List<Path> preferred, Path systemJvmDir) {
    this.preferred = List.copyOf(preferred);
    this.systemJvmDir = systemJvmDir;
  }

  /** The JDK running us, JAVA_HOME, and the JDKs installed in /usr/lib/jvm. */
  static JdkLocator forThisMachine() {
    List<Path> preferred = new ArrayList<>();
    preferred.add(Path.of(System.getProperty("java.home")));
    Optional.ofNullable(System.getenv("JAVA_HOME")).filter(home -> !home.isBlank()).map(Path::of)
        .ifPresent(preferred::add);
    return new JdkLocator(preferred, Path.of("/usr/lib/jvm"));
  }

  /** The JDK to run an Elasticsearch 9 node with; {@code explicit} (ES_JAVA_HOME) must qualify if given. */
  Path locate(Path explicit) {
    return locate(explicit, "9");
  }

  /** The JDK to run Elasticsearch {@code esVersion} with; {@code explicit} (ES_JAVA_HOME) must qualify if given. */
  Path locate(Path explicit, String esVersion) {
    boolean es8 = esVersion.startsWith("8.") || esVersion.equals("8");
    int minimum = es8 ? ES8_MINIMUM_MAJOR : MINIMUM_MAJOR;
    int maximum = es8 ? ES8_MAXIMUM_MAJOR : Integer.MAX_VALUE;
    String range = es8 ? minimum + " to " + maximum : minimum + " or newer";
    String needs = "Elasticsearch " + (es8 ? "8" : "9") + " needs Java " + range;
    if (explicit != null) {
      int major = majorVersion(explicit).orElse(0);
      if (major < minimum || major > maximum) {
        throw new LocalNodeException("ES_JAVA_HOME=" + explicit + " is " + describe(explicit, major)
            + "; " + needs + ". Point ES_JAVA_HOME at such a JDK.");
      }
      return explicit;
    }
    List<Path> candidates = candidates();
    return candidates.stream()
        .filter(jdk -> majorVersion(jdk).orElse(0) >= minimum && majorVersion(jdk).orElse(0) <= maximum)
        .max(Comparator.comparingInt(jdk -> majorVersion(jdk).orElse(0)))
        .orElseThrow(() -> new LocalNodeException("No JDK " + range + " found to run Elasticsearch " + (es8 ? "8" : "9")
            + " (looked at " + candidates + "). Install one (e.g. Temurin " + (es8 ? "17 or 21" : "21 or 25") + ") and set "
            + "ES_JAVA_HOME to it, or set GONGKAI_ES_URL to use an existing cluster."));
  }

  private List<Path> candidates() {
    List<Path> candidates = new ArrayList<>(preferred);
    if (Files.isDirectory(systemJvmDir)) {
      try (Stream<Path> dirs = Files.list(systemJvmDir)) {
        dirs.filter(Files::isDirectory).sorted().forEach(candidates::add);
      } catch (IOException e) {
        // an unreadable system directory only means fewer candidates
      }
    }
    return candidates;
  }

  /** The feature version from the JDK's {@code release} file; empty when it is not a JDK. */
  static Optional<Integer> majorVersion(Path jdk) {
    Path release = jdk.resolve("release");
    if (!Files.isRegularFile(release) || !Files.isExecutable(jdk.resolve("bin/java"))) {
      return Optional.empty();
    }
    try {
      Matcher matcher = JAVA_VERSION.matcher(Files.readString(release));
      return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String describe(Path jdk, int major) {
    return major == 0 ? "not a JDK (no release file or bin/java)" : "Java " + major;
  }
}
