package cn.gongkai.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.intake.HeaderMapping;
import cn.gongkai.intake.ReadPlan;
import cn.gongkai.intake.SourceDefaults;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** The run's core guarantee: a file whose rows are not all accounted for stops the run before it is registered. */
class ReconciliationTaskletTest {

  @TempDir
  Path runsDir;

  @Test
  void failsTheRunNamingTheFileWhoseRowsAreNotAllAccountedFor() {
    StepContribution reconciliation = runWith(Map.of(
        "办公室.csv", new FileTally(3, 2, 0, 1, 0),
        "福利科.csv", new FileTally(5, 3, 1, 0, 0)));

    assertThatThrownBy(() -> new ReconciliationTasklet(runsDir).execute(reconciliation, null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("read != loaded + merged + rejected")
        .hasMessageContaining("[福利科.csv]")
        .hasMessageNotContaining("[办公室.csv");
  }

  @Test
  void letsTheRunGoOnWhenEveryRowOfEveryFileIsAccountedFor() throws Exception {
    StepContribution reconciliation = runWith(Map.of(
        "办公室.csv", new FileTally(3, 2, 0, 1, 0),
        "福利科.csv", new FileTally(5, 3, 1, 1, 2)));

    assertThat(new ReconciliationTasklet(runsDir).execute(reconciliation, null)).isEqualTo(RepeatStatus.FINISHED);
  }

  /** A run that read the two files and whose load step left {@code tallies}; the reconciliation step's contribution. */
  private static StepContribution runWith(Map<String, FileTally> tallies) {
    JobExecution job = new JobExecution(1L, new JobInstance(1L, IngestJobConfiguration.JOB_NAME), new JobParameters());
    List<InboxEntry> entries = new ArrayList<>();
    for (String file : List.of("办公室.csv", "福利科.csv")) {
      entries.add(new InboxEntry(file, InboxEntry.Status.INGESTED, "0".repeat(64), 100, null, null,
          FilePlan.of(new ReadPlan(StandardCharsets.UTF_8, ',', HeaderMapping.defaults(),
              new SourceDefaults("示例市民政局", file.replace(".csv", ""), null), null, false))));
    }
    job.getExecutionContext().put(InboxScanTasklet.ENTRIES_KEY, entries);
    StepExecution load = new StepExecution(2L, IngestJobConfiguration.LOAD_STEP, job);
    load.getExecutionContext().put(RunLedger.TALLIES_KEY, new LinkedHashMap<>(tallies));
    job.addStepExecution(load);
    return new StepContribution(new StepExecution(3L, "reconciliationStep", job));
  }
}
