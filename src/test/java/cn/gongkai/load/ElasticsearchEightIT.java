package cn.gongkai.load;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.sample.SampleExportGenerator;
import cn.gongkai.sample.SampleSpec;
import cn.gongkai.testsupport.CliProcess;
import cn.gongkai.testsupport.SharedNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Elasticsearch an office already runs may be an 8.x (issue 23): a real 8.19 node, started from
 * Elastic's own distribution by the product's launcher, is pointed at as an existing cluster, and
 * an inbox goes through ingest, stats, report, reclassify and rebuild with the figures of the same
 * inbox on the run's 9.x node.
 */
class ElasticsearchEightIT {

  private static final String VERSION = System.getProperty("gongkai.test.elasticsearch8.version", "8.19.0");
  private static final Path NODE_DATA = Path.of("target", "it-es8").toAbsolutePath();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int[] YEARS = {2019, 2022, 2024};

  private static Map<String, String> nodeEnvironment;
  private static Map<String, String> nodeProperties;
  private static String url;

  @BeforeAll
  static void startElasticsearch8() throws Exception {
    FileSystemUtils.deleteRecursively(NODE_DATA);
    nodeEnvironment = Map.of("GONGKAI_DATA", NODE_DATA.toString());
    nodeProperties = Map.of("gongkai.elasticsearch.local-node.version", VERSION,
        "gongkai.elasticsearch.local-node.heap-mb", "512",
        "gongkai.elasticsearch.local-node.distribution",
        Path.of(System.getProperty("gongkai.test.elasticsearch.dist", "target/elasticsearch"))
            .resolve("elasticsearch-" + VERSION + ".zip").toAbsolutePath().toString());
    CliProcess.Result started = CliProcess.run(nodeEnvironment, nodeProperties, "es", "start");
    assertThat(started.exitCode()).as(started.output()).isZero();
    Matcher running = Pattern.compile("Local Elasticsearch " + Pattern.quote(VERSION) + " node running at (http://\\S+)")
        .matcher(started.stdout());
    assertThat(running.find()).as(started.output()).isTrue();
    url = running.group(1);
  }

  @AfterAll
  static void stopElasticsearch8() throws Exception {
    CliProcess.run(nodeEnvironment, nodeProperties, "es", "stop");
  }

  @Test
  void anInboxGivesTheSameFiguresOnElasticsearch8AsOn9ThroughEveryCommandThatTouchesTheCluster() throws Exception {
    Path work = Files.createDirectories(NODE_DATA.resolve("work"));
    Path inbox = new SampleExportGenerator(SampleSpec.demo().withRecords(600))
        .writeTo(work.resolve("inbox")).get(0).getParent();
    String prefix = "eight-" + UUID.randomUUID().toString().substring(0, 8);
    Office onEight = new Office(work.resolve("client-8"), url, prefix);
    Office onNine = new Office(work.resolve("client-9"), SharedNode.url(), prefix);

    for (Office office : new Office[] {onEight, onNine}) {
      CliProcess.Result ingest = office.run("ingest", "--inbox", inbox.toString(), "--format", "json");
      assertThat(ingest.exitCode()).as(ingest.output()).isZero();
      office.summary = JSON.readTree(ingest.stdout());
    }
    assertThat(onEight.summary.path("cluster").asString()).isEqualTo("Elasticsearch " + VERSION + " at " + url);
    assertThat(onEight.summary.path("files")).isEqualTo(onNine.summary.path("files"));
    assertThat(onEight.summary.path("totals")).isEqualTo(onNine.summary.path("totals"));
    assertSameFigures(onEight, onNine, "after ingest");

    for (Office office : new Office[] {onEight, onNine}) {
      CliProcess.Result report = office.run("report", "--year", "2024", "--out", office.home.resolve("report").toString());
      assertThat(report.exitCode()).as(report.output()).isZero();
    }
    assertThat(Files.readString(onEight.home.resolve("report/annual-report-2024.md")))
        .isEqualTo(Files.readString(onNine.home.resolve("report/annual-report-2024.md")));
    assertThat(onEight.home.resolve("report/annual-report-2024.xlsx")).isNotEmptyFile();

    CliProcess.Result reclassifyEight = onEight.run("reclassify", "--format", "json");
    CliProcess.Result reclassifyNine = onNine.run("reclassify", "--format", "json");
    assertThat(reclassifyEight.exitCode()).as(reclassifyEight.output()).isZero();
    assertThat(reclassifyNine.exitCode()).as(reclassifyNine.output()).isZero();
    assertThat(JSON.readTree(reclassifyEight.stdout()).path("classification"))
        .isEqualTo(JSON.readTree(reclassifyNine.stdout()).path("classification"));

    CliProcess.Result rebuild = onEight.run("rebuild");
    assertThat(rebuild.exitCode()).as(rebuild.output()).isZero();
    assertSameFigures(onEight, onNine, "after reclassify and rebuild");

    CliProcess.Result status = onEight.run("es", "status");
    assertThat(status.stdout()).contains("Elasticsearch " + VERSION + " answers at " + url);
  }

  private static void assertSameFigures(Office onEight, Office onNine, String when) throws Exception {
    for (int year : YEARS) {
      assertThat(onEight.stats(year)).as("figures of %d %s", year, when).isEqualTo(onNine.stats(year));
    }
  }

  /** An installation of Gongkai pointed at a cluster it does not run. */
  private static final class Office {
    private final Path home;
    private final Map<String, String> environment = new HashMap<>();
    private final Map<String, String> properties;
    private JsonNode summary;

    Office(Path home, String clusterUrl, String indexPrefix) {
      this.home = home;
      environment.put("GONGKAI_DATA", home.toString());
      environment.put("GONGKAI_ES_URL", clusterUrl);
      properties = Map.of("gongkai.elasticsearch.index-prefix", indexPrefix);
    }

    CliProcess.Result run(String... args) throws Exception {
      return CliProcess.run(environment, properties, args);
    }

    JsonNode stats(int year) throws Exception {
      CliProcess.Result stats = run("stats", "--year", String.valueOf(year), "--format", "json");
      assertThat(stats.exitCode()).as(stats.output()).isZero();
      return JSON.readTree(stats.stdout());
    }
  }
}
