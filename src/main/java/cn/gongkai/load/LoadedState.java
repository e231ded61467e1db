package cn.gongkai.load;

/**
 * What the publications index held when a load began: whether the load adds to an empty index, and
 * whether what an earlier run left (its trained counts, for one) still describes the index.
 *
 * @param publications how many publications
 * @param declared how many of them have a declared category (the model's training set, before the
 *     taxonomy maps them)
 * @param latestRun the latest ingest run that wrote a publication; 0 when none did
 * @param ofRun how many the loading run itself had written: an earlier attempt of the same run that failed
 */
public record LoadedState(long publications, long declared, long latestRun, long ofRun) {

  public static final LoadedState EMPTY = new LoadedState(0, 0, 0, 0);

  public boolean empty() {
    return publications == 0;
  }
}
