package cn.gongkai.job;

import cn.gongkai.intake.SourceRow;
import cn.gongkai.normalize.NormalizedRow;
import cn.gongkai.normalize.RowRejectedException;
import java.io.IOException;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The load step's reader and processor: the step's {@link InboxRowReader} and {@link RunGrouping},
 * reached when the step opens its streams and then called directly for every row, not through their
 * step-scope proxies ({@link StepTargets}). One load step runs at a time in a process (the run lock).
 */
final class LoadStepRows implements ItemStreamReader<SourceRow>, ItemProcessor<SourceRow, NormalizedRow> {

  private final InboxRowReader readerOfStep;
  private final RunGrouping groupingOfStep;
  private InboxRowReader reader;
  private RunGrouping grouping;

  /** @param readerOfStep and {@code groupingOfStep}: the step-scoped beans, as injected (proxies) */
  LoadStepRows(InboxRowReader readerOfStep, RunGrouping groupingOfStep) {
    this.readerOfStep = readerOfStep;
    this.groupingOfStep = groupingOfStep;
  }

  @Override
  public void open(ExecutionContext context) {
    reader = StepTargets.of(readerOfStep);
    grouping = StepTargets.of(groupingOfStep);
    reader.open(context);
  }

  @Override
  public SourceRow read() throws IOException {
    return reader.read();
  }

  @Override
  public NormalizedRow process(SourceRow row) throws RowRejectedException {
    return grouping.normalize(row);
  }

  @Override
  public void update(ExecutionContext context) {
    reader.update(context);
  }

  @Override
  public void close() {
    if (reader != null) {
      reader.close();
    }
    reader = null;
    grouping = null;
  }
}
