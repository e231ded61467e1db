package cn.gongkai.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Asks a node on loopback whether it serves requests. {@code GET /} answers 405 on this distribution,
 * so the cluster health endpoint is the probe; yellow is enough for a single node. A secured node is
 * asked over https, trusting its own authority, as its user.
 */
final class HealthProbe {

  private final HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  boolean answers(NodeState state, Path home) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
            state.url() + "/_cluster/health?wait_for_status=yellow&timeout=2s"))
        .timeout(Duration.ofSeconds(5))
        .GET();
    HttpClient http = plain;
    if (state.tls()) {
      Optional<NodeAccess> access = NodeSecurity.access(home);
      if (access.isEmpty()) {
        return false;
      }
      try {
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .sslContext(trusting(access.get().caCertificate())).build();
        request.header("Authorization", basic(access.get().credentialsFile()));
      } catch (IOException | GeneralSecurityException e) {
        return false;
      }
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Polls until the node answers or {@code timeout} passes. */
  boolean awaitAnswer(NodeState state, Path home, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (answers(state, home)) {
        return true;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  private static SSLContext trusting(Path caCertificate) throws IOException, GeneralSecurityException {
    KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
    trusted.load(null, null);
    try (InputStream in = Files.newInputStream(caCertificate)) {
      trusted.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }

  private static String basic(Path credentialsFile) throws IOException {
    Properties credentials = new Properties();
    try (Reader reader = Files.newBufferedReader(credentialsFile)) {
      credentials.load(reader);
    }
    String pair = credentials.getProperty("username", "") + ":" + credentials.getProperty("password", "");
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }
}
