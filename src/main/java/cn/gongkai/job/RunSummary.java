package cn.gongkai.job;

import java.util.List;
import java.util.Map;

/**
 * What a run did, file by file: the figure a clerk checks first (read = loaded + merged + rejected).
 *
 * @param status the job's status: COMPLETED, FAILED, …
 * @param runDirectory where the run's outputs (summary.json, rejects.csv) are
 * @param nearDuplicates probable duplicates found among what the run loaded, listed for review
 * @param classification how the publications the run loaded got their categories
 * @param failures why the run failed, in words an operator acts on; empty when it completed
 * @param personalData identity, mobile and bank card numbers masked before indexing (去标识化), by
 *     department, so the office can have them removed from the source
 * @param resumes the execution this one resumed, which did not finish; null for a run started afresh
 * @param taxonomy the taxonomy file the run read when it started (a resumed run: when the run it
 *     resumes started), and classified with; null for a run that never started its job
 * @param taxonomySha256 the SHA-256 of that file's bytes as the run read them, in hex; null likewise
 * @param cluster the Elasticsearch the run wrote to, its version and URL; null when it never connected
 */
public record RunSummary(
    String status, long executionId, String runDirectory, List<FileSummary> files, FileTally totals,
    long nearDuplicates, ClassificationTally classification, List<String> failures,
    Map<String, Long> personalData, Long resumes, String taxonomy, String taxonomySha256, String cluster) {

  public RunSummary {
    files = List.copyOf(files);
    failures = List.copyOf(failures);
    personalData = Map.copyOf(personalData);
  }

  public boolean completed() {
    return "COMPLETED".equals(status);
  }

  /** The files whose counts do not add up. */
  public List<FileSummary> unreconciled() {
    return files.stream().filter(file -> !file.tally().reconciles()).toList();
  }
}
