package cn.gongkai.bench;

import cn.gongkai.intake.InboxFile;
import cn.gongkai.intake.InboxScanner;
import cn.gongkai.job.FileSummary;
import cn.gongkai.job.IngestRunner;
import cn.gongkai.job.RunSummary;
import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Runs the ingest job once over an inbox, the way {@code ingest} does, and measures it: wall time,
 * the steps' times from the job repository, the heap, the CPU of the application and the node, and
 * what the run and the index ended with.
 */
public final class PipelineRun {

  private final IngestRunner runner;
  private final JobRepository jobRepository;
  private final BenchCluster cluster;
  private final String publicationsAlias;
  private final CpuMeter cpu;

  public PipelineRun(IngestRunner runner, JobRepository jobRepository, BenchCluster cluster, String publicationsAlias,
      CpuMeter cpu) {
    this.runner = runner;
    this.jobRepository = jobRepository;
    this.cluster = cluster;
    this.publicationsAlias = publicationsAlias;
    this.cpu = cpu;
  }

  /** @throws BenchException when the run did not complete: a failed run measures nothing */
  public PipelineResult measure(Path inbox) throws Exception {
    long inputBytes = new InboxScanner().scan(inbox).stream().mapToLong(InboxFile::size).filter(size -> size > 0).sum();
    HeapSampler heap = HeapSampler.start();
    CpuMeter.Started cpuStarted = cpu.start();
    long start = System.nanoTime();
    long end;
    RunSummary summary;
    HeapUsage usage;
    CpuUse cpuUse;
    try {
      summary = runner.run(inbox);
    } finally {
      end = System.nanoTime();
      cpuUse = cpuStarted.stop();
      usage = heap.stop();
    }
    double seconds = (end - start) / 1e9;
    if (!summary.completed()) {
      throw new BenchException("the ingest run over " + inbox + " under " + publicationsAlias + " ended "
          + summary.status() + ": " + String.join("; ", summary.failures()) + " (run outputs: " + summary.runDirectory() + ")");
    }
    List<StageTime> stages = StageTime.of(jobRepository.getJobExecution(summary.executionId()));
    int skipped = (int) summary.files().stream().map(FileSummary::status).filter("skipped"::equals).count();
    return new PipelineResult(seconds, summary.status(), summary.executionId(), summary.totals().read(),
        summary.totals().loaded(), summary.totals().merged(), summary.totals().rejected(), inputBytes,
        cluster.count(publicationsAlias), summary.files().size(), skipped, stages, usage, cpuUse);
  }
}
