package cn.gongkai.load;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.sample.SampleExportGenerator;
import cn.gongkai.sample.SampleSpec;
import cn.gongkai.testsupport.CliProcess;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * A secured Elasticsearch (issue 10): the product's local node started with security, so that it
 * answers only on https, with a certificate of an authority its own {@code elasticsearch-certutil}
 * made, to a user its own {@code elasticsearch-users} made. Gongkai then reaches it as an office
 * reaches its cluster, from another data directory, with the CA certificate or its fingerprint and
 * the user from environment variables, a credentials file, or the URL. Every output of every command
 * (stdout, stderr, logs, run outputs, reports, the job repository) is searched for the secrets.
 *
 * <p>API keys cannot be tried here: this distribution has no analysis-common module, without which
 * Elasticsearch cannot create its security index (where API keys live); ElasticsearchCredentialsTest
 * covers the header they are sent in.
 */
class SecuredClusterIT {

  private static final Path NODE_DATA = Path.of("target", "it-secured").toAbsolutePath();
  private static final Map<String, String> NODE_ENVIRONMENT = Map.of(
      "GONGKAI_DATA", NODE_DATA.toString(), "GONGKAI_ES_LOCAL_SECURITY", "true");
  private static final Map<String, String> HEAP = Map.of("gongkai.elasticsearch.local-node.heap-mb", "512");
  private static final String WRONG_PASSWORD = "Wr0ngPassw0rdNotTheNodes";

  private static String url;
  private static Path caCertificate;
  private static Path credentialsFile;
  private static String password;
  private static final List<CliProcess.Result> outputs = new ArrayList<>();

  @BeforeAll
  static void startSecuredNode() throws Exception {
    FileSystemUtils.deleteRecursively(NODE_DATA);
    CliProcess.Result started = record(CliProcess.run(NODE_ENVIRONMENT, HEAP, "es", "start"));
    assertThat(started.exitCode()).as(started.output()).isZero();
    Matcher running = Pattern.compile("running at (https://\\S+)").matcher(started.stdout());
    assertThat(running.find()).as(started.output()).isTrue();
    url = running.group(1);
    caCertificate = NODE_DATA.resolve("elasticsearch/ca.crt");
    credentialsFile = NODE_DATA.resolve("elasticsearch/credentials.properties");
    Properties credentials = new Properties();
    try (Reader reader = Files.newBufferedReader(credentialsFile)) {
      credentials.load(reader);
    }
    password = credentials.getProperty("password");
    assertThat(password).hasSizeGreaterThanOrEqualTo(20);
    assertThat(Files.getPosixFilePermissions(credentialsFile)).extracting(Object::toString)
        .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
  }

  @AfterAll
  static void stopSecuredNode() throws Exception {
    CliProcess.run(NODE_ENVIRONMENT, HEAP, "es", "stop");
  }

  @Test
  void anOfficeReachesItsSecuredClusterEveryWayItMayBeConfiguredAndNoOutputHoldsASecret() throws Exception {
    Path work = Files.createDirectories(NODE_DATA.resolve("work"));
    Path inbox = new SampleExportGenerator(SampleSpec.demo().withRecords(600)).writeTo(work.resolve("inbox"))
        .get(0).getParent();
    Path client = work.resolve("client");
    Map<String, String> properties = Map.of("gongkai.elasticsearch.index-prefix", "secured");

    // the CA certificate and the user from the environment: the whole nightly path
    Map<String, String> withUser = Map.of("GONGKAI_DATA", client.toString(), "GONGKAI_ES_URL", url,
        "GONGKAI_ES_CA", caCertificate.toString(), "GONGKAI_ES_USERNAME", "gongkai", "GONGKAI_ES_PASSWORD", password);
    CliProcess.Result ingest = record(CliProcess.run(withUser, properties, "ingest", "--inbox", inbox.toString()));
    assertThat(ingest.exitCode()).as(ingest.output()).isZero();
    assertThat(ingest.stdout()).contains("COMPLETED");
    CliProcess.Result stats = record(CliProcess.run(withUser, properties, "stats", "--year", "2024", "--format", "json"));
    assertThat(stats.exitCode()).as(stats.output()).isZero();
    Path reports = work.resolve("reports");
    CliProcess.Result report = record(CliProcess.run(withUser, properties,
        "report", "--year", "2024", "--out", reports.toString()));
    assertThat(report.exitCode()).as(report.output()).isZero();
    assertThat(record(CliProcess.run(withUser, properties, "es", "status")).stdout()).contains(url);

    // the fingerprint instead of the certificate, the user from a credentials file
    Path credentialsCopy = work.resolve("es-credentials.properties");
    Files.copy(credentialsFile, credentialsCopy);
    Map<String, String> withFile = Map.of("GONGKAI_DATA", client.toString(), "GONGKAI_ES_URL", url,
        "GONGKAI_ES_CA_FINGERPRINT", fingerprint(caCertificate), "GONGKAI_ES_CREDENTIALS", credentialsCopy.toString());
    CliProcess.Result byFile = record(CliProcess.run(withFile, properties, "stats", "--year", "2024", "--format", "json"));
    assertThat(byFile.exitCode()).as(byFile.output()).isZero();
    assertThat(byFile.stdout()).isEqualTo(stats.stdout());

    // the user and password written into the URL
    Map<String, String> inUrl = Map.of("GONGKAI_DATA", client.toString(),
        "GONGKAI_ES_URL", url.replace("https://", "https://gongkai:" + password + "@"),
        "GONGKAI_ES_CA", caCertificate.toString());
    CliProcess.Result byUrl = record(CliProcess.run(inUrl, properties, "stats", "--year", "2024", "--format", "json"));
    assertThat(byUrl.exitCode()).as(byUrl.output()).isZero();
    assertThat(byUrl.stdout()).isEqualTo(stats.stdout());
    assertThat(record(CliProcess.run(inUrl, properties, "es", "status")).stdout()).contains(url);

    // the local node of its own data directory: the node's own certificate and user, found by itself
    CliProcess.Result local = record(CliProcess.run(NODE_ENVIRONMENT, properties, "stats", "--year", "2024",
        "--format", "json"));
    assertThat(local.exitCode()).as(local.output()).isZero();
    assertThat(local.stdout()).isEqualTo(stats.stdout());

    // a wrong password, then no way to trust the certificate: refused, saying what to fix
    Map<String, String> wrongPassword = Map.of("GONGKAI_DATA", client.toString(), "GONGKAI_ES_URL", url,
        "GONGKAI_ES_CA", caCertificate.toString(), "GONGKAI_ES_USERNAME", "gongkai", "GONGKAI_ES_PASSWORD", WRONG_PASSWORD);
    CliProcess.Result refused = record(CliProcess.run(wrongPassword, properties, "stats", "--year", "2024"));
    assertThat(refused.exitCode()).as(refused.output()).isEqualTo(1);
    assertThat(refused.stderr()).contains("did not let us in", "user 'gongkai'", "GONGKAI_ES_PASSWORD");
    Map<String, String> untrusted = Map.of("GONGKAI_DATA", client.toString(), "GONGKAI_ES_URL", url,
        "GONGKAI_ES_USERNAME", "gongkai", "GONGKAI_ES_PASSWORD", password);
    CliProcess.Result notTrusted = record(CliProcess.run(untrusted, properties, "ingest", "--inbox", inbox.toString()));
    assertThat(notTrusted.exitCode()).as(notTrusted.output()).isEqualTo(1);
    assertThat(notTrusted.stderr()).contains("certificate could not be trusted", "GONGKAI_ES_CA");

    List<String> secrets = List.of(password, WRONG_PASSWORD, basic(password), basic(WRONG_PASSWORD));
    for (CliProcess.Result output : outputs) {
      for (String secret : secrets) {
        assertThat(output.output()).as("a command's output").doesNotContain(secret);
      }
    }
    List<Path> searched = new ArrayList<>();
    for (Path directory : List.of(client, reports, NODE_DATA.resolve("logs"), NODE_DATA.resolve("runs"),
        NODE_DATA.resolve("elasticsearch/logs"))) {
      searched.addAll(filesUnder(directory));
    }
    assertThat(searched).as("logs, run outputs, reports, the job repository")
        .anyMatch(file -> file.toString().endsWith(".log"))
        .anyMatch(file -> file.toString().endsWith(".xlsx"));
    for (Path file : searched) {
      byte[] bytes = Files.readAllBytes(file);
      String text = new String(bytes, StandardCharsets.ISO_8859_1); // byte for byte, whatever the encoding
      for (String secret : secrets) {
        assertThat(text).as("%s", file).doesNotContain(secret);
      }
    }
  }

  private static CliProcess.Result record(CliProcess.Result result) {
    outputs.add(result);
    return result;
  }

  private static List<Path> filesUnder(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  private static String basic(String secret) {
    return Base64.getEncoder().encodeToString(("gongkai:" + secret).getBytes(StandardCharsets.UTF_8));
  }

  private static String fingerprint(Path certificate) throws Exception {
    try (var in = Files.newInputStream(certificate)) {
      byte[] der = CertificateFactory.getInstance("X.509").generateCertificate(in).getEncoded();
      return HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
    }
  }
}
