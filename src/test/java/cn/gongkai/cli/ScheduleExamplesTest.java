package cn.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParseResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The schedule examples under jobs/ (cron, systemd, Kubernetes) run the launcher with arguments the
 * command line accepts, every night, and never two at once where the scheduler decides that.
 */
class ScheduleExamplesTest {

  private static final Path JOBS = Path.of("jobs");

  @Test
  void theCrontabRunsIngestNightlyWithArgumentsTheCommandLineAccepts() throws IOException {
    List<String> entries = Files.readAllLines(JOBS.resolve("cron/gongkai.crontab")).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.matches("^[A-Z_]+=.*"))
        .toList();

    assertThat(entries).hasSize(1);
    List<String> fields = Arrays.asList(entries.get(0).trim().split("\\s+"));
    assertThat(fields.subList(0, 5)).containsExactly("30", "1", "*", "*", "*");
    assertThat(fields.get(5)).endsWith("/jobs/gongkai");
    assertParses(fields.subList(6, fields.indexOf(">>")), "ingest");
  }

  @Test
  void theSystemdTimerFiresTheIngestServiceNightlyAndTheServiceRunsIngest() throws IOException {
    String timer = Files.readString(JOBS.resolve("systemd/gongkai-ingest.timer"));
    assertThat(timer).contains("OnCalendar=*-*-* 01:30:00 Asia/Shanghai").contains("Persistent=true");

    assertParses(execStart("gongkai-ingest.service"), "ingest");
    assertParses(execStart("gongkai-serve.service"), "serve");
    assertThat(Files.readString(JOBS.resolve("systemd/gongkai-ingest.service"))).contains("Type=oneshot");
  }

  @Test
  void theKubernetesCronJobForbidsConcurrentRunsAndReadsTheInboxItMounts() throws IOException {
    JsonNode cronJob = new YAMLMapper().readTree(JOBS.resolve("kubernetes/gongkai-ingest-cronjob.yaml").toFile());

    assertThat(cronJob.path("kind").asString()).isEqualTo("CronJob");
    assertThat(cronJob.path("spec").path("schedule").asString()).isEqualTo("30 1 * * *");
    assertThat(cronJob.path("spec").path("concurrencyPolicy").asString()).isEqualTo("Forbid");
    JsonNode container = cronJob.path("spec").path("jobTemplate").path("spec").path("template").path("spec")
        .path("containers").get(0);
    List<String> command = container.path("command").valueStream().map(JsonNode::asString).toList();
    assertThat(command.get(0)).endsWith("/jobs/gongkai");
    ParseResult parsed = assertParses(command.subList(1, command.size()), "ingest");
    String inbox = parsed.subcommand().matchedOptionValue("--inbox", Path.of("")).toString();
    assertThat(container.path("volumeMounts").valueStream().map(mount -> mount.path("mountPath").asString()))
        .contains(inbox, "/var/lib/gongkai");
    assertThat(container.path("env").valueStream().map(env -> env.path("name").asString()))
        .contains("GONGKAI_DATA", "GONGKAI_ES_URL");
  }

  private static List<String> execStart(String unit) throws IOException {
    String line = Files.readAllLines(JOBS.resolve("systemd").resolve(unit)).stream()
        .filter(l -> l.startsWith("ExecStart=")).findFirst().orElseThrow();
    List<String> words = Arrays.asList(line.substring("ExecStart=".length()).split("\\s+"));
    assertThat(words.get(0)).endsWith("/jobs/gongkai");
    return words.subList(1, words.size());
  }

  private static ParseResult assertParses(List<String> args, String command) {
    ParseResult parsed = GongkaiCli.commandLine().parseArgs(args.toArray(String[]::new));
    assertThat(parsed.subcommand()).isNotNull();
    assertThat(parsed.subcommand().commandSpec().name()).isEqualTo(command);
    return parsed;
  }
}
