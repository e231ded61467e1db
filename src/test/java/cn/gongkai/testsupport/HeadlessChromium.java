package cn.gongkai.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through its ChromeDriver by Selenium: the real browser a
 * test opens a page in. Like the Elasticsearch server the build fetches, the browser is fetched on
 * first use, as Debian's packages (chromium, chromium-driver), so a fresh machine needs nothing
 * installed by hand; never Selenium's own browser download, which this machine's network refuses.
 */
public final class HeadlessChromium {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final List<String> PACKAGES = List.of("chromium", "chromium-driver");
  private static final Path INSTALL_LOG = Path.of("target", "chromium-install.log").toAbsolutePath();
  private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(10);

  private HeadlessChromium() {}

  /** A new browser with an empty profile; the caller quits it. */
  public static ChromeDriver start() throws IOException, InterruptedException {
    installIfMissing();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // the flags that keep Chromium off the network it would otherwise call at every start, which
    // this machine refuses; as root it runs only without its sandbox
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1280,1600", "--user-data-dir=" + Files.createTempDirectory("gongkai-chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  private static synchronized void installIfMissing() throws IOException, InterruptedException {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return;
    }
    String fix = "install Debian's " + String.join(" and ", PACKAGES) + " (apt-get install " + String.join(" ", PACKAGES)
        + "), which put " + CHROMIUM + " and " + CHROMEDRIVER + " in place";
    if (!Files.isExecutable(Path.of("/usr/bin/apt-get")) || !"root".equals(System.getProperty("user.name"))) {
      throw new IllegalStateException("The browser tests need Chromium and cannot install it here (no apt-get, or not "
          + "root): " + fix);
    }
    System.err.println("Installing Debian's chromium and chromium-driver for the browser tests (log: " + INSTALL_LOG + ")");
    // the package lists may be missing or stale on a fresh machine: update them when a first try fails
    if (aptGet("install") != 0 && (aptGet("update") != 0 || aptGet("install") != 0)) {
      throw new IllegalStateException("apt-get could not install Chromium (see " + INSTALL_LOG + "): " + fix);
    }
  }

  private static int aptGet(String action) throws IOException, InterruptedException {
    List<String> command = "update".equals(action)
        ? List.of("apt-get", "update")
        : List.of("apt-get", "install", "-y", "--no-install-recommends", PACKAGES.get(0), PACKAGES.get(1));
    Files.createDirectories(INSTALL_LOG.getParent());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(INSTALL_LOG.toFile()));
    builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
    Process process = builder.start();
    if (!process.waitFor(INSTALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("apt-get " + action + " did not finish within " + INSTALL_TIMEOUT
          + " (see " + INSTALL_LOG + ")");
    }
    return process.exitValue();
  }
}
