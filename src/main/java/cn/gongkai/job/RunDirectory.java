package cn.gongkai.job;

import java.nio.file.Path;
import org.springframework.batch.core.job.JobExecution;

/**
 * Where a run writes its outputs (summary, rejects): one directory per job instance under the data
 * directory's {@code runs/}, so a restarted run keeps adding to the outputs of the run it resumes.
 */
final class RunDirectory {

  private RunDirectory() {}

  static Path of(Path runsDir, JobExecution execution) {
    return runsDir.resolve("run-" + execution.getJobInstance().getInstanceId());
  }
}
