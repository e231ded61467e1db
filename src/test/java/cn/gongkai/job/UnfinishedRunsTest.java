package cn.gongkai.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

class UnfinishedRunsTest {

  @Test
  void aRunThatWroteToOtherIndicesIsNotResumedIntoThese() {
    JobExecution bench = run(new JobParametersBuilder()
        .addString(IngestJobConfiguration.INDEX_PREFIX_PARAMETER, "gongkai-bench", false).toJobParameters());

    assertThat(UnfinishedRuns.otherIndices(bench, "gongkai"))
        .hasValue("it wrote to the indices gongkai-bench-*, and this run writes to gongkai-*");
    assertThat(UnfinishedRuns.otherIndices(bench, "gongkai-bench")).isEmpty();
  }

  @Test
  void aRunStartedBeforeThePrefixWasRecordedIsTakenToHaveWrittenHere() {
    assertThat(UnfinishedRuns.otherIndices(run(new JobParameters()), "gongkai")).isEmpty();
  }

  private static JobExecution run(JobParameters parameters) {
    return new JobExecution(1L, new JobInstance(1L, IngestJobConfiguration.JOB_NAME), parameters);
  }
}
