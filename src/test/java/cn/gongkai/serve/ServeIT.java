package cn.gongkai.serve;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.aggregate.FiguresQuery;
import cn.gongkai.aggregate.PublicationFigures;
import cn.gongkai.sample.SampleExportGenerator;
import cn.gongkai.sample.SampleSpec;
import cn.gongkai.testsupport.HeadlessChromium;
import cn.gongkai.testsupport.PipelineIntegrationTest;
import cn.gongkai.testsupport.ServeProcess;
import cn.gongkai.testsupport.SharedNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.DoublePredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code jobs/gongkai serve} as an operator runs it, as its own process against the shared node:
 * its schedule fires on a short cron, a trigger during a run is refused, Prometheus gets the run's
 * metrics, health reports Elasticsearch and the last run, and the dashboard page, opened in
 * headless Chromium, shows the latest year's figures.
 */
class ServeIT extends PipelineIntegrationTest {

  private static final String ORGANIZATION = "示例市民政局";
  private static final int ROWS = 3_000;
  private static final Duration TIMEOUT = Duration.ofMinutes(3);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired
  FiguresQuery figuresQuery;

  @TempDir
  Path work;

  @Test
  void runsOnItsScheduleRefusesASecondTriggerAndReportsTheRunInMetricsHealthAndItsDashboard() throws Exception {
    SampleSpec spec = SampleSpec.demo().withRecords(ROWS);
    Path inbox = new SampleExportGenerator(spec).writeTo(work.resolve("inbox")).get(0).getParent();
    Instant started = Instant.now();
    try (ServeProcess serve = ServeProcess.start(
        Map.of("GONGKAI_DATA", work.resolve("data").toString(), "GONGKAI_ES_URL", SharedNode.url()),
        Map.of("gongkai.elasticsearch.index-prefix", INDEX_PREFIX, "gongkai.ingest.chunk-size", String.valueOf(CHUNK_SIZE)),
        "--inbox", inbox.toString(), "--port", "0", "--cron", "*/2 * * * * *")) {

      awaitMetric(serve, "gongkai_ingest_running", running -> running == 1);
      HttpResponse<String> second = serve.post("/runs");
      assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
      assertThat(JSON.readTree(second.body()).path("status").asString()).isEqualTo("refused");

      awaitMetric(serve, "gongkai_ingest_runs_total{status=\"completed\"}", completed -> completed >= 1);
      assertThat(metric(serve, "gongkai_ingest_rows_total{outcome=\"read\"}")).hasValue(ROWS);
      assertThat(metric(serve, "gongkai_ingest_rows_total{outcome=\"loaded\"}")).hasValue(spec.distinctPublications());
      assertThat(metric(serve, "gongkai_ingest_rows_total{outcome=\"merged\"}")).hasValue(spec.duplicateRows());
      assertThat(metric(serve, "gongkai_ingest_rows_total{outcome=\"rejected\"}")).hasValue(0);
      assertThat(metric(serve, "gongkai_ingest_runs_total{status=\"refused\"}").orElseThrow()).isGreaterThanOrEqualTo(1);
      assertThat(metric(serve, "gongkai_ingest_duration_seconds_count{status=\"completed\"}").orElseThrow())
          .isGreaterThanOrEqualTo(1);
      assertThat(metric(serve, "gongkai_ingest_last_success_seconds").orElseThrow())
          .isBetween((double) started.getEpochSecond(), (double) Instant.now().getEpochSecond() + 1);

      JsonNode health = JSON.readTree(serve.get("/actuator/health").body());
      assertThat(health.path("components").path("elasticsearch").path("status").asString()).isEqualTo("UP");
      assertThat(health.path("components").path("elasticsearch").path("details").path("url").asString())
          .isEqualTo(SharedNode.url());
      assertThat(health.path("components").path("lastRun").path("status").asString()).isEqualTo("UP");
      assertThat(health.path("status").asString()).isEqualTo("UP");

      assertDashboardShowsTheLatestYear(serve, spec.lastYear());
      assertThat(serve.stop()).as("exit status on SIGTERM").isIn(0, 143);
    }
  }

  private void assertDashboardShowsTheLatestYear(ServeProcess serve, int year) throws Exception {
    PublicationFigures figures = figuresQuery.figures(year, ORGANIZATION);
    ChromeDriver browser = HeadlessChromium.start();
    try {
      browser.get(serve.base() + "/");
      new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver ->
          "drawn".equals(driver.findElement(By.tagName("html")).getDomAttribute("data-charts")));
      assertThat(browser.getTitle()).isEqualTo(ORGANIZATION + year + "年政府信息公开工作年度报告 统计表");
      assertThat(tile(browser, "tile-total")).isEqualTo(String.valueOf(figures.publications().total()));
      assertThat(tile(browser, "tile-cumulative")).isEqualTo(String.valueOf(figures.publications().cumulative()));
      assertThat(browser.executeScript("return performance.getEntriesByType('resource').map(e => e.name)"
          + ".filter(name => !name.endsWith('/favicon.ico'))"))
          .as("resources the page fetched (besides the browser's own favicon request)").asList().isEmpty();
    } finally {
      browser.quit();
    }
  }

  private static String tile(ChromeDriver browser, String id) {
    return browser.findElement(By.cssSelector("#" + id + " .value")).getText();
  }

  private static void awaitMetric(ServeProcess serve, String series, DoublePredicate until) throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      OptionalDouble value = metric(serve, series);
      if (value.isPresent() && until.test(value.getAsDouble())) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError(series + " did not reach the expected value within " + TIMEOUT + "; serve printed:\n"
        + serve.output());
  }

  /** One series of /actuator/prometheus, e.g. {@code gongkai_ingest_rows_total{outcome="read"}}. */
  private static OptionalDouble metric(ServeProcess serve, String series) throws Exception {
    String name = series.contains("{") ? series.substring(0, series.indexOf('{')) : series;
    String labels = series.contains("{") ? series.substring(series.indexOf('{') + 1, series.length() - 1) : "";
    Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{([^}]*)\\})? (\\S+)$")
        .matcher(serve.get("/actuator/prometheus").body());
    while (line.find()) {
      String found = line.group(2) == null ? "" : line.group(2);
      if (found.contains(labels)) {
        return OptionalDouble.of(Double.parseDouble(line.group(3)));
      }
    }
    return OptionalDouble.empty();
  }
}
