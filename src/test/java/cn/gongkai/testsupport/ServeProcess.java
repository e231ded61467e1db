package cn.gongkai.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code gongkai serve} running as its own process from the packaged jar, as an operator starts it:
 * started, found on the port it printed, asked over HTTP, and stopped with SIGTERM.
 */
public final class ServeProcess implements AutoCloseable {

  private static final Path JAR = Path.of("target", "gongkai.jar").toAbsolutePath();
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
  private static final Pattern SERVING = Pattern.compile("Serving (http://[^/\\s]+)/");

  private final Process process;
  private final Path stdout;
  private final String base;
  private final HttpClient http = HttpClient.newHttpClient();

  private ServeProcess(Process process, Path stdout, String base) {
    this.process = process;
    this.stdout = stdout;
    this.base = base;
  }

  /** Starts {@code serve} with {@code args}, {@code environment} added to ours, and the {@code -D} properties given. */
  public static ServeProcess start(Map<String, String> environment, Map<String, String> properties, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.addAll(List.of("-jar", JAR.toString(), "serve"));
    command.addAll(List.of(args));
    Path stdout = Files.createTempFile("gongkai-serve", ".out");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(stdout.toFile());
    builder.environment().remove("GONGKAI_ES_URL");
    builder.environment().put("GONGKAI_HOME", Path.of("").toAbsolutePath().toString());
    builder.environment().putAll(environment);
    Process process = builder.start();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      Matcher serving = SERVING.matcher(Files.readString(stdout, StandardCharsets.UTF_8));
      if (serving.find()) {
        return new ServeProcess(process, stdout, serving.group(1));
      }
      if (!process.isAlive()) {
        throw new AssertionError("serve exited " + process.exitValue() + ":\n" + Files.readString(stdout));
      }
      Thread.sleep(100);
    }
    process.destroyForcibly();
    throw new AssertionError("serve did not announce its address within " + START_TIMEOUT + ":\n"
        + Files.readString(stdout));
  }

  /** The address it serves, e.g. http://127.0.0.1:41234. */
  public String base() {
    return base;
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  public HttpResponse<String> post(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Everything it printed so far. */
  public String output() throws IOException {
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  /** SIGTERM, as systemd or Ctrl-C stop it; the exit status. */
  public int stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      process.waitFor();
    }
    return process.exitValue();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      stop();
    }
  }
}
