package cn.gongkai.job;

import cn.gongkai.load.ManagedIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Gives the load step the publications index to itself: refreshes suspended
 * while it loads, restored when it ends, whether it completed or failed.
 */
final class BulkLoadListener implements StepExecutionListener {

  private final ManagedIndex publications;

  BulkLoadListener(ManagedIndex publications) {
    this.publications = publications;
  }

  @Override
  public void beforeStep(StepExecution stepExecution) {
    try {
      publications.suspendRefresh();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not prepare " + publications.alias() + " for loading: " + e.getMessage(), e);
    }
  }

  @Override
  public ExitStatus afterStep(StepExecution stepExecution) {
    try {
      publications.resumeRefresh();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not restore the refresh interval of " + publications.alias()
          + " after loading (the next run restores it): " + e.getMessage(), e);
    }
    return stepExecution.getExitStatus();
  }
}
