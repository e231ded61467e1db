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
 * @param trainedFrom where the model's counts came from: {@link #FROM_INDEX}, {@link #FROM_LOAD} or
 *     {@link #FROM_SAVED_COUNTS}; empty when no model was trained
 * @param fromSavedPlacements how many publications of earlier runs the model or the default had placed
 *     were classified again from the placements the run before saved, not read back from the index
 */
public record ClassificationTally(long publications, long declared, long byRule, long byModel, long byDefault,
    long trainingTitles, long changed, Map<String, Long> moves, String trainedFrom, long fromSavedPlacements)
    implements Serializable {

  /** Every declared publication read back from the index. */
  public static final String FROM_INDEX = "index";
  /** What a load into an empty index wrote, kept in memory. */
  public static final String FROM_LOAD = "load";
  /** The counts the run before saved, with the changes of this run's load. */
  public static final String FROM_SAVED_COUNTS = "saved counts";

  public static final ClassificationTally NONE = new ClassificationTally(0, 0, 0, 0, 0, 0, 0, Map.of(), "", 0);

  public ClassificationTally {
    moves = new TreeMap<>(moves); // TreeMap: serializable, and listed in a stable order
  }
}
