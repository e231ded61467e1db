package cn.gongkai.job;

import cn.gongkai.intake.InboxFile;
import cn.gongkai.intake.InboxScanner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Decides which inbox files this run reads, once: the list goes into the job's execution context,
 * so a restarted run reads the same files in the same order even if the inbox changed meanwhile.
 */
final class InboxScanTasklet implements Tasklet {

  static final String FILES_KEY = "inbox.files";
  private static final Logger log = LoggerFactory.getLogger(InboxScanTasklet.class);

  private final InboxScanner scanner;

  InboxScanTasklet(InboxScanner scanner) {
    this.scanner = scanner;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
    JobExecution job = contribution.getStepExecution().getJobExecution();
    Path inbox = inbox(job);
    List<InboxFile> files = scanner.scan(inbox);
    job.getExecutionContext().put(FILES_KEY, new ArrayList<>(files.stream().map(InboxFile::name).toList()));
    log.info("inbox {}: {} export files", inbox, files.size());
    return RepeatStatus.FINISHED;
  }

  static Path inbox(JobExecution job) {
    return Path.of(job.getJobParameters().getString(IngestJobConfiguration.INBOX_PARAMETER));
  }

  /** The files the run reads, in order; empty before the scan ran. */
  @SuppressWarnings("unchecked")
  static List<String> files(JobExecution job) {
    Object files = job.getExecutionContext().get(FILES_KEY);
    return files == null ? List.of() : (List<String>) files;
  }
}
