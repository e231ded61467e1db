package cn.gongkai.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a run read before the rest of their group: kept until the group's last row is read,
 * when the group is complete and makes its publication. A row that is a publication on its own never
 * waits. Changes since the last {@link #commit} can be undone ({@link #rollback}), for a write that
 * failed and is tried again.
 *
 * @param <T> a row, as the load holds it
 */
public final class WaitingRows<T> {

  private final RunGroups groups;
  private final int limit;
  private final Map<Integer, List<T>> waiting = new HashMap<>();
  private final List<Integer> addedSinceCommit = new ArrayList<>();
  private final List<Integer> completedSinceCommit = new ArrayList<>();
  private int rows;
  private int most;

  /** @param limit the most rows that may wait at once: more fail the load with a message naming it */
  public WaitingRows(RunGroups groups, int limit) {
    this.groups = groups;
    this.limit = limit;
  }

  /**
   * Takes a row in reading order.
   *
   * @return the rows of its group, in reading order, when it completes the group (itself alone, when
   *     it is a publication on its own); null while the group waits for more
   */
  public List<T> add(int ordinal, T row) {
    if (groups.alone(ordinal)) {
      return List.of(row);
    }
    int group = groups.group(ordinal);
    List<T> rowsOfGroup = waiting.computeIfAbsent(group, g -> new ArrayList<>(Math.min(groups.size(g), 16)));
    if (rows == limit && !groups.completes(ordinal)) {
      throw new TooManyWaitingRowsException(limit);
    }
    rowsOfGroup.add(row);
    addedSinceCommit.add(group);
    rows++;
    most = Math.max(most, rows);
    if (groups.completes(ordinal)) {
      completedSinceCommit.add(group);
      return rowsOfGroup;
    }
    return null;
  }

  /** The groups completed since the last commit are written: they wait no more. */
  public void commit() {
    for (Integer group : completedSinceCommit) {
      rows -= waiting.remove(group).size();
    }
    addedSinceCommit.clear();
    completedSinceCommit.clear();
  }

  /** The rows added since the last commit were not written: they are taken again when read again. */
  public void rollback() {
    for (int i = addedSinceCommit.size() - 1; i >= 0; i--) {
      Integer group = addedSinceCommit.get(i);
      List<T> rowsOfGroup = waiting.get(group);
      rowsOfGroup.remove(rowsOfGroup.size() - 1);
      rows--;
      if (rowsOfGroup.isEmpty()) {
        waiting.remove(group);
      }
    }
    addedSinceCommit.clear();
    completedSinceCommit.clear();
  }

  /** More rows would wait for the rest of their publication than the heap is sized for. */
  public static final class TooManyWaitingRowsException extends IllegalStateException {
    TooManyWaitingRowsException(int limit) {
      super("more than " + limit + " rows of this run wait for the rest of their publication (rows of one"
          + " publication far apart in the inbox): this heap holds no more. Give the run a larger heap"
          + " (GONGKAI_JAVA_OPTS=-Xmx2g, about 3 KB a waiting row) or deliver the inbox over several nights;"
          + " nothing was lost: run the ingest again with the larger heap and it resumes where it stopped");
    }
  }

  /** How many rows wait now. */
  public int size() {
    return rows;
  }

  /** The most rows that waited at once: what the load held for later rows. */
  public int most() {
    return most;
  }
}
