package cn.gongkai.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code gongkai serve} running as its own process from the packaged jar, as an operator starts it:
 * started, found on the port it printed, asked over HTTP, and stopped with SIGTERM.
 */
public final class ServeProcess implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
  private static final Pattern SERVING = Pattern.compile("Serving (http://[^/\\s]+)/");

  private final CliProcess.Running running;
  private final Process process;
  private final String base;
  private final HttpClient http = HttpClient.newHttpClient();

  private ServeProcess(CliProcess.Running running, String base) {
    this.running = running;
    this.process = running.process();
    this.base = base;
  }

  /** Starts {@code serve} with {@code args}, {@code environment} added to ours, and the {@code -D} properties given. */
  public static ServeProcess start(Map<String, String> environment, Map<String, String> properties, String... args)
      throws IOException, InterruptedException {
    String[] serve = new String[args.length + 1];
    serve[0] = "serve";
    System.arraycopy(args, 0, serve, 1, args.length);
    CliProcess.Running running = CliProcess.start(environment, properties, serve);
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      Matcher serving = SERVING.matcher(running.stdout());
      if (serving.find()) {
        return new ServeProcess(running, serving.group(1));
      }
      if (!running.process().isAlive()) {
        throw new AssertionError("serve exited " + running.process().exitValue() + ":\n" + running.stdout()
            + running.stderr());
      }
      Thread.sleep(100);
    }
    running.process().destroyForcibly();
    throw new AssertionError("serve did not announce its address within " + START_TIMEOUT + ":\n" + running.stdout()
        + running.stderr());
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
    return running.stdout() + running.stderr();
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
