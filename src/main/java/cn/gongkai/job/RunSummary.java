package cn.gongkai.job;

import java.util.List;

/**
 * What a run did, file by file: the figure a clerk checks first (read = loaded + merged + rejected).
 *
 * @param status the job's status: COMPLETED, FAILED, …
 * @param runDirectory where the run's outputs (summary.json, rejects.csv) are
 * @param nearDuplicates probable duplicates found among what the run loaded, listed for review
 * @param classification how the publications the run loaded got their categories
 * @param failures why the run failed, in words an operator acts on; empty when it completed
 * @param resumes the execution this one resumed, which did not finish; null for a run started afresh
 */
public record RunSummary(
    String status, long executionId, String runDirectory, List<FileSummary> files, FileTally totals,
    long nearDuplicates, ClassificationTally classification, List<String> failures, Long resumes) {

  public RunSummary {
    files = List.copyOf(files);
    failures = List.copyOf(failures);
  }

  public boolean completed() {
    return "COMPLETED".equals(status);
  }

  /** The files whose counts do not add up. */
  public List<FileSummary> unreconciled() {
    return files.stream().filter(file -> !file.tally().reconciles()).toList();
  }
}
