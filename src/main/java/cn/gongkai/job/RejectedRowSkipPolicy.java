package cn.gongkai.job;

import cn.gongkai.normalize.RowRejectedException;
import org.springframework.batch.core.step.skip.SkipPolicy;

/**
 * Skips exactly the rows the normalizer rejected, however many: a rejected row is an outcome to
 * record, not a failure. Anything else (Elasticsearch down, a bug) fails the step.
 */
final class RejectedRowSkipPolicy implements SkipPolicy {

  @Override
  public boolean shouldSkip(Throwable failure, long skipCount) {
    return failure instanceof RowRejectedException;
  }
}
