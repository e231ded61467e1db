package cn.gongkai.job;

import java.util.List;

/**
 * What a re-classification did.
 *
 * @param status the job's status: COMPLETED, FAILED, …
 * @param taxonomy the taxonomy file it classified with
 * @param failures why it failed, in words an operator acts on; empty when it completed
 */
public record ReclassifySummary(String status, long executionId, String taxonomy, ClassificationTally classification,
    List<String> failures) {

  public ReclassifySummary {
    failures = List.copyOf(failures);
  }

  public boolean completed() {
    return "COMPLETED".equals(status);
  }
}
