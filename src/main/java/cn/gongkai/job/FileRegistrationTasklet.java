package cn.gongkai.job;

import cn.gongkai.load.IngestedFile;
import cn.gongkai.load.IngestedFiles;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Records the run's files as ingested, once every row of them is accounted for: a file delivered
 * again, under any name, is then skipped. A run that fails before this step registers nothing, so
 * its files are read again (and their loaded rows merge, not add). A file set aside when its turn
 * came, changed since the inbox scan, is not registered: the next run reads it.
 */
final class FileRegistrationTasklet implements Tasklet {

  private final IngestedFiles registry;
  private final Clock clock;

  FileRegistrationTasklet(IngestedFiles registry, Clock clock) {
    this.registry = registry;
    this.clock = clock;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
    JobExecution job = contribution.getStepExecution().getJobExecution();
    String now = clock.instant().toString();
    List<IngestedFile> files = InboxEntries.ingested(RunSummaries.entries(job)).stream()
        .map(entry -> new IngestedFile(entry.checksum(), entry.file(), entry.size(), job.getId(), now))
        .toList();
    registry.register(files);
    return RepeatStatus.FINISHED;
  }
}
