package cn.gongkai.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Security for the local node, as a secured production cluster has it: TLS on HTTP with a
 * certificate of its own certificate authority, made by the distribution's {@code
 * elasticsearch-certutil}, and a user of the file realm with a random password, made by its {@code
 * elasticsearch-users}. Prepared once per node home; the node then answers only on https, and only
 * to that user.
 *
 * <p>What a client needs is left in the home: {@code ca.crt} (the authority to trust) and {@code
 * credentials.properties} (user and password, readable by its owner only), the same files a
 * client of another cluster is pointed at with GONGKAI_ES_CA and GONGKAI_ES_CREDENTIALS.
 */
final class NodeSecurity {

  static final String CA_FILE = "ca.crt";
  static final String CREDENTIALS_FILE = "credentials.properties";
  static final String USER = "gongkai";
  private static final String CERTS = "certs";
  private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  private final LocalNodeSettings settings;

  NodeSecurity(LocalNodeSettings settings) {
    this.settings = settings;
  }

  /** The client's files for a secured node of this home, if it has been prepared. */
  static java.util.Optional<NodeAccess> access(Path home) {
    Path ca = home.resolve(CA_FILE);
    Path credentials = home.resolve(CREDENTIALS_FILE);
    return Files.isRegularFile(ca) && Files.isRegularFile(credentials)
        ? java.util.Optional.of(new NodeAccess(ca, credentials))
        : java.util.Optional.empty();
  }

  /** Makes the certificates and the user, unless an earlier start made them. */
  void prepare(Path serverDir, Path jdk) throws IOException, InterruptedException {
    Path certs = serverDir.resolve("config").resolve(CERTS);
    if (access(settings.home()).isPresent() && Files.isRegularFile(certs.resolve("http.crt"))
        && Files.isRegularFile(serverDir.resolve("config/users"))) {
      return;
    }
    Files.createDirectories(certs);
    Path work = Files.createTempDirectory(settings.home(), "certutil");
    run(serverDir, jdk, "elasticsearch-certutil", "ca", "--pem", "--silent", "--out", work.resolve("ca.zip").toString());
    unzip(work.resolve("ca.zip"), work);
    run(serverDir, jdk, "elasticsearch-certutil", "cert", "--pem", "--silent", "--name", "http",
        "--ca-cert", work.resolve("ca/ca.crt").toString(), "--ca-key", work.resolve("ca/ca.key").toString(),
        "--ip", "127.0.0.1", "--dns", "localhost", "--out", work.resolve("http.zip").toString());
    unzip(work.resolve("http.zip"), work);
    Files.copy(work.resolve("ca/ca.crt"), certs.resolve("ca.crt"), StandardCopyOption.REPLACE_EXISTING);
    // the node sends its certificate with the authority's, as Elasticsearch's own set-up does, so that a
    // client can check the authority by its fingerprint alone
    Files.writeString(certs.resolve("http.crt"), Files.readString(work.resolve("http/http.crt"))
        + Files.readString(work.resolve("ca/ca.crt")));
    Files.copy(work.resolve("http/http.key"), certs.resolve("http.key"), StandardCopyOption.REPLACE_EXISTING);
    Files.copy(work.resolve("ca/ca.crt"), settings.home().resolve(CA_FILE), StandardCopyOption.REPLACE_EXISTING);
    deleteTree(work); // the authority's key goes: nobody needs to sign another certificate

    String password = randomPassword();
    run(serverDir, jdk, "elasticsearch-users", "userdel", USER); // a user of an earlier, torn preparation
    runChecked(serverDir, jdk, "elasticsearch-users", "useradd", USER, "-r", "superuser", "-p", password);
    writeCredentials(settings.home().resolve(CREDENTIALS_FILE), password);
  }

  /** The node's settings for HTTPS with the prepared certificate (transport stays on loopback, single node). */
  static Map<String, String> nodeSettings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("xpack.security.enabled", "true");
    settings.put("xpack.security.http.ssl.enabled", "true");
    settings.put("xpack.security.http.ssl.certificate", CERTS + "/http.crt");
    settings.put("xpack.security.http.ssl.key", CERTS + "/http.key");
    settings.put("xpack.security.http.ssl.certificate_authorities", CERTS + "/ca.crt");
    settings.put("xpack.security.transport.ssl.enabled", "false");
    return settings;
  }

  private static void writeCredentials(Path file, String password) throws IOException {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    Files.deleteIfExists(temporary);
    Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Properties properties = new Properties();
    properties.setProperty("username", USER);
    properties.setProperty("password", password);
    try (Writer writer = Files.newBufferedWriter(temporary)) {
      properties.store(writer, "the local node's user (jobs/gongkai es start made it); GONGKAI_ES_CREDENTIALS format");
    }
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder(24);
    for (int i = 0; i < 24; i++) {
      password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
    }
    return password.toString();
  }

  private void runChecked(Path serverDir, Path jdk, String tool, String... args) throws IOException, InterruptedException {
    int status = run(serverDir, jdk, tool, args);
    if (status != 0) {
      throw new LocalNodeException("The local node's " + tool + " " + args[0] + " exited with status " + status
          + "; its output is in " + toolLog() + ". Delete " + settings.home() + " to start from scratch.");
    }
  }

  private int run(Path serverDir, Path jdk, String tool, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(serverDir.resolve("bin").resolve(tool).toString()));
    command.addAll(List.of(args));
    Files.createDirectories(settings.logsDir());
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(toolLog().toFile()));
    builder.environment().put("ES_JAVA_HOME", jdk.toString());
    builder.environment().put("ES_PATH_CONF", serverDir.resolve("config").toString());
    Process process = builder.start();
    if (!process.waitFor(settings.startTimeout().toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new LocalNodeException("The local node's " + tool + " did not finish within "
          + settings.startTimeout().toSeconds() + " s; its output is in " + toolLog());
    }
    return process.exitValue();
  }

  /** The tools' output; the password goes to them as an argument, never to their output. */
  private Path toolLog() {
    return settings.logsDir().resolve("security-setup.out");
  }

  private static void unzip(Path zip, Path into) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        Path target = into.resolve(entry.getName()).normalize();
        if (!target.startsWith(into)) {
          throw new IOException("certutil wrote an entry outside its directory: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          copy(in, target);
        }
      }
    }
  }

  private static void copy(InputStream in, Path target) throws IOException {
    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
  }

  private static void deleteTree(Path directory) throws IOException {
    try (var paths = Files.walk(directory)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
