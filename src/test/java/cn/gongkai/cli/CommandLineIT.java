package cn.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.testsupport.CliProcess;
import cn.gongkai.testsupport.MixedInbox;
import cn.gongkai.testsupport.SharedNode;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line as an operator uses it: separate processes, GONGKAI_DATA pointing at the data
 * directory whose local node is already running (the shared node of the test run), so every
 * command here must find and reuse that node rather than start its own.
 */
class CommandLineIT {

  private static final Path INBOX = Path.of("src", "test", "resources", "inboxes", "skeleton").toAbsolutePath();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Map<String, String> indexPrefix = Map.of("gongkai.elasticsearch.index-prefix",
      "cli-" + UUID.randomUUID().toString().substring(0, 8));

  @BeforeAll
  static void startTheSharedNode() {
    SharedNode.url();
  }

  private static Map<String, String> sharedDataDir() {
    return Map.of("GONGKAI_DATA", SharedNode.DATA_DIR.toString());
  }

  @Test
  void ingestThenStatsInTwoProcessesAgainstTheSameLocalNode() throws Exception {
    CliProcess.Result ingest = CliProcess.run(sharedDataDir(), indexPrefix, "ingest", "--inbox", INBOX.toString());
    assertThat(ingest.exitCode()).as(ingest.output()).isZero();
    assertThat(ingest.stdout()).contains("COMPLETED").contains("total (2 files)");

    CliProcess.Result stats = CliProcess.run(sharedDataDir(), indexPrefix, "stats", "--year", "2023", "--format", "json");

    assertThat(stats.exitCode()).as(stats.output()).isZero();
    JsonNode figures = JSON.readTree(stats.stdout());
    assertThat(figures.get("year").asInt()).isEqualTo(2023);
    assertThat(figures.get("organization").asString()).isEqualTo("示例市民政局");
    JsonNode publications = figures.get("publications");
    assertThat(publications.get("total").asLong()).isEqualTo(5);
    assertThat(publications.get("cumulative").asLong()).isEqualTo(8);
    assertThat(publications.get("byChannel").get("政府网站").asLong()).isEqualTo(4);
    assertThat(publications.get("byDepartment").get("社会救助科").asLong()).isEqualTo(3);
    assertThat(figures.at("/regulatory/规章/issued").asLong()).isZero();
    assertThat(figures.at("/regulatory/行政规范性文件/inForce").asLong()).isZero();
    // the fixture's exports carry no 生成日期: no delay can be measured
    assertThat(figures.at("/timeliness/limitWorkingDays").asInt()).isEqualTo(20);
    assertThat(figures.at("/timeliness/unknown").asLong()).isEqualTo(5);
    assertThat(recordedPid()).as("no second node was started").isEqualTo(SharedNode.status().pid());

    CliProcess.Result again = CliProcess.run(sharedDataDir(), indexPrefix, "ingest", "--inbox", INBOX.toString());
    assertThat(again.exitCode()).as(again.output()).isZero();
    assertThat(again.stdout()).containsPattern("办公室.csv +skipped +0").containsPattern("社会救助科.csv +skipped +0");
  }

  @Test
  void ingestPrintsItsSummaryAsOneJsonObjectOnRequest() throws Exception {
    CliProcess.Result ingest = CliProcess.run(sharedDataDir(), indexPrefix,
        "ingest", "--inbox", INBOX.toString(), "--format", "json");

    assertThat(ingest.exitCode()).as(ingest.output()).isZero();
    JsonNode summary = JSON.readTree(ingest.stdout());
    assertThat(summary.get("status").asString()).isEqualTo("COMPLETED");
    JsonNode office = summary.get("files").get(0);
    assertThat(office.get("file").asString()).isEqualTo("办公室.csv");
    assertThat(office.get("read").asLong()).isEqualTo(7);
    assertThat(office.get("loaded").asLong()).isEqualTo(5);
    assertThat(office.get("merged").asLong()).isEqualTo(1);
    assertThat(office.get("rejected").asLong()).isEqualTo(1);
    assertThat(summary.get("totals").get("read").asLong()).isEqualTo(11);
  }

  @Test
  void printsTheReconciliationOfEveryFileWithWhatHappenedToIt() throws Exception {
    Path inbox = MixedInbox.writeTo(Files.createTempDirectory("gongkai-mixed-inbox"));

    CliProcess.Result ingest = CliProcess.run(sharedDataDir(), indexPrefix, "ingest", "--inbox", inbox.toString());

    assertThat(ingest.exitCode()).as(ingest.output()).isZero();
    assertThat(ingest.stdout())
        .containsPattern("办公室.tsv +ingested +3 +3 +0 +0")
        .containsPattern("救助科.csv +ingested +2 +2 +0 +0")
        .containsPattern("福利科.csv +ingested +3 +2 +0 +1")
        .containsPattern("福利科（重发）.csv +skipped +0 +0 +0 +0")
        .containsPattern("total \\(4 files\\) +8 +7 +0 +1")
        .contains("read = loaded + merged + rejected, per file.")
        .contains("福利科（重发）.csv: 内容与本次报送的“福利科.csv”完全相同，只导入一次")
        .contains("rejects.csv");
  }

  @Test
  void demoIngestsTheSampleExportsAndPrintsTheFiguresOfTheLatestYear() throws Exception {
    Path inbox = Files.createTempDirectory("gongkai-demo-inbox");

    CliProcess.Result demo = CliProcess.run(sharedDataDir(), indexPrefix, "demo", "--inbox", inbox.toString());

    assertThat(demo.exitCode()).as(demo.output()).isZero();
    assertThat(demo.stdout())
        .contains("Wrote 5 sample exports (300 rows, 270 distinct publications, 2019-2024)")
        .containsPattern("total \\(5 files\\) +300 +270 +30 +0")
        .contains("示例市民政局 2024年 主动公开信息")
        .containsPattern("公开信息总数 +\\d+ +270")
        .containsPattern("Classified 270 publications: \\d+ declared, \\d+ by rules, \\d+ by the model")
        .containsPattern("规章 +\\d+ +\\d+ +\\d+\n")
        .containsPattern("行政规范性文件 +\\d+ +\\d+ +\\d+\n");
  }

  @Test
  void failsWithinThirtySecondsNamingTheUrlWhenTheClusterIsUnreachable() throws Exception {
    String url = "http://127.0.0.1:" + closedPort();

    CliProcess.Result ingest = CliProcess.run(Map.of("GONGKAI_ES_URL", url, "GONGKAI_DATA",
        Files.createTempDirectory("gongkai-wrong-url").toString()), indexPrefix, "ingest", "--inbox", INBOX.toString());

    assertThat(ingest.exitCode()).as(ingest.output()).isEqualTo(1);
    assertThat(ingest.elapsed()).isLessThan(Duration.ofSeconds(30));
    assertThat(ingest.output()).contains("Elasticsearch at " + url + " is not reachable").contains("GONGKAI_ES_URL");
  }

  @Test
  void failsWithinThirtySecondsWhenTheClusterDoesNotAnswerAtAll() throws Exception {
    // a port on this machine that takes the connection and never says a word: the request hangs until our timeout
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String url = "http://127.0.0.1:" + silent.getLocalPort();
      Map<String, String> properties = new java.util.HashMap<>(indexPrefix);
      properties.put("gongkai.elasticsearch.socket-timeout", "5s");

      CliProcess.Result stats = CliProcess.run(Map.of("GONGKAI_ES_URL", url,
          "GONGKAI_DATA", Files.createTempDirectory("gongkai-wrong-url").toString()), properties, "stats", "--year", "2023");

      assertThat(stats.exitCode()).as(stats.output()).isEqualTo(1);
      assertThat(stats.elapsed()).isLessThan(Duration.ofSeconds(30));
      assertThat(stats.output()).contains("Elasticsearch at " + url + " is not reachable");
    }
  }

  @Test
  void refusesPlainHttpToAnotherMachineUnlessAllowedAndSaysHowToAllowIt() throws Exception {
    String url = "http://10.255.255.1:9200";

    CliProcess.Result stats = CliProcess.run(Map.of("GONGKAI_ES_URL", url, "GONGKAI_DATA",
        Files.createTempDirectory("gongkai-plain-http").toString()), indexPrefix, "stats", "--year", "2023");

    assertThat(stats.exitCode()).isEqualTo(1);
    assertThat(stats.elapsed()).as("refused before any connection").isLessThan(Duration.ofSeconds(15));
    assertThat(stats.stderr()).contains("Refusing plain HTTP to " + url).contains("https://")
        .contains("gongkai.elasticsearch.allow-insecure-http").doesNotContain("Exception");
  }

  @Test
  void reportsTheRunningLocalNode() throws Exception {
    CliProcess.Result status = CliProcess.run(sharedDataDir(), Map.of(), "es", "status");

    assertThat(status.exitCode()).as(status.output()).isZero();
    assertThat(status.stdout()).contains("running at " + SharedNode.url());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "demo", "generate", "ingest", "stats", "report", "classify-eval", "reclassify", "es",
      "es start", "es stop", "es status"})
  void explainsEveryCommandWithHelp(String command) throws Exception {
    String[] args = (command.isEmpty() ? "--help" : command + " --help").split(" ");

    CliProcess.Result help = CliProcess.run(Map.of(), Map.of(), args);

    assertThat(help.exitCode()).isZero();
    assertThat(help.stdout()).contains("Usage: gongkai" + (command.isEmpty() ? "" : " " + command) + " ");
  }

  @Test
  void reportNamesTheFormatsItCanWriteWhenAskedForAnother() throws Exception {
    CliProcess.Result report = CliProcess.run(Map.of(), Map.of(), "report", "--year", "2023", "--format", "md,pdf",
        "--out", Files.createTempDirectory("gongkai-report").toString());

    assertThat(report.exitCode()).isEqualTo(1);
    assertThat(report.stderr()).contains("--format pdf is not a report format: give md, csv, xlsx, html");
  }

  @Test
  void refusesAnInboxThatIsNotADirectory() throws Exception {
    CliProcess.Result ingest = CliProcess.run(sharedDataDir(), indexPrefix, "ingest", "--inbox", "/no/such/inbox");

    assertThat(ingest.exitCode()).isEqualTo(1);
    assertThat(ingest.stderr()).contains("--inbox /no/such/inbox is not a directory");
  }

  @Test
  void classifyEvalPrintsTheCrossValidatedFiguresOfALabelledExport() throws Exception {
    CliProcess.Result eval = CliProcess.run(Map.of(), Map.of(), "classify-eval", "--labeled",
        Path.of("src", "test", "resources", "classify", "labelled-titles.csv").toString(), "--format", "json");

    assertThat(eval.exitCode()).as(eval.output()).isZero();
    JsonNode figures = JSON.readTree(eval.stdout());
    assertThat(figures.get("titles").asInt()).isEqualTo(644);
    assertThat(figures.get("folds").asInt()).isEqualTo(5);
    assertThat(figures.get("accuracy").asDouble()).isGreaterThanOrEqualTo(0.9);
    assertThat(figures.get("macroF1").asDouble()).isGreaterThanOrEqualTo(0.9);
    assertThat(figures.get("categories")).hasSize(12);
  }

  @Test
  void refusesToRunWithATaxonomyThatHasProblemsAndSaysWhich(@TempDir Path config) throws Exception {
    Files.writeString(config.resolve("application.yml"), "gongkai:\n  organization: 示例市民政局\n");
    Files.writeString(config.resolve("taxonomy.yml"), """
        categories:
          - name: 工作动态
        rules:
          - id: news
            category: 工作动太
            title: 召开
          - id: news
            category: 工作动态
            titlePattern: '召开(会议'
        """);

    CliProcess.Result ingest = CliProcess.run(Map.of("GONGKAI_CONFIG", config.toString(), "GONGKAI_DATA",
        config.resolve("data").toString()), Map.of(), "ingest", "--inbox", INBOX.toString());

    assertThat(ingest.exitCode()).isEqualTo(1);
    assertThat(ingest.stderr()).contains("problems in the taxonomy", "category '工作动太' is not a category",
        "id 'news' is already the id of rules[1]", "is not a valid regular expression", "其他");
  }

  private static long recordedPid() throws Exception {
    Properties state = new Properties();
    try (var reader = Files.newBufferedReader(SharedNode.home().resolve("node.properties"))) {
      state.load(reader);
    }
    return Long.parseLong(state.getProperty("pid"));
  }

  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
