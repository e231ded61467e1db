package cn.gongkai.job;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the publications a run classified got their category, and what changed. Kept in the job's
 * execution context (hence Serializable) for the run summary.
 *
 * @param publications how many publications were classified
 * @param trainingTitles how many declared publications the model was trained on
 * @param changed how many publications got another category, basis or confidence
 * @param moves "from → to" to how many publications changed category so (a category of {@code null}
 *     reads as 无, for a publication never classified)
 */
public record ClassificationTally(long publications, long declared, long byRule, long byModel, long byDefault,
    long trainingTitles, long changed, Map<String, Long> moves) implements Serializable {

  public static final ClassificationTally NONE = new ClassificationTally(0, 0, 0, 0, 0, 0, 0, Map.of());

  public ClassificationTally {
    moves = new TreeMap<>(moves); // TreeMap: serializable, and listed in a stable order
  }
}
