package cn.gongkai.dedup;

import cn.gongkai.publication.Provenance;
import cn.gongkai.support.StableId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Which rows of a run make one publication (SPEC section 5), decided over the whole run before any
 * is written: rows linked by a key, transitively, and by the publications of earlier runs their keys
 * reach, form a group. The load then writes each publication once, when the last row of its group
 * is read, and reads nothing back that this run wrote.
 *
 * <p>Rows are numbered by their order of reading ({@code ordinal}), counting only the rows the
 * normalizer accepted. It holds about 40 bytes a row (ints per row and per group, the line of each
 * row); the key table of the {@link Builder} (about 50 bytes a key) is gone once it is built.
 */
public final class RunGroups {

  private final List<FileRows> files;
  private final Map<String, FileRows> byName;
  private final int[] rootOf;
  private final int[] lastOf;
  private final int[] sizeOf;
  private final Map<Integer, SortedSet<String>> reached;

  private RunGroups(List<FileRows> files, int[] rootOf, int[] lastOf, int[] sizeOf,
      Map<Integer, SortedSet<String>> reached) {
    this.files = files;
    this.byName = new HashMap<>();
    files.forEach(file -> byName.put(file.name, file));
    this.rootOf = rootOf;
    this.lastOf = lastOf;
    this.sizeOf = sizeOf;
    this.reached = reached;
  }

  /** How many rows were grouped. */
  public int rows() {
    return rootOf.length;
  }

  /** The ordinal of the row at {@code provenance}; -1 when the grouping did not see that row. */
  public int ordinal(Provenance provenance) {
    FileRows file = byName.get(provenance.file());
    if (file == null) {
      return -1;
    }
    int at = Arrays.binarySearch(file.lines, 0, file.accepted, provenance.line());
    return at < 0 ? -1 : file.firstOrdinal + at;
  }

  /** The group of a row, named by one of its rows. */
  public int group(int ordinal) {
    return rootOf[ordinal];
  }

  /** Whether the row is the last of its group to be read: the publication is complete with it. */
  public boolean completes(int ordinal) {
    return lastOf[rootOf[ordinal]] == ordinal;
  }

  /** Whether the row is a publication on its own: no other row of the run, no earlier publication. */
  public boolean alone(int ordinal) {
    int group = rootOf[ordinal];
    return sizeOf[group] == 1 && !reached.containsKey(group);
  }

  /** How many rows the group has in this run. */
  public int size(int group) {
    return sizeOf[group];
  }

  /** The publications of earlier runs the group's keys reach (ids, smallest first); empty for most. */
  public SortedSet<String> reached(int group) {
    return reached.getOrDefault(group, Collections.emptySortedSet());
  }

  /** How many groups reach a publication of an earlier run. */
  public int groupsReachingLoaded() {
    return reached.size();
  }

  /**
   * How many accepted rows come before a reading position: every row of the files before
   * {@code fileIndex} and the first {@code rowsOfFile} rows read (accepted or not) of that one. A
   * restart resumes there.
   */
  public int ordinalAt(int fileIndex, long rowsOfFile) {
    if (fileIndex >= files.size()) {
      return rows();
    }
    FileRows file = files.get(fileIndex);
    int accepted = 0;
    while (accepted < file.accepted && file.readIndex[accepted] < rowsOfFile) {
      accepted++;
    }
    return file.firstOrdinal + accepted;
  }

  /** Whether the group's last row comes at or after {@code ordinal}: it is not yet written there. */
  public boolean openAt(int group, int ordinal) {
    return lastOf[group] >= ordinal;
  }

  /** The rows of one file, as the grouping read them. */
  private static final class FileRows {
    final String name;
    final int firstOrdinal;
    long[] lines = new long[64];
    int[] readIndex = new int[64];
    int accepted;

    FileRows(String name, int firstOrdinal) {
      this.name = name;
      this.firstOrdinal = firstOrdinal;
    }

    void add(long line, int index) {
      if (accepted == lines.length) {
        lines = Arrays.copyOf(lines, accepted * 2);
        readIndex = Arrays.copyOf(readIndex, accepted * 2);
      }
      if (accepted > 0 && line <= lines[accepted - 1]) {
        throw new IllegalArgumentException(name + ": line " + line + " read after line " + lines[accepted - 1]);
      }
      lines[accepted] = line;
      readIndex[accepted] = index;
      accepted++;
    }
  }

  /**
   * Groups rows as they are read: {@link #file} before each file's rows (in the order the load reads
   * them), {@link #row} for each accepted row, then, when the run adds to publications already
   * loaded, {@link #reach} for each key they hold, and {@link #build}.
   */
  public static final class Builder {

    private final RunKeyTable keys = new RunKeyTable();
    private final List<FileRows> files = new ArrayList<>();
    private final Map<String, Integer> firstReaching = new HashMap<>();
    private final List<String> reachedIds = new ArrayList<>();
    private final List<Integer> reachedRows = new ArrayList<>();
    private int[] parent = new int[1024];
    private int rows;

    /** The next rows come from this file (every file the load reads, in its order, even with no rows). */
    public void file(String name) {
      files.add(new FileRows(name, rows));
    }

    /**
     * An accepted row of the current file.
     *
     * @param readIndex how many rows of the file (accepted or not) were read before it
     * @param rowKeys its keys ({@link PublicationKeys#of})
     */
    public void row(Provenance provenance, int readIndex, List<String> rowKeys) {
      FileRows file = files.get(files.size() - 1);
      if (!file.name.equals(provenance.file())) {
        throw new IllegalArgumentException(provenance.file() + " read while grouping " + file.name);
      }
      file.add(provenance.line(), readIndex);
      int row = rows++;
      if (row == parent.length) {
        parent = Arrays.copyOf(parent, row * 2);
      }
      parent[row] = row;
      for (String key : rowKeys) {
        long[] bits = StableId.bits(key);
        int earlier = keys.putIfAbsent(bits[0], bits[1], row);
        if (earlier >= 0) {
          union(earlier, row);
        }
      }
    }

    /** How many distinct keys the rows have. */
    public int keys() {
      return keys.size();
    }

    /** Every distinct key's {@link StableId}, in batches of at most {@code batch}: what to look up among loaded publications. */
    public void forEachKeyIdBatch(int batch, Consumer<List<String>> lookup) {
      List<String> ids = new ArrayList<>(batch);
      keys.forEach((high, low, row) -> {
        ids.add(StableId.hex(high, low));
        if (ids.size() == batch) {
          lookup.accept(List.copyOf(ids));
          ids.clear();
        }
      });
      if (!ids.isEmpty()) {
        lookup.accept(List.copyOf(ids));
      }
    }

    /**
     * A loaded publication holds the key {@code keyId} (the smallest such id, when several do): the
     * rows with that key merge into it, and so do all rows reaching it by any key.
     */
    public void reach(String keyId, String publicationId) {
      long[] bits = StableId.bitsOf(keyId);
      int row = keys.get(bits[0], bits[1]);
      if (row < 0) {
        throw new IllegalArgumentException("no row of this run has the key " + keyId);
      }
      Integer reaching = firstReaching.putIfAbsent(publicationId, row);
      if (reaching != null) {
        union(reaching, row);
      }
      reachedIds.add(publicationId);
      reachedRows.add(row);
    }

    public RunGroups build() {
      int[] rootOf = new int[rows];
      int[] lastOf = new int[rows];
      int[] sizeOf = new int[rows];
      for (int row = 0; row < rows; row++) {
        int root = find(row);
        rootOf[row] = root;
        lastOf[root] = row;
        sizeOf[root]++;
      }
      Map<Integer, SortedSet<String>> reached = new HashMap<>();
      for (int i = 0; i < reachedIds.size(); i++) {
        reached.computeIfAbsent(rootOf[reachedRows.get(i)], group -> new TreeSet<>()).add(reachedIds.get(i));
      }
      parent = null;
      return new RunGroups(List.copyOf(files), rootOf, lastOf, sizeOf, reached);
    }

    private int find(int row) {
      while (parent[row] != row) {
        parent[row] = parent[parent[row]];
        row = parent[row];
      }
      return row;
    }

    /** Joins two groups under the root of the one read first, so a group is named by its first row. */
    private void union(int a, int b) {
      int rootA = find(a);
      int rootB = find(b);
      if (rootA != rootB) {
        parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
      }
    }
  }
}
